package org.themetaxonomy.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.testing.RandomTaxonomies;
import org.themetaxonomy.io.Formats;
import org.themetaxonomy.io.TaxonomyFiles;

/**
 * Writes a synthetic taxonomy, deterministic from its seed, as JSON ({@code t<N>.json}) and as a
 * CSV bundle ({@code t<N>/}): a forest about six levels deep, labels of about 30 characters,
 * definitions of about 120, two alternative labels, one evidence entry and two crosswalk rows per
 * theme, 200 to 300 sources, three frameworks of six to ten areas. Labels end in the theme's
 * number, so the file validates without findings and a benchmark measures reading and checking, not
 * printing.
 *
 * <p>Usage: {@code Generate THEMES FOLDER [SEED]}.
 */
public final class Generate {
  private Generate() {}

  /**
   * Runs the generator.
   *
   * @param args the number of themes, the output folder, and optionally the seed
   * @throws IOException if writing fails
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: Generate THEMES FOLDER [SEED]");
      System.exit(2);
    }
    int themes = Integer.parseInt(args[0].replace("_", ""));
    Path folder = Path.of(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261123L;
    java.nio.file.Files.createDirectories(folder);
    long start = System.nanoTime();
    Taxonomy t = RandomTaxonomies.numberedLabels(seed, themes);
    System.err.printf(
        "generated %,d themes in %.1f s%n", themes, (System.nanoTime() - start) / 1e9);
    TaxonomyFiles.standard().write(t, folder.resolve("t" + themes + ".json"), Formats.JSON, true);
    TaxonomyFiles.standard().write(t, folder.resolve("t" + themes), Formats.CSV, true);
    System.err.printf(
        "wrote %s and %s in %.1f s%n",
        folder.resolve("t" + themes + ".json"),
        folder.resolve("t" + themes),
        (System.nanoTime() - start) / 1e9);
  }
}
