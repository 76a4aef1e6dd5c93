package org.themetaxonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themetaxonomy.cli.RenderTesting.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.themetaxonomy.core.Diagnostic;
import org.themetaxonomy.core.Location;
import org.themetaxonomy.core.Report;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Validator;

class ValidationRenderersTest {
  static Diagnostic finding(String rule, Severity severity, String file, int line) {
    return new Diagnostic(
        rule, severity, rule + " found", Subject.theme(0, "t"), Location.of(file, line, 3));
  }

  /** a.json: a warning and an info; b.csv: an error. */
  static Validation twoFiles(Severity threshold) {
    return new Validation(
        ImmutableList.of(Path.of("a.json"), Path.of("b.csv")),
        ImmutableList.of(
            Report.of(
                List.of(
                    finding("similar-labels", Severity.WARNING, "a.json", 4),
                    finding("missing-definition", Severity.INFO, "a.json", 9))),
            Report.of(List.of(finding("duplicate-id", Severity.ERROR, "b.csv", 2)))),
        threshold,
        Validator.standard());
  }

  @Test
  void text_everyFindingInFileOrderThenSummary() {
    assertThat(render(new ValidationRenderers.Text(false, false), twoFiles(Severity.ERROR)))
        .isEqualTo(
            """
            a.json:4:3: warning: similar-labels found [similar-labels]
            a.json:9:3: info: missing-definition found [missing-definition]
            b.csv:2:3: error: duplicate-id found [duplicate-id]
            2 files: 1 error, 1 warning, 1 info
            """);
  }

  @Test
  void text_quiet_onlyFindingsAtOrAboveTheThresholdAndNoSummary() {
    assertThat(render(new ValidationRenderers.Text(false, true), twoFiles(Severity.WARNING)))
        .isEqualTo(
            """
            a.json:4:3: warning: similar-labels found [similar-labels]
            b.csv:2:3: error: duplicate-id found [duplicate-id]
            """);
  }

  @Test
  void text_colour_severitiesInAnsiColours() {
    String text = render(new ValidationRenderers.Text(true, true), twoFiles(Severity.INFO));

    assertThat(text)
        .contains("\u001b[1;33mwarning\u001b[0m")
        .contains("\u001b[1;36minfo\u001b[0m")
        .contains("\u001b[1;31merror\u001b[0m");
  }

  @Test
  void json_errorInOneFile_perFileFindingsCountsAndNotPassed() throws Exception {
    String json = render(new ValidationRenderers.Json(), twoFiles(Severity.ERROR));
    JsonNode root = new ObjectMapper().readTree(json);

    assertThat(root.at("/files/0/file").asText()).isEqualTo("a.json");
    assertThat(root.at("/files/0/diagnostics")).hasSize(2);
    assertThat(root.at("/files/1/diagnostics/0/rule").asText()).isEqualTo("duplicate-id");
    assertThat(root.at("/files/1/diagnostics/0/location/line").asInt()).isEqualTo(2);
    assertThat(root.get("summary").toString())
        .isEqualTo(
            "{\"files\":2,\"errors\":1,\"warnings\":1,\"info\":1,\"failOn\":\"error\","
                + "\"passed\":false}");
    assertThat(json).endsWith("}\n");
  }
}
