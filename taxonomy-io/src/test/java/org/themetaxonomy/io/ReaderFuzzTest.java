package org.themetaxonomy.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Any bytes give a taxonomy or diagnostics, never another exception. In the normal build these run
 * in regression mode over the committed inputs under {@code ReaderFuzzTestInputs/}; set {@code
 * JAZZER_FUZZ=1} to fuzz for real.
 */
class ReaderFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void json(byte[] input) throws IOException {
    ReadResult r = TaxonomyFiles.standard().readJson(new ByteArrayInputStream(input), "f.json");
    assertThat(r.taxonomy() != null || !r.diagnostics().isEmpty()).isTrue();
  }

  @FuzzTest(maxDuration = "60s")
  void csv(byte[] input) throws IOException {
    Path dir = Files.createTempDirectory("fuzz");
    Path file = dir.resolve("themes.csv");
    try {
      Files.write(file, input);
      ReadResult r = TaxonomyFiles.standard().read(file);
      assertThat(r.taxonomy() != null || !r.diagnostics().isEmpty()).isTrue();
    } finally {
      Files.deleteIfExists(file);
      Files.delete(dir);
    }
  }
}
