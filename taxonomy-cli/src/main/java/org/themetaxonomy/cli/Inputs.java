package org.themetaxonomy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.Report;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Validator;
import org.themetaxonomy.core.internal.Texts;
import org.themetaxonomy.io.Format;
import org.themetaxonomy.io.Formats;
import org.themetaxonomy.io.Progress;
import org.themetaxonomy.io.ReadResult;
import org.themetaxonomy.io.TaxonomyFiles;

/** Reading inputs for every subcommand: one message style for files that cannot be read. */
final class Inputs {
  /** Files above this size show progress on a terminal while they are read. */
  static final long BIG = 50L << 20;

  private Inputs() {}

  /**
   * Reads a file; on a terminal, a big one shows a live percentage.
   *
   * @throws Main.CannotRun if the file cannot be read at all
   */
  static ReadResult read(Path path, PrintWriter err, Main.Env env) {
    return read(path, null, err, env);
  }

  /**
   * Reads a file in a given format, or in the format its name says when {@code format} is null; on
   * a terminal, a big one shows a live percentage.
   *
   * @throws Main.CannotRun if the file cannot be read at all
   */
  static ReadResult read(Path path, @Nullable Format format, PrintWriter err, Main.Env env) {
    try {
      Format chosen = format;
      if (chosen == null) {
        if (!Files.exists(path)) {
          throw new NoSuchFileException(path.toString());
        }
        chosen =
            Formats.forReading(path)
                .orElseThrow(
                    () ->
                        new Main.CannotRun(
                            path
                                + Formats.forWriting(path)
                                    .filter(f -> !f.canRead())
                                    .map(f -> " is " + f.title() + ", which is written, not read")
                                    .orElse(": the name does not say which format it is")
                                + "; formats that can be read: "
                                + Formats.describe(Format::canRead)
                                + " (--from names one)"));
      }
      long size = size(path);
      if (!env.terminal() || size <= BIG) {
        return TaxonomyFiles.standard().read(path, chosen, Progress.NONE);
      }
      // Redrawn in place with a carriage return; the last line says how long it took.
      long start = System.nanoTime();
      int[] shown = {-1};
      ReadResult result =
          TaxonomyFiles.standard()
              .read(
                  path,
                  chosen,
                  (done, total) -> {
                    int percent = (int) (100 * done / Math.max(total, 1));
                    if (percent != shown[0]) {
                      shown[0] = percent;
                      err.printf(Locale.ROOT, "\rreading %s: %d%%", path, percent);
                      err.flush();
                    }
                  });
      err.printf(
          Locale.ROOT,
          "\rread %s (%,d MB) in %.1f s%n",
          path,
          size >> 20,
          (System.nanoTime() - start) / 1e9);
      err.flush();
      return result;
    } catch (NoSuchFileException e) {
      throw new Main.CannotRun(path + ": no such file or folder");
    } catch (AccessDeniedException e) {
      throw new Main.CannotRun(path + ": permission denied");
    } catch (IOException e) {
      throw new Main.CannotRun(path + ": cannot be read (" + e.getMessage() + ")");
    }
  }

  /**
   * Finds a format named by an option.
   *
   * @throws Main.CannotRun if there is none of that name that can do what is asked
   */
  static Format format(String option, String code, Predicate<Format> can) {
    return Formats.byCode(code)
        .filter(can)
        .orElseThrow(
            () ->
                new Main.CannotRun(
                    option
                        + " takes one of "
                        + Formats.describe(can)
                        + ", not "
                        + Texts.quote(code)));
  }

  /**
   * Refuses an output that is the input (or a folder that holds it), and an existing output without
   * {@code --force}; every command that writes checks this one way.
   *
   * @param option how the command names its output, for the message ({@code OUT}, {@code -o})
   * @throws Main.CannotRun if the output is refused
   */
  static void checkTarget(Path in, Path out, boolean force, String option) throws IOException {
    Path a = in.toAbsolutePath().normalize();
    Path b = out.toAbsolutePath().normalize();
    boolean same =
        a.equals(b)
            || a.startsWith(b)
            || (Files.exists(in) && Files.exists(out) && Files.isSameFile(in, out));
    if (same) {
      throw new Main.CannotRun(
          "refusing to write "
              + out
              + ": it is the input "
              + in
              + " (or holds it); choose another "
              + option);
    }
    if (Files.exists(out, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !force) {
      throw new Main.CannotRun(out + " already exists; use --force to replace it");
    }
  }

  /** The bytes to read: the file, or the files of a bundle folder. */
  static long size(Path path) throws IOException {
    if (Files.isRegularFile(path)) {
      return Files.size(path);
    }
    if (!Files.isDirectory(path)) {
      return 0;
    }
    long total = 0;
    try (Stream<Path> files = Files.list(path)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        total += Files.size(f);
      }
    }
    return total;
  }

  /** Reads a taxonomy that must be sound to be shown; prints its errors and returns null if not. */
  static Taxonomy readSound(Path path, PrintWriter err, Main.Env env) {
    return readSound(path, null, err, env);
  }

  /** Reads, in a given format or the one the name says, a taxonomy that must be sound. */
  static Taxonomy readSound(Path path, @Nullable Format format, PrintWriter err, Main.Env env) {
    ReadResult r = read(path, format, err, env);
    if (r.taxonomy() == null) {
      Report report = r.validate(Validator.standard());
      Render.diagnostics(
          report.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList(),
          err,
          env.colour());
      err.println(
          path
              + " has "
              + report.count(Severity.ERROR)
              + " errors; run 'taxonomy validate "
              + path
              + "' and mend them first");
      return null;
    }
    return r.taxonomy();
  }
}
