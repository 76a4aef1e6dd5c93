package org.themetaxonomy.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.io.TaxonomyFiles;

/**
 * Reads one taxonomy file or bundle once and prints how many themes it holds, for whole-process
 * timings of reading alone (no validation, no output), run against a floor in the same call.
 *
 * <p>Usage: {@code ReadOnce FILE}; prints {@code N themes}.
 */
public final class ReadOnce {
  private ReadOnce() {}

  /**
   * Runs the read.
   *
   * @param args the file or bundle folder
   * @throws IOException if reading fails
   */
  public static void main(String[] args) throws IOException {
    Taxonomy t = TaxonomyFiles.standard().read(Path.of(args[0])).orElseThrow();
    System.out.println(t.themes().size() + " themes");
  }
}
