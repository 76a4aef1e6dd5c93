package org.themetaxonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the shaded jar as a real process, as a user would. */
class JarIT {
  static final String JAR = System.getProperty("taxonomy.jar");
  static final String SEEDS = System.getProperty("taxonomy.seeds");

  record Run(int status, String out, String err) {}

  static Run run(String... args) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // As the launcher runs short commands: C1 only, which halves the run time of a small case.
    List<String> command =
        new java.util.ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-jar", JAR));
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

  /**
   * Every golden case again, through the jar: the cases run in the test's JVM, with the test class
   * path, so a library missing from the jar (as jackson-databind once was, which broke every CSV
   * read) shows only here.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("org.themetaxonomy.cli.GoldenTest#cases")
  void jar_goldenCase_printsAndExitsAsInProcess(String name) throws Exception {
    Path tmp = Files.createTempDirectory("jar-golden");
    Run r = run(GoldenTest.args(name, tmp));
    GoldenTest.assertRecorded(name, tmp, r.out(), r.err(), r.status());
  }

  @Test
  void jar_missingFile_exitTwoNoStackTrace() throws Exception {
    Run r = run("validate", SEEDS + "/missing.json");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("no such file").doesNotContain("Exception");
  }
}
