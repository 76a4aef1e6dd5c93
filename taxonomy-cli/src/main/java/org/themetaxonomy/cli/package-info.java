/**
 * The {@code taxonomy} command line: one class per command; the only code that prints or exits. A
 * command with a {@code --format} option computes a value and hands it to the {@link
 * org.themetaxonomy.cli.Renderer} of the chosen format (see {@code StatsRenderers}, {@code
 * CrosswalkRenderers}, {@code TreeRenderers}, {@code ValidationRenderers}, {@code DiffRenderers}).
 */
@NullMarked
package org.themetaxonomy.cli;

import org.jspecify.annotations.NullMarked;
