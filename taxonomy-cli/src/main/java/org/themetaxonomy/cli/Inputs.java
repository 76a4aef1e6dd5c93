package org.themetaxonomy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.themetaxonomy.core.Report;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Validator;
import org.themetaxonomy.io.ReadResult;
import org.themetaxonomy.io.TaxonomyFiles;

/** Reading inputs for every subcommand: one message style for files that cannot be read. */
final class Inputs {
  /** Files above this size get a note on a terminal while they are read. */
  static final long BIG = 50L << 20;

  private Inputs() {}

  /**
   * Reads a file, telling the user on a terminal when it is big.
   *
   * @throws Main.CannotRun if the file cannot be read at all
   */
  static ReadResult read(Path path, PrintWriter err, Main.Env env) {
    try {
      long size = Files.isRegularFile(path) ? Files.size(path) : 0;
      boolean note = env.terminal() && size > BIG;
      long start = System.nanoTime();
      if (note) {
        err.printf(Locale.ROOT, "reading %s (%,d MB)...%n", path, size >> 20);
        err.flush();
      }
      ReadResult result = TaxonomyFiles.standard().read(path);
      if (note) {
        err.printf(Locale.ROOT, "read in %.1f s%n", (System.nanoTime() - start) / 1e9);
      }
      return result;
    } catch (NoSuchFileException e) {
      throw new Main.CannotRun(path + ": no such file or folder");
    } catch (AccessDeniedException e) {
      throw new Main.CannotRun(path + ": permission denied");
    } catch (IOException e) {
      throw new Main.CannotRun(path + ": cannot be read (" + e.getMessage() + ")");
    }
  }

  /** Reads a taxonomy that must be sound to be shown; prints its errors and returns null if not. */
  static Taxonomy readSound(Path path, PrintWriter err, Main.Env env) {
    ReadResult r = read(path, err, env);
    if (r.taxonomy() == null) {
      Report report = r.validate(Validator.standard());
      Render.diagnostics(report.diagnostics(), err, env.colour());
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
