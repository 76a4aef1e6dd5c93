package org.themetaxonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themetaxonomy.cli.CliTesting.SEEDS;
import static org.themetaxonomy.cli.CliTesting.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.themetaxonomy.cli.CliTesting.Result;

/**
 * taxonomy diff on the seeds: the 2017 edition against the seeds (which add the January 2019
 * meeting), and the seeds against a 1.1 review with a known edit of most kinds.
 */
class DiffCommandTest {
  static final String SEED = SEEDS.resolve("safe-supportive-schools.json").toString();
  static final String SEED_BUNDLE = SEEDS.resolve("safe-supportive-schools").toString();

  @TempDir Path dir;

  private String v2017;
  private String v11;

  @BeforeEach
  void fixtures() throws URISyntaxException {
    v2017 = fixture("ssc-2017.json").toString();
    v11 = fixture("ssc-1.1.json").toString();
  }

  static Path fixture(String name) throws URISyntaxException {
    return Path.of(DiffCommandTest.class.getResource("diff/" + name).toURI());
  }

  private static JsonNode json(String out) throws IOException {
    return new ObjectMapper().readTree(out);
  }

  private static Map<String, Integer> summary(JsonNode diff) {
    Map<String, Integer> m = new LinkedHashMap<>();
    diff.get("summary").fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asInt()));
    return m;
  }

  private static List<String> kinds(JsonNode diff) {
    List<String> kinds = new ArrayList<>();
    diff.get("changes").forEach(c -> kinds.add(c.get("kind").asText()));
    return kinds;
  }

  private String bundle(String json, String name) {
    Path out = dir.resolve(name);
    Result r = run("convert", json, out.toString());
    assertThat(r.status()).as(r.err()).isEqualTo(Main.OK);
    return out.toString();
  }

  @Test
  void diff_jsonAndItsCsvBundle_noChangesExitZero() throws IOException {
    Result r = run("diff", SEED, SEED_BUNDLE);
    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(r.out())
        .isEqualTo("No changes from safe-supportive-schools 1.0 to safe-supportive-schools 1.0.\n");
    Result j = run("diff", "--format", "json", "--fail-on-breaking", SEED_BUNDLE, SEED);
    assertThat(j.status()).isEqualTo(Main.OK);
    JsonNode d = json(j.out());
    assertThat(d.get("breaking").asBoolean()).isFalse();
    assertThat(d.get("changes")).isEmpty();
    assertThat(d.get("summary")).isEmpty();
    assertThat(d.get("old").get("id").asText()).isEqualTo("safe-supportive-schools");
    assertThat(d.get("new").get("version").asText()).isEqualTo("1.0");
  }

  @Test
  void diff_2017EditionToSeeds_theJanuary2019MeetingAddedNothingBreaking() throws IOException {
    Result r = run("diff", "--format", "json", "--fail-on-breaking", v2017, SEED);
    assertThat(r.status()).as(r.err()).isEqualTo(Main.OK);
    JsonNode d = json(r.out());
    assertThat(summary(d))
        .containsExactly(
            Map.entry("theme-added", 22),
            Map.entry("evidence-changed", 7),
            Map.entry("mapping-added", 28),
            Map.entry("source-added", 2),
            Map.entry("metadata-changed", 2));
    assertThat(d.get("breaking").asBoolean()).isFalse();
    JsonNode first = d.get("changes").get(0);
    assertThat(first.get("theme").asText()).isEqualTo("findings-resonated");
    assertThat(first.get("parent").asText()).isEqualTo("context");
    JsonNode evidence = d.get("changes").get(22);
    assertThat(evidence.get("kind").asText()).isEqualTo("evidence-changed");
    assertThat(evidence.get("theme").asText()).isEqualTo("staff-pd");
    assertThat(evidence.get("added").get(0).get("source").asText()).isEqualTo("mass-exec-2019");
    assertThat(evidence.get("removed")).isEmpty();
  }

  @Test
  void diff_seedsTo11_exactlyTheGoldenJson() throws Exception {
    Result r = run("diff", "--format", "json", SEED, v11);
    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(r.out()).isEqualTo(Files.readString(fixture("ssc-1.0-to-1.1.expected.json")));
    JsonNode d = json(r.out());
    assertThat(kinds(d))
        .containsExactly(
            "theme-added",
            "theme-removed",
            "theme-relabeled",
            "theme-moved",
            "definition-changed",
            "alt-labels-changed",
            "mapping-added",
            "mapping-added",
            "mapping-removed",
            "mapping-removed",
            "mapping-changed",
            "area-changed",
            "source-changed",
            "metadata-changed",
            "possible-rename");
    assertThat(d.get("breaking").asBoolean()).isTrue();
    JsonNode moved = d.get("changes").get(3);
    assertThat(moved.get("old").asText()).isEqualTo("leadership-culture");
    assertThat(moved.get("new").asText()).isEqualTo("accountability");
    JsonNode mapping = d.get("changes").get(10);
    assertThat(mapping.get("field").asText()).isEqualTo("relation");
    assertThat(mapping.get("old").asText()).isEqualTo("broad");
    assertThat(mapping.get("new").asText()).isEqualTo("related");
    JsonNode rename = d.get("changes").get(14);
    assertThat(rename.get("old").asText()).isEqualTo("electronic-backpacks");
    assertThat(rename.get("new").asText()).isEqualTo("student-records-sharing");
  }

  @Test
  void diff_seedsWithAreaFrameworkSourceAndThemeFieldEdits_exactSummary() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode t =
        (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(Path.of(SEED).toFile());
    com.fasterxml.jackson.databind.node.ArrayNode areas =
        (com.fasterxml.jackson.databind.node.ArrayNode) t.get("frameworks").get(0).get("areas");
    // relabel leadership, drop families (mapped: breaking) and its rows, add climate
    ((com.fasterxml.jackson.databind.node.ObjectNode) areas.get(0))
        .put("label", "Leadership and vision");
    areas.remove(5);
    areas.addObject().put("id", "climate").put("label", "School climate");
    com.fasterxml.jackson.databind.node.ArrayNode rows =
        (com.fasterxml.jackson.databind.node.ArrayNode) t.get("crosswalk");
    int familyRows = 0;
    for (int i = rows.size() - 1; i >= 0; i--) {
      if (rows.get(i).get("area").asText().equals("families")) {
        rows.remove(i);
        familyRows++;
      }
    }
    com.fasterxml.jackson.databind.node.ObjectNode fw =
        ((com.fasterxml.jackson.databind.node.ArrayNode) t.get("frameworks")).addObject();
    fw.put("id", "other").put("title", "Another framework");
    fw.putArray("areas").addObject().put("id", "x").put("label", "X");
    // the uncited source goes; a theme gets notes
    com.fasterxml.jackson.databind.node.ArrayNode sources =
        (com.fasterxml.jackson.databind.node.ArrayNode) t.get("sources");
    for (int i = sources.size() - 1; i >= 0; i--) {
      if (sources.get(i).get("id").asText().equals("in-depth-interviews-2017")) {
        sources.remove(i);
      }
    }
    ((com.fasterxml.jackson.databind.node.ObjectNode) t.get("themes").get(0))
        .put("notes", "Framing, not a finding.");
    Path edited = dir.resolve("edited.json");
    mapper.writeValue(edited.toFile(), t);

    Result r = run("diff", "--format", "json", "--fail-on-breaking", SEED, edited.toString());
    assertThat(r.status()).as(r.err()).isEqualTo(Main.FINDINGS);
    JsonNode d = json(r.out());
    assertThat(familyRows).isPositive();
    assertThat(summary(d))
        .containsExactly(
            Map.entry("theme-changed", 1),
            Map.entry("mapping-removed", familyRows),
            Map.entry("area-added", 1),
            Map.entry("area-removed", 1),
            Map.entry("area-relabeled", 1),
            Map.entry("framework-added", 1),
            Map.entry("source-removed", 1));
    JsonNode removedArea = d.get("changes").get(1 + familyRows + 1);
    assertThat(removedArea.get("kind").asText()).isEqualTo("area-removed");
    assertThat(removedArea.get("mapped").asBoolean()).isTrue();
    assertThat(removedArea.get("breaking").asBoolean()).isTrue();
    JsonNode notes = d.get("changes").get(0);
    assertThat(notes.get("field").asText()).isEqualTo("notes");
    assertThat(notes.get("old").isNull()).isTrue();
    assertThat(notes.get("new").asText()).isEqualTo("Framing, not a finding.");
    // areas only: still breaking; sources only: not
    assertThat(
            run("diff", "--only", "areas", "--fail-on-breaking", SEED, edited.toString()).status())
        .isEqualTo(Main.FINDINGS);
    assertThat(
            run("diff", "--only", "sources", "--fail-on-breaking", SEED, edited.toString())
                .status())
        .isEqualTo(Main.OK);
  }

  @Test
  void diff_breakingWithFailOnBreaking_exitOne_withoutIt_exitZero() {
    assertThat(run("diff", "--fail-on-breaking", SEED, v11).status()).isEqualTo(Main.FINDINGS);
    assertThat(run("diff", SEED, v11).status()).isEqualTo(Main.OK);
    // the other way round nothing is removed
    assertThat(run("diff", "--fail-on-breaking", v11, SEED).status()).isEqualTo(Main.FINDINGS);
    assertThat(run("diff", "--fail-on-breaking", v2017, SEED).status()).isEqualTo(Main.OK);
    assertThat(run("diff", "--fail-on-breaking", SEED, v2017).status()).isEqualTo(Main.FINDINGS);
  }

  @Test
  void diff_onlyMappings_narrowedAndNotBreaking() throws IOException {
    Result r =
        run("diff", "--format", "json", "--only", "mappings", "--fail-on-breaking", SEED, v11);
    assertThat(r.status()).isEqualTo(Main.OK);
    JsonNode d = json(r.out());
    assertThat(summary(d))
        .containsExactly(
            Map.entry("mapping-added", 2),
            Map.entry("mapping-removed", 2),
            Map.entry("mapping-changed", 1));
    assertThat(d.get("breaking").asBoolean()).isFalse();
    JsonNode areasAndSources =
        json(run("diff", "--format", "json", "--only", "areas,sources", SEED, v11).out());
    assertThat(summary(areasAndSources))
        .containsExactly(Map.entry("area-changed", 1), Map.entry("source-changed", 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "markdown", "json"})
  void diff_csvBundlesOfTheSamePair_sameBytesAsJson(String format) {
    for (String[] pair : new String[][] {{SEED, v11}, {v2017, SEED}, {v11, v2017}}) {
      String oldCsv = bundle(pair[0], "old-" + format);
      String newCsv = bundle(pair[1], "new-" + format);
      Result fromJson = run("diff", "--format", format, pair[0], pair[1]);
      Result fromCsv = run("diff", "--format", format, oldCsv, newCsv);
      Result mixed = run("diff", "--format", format, oldCsv, pair[1]);
      assertThat(fromCsv.out()).isEqualTo(fromJson.out());
      assertThat(mixed.out()).isEqualTo(fromJson.out());
      assertThat(fromCsv.status()).isEqualTo(fromJson.status());
      assertThat(run("diff", "--format", format, pair[0], pair[1]).out())
          .isEqualTo(fromJson.out()); // deterministic
      try {
        deleteTree(Path.of(oldCsv));
        deleteTree(Path.of(newCsv));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  private static void deleteTree(Path p) throws IOException {
    try (var walk = Files.walk(p)) {
      for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }

  @Test
  void diff_text_groupedWithCountsWithin80Columns() {
    for (String[] pair : new String[][] {{SEED, v11}, {v2017, SEED}}) {
      Result r = run("diff", pair[0], pair[1]);
      assertThat(r.out().lines()).allMatch(l -> l.length() <= 80, "at most 80 columns");
    }
    String out = run("diff", SEED, v11).out();
    assertThat(out)
        .startsWith(
            "Changes from safe-supportive-schools 1.0 to safe-supportive-schools 1.1:\n"
                + "15 changes, 1 breaking.\n")
        .contains("\ntheme-removed (1, 1 breaking): themes removed\n")
        .contains("\n  - electronic-backpacks 'Electronic backpacks for student records'\n")
        .contains("\nmapping-changed (1): crosswalk rows changed\n")
        .contains("  equal-standing -> ma-sss/practices: relation 'broad' -> 'related'\n")
        .contains("hint: if it is a rename, keep 'electronic-backpacks' as deprecated");
  }

  @Test
  void diff_markdown_headingSummaryTableSectionsWithLabels() {
    String md = run("diff", "--format", "markdown", SEED, v11).out();
    assertThat(md)
        .startsWith("# Changes from safe-supportive-schools 1.0 to safe-supportive-schools 1.1\n")
        .contains("| Change | Kind | Count |\n| --- | --- | ---: |\n")
        .contains("| Crosswalk rows added | `mapping-added` | 2 |\n")
        .contains("## Themes moved (1)\n")
        .contains(
            "- **Use data to show the need for change** (`data-for-urgency`): from Leadership"
                + " for culture change (`leadership-culture`) to Accountability for safe and"
                + " supportive work (`accountability`)\n")
        .contains("**Breaking changes: 1.**");
  }

  @Test
  void diff_fileWithErrors_exitTwoWithLocatedErrors() throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "id,label,parent\na,A,b\nb,B,a\n", StandardCharsets.UTF_8);
    Result r = run("diff", SEED, bad.toString());
    assertThat(r.status()).isEqualTo(Main.CANNOT_RUN);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains(bad + ":")
        .contains("error:")
        .contains("[parent-cycle]")
        .contains("has 1 error; run 'taxonomy validate");
  }

  @Test
  void diff_referenceErrorFoundByTheValidator_exitTwo() throws IOException {
    Path dup = dir.resolve("dup.json");
    String json = Files.readString(Path.of(SEED));
    // the same theme and area mapped twice: an error of the validator, not of the reader
    String row =
        "{\n      \"theme\": \"equal-standing\",\n      \"framework\": \"ma-sss\",\n"
            + "      \"area\": \"practices\",\n      \"relation\": \"related\"\n    },\n    ";
    Files.writeString(
        dup, json.replaceFirst("\"crosswalk\": \\[\n    ", "\"crosswalk\": [\n    " + row));
    Result v = run("validate", dup.toString());
    assertThat(v.status()).as(v.out()).isEqualTo(Main.FINDINGS);
    Result r = run("diff", SEED, dup.toString());
    assertThat(r.status()).as(r.err()).isEqualTo(Main.CANNOT_RUN);
    assertThat(r.err()).contains("error:").contains(dup.toString());
  }

  @Test
  void diff_missingFileOrBadOptions_exitTwo() {
    assertThat(run("diff", SEED, dir.resolve("nope.json").toString()).err())
        .contains("no such file");
    assertThat(run("diff", SEED, dir.resolve("nope.json").toString()).status())
        .isEqualTo(Main.CANNOT_RUN);
    Result format = run("diff", "--format", "html", SEED, SEED);
    assertThat(format.status()).isEqualTo(Main.CANNOT_RUN);
    assertThat(format.err()).contains("expected one of [text, markdown, json]");
    Result only = run("diff", "--only", "frameworks", SEED, SEED);
    assertThat(only.status()).isEqualTo(Main.CANNOT_RUN);
    assertThat(only.err()).contains("--only takes themes, mappings, areas or sources");
    assertThat(run("diff", SEED).status()).isEqualTo(Main.CANNOT_RUN);
  }

  @Test
  void diff_help_atMost80ColumnsWithExamples() {
    Result r = run("diff", "--help");
    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(r.out().lines()).allMatch(l -> l.length() <= 80, "at most 80 columns");
    assertThat(r.out()).contains("Examples:").contains("--fail-on-breaking main.json branch.json");
    assertThat(run("--help").out()).contains("diff");
  }
}
