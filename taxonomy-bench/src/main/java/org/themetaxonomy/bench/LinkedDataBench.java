package org.themetaxonomy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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
import org.themetaxonomy.core.testing.RandomTaxonomies;
import org.themetaxonomy.io.Formats;
import org.themetaxonomy.io.TaxonomyFiles;
import org.themetaxonomy.io.rdf.SssomFormat;
import org.themetaxonomy.io.rdf.TurtleFormat;

/**
 * Writing the linked-data exports beside writing our own JSON, of one taxonomy in one run: a seeded
 * random taxonomy with two crosswalk rows per theme (1M themes, 2M rows by default), made in memory
 * so no generated file is needed. Run with {@code bench/linked-data.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g", "-XX:+UseParallelGC"})
public class LinkedDataBench {
  @Param({"1000000"})
  public int themes;

  private Taxonomy taxonomy;
  private Path out;

  /** Builds the taxonomy, with a base IRI as a published one would have. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    taxonomy =
        RandomTaxonomies.generate(1, themes).toBuilder()
            .baseUri("https://example.org/generated/")
            .build();
    out = Files.createTempDirectory("bench-ld");
  }

  /** Removes what was written. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Our own JSON, the yardstick. */
  @Benchmark
  public Object writeJson() throws IOException {
    return TaxonomyFiles.standard().write(taxonomy, out.resolve("t.json"), Formats.JSON, true);
  }

  /** SKOS in Turtle: every theme, area, source and crosswalk row. */
  @Benchmark
  public Object writeTurtle() throws IOException {
    return TurtleFormat.INSTANCE.write(taxonomy, out.resolve("t.ttl"), true);
  }

  /** The crosswalk as SSSOM TSV. */
  @Benchmark
  public Object writeSssom() throws IOException {
    return SssomFormat.INSTANCE.write(taxonomy, out.resolve("t.sssom.tsv"), true);
  }
}
