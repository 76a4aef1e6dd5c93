package org.themetaxonomy.cli;

import org.jspecify.annotations.Nullable;
import org.themetaxonomy.io.Format;
import picocli.CommandLine.Option;

/** The {@code --from} option every command that reads a taxonomy shares. */
final class FromOption {
  @Option(
      names = "--from",
      paramLabel = "FORMAT",
      description = "Read the input in this format, whatever its name says.")
  @Nullable String from;

  /**
   * The format named by {@code --from}, or null to go by the file's name.
   *
   * @throws Main.CannotRun if no readable format has that name
   */
  @Nullable Format format() {
    return from == null ? null : Inputs.format("--from", from, Format::canRead);
  }
}
