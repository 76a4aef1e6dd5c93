package org.themetaxonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themetaxonomy.cli.RenderTesting.render;
import static org.themetaxonomy.cli.RenderTesting.twoFrameworks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.themetaxonomy.core.summary.Counts;
import org.themetaxonomy.core.summary.SourceUse;
import org.themetaxonomy.core.summary.Summary;

class StatsRenderersTest {
  @Test
  void text_twoFrameworks_countsCoverageOfEachAndEvidencePerSource() {
    String text = render(new StatsRenderers.Text(), Stats.of(twoFrameworks()));

    assertThat(text)
        .isEqualTo(
            """
            Two frameworks (two)
              themes                     4
              top level themes           2
              max depth                  2
              sources                    2
              frameworks                 2
              areas                      4
              crosswalk rows             4
              evidence                   3
              themes without evidence    2
              themes without definition  3

            Coverage of First (fw1): 2 of 3 areas reached; 3 of 4 themes reach it
              a1                                       1 theme
              a2                                       1 theme
              a3                                       0 themes

            Coverage of Second (fw2): 1 of 1 areas reached; 1 of 4 themes reach it
              b1                                       1 theme

            Evidence per source:
              s1                                       3
              s2                                       0
            """);
  }

  @Test
  void text_bigCountsNoFrameworkNoSource_thousandsSeparatedAndNoEmptySections() {
    Stats stats =
        new Stats(
            "big",
            "Big",
            new Summary(
                new Counts(1_234_567, 12, 40, 0, 0, 0, 0, 9_876_543_210L, 1_000, 0),
                ImmutableList.of(),
                new SourceUse(ImmutableMap.of(), ImmutableMap.of(), ImmutableList.of())));

    String text = render(new StatsRenderers.Text(), stats);

    assertThat(text)
        .startsWith("Big (big)\n  themes                     1,234,567\n")
        .contains("\n  evidence                   9,876,543,210\n")
        .doesNotContain("Coverage")
        .doesNotContain("Evidence per source")
        .endsWith("  themes without definition  0\n");
  }

  @Test
  void json_twoFrameworks_countsThenCoverageInModelOrderThenEvidence() throws Exception {
    String json = render(new StatsRenderers.Json(), Stats.of(twoFrameworks()));
    JsonNode root = new ObjectMapper().readTree(json);

    List<String> keys = new ArrayList<>();
    root.fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .containsExactly(
            "id",
            "title",
            "themes",
            "topLevelThemes",
            "maxDepth",
            "sources",
            "frameworks",
            "areas",
            "crosswalkRows",
            "evidence",
            "themesWithoutEvidence",
            "themesWithoutDefinition",
            "coverage",
            "evidencePerSource");
    assertThat(root.get("themesWithoutDefinition").asInt()).isEqualTo(3);
    JsonNode fw1 = root.get("coverage").get(0);
    assertThat(fw1.get("framework").asText()).isEqualTo("fw1");
    assertThat(fw1.get("areasReached").asInt()).isEqualTo(2);
    assertThat(fw1.get("themesReaching").asInt()).isEqualTo(3);
    assertThat(fw1.get("themesPerArea").toString()).isEqualTo("{\"a1\":1,\"a2\":1,\"a3\":0}");
    assertThat(root.get("coverage").get(1).get("framework").asText()).isEqualTo("fw2");
    assertThat(root.get("evidencePerSource").toString()).isEqualTo("{\"s1\":3,\"s2\":0}");
    assertThat(json).endsWith("}\n");
  }

  @Test
  void words_camelCase_lowerCaseWords() {
    assertThat(StatsRenderers.Text.words("themesWithoutDefinition"))
        .isEqualTo("themes without definition");
  }
}
