package org.themetaxonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themetaxonomy.cli.CliTesting.SEEDS;
import static org.themetaxonomy.cli.CliTesting.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.themetaxonomy.cli.CliTesting.Result;

class ValidateCommandTest {
  @TempDir Path dir;

  @Test
  void validate_seeds_noErrorsExitZero() {
    Result r = run("validate", SEEDS.resolve("safe-supportive-schools.json").toString());
    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(r.out()).contains("1 file: 0 errors, 3 warnings, 4 info");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void validate_seedBundle_sameFindingsAsJson() {
    Result r = run("validate", SEEDS.resolve("safe-supportive-schools").toString());
    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(r.out()).contains("1 file: 0 errors, 3 warnings, 4 info");
    assertThat(r.out()).contains("sources.csv:5:1: warning:");
  }

  @Test
  void validate_failOnWarning_exitOne() {
    Result r =
        run(
            "validate",
            "--fail-on",
            "warning",
            SEEDS.resolve("safe-supportive-schools.json").toString());
    assertThat(r.status()).isEqualTo(Main.FINDINGS);
  }

  @Test
  void validate_brokenCsv_errorsWithLinesExitOne() throws IOException {
    Path f = dir.resolve("themes.csv");
    Files.writeString(f, "id,label,parent\na,Alpha,\nb,\"Be\"ta,a\nbad id,Gamma,a\n");
    Result r = run("validate", f.toString());
    assertThat(r.status()).isEqualTo(Main.FINDINGS);
    assertThat(r.out())
        .contains(f + ":3:")
        .contains("[malformed-csv]")
        .contains(f + ":4:1: error: column 'id': ")
        .contains("[invalid-id]")
        .contains("1 file: 2 errors");
    assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void validate_missingFile_exitTwo() {
    Result r = run("validate", dir.resolve("nope.json").toString());
    assertThat(r.status()).isEqualTo(Main.CANNOT_RUN);
    assertThat(r.err()).contains("no such file or folder");
  }

  @Test
  void validate_unknownOption_exitTwo() {
    Result r = run("validate", "--fial-on", "x", "a.json");
    assertThat(r.status()).isEqualTo(Main.CANNOT_RUN);
    assertThat(r.err()).contains("--fial-on");
  }

  @Test
  void validate_disableUnknownRule_exitTwoWithHint() {
    Result r =
        run(
            "validate",
            "--disable",
            "unmaped-theme",
            SEEDS.resolve("safe-supportive-schools.json").toString());
    assertThat(r.status()).isEqualTo(Main.CANNOT_RUN);
    assertThat(r.err()).contains("did you mean 'unmapped-theme'");
  }

  @Test
  void validate_disableFileRule_refused() {
    Result r = run("validate", "--disable", "malformed-json", "x.json");
    assertThat(r.status()).isEqualTo(Main.CANNOT_RUN);
    assertThat(r.err()).contains("cannot be switched off");
  }

  @Test
  void validate_disableRules_theirFindingsGone() {
    Result r =
        run(
            "validate",
            "--disable",
            "uncited-source",
            "--disable",
            "unmapped-theme",
            "--fail-on",
            "warning",
            SEEDS.resolve("safe-supportive-schools.json").toString());
    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(r.out()).contains("0 warnings");
  }

  @Test
  void validate_jsonFormat_everyField() {
    Result r =
        run(
            "validate",
            "--format",
            "json",
            SEEDS.resolve("safe-supportive-schools.json").toString());
    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(r.out())
        .contains("\"rule\" : \"uncited-source\"")
        .contains("\"severity\" : \"warning\"")
        .contains("\"line\" : ")
        .contains("\"column\" : ")
        .contains("\"passed\" : true");
  }

  @Test
  void validate_quiet_onlyFailingFindings() throws IOException {
    Path f = dir.resolve("t.csv");
    Files.writeString(f, "id,label\na,Alpha\n");
    Result r = run("validate", "--quiet", f.toString());
    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void validate_colourOnlyOnTerminal_andNoColorRespected() throws IOException {
    Path f = dir.resolve("t.csv");
    Files.writeString(f, "id,label\na,Alpha\n");
    assertThat(CliTesting.run(new Main.Env(Map.of(), true), "validate", f.toString()).out())
        .contains("\u001b[");
    assertThat(
            CliTesting.run(new Main.Env(Map.of("NO_COLOR", "1"), true), "validate", f.toString())
                .out())
        .doesNotContain("\u001b[");
    assertThat(run("validate", f.toString()).out()).doesNotContain("\u001b[");
  }

  @Test
  void help_showsExamples() {
    Result r = run("validate", "--help");
    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(r.out()).contains("Examples:").contains("--fail-on");
  }

  @Test
  void topLevel_listsSubcommandsAndVersion() {
    assertThat(run("--help").out()).contains("validate", "convert", "tree", "crosswalk", "stats");
    assertThat(run("--version").out()).startsWith("taxonomy ");
  }
}
