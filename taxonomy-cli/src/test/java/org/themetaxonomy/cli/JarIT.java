package org.themetaxonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the shaded jar as a real process, as a user would. */
class JarIT {
  static final String JAR = System.getProperty("taxonomy.jar");
  static final String SEEDS = System.getProperty("taxonomy.seeds");

  record Run(int status, String out, String err) {}

  static Run run(String... args) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new java.util.ArrayList<>(List.of(java, "-jar", JAR));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), out, err);
  }

  @Test
  void jar_validatesSeeds() throws Exception {
    Run r = run("validate", SEEDS + "/safe-supportive-schools.json");
    assertThat(r.status()).isZero();
    assertThat(r.out()).endsWith("1 file: 0 errors, 3 warnings, 4 info\n");
  }

  @Test
  void jar_missingFile_exitTwoNoStackTrace() throws Exception {
    Run r = run("validate", SEEDS + "/missing.json");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("no such file").doesNotContain("Exception");
  }
}
