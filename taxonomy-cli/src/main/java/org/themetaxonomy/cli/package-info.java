/** The {@code taxonomy} command line: one class per command; the only code that prints or exits. */
@NullMarked
package org.themetaxonomy.cli;

import org.jspecify.annotations.NullMarked;
