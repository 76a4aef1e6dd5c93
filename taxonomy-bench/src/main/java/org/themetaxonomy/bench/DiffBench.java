package org.themetaxonomy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import org.openjdk.jmh.infra.Blackhole;
import org.themetaxonomy.core.Mapping;
import org.themetaxonomy.core.Relation;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.core.diff.Diffs;
import org.themetaxonomy.core.diff.TaxonomyDiff;
import org.themetaxonomy.io.Formats;
import org.themetaxonomy.io.TaxonomyFiles;

/**
 * Diffing two versions of a big taxonomy against reading them: {@code t<N>.json} and a revision of
 * it with about 4% of its themes and crosswalk rows edited ({@code t<N>-revised.json}, written on
 * first use). The design asks that {@code readBothAndCompare} take no more than about twice {@code
 * readBoth}; {@code compare} alone is the diff's own cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx8g", "-XX:+UseParallelGC"})
public class DiffBench {
  @Param({"1000000"})
  public int themes;

  private Path oldFile;
  private Path newFile;
  private Taxonomy old;
  private Taxonomy revised;

  /** Loads both versions, writing the revision first if it is missing. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    oldFile = Data.json(themes);
    old = TaxonomyFiles.standard().read(oldFile).orElseThrow();
    newFile = Data.folder().resolve("t" + themes + "-revised.json");
    if (!Files.exists(newFile)) {
      TaxonomyFiles.standard().write(revise(old, 20261125L), newFile, Formats.JSON, true);
    }
    revised = TaxonomyFiles.standard().read(newFile).orElseThrow();
  }

  /**
   * A revision: 1% of themes relabeled, 1% with a new definition, 0.5% moved under an earlier
   * theme, 0.5% of leaves removed with their rows, 0.5% new themes each with a row, and 1% of the
   * remaining crosswalk rows with another relation.
   *
   * @param t the taxonomy
   * @param seed the seed of the edits
   * @return the revision
   */
  static Taxonomy revise(Taxonomy t, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Taxonomy.Builder b =
        Taxonomy.builder(t.id(), t.title())
            .version("2")
            .description(t.description().orElse(null))
            .language(t.language())
            .addSources(t.sources())
            .addFrameworks(t.frameworks());
    Set<String> removed = new HashSet<>();
    List<Theme> themes = t.themes();
    for (int i = 0; i < themes.size(); i++) {
      Theme th = themes.get(i);
      int roll = random.nextInt(1000);
      if (roll < 5 && t.children(th.id()).isEmpty()) {
        removed.add(th.id());
        continue;
      }
      if (roll >= 5 && roll < 15) {
        th = th.toBuilder().label(th.label() + " (revised)").build();
      } else if (roll >= 15 && roll < 25) {
        th = th.toBuilder().definition("Revised. " + th.definition()).build();
      } else if (roll >= 25 && roll < 30 && i > 0) {
        // every parent comes before its child, so any earlier theme is a safe new parent
        String parent = themes.get(random.nextInt(i)).id();
        if (!removed.contains(parent)) {
          th = th.toBuilder().parent(parent).build();
        }
      }
      b.addTheme(th);
    }
    for (Mapping m : t.crosswalk()) {
      if (removed.contains(m.theme())) {
        continue;
      }
      if (random.nextInt(100) == 0) {
        Relation other = m.relation() == Relation.CLOSE ? Relation.RELATED : Relation.CLOSE;
        b.addMapping(
            new Mapping(m.theme(), m.framework(), m.area(), other, m.confidence(), m.rationale()));
      } else {
        b.addMapping(m);
      }
    }
    String area = t.frameworks().get(0).areas().get(0).id();
    for (int i = 0; i < themes.size() / 200; i++) {
      b.addTheme(Theme.builder("new-" + i, "A theme new in the revision " + i).build());
      b.addMapping(Mapping.of("new-" + i, t.frameworks().get(0).id(), area, Relation.RELATED));
    }
    return b.build();
  }

  /** Reads both files: what diffing them cannot avoid. */
  @Benchmark
  public void readBoth(Blackhole bh) throws IOException {
    bh.consume(TaxonomyFiles.standard().read(oldFile));
    bh.consume(TaxonomyFiles.standard().read(newFile));
  }

  /** Compares the two loaded versions: the diff's own cost. */
  @Benchmark
  public TaxonomyDiff compare() {
    return Diffs.compare(old, revised);
  }

  /** Reads both files and compares them, as {@code taxonomy diff} does before it prints. */
  @Benchmark
  public TaxonomyDiff readBothAndCompare() throws IOException {
    return Diffs.compare(
        TaxonomyFiles.standard().read(oldFile).orElseThrow(),
        TaxonomyFiles.standard().read(newFile).orElseThrow());
  }
}
