package org.themetaxonomy.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.testing.RandomTaxonomies;

class RoundTripTest {
  private static final TaxonomyFiles FILES = TaxonomyFiles.standard();

  @TempDir Path dir;

  static Stream<Arguments> hostile() {
    return Stream.of(
        Arguments.of(1L, 1, false),
        Arguments.of(2L, 7, false),
        Arguments.of(3L, 40, false),
        Arguments.of(4L, 120, false),
        Arguments.of(5L, 300, false),
        Arguments.of(20261123L, 64, false),
        Arguments.of(6L, 1, true),
        Arguments.of(7L, 12, true),
        Arguments.of(8L, 60, true),
        Arguments.of(9L, 250, true),
        Arguments.of(20261125L, 90, true));
  }

  static Taxonomy taxonomy(long seed, int themes, boolean everyField) {
    return everyField
        ? RandomTaxonomies.everyField(seed, themes)
        : RandomTaxonomies.hostile(seed, themes);
  }

  @ParameterizedTest(name = "seed {0}, {1} themes, every field {2}")
  @MethodSource("hostile")
  void jsonToCsvToJson_hostileText_sameBytes(long seed, int themes, boolean everyField)
      throws IOException {
    Taxonomy t = taxonomy(seed, themes, everyField);
    Path json = dir.resolve("a.json");
    FILES.write(t, json, Formats.JSON, false);
    Taxonomy fromJson = FILES.read(json).orElseThrow();
    assertThat(fromJson).isEqualTo(t);

    Path csv = dir.resolve("bundle");
    FILES.write(fromJson, csv, Formats.CSV, false);
    Taxonomy fromCsv = FILES.read(csv).orElseThrow();
    assertThat(fromCsv).isEqualTo(t);

    Path again = dir.resolve("b.json");
    FILES.write(fromCsv, again, Formats.JSON, false);
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(json));
  }

  @ParameterizedTest(name = "seed {0}, {1} themes, every field {2}")
  @MethodSource("hostile")
  void csvToJsonToCsv_hostileText_sameBytes(long seed, int themes, boolean everyField)
      throws IOException {
    Taxonomy t = taxonomy(seed, themes, everyField);
    Path first = dir.resolve("first");
    FILES.write(t, first, Formats.CSV, false);
    Path json = dir.resolve("t.json");
    FILES.write(FILES.read(first).orElseThrow(), json, Formats.JSON, false);
    Path second = dir.resolve("second");
    FILES.write(FILES.read(json).orElseThrow(), second, Formats.CSV, false);
    for (String file :
        new String[] {
          "taxonomy.csv",
          "sources.csv",
          "frameworks.csv",
          "areas.csv",
          "themes.csv",
          "evidence.csv",
          "crosswalk.csv"
        }) {
      assertThat(Files.readAllBytes(second.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(first.resolve(file)));
    }
  }

  @Test
  void write_everyFieldSet_everyFieldInBothFormats() throws IOException {
    Taxonomy t = RandomTaxonomies.everyField(11, 80);
    String json = TaxonomyFiles.toJson(t);
    for (String field :
        new String[] {
          "\"baseUri\": ",
          "\"license\": ",
          "\"uuid\": ",
          "\"deprecated\": true",
          "\"replacedBy\": [",
          "\"color\": \"#",
          "\"codable\": false"
        }) {
      assertThat(json).contains(field);
    }
    assertThat(json).doesNotContain("\"codable\": true").doesNotContain("\"deprecated\": false");
    Path csv = dir.resolve("every");
    FILES.write(t, csv, Formats.CSV, false);
    assertThat(Files.readString(csv.resolve("taxonomy.csv")))
        .contains("\r\nbaseUri,", "\r\nlicense,");
    assertThat(Files.readAllLines(csv.resolve("frameworks.csv")).get(0))
        .isEqualTo("\uFEFFid,title,version,description,url,baseUri");
    assertThat(Files.readAllLines(csv.resolve("areas.csv")).get(0))
        .isEqualTo("\uFEFFframework,id,label,description,uuid");
    assertThat(Files.readAllLines(csv.resolve("themes.csv")).get(0))
        .isEqualTo(
            "\uFEFFid,parent,label,definition,altLabels,notes,deprecated,replacedBy,color,uuid,codable");
  }

  @Test
  void write_noPartTwoField_oldColumnsOnly() throws IOException {
    Path csv = dir.resolve("old");
    FILES.write(RandomTaxonomies.hostile(3, 20), csv, Formats.CSV, false);
    assertThat(Files.readAllLines(csv.resolve("themes.csv")).get(0))
        .isEqualTo("\uFEFFid,parent,label,definition,altLabels,notes");
    assertThat(Files.readString(csv.resolve("taxonomy.csv"))).doesNotContain("baseUri");
  }

  @Test
  void write_sameTaxonomyTwice_sameBytes() throws IOException {
    Taxonomy t = RandomTaxonomies.hostile(9, 50);
    assertThat(TaxonomyFiles.toJson(t)).isEqualTo(TaxonomyFiles.toJson(t.toBuilder().build()));
  }

  @Test
  void toJson_smallTaxonomy_isCanonical() {
    Taxonomy t =
        Taxonomy.builder("demo", "Demo")
            .addTheme(org.themetaxonomy.core.Theme.builder("a", "Alpha").altLabels("A").build())
            .build();
    assertThat(TaxonomyFiles.toJson(t))
        .isEqualTo(
            "{\n"
                + "  \"formatVersion\": 1,\n"
                + "  \"id\": \"demo\",\n"
                + "  \"title\": \"Demo\",\n"
                + "  \"language\": \"en\",\n"
                + "  \"themes\": [\n"
                + "    {\n"
                + "      \"id\": \"a\",\n"
                + "      \"label\": \"Alpha\",\n"
                + "      \"altLabels\": [\n"
                + "        \"A\"\n"
                + "      ]\n"
                + "    }\n"
                + "  ]\n"
                + "}\n");
  }
}
