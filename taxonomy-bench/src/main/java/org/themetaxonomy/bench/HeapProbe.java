package org.themetaxonomy.bench;

import java.io.IOException;
import java.lang.ref.Reference;
import java.nio.file.Path;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.io.TaxonomyFiles;

/**
 * Measures the retained heap of a loaded taxonomy, indexes and crosswalk included: used heap after
 * full collections with the model held, minus before it was read. Run one JVM per file, with {@code
 * -XX:+UseSerialGC} so that a full collection leaves only what is reachable.
 *
 * <p>Usage: {@code HeapProbe FILE}; prints {@code themes bytes bytesPerTheme}.
 */
public final class HeapProbe {
  private HeapProbe() {}

  /**
   * Runs the probe.
   *
   * @param args the JSON file
   * @throws IOException if reading fails
   */
  public static void main(String[] args) throws IOException {
    long before = settledUsed();
    Taxonomy t = TaxonomyFiles.standard().read(Path.of(args[0])).orElseThrow();
    long after = settledUsed();
    int n = t.themes().size();
    System.out.printf("%d %d %.1f%n", n, after - before, (after - before) / (double) n);
    Reference.reachabilityFence(t);
  }

  private static long settledUsed() {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }
}
