package org.themetaxonomy.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.testing.RandomTaxonomies;

@Tag("slow") // 15,000 themes, so that a read spans several megabytes
class ProgressTest {
  @TempDir Path dir;

  @Test
  void read_jsonAndBundle_progressRisesToTheTotal() throws IOException {
    Taxonomy t = RandomTaxonomies.generate(3, 15_000);
    Path json = dir.resolve("t.json");
    Path bundle = dir.resolve("t");
    TaxonomyFiles.standard().write(t, json, Formats.JSON, false);
    TaxonomyFiles.standard().write(t, bundle, Formats.CSV, false);
    for (Path p : List.of(json, bundle)) {
      List<long[]> seen = new ArrayList<>();
      Taxonomy read =
          TaxonomyFiles.standard()
              .read(p, (done, total) -> seen.add(new long[] {done, total}))
              .orElseThrow();
      assertThat(read).isEqualTo(t);
      long total;
      try (var files = Files.walk(p)) {
        total = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
      }
      assertThat(seen).as("%s", p).hasSizeGreaterThan(2);
      for (int i = 0; i < seen.size(); i++) {
        assertThat(seen.get(i)[1]).isEqualTo(total);
        assertThat(seen.get(i)[0]).isLessThanOrEqualTo(total);
        if (i > 0) {
          assertThat(seen.get(i)[0]).isGreaterThan(seen.get(i - 1)[0]);
        }
      }
      assertThat(seen.get(seen.size() - 1)[0]).isGreaterThan(total - (2 << 20));
    }
  }
}
