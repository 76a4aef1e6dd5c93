package org.themetaxonomy.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.themetaxonomy.core.Report;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Validator;

/** The seed taxonomy's JSON file and CSV bundle stay the same taxonomy, byte for byte. */
class SeedsTest {
  static final Path SEEDS = Path.of("..", "seeds");
  static final Path JSON = SEEDS.resolve("safe-supportive-schools.json");
  static final Path BUNDLE = SEEDS.resolve("safe-supportive-schools");

  @TempDir Path dir;

  @Test
  void seedJson_convertsToTheSeedBundle() throws IOException {
    Taxonomy t = TaxonomyFiles.standard().read(JSON).orElseThrow();
    Path out = dir.resolve("bundle");
    TaxonomyFiles.standard().write(t, out, Formats.CSV, false);
    try (Stream<Path> files = Files.list(BUNDLE)) {
      for (Path f : files.sorted().toList()) {
        assertThat(Files.readAllBytes(out.resolve(f.getFileName())))
            .as("%s", f)
            .isEqualTo(Files.readAllBytes(f));
      }
    }
  }

  @Test
  void seedBundle_convertsToTheSeedJson() throws IOException {
    Taxonomy t = TaxonomyFiles.standard().read(BUNDLE).orElseThrow();
    Path out = dir.resolve("s.json");
    TaxonomyFiles.standard().write(t, out, Formats.JSON, false);
    assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(JSON));
  }

  @Test
  void seeds_noErrorsAndOnlyTheKnownWarnings() throws IOException {
    Report r = TaxonomyFiles.standard().read(JSON).validate(Validator.standard());
    assertThat(r.count(Severity.ERROR)).isZero();
    assertThat(r.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING))
        .extracting(d -> d.ruleId() + " " + d.subject().key())
        .containsExactly(
            "uncited-source in-depth-interviews-2017",
            "uncited-source focus-group-memo-2018",
            "unmapped-theme findings-resonated");
  }
}
