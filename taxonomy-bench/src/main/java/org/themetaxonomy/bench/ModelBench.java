package org.themetaxonomy.bench;

import java.io.IOException;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;
import org.themetaxonomy.core.AreaRef;
import org.themetaxonomy.core.Report;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Validator;
import org.themetaxonomy.io.TaxonomyFiles;

/** Building and validating in memory, and the queries per call. */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx6g", "-Xms6g", "-XX:+UseParallelGC"})
public class ModelBench {
  @Param({"10000", "100000", "1000000"})
  public int themes;

  private Taxonomy taxonomy;
  private Taxonomy.Builder parts;
  private String[] ids;
  private AreaRef[] areas;
  private int next;

  /** Loads the taxonomy and picks ids to query. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    taxonomy = TaxonomyFiles.standard().read(Data.json(themes)).orElseThrow();
    parts = taxonomy.toBuilder();
    SplittableRandom random = new SplittableRandom(7);
    ids = new String[4096];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = taxonomy.themes().get(random.nextInt(themes)).id();
    }
    areas =
        taxonomy.frameworks().stream()
            .flatMap(f -> f.areas().stream().map(a -> new AreaRef(f.id(), a.id())))
            .toArray(AreaRef[]::new);
  }

  private String nextId() {
    return ids[next++ & (ids.length - 1)];
  }

  /** Builds the indexes from parts and runs every rule. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public Report buildAndValidate() {
    return Validator.standard().validate(parts.build());
  }

  /** A theme's children. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @Warmup(iterations = 2, time = 1)
  @Measurement(iterations = 3, time = 1)
  public Object children() {
    return taxonomy.children(nextId());
  }

  /** A theme's ancestors. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @Warmup(iterations = 2, time = 1)
  @Measurement(iterations = 3, time = 1)
  public Object ancestors() {
    return taxonomy.ancestors(nextId());
  }

  /** The areas a theme maps to. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @Warmup(iterations = 2, time = 1)
  @Measurement(iterations = 3, time = 1)
  public Object areasOf() {
    return taxonomy.areasOf(nextId());
  }

  /** The themes of an area: grows with the taxonomy, as the answer does. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @Warmup(iterations = 2, time = 1)
  @Measurement(iterations = 3, time = 1)
  public Object themesOf() {
    return taxonomy.themesOf(areas[next++ % areas.length]);
  }
}
