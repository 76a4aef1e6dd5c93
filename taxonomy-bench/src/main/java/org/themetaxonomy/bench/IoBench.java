package org.themetaxonomy.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;
import org.themetaxonomy.core.Report;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Validator;
import org.themetaxonomy.io.Formats;
import org.themetaxonomy.io.ReadResult;
import org.themetaxonomy.io.TaxonomyFiles;

/** Reading and writing whole files, beside bare Jackson scans of the same files. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx6g", "-Xms6g", "-XX:+UseParallelGC"})
public class IoBench {
  @Param({"10000", "100000", "1000000"})
  public int themes;

  private Path json;
  private Path bundle;
  private List<Path> csvFiles;
  private Taxonomy taxonomy;
  private Path out;

  // The floors use factories with no bounds beyond Jackson's defaults: nothing but scanning.
  private final JsonFactory jsonFactory =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxDocumentLength(-1)
                  .maxStringLength(1 << 30)
                  .build())
          .build();
  private final CsvFactory csvFactory = new CsvFactory();

  /** Finds the files; loads the taxonomy for the write benchmarks. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    json = Data.json(themes);
    bundle = Data.bundle(themes);
    try (Stream<Path> files = Files.list(bundle)) {
      csvFiles = files.sorted().toList();
    }
    taxonomy = TaxonomyFiles.standard().read(json).orElseThrow();
    out = Files.createTempDirectory("bench-out");
  }

  /** Removes what the write benchmarks wrote. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** The JSON floor: every token of the file, nothing built. */
  @Benchmark
  public int jsonTokenScan() throws IOException {
    int tokens = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(json), 1 << 16);
        JsonParser p = jsonFactory.createParser(in)) {
      while (p.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }

  /** The CSV floor: every cell of every file of the bundle, nothing built. */
  @Benchmark
  public int csvRowScan() throws IOException {
    int cells = 0;
    for (Path f : csvFiles) {
      try (InputStream in = new BufferedInputStream(Files.newInputStream(f), 1 << 16);
          CsvParser p = csvFactory.createParser(in)) {
        p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        p.setSchema(CsvSchema.emptySchema());
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          if (t == JsonToken.VALUE_STRING) {
            cells++;
          }
        }
      }
    }
    return cells;
  }

  /** Reads the JSON file into a taxonomy. */
  @Benchmark
  public ReadResult readJson() throws IOException {
    return TaxonomyFiles.standard().read(json);
  }

  /** Reads the JSON file and runs every rule. */
  @Benchmark
  public Report readAndValidateJson() throws IOException {
    return TaxonomyFiles.standard().read(json).validate(Validator.standard());
  }

  /** Reads the CSV bundle into a taxonomy. */
  @Benchmark
  public ReadResult readCsv() throws IOException {
    return TaxonomyFiles.standard().read(bundle);
  }

  /** Reads the CSV bundle and runs every rule. */
  @Benchmark
  public Report readAndValidateCsv() throws IOException {
    return TaxonomyFiles.standard().read(bundle).validate(Validator.standard());
  }

  /** Writes JSON atomically. */
  @Benchmark
  public void writeJson(Blackhole bh) throws IOException {
    TaxonomyFiles.standard().write(taxonomy, out.resolve("t.json"), Formats.JSON, true);
  }

  /** Writes a CSV bundle atomically. */
  @Benchmark
  public void writeCsv(Blackhole bh) throws IOException {
    TaxonomyFiles.standard().write(taxonomy, out.resolve("t"), Formats.CSV, true);
  }
}
