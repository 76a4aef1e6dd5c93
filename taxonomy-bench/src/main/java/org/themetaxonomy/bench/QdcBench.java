package org.themetaxonomy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.io.Format;
import org.themetaxonomy.io.Formats;
import org.themetaxonomy.io.ReadResult;
import org.themetaxonomy.io.TaxonomyFiles;

/**
 * Reading a REFI-QDA codebook of {@code themes} codes beside reading the same taxonomy as JSON. The
 * codebook is built here (a tenth of the codes top-level, each with nine children, every code with
 * a guid, a colour and a description), read once, and its taxonomy written as JSON, so both files
 * hold what was read from the codebook.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g", "-Xms4g", "-XX:+UseParallelGC"})
public class QdcBench {
  @Param({"100000"})
  public int themes;

  private Path dir;
  private Path qdc;
  private Path json;

  /** Writes the codebook and the JSON file. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("qdc-bench");
    Taxonomy.Builder b = Taxonomy.builder("bench", "Bench");
    for (int i = 0; i < themes; i++) {
      boolean root = i % 10 == 0;
      b.addTheme(
          Theme.builder("t" + i, (root ? "Group " : "Code ") + (i % 1000))
              .parent(root ? null : "t" + (i - i % 10))
              .definition("What code " + i + " means, in a sentence or two of an analyst's words.")
              .color(String.format(Locale.ROOT, "#%06X", (i * 7919) & 0xFFFFFF))
              .uuid(String.format(Locale.ROOT, "%08x-0000-4000-8000-%012x", i, i))
              .codable(!root)
              .build());
    }
    Format qdcFormat = Formats.byCode("qdc").orElseThrow();
    qdc = dir.resolve("t.qdc");
    TaxonomyFiles.standard().write(b.build(), qdc, qdcFormat, true);
    Taxonomy read = TaxonomyFiles.standard().read(qdc).orElseThrow();
    json = dir.resolve("t.json");
    TaxonomyFiles.standard().write(read, json, Formats.JSON, true);
  }

  /** Removes the files. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Reads the codebook into a taxonomy. */
  @Benchmark
  public ReadResult readQdc() throws IOException {
    return TaxonomyFiles.standard().read(qdc);
  }

  /** Reads the same taxonomy from JSON. */
  @Benchmark
  public ReadResult readJson() throws IOException {
    return TaxonomyFiles.standard().read(json);
  }
}
