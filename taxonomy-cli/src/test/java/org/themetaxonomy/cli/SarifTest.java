package org.themetaxonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themetaxonomy.cli.CliTesting.SEEDS;
import static org.themetaxonomy.cli.CliTesting.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.themetaxonomy.cli.CliTesting.Result;

class SarifTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  private static JsonSchema schema() throws IOException {
    try (InputStream in = SarifTest.class.getResourceAsStream("sarif-schema-2.1.0.json")) {
      assertThat(in).as("SARIF schema in test resources").isNotNull();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
  }

  @Test
  void sarif_seeds_validAgainstSchemaOneResultPerFinding() throws IOException {
    String seeds = SEEDS.resolve("safe-supportive-schools.json").toString();
    Result r = run("validate", "--format", "sarif", seeds);
    assertThat(r.status()).isEqualTo(Main.OK);
    JsonNode log = MAPPER.readTree(r.out());
    assertThat(schema().validate(log)).isEmpty();
    JsonNode results = log.at("/runs/0/results");
    // The text run of the same file says: 0 errors, 3 warnings, 4 info.
    assertThat(results).hasSize(7);
    List<String> ruleIds = new ArrayList<>();
    log.at("/runs/0/tool/driver/rules").forEach(rule -> ruleIds.add(rule.get("id").asText()));
    for (JsonNode result : results) {
      String id = result.get("ruleId").asText();
      assertThat(ruleIds.get(result.get("ruleIndex").asInt())).isEqualTo(id);
      assertThat(result.get("level").asText()).isIn("warning", "note");
    }
  }

  @Test
  void sarif_brokenCsv_errorWithRegion() throws IOException {
    Path f = dir.resolve("themes.csv");
    Files.writeString(f, "id,label,parent\na,Alpha,\nbad id,Gamma,a\n");
    Result r = run("validate", "--format", "sarif", f.toString());
    assertThat(r.status()).isEqualTo(Main.FINDINGS);
    JsonNode log = MAPPER.readTree(r.out());
    assertThat(schema().validate(log)).isEmpty();
    JsonNode error = null;
    for (JsonNode result : log.at("/runs/0/results")) {
      if (result.get("ruleId").asText().equals("invalid-id")) {
        error = result;
      }
    }
    assertThat(error).as("an invalid-id result").isNotNull();
    assertThat(error.get("level").asText()).isEqualTo("error");
    JsonNode physical = error.at("/locations/0/physicalLocation");
    assertThat(physical.at("/artifactLocation/uri").asText()).endsWith("themes.csv");
    assertThat(physical.at("/region/startLine").asInt()).isEqualTo(3);
    assertThat(physical.at("/region/startColumn").asInt()).isEqualTo(1);
    assertThat(error.at("/message/text").asText()).contains("bad id");
  }

  @Test
  void sarifUri_spacesAndBackslashes_escaped() {
    assertThat(ValidationRenderers.Sarif.uri("my themes/a b.csv"))
        .isEqualTo("my%20themes/a%20b.csv");
    assertThat(ValidationRenderers.Sarif.uri("dir\\t.json")).isEqualTo("dir/t.json");
  }
}
