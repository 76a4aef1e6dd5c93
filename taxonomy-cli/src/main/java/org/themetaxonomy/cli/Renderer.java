package org.themetaxonomy.cli;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * Writes one kind of value in one output format.
 *
 * <p>A command with a {@code --format} option computes its value first (a {@link Stats}, a core
 * {@link org.themetaxonomy.core.summary.CrosswalkMatrix}, a {@link Tree}, a {@link Validation}, a
 * {@link Diff}), then picks the renderer of the chosen format with an exhaustive switch over its
 * {@code Output} enum, and hands it the value. The renderers of one kind of value are nested in one
 * class ({@code StatsRenderers.Text}, {@code StatsRenderers.Json}): a command never formats, and a
 * renderer never reads a file or decides an exit status.
 *
 * @param <T> the kind of value
 */
@FunctionalInterface
interface Renderer<T> {
  /**
   * Writes a value.
   *
   * @param value what to write
   * @param out where to write it
   * @throws IOException if the JSON generator fails to write
   */
  void render(T value, PrintWriter out) throws IOException;
}
