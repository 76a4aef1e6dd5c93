package org.themetaxonomy.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.themetaxonomy.core.Diagnostic;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;

/**
 * The part-two fields in both formats: good values read into the model, each bad value a located
 * error with its rule id, and the messages of missing fields and misspelt names.
 */
class FieldValuesTest {
  static final String HEAD = "{\"formatVersion\": 1, \"id\": \"t\", \"title\": \"T\",\n";
  static final String THEME = "\"themes\": [{\"id\": \"a\", \"label\": \"A\",\n";

  @TempDir Path dir;

  static ReadResult json(String text) throws IOException {
    return TaxonomyFiles.standard()
        .readJson(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.json");
  }

  ReadResult bundle(String... fileAndText) throws IOException {
    Path folder = dir.resolve("bundle");
    Files.createDirectories(folder);
    for (int i = 0; i < fileAndText.length; i += 2) {
      Files.writeString(folder.resolve(fileAndText[i]), fileAndText[i + 1]);
    }
    if (!Files.exists(folder.resolve("themes.csv"))) {
      Files.writeString(folder.resolve("themes.csv"), "id,label\na,A\n");
    }
    return TaxonomyFiles.standard().read(folder);
  }

  /** The read failed with exactly one diagnostic, of this rule, at this place. */
  static Diagnostic assertOnly(
      ReadResult r, String rule, String file, int line, int column, String columnName) {
    assertThat(r.taxonomy()).isNull();
    assertThat(r.diagnostics()).hasSize(1);
    Diagnostic d = r.diagnostics().get(0);
    assertThat(d.ruleId()).as(d.toString()).isEqualTo(rule);
    assertThat(d.location().file()).as(d.toString()).endsWith(file);
    assertThat(d.location().line()).as(d.toString()).isEqualTo(line);
    assertThat(d.location().column()).as(d.toString()).isEqualTo(column);
    assertThat(d.location().columnName()).as(d.toString()).isEqualTo(columnName);
    return d;
  }

  @Test
  void json_everyNewField_read() throws IOException {
    Taxonomy t =
        json(HEAD
                + "\"baseUri\": \"https://example.org/t/\","
                + " \"license\": \"https://creativecommons.org/licenses/by/4.0/\",\n"
                + "\"frameworks\": [{\"id\": \"f\", \"title\": \"F\", \"baseUri\":"
                + " \"https://example.org/f#\", \"areas\": [{\"id\": \"x\", \"label\": \"X\","
                + " \"uuid\": \"0B5E1F8A-3C2D-4E6F-8A9B-1C2D3E4F5A6B\"}]}],\n"
                + THEME
                + "\"color\": \"#1f77b4\", \"uuid\": \"0b5e1f8a-3c2d-4e6f-8a9b-1c2d3e4f5a6c\","
                + " \"codable\": false},\n"
                + "{\"id\": \"b\", \"label\": \"B\", \"deprecated\": true,"
                + " \"replacedBy\": [\"a\"]}]}")
            .orElseThrow();
    assertThat(t.baseUri()).contains("https://example.org/t/");
    assertThat(t.license()).contains("https://creativecommons.org/licenses/by/4.0/");
    assertThat(t.frameworks().get(0).baseUri()).isEqualTo("https://example.org/f#");
    assertThat(t.frameworks().get(0).areas().get(0).uuid())
        .isEqualTo("0B5E1F8A-3C2D-4E6F-8A9B-1C2D3E4F5A6B");
    Theme a = t.themes().get(0);
    assertThat(a.color()).isEqualTo("#1f77b4");
    assertThat(a.uuid()).isEqualTo("0b5e1f8a-3c2d-4e6f-8a9b-1c2d3e4f5a6c");
    assertThat(a.codable()).isFalse();
    assertThat(a.deprecated()).isFalse();
    Theme b = t.themes().get(1);
    assertThat(b.deprecated()).isTrue();
    assertThat(b.replacedBy()).containsExactly("a");
    assertThat(b.codable()).isTrue();
  }

  @Test
  void csv_everyNewField_read() throws IOException {
    Taxonomy t =
        bundle(
                "taxonomy.csv",
                "field,value\nid,t\ntitle,T\nbaseUri,https://example.org/t/\n"
                    + "license,https://creativecommons.org/licenses/by/4.0/\n",
                "frameworks.csv",
                "id,title,baseUri\nf,F,https://example.org/f#\n",
                "areas.csv",
                "framework,id,label,uuid\nf,x,X,0b5e1f8a-3c2d-4e6f-8a9b-1c2d3e4f5a6b\n",
                "themes.csv",
                "id,label,deprecated,replacedBy,color,uuid,codable\n"
                    + "a,A,,,#1F77B4,0b5e1f8a-3c2d-4e6f-8a9b-1c2d3e4f5a6c,FALSE\n"
                    + "b,B,true,a|c,,,\n"
                    + "c,C,,,,,true\n")
            .orElseThrow();
    assertThat(t.baseUri()).contains("https://example.org/t/");
    assertThat(t.license()).contains("https://creativecommons.org/licenses/by/4.0/");
    assertThat(t.frameworks().get(0).baseUri()).isEqualTo("https://example.org/f#");
    assertThat(t.frameworks().get(0).areas().get(0).uuid())
        .isEqualTo("0b5e1f8a-3c2d-4e6f-8a9b-1c2d3e4f5a6b");
    assertThat(t.themes().get(0).color()).isEqualTo("#1F77B4");
    assertThat(t.themes().get(0).codable()).isFalse();
    assertThat(t.themes().get(1).deprecated()).isTrue();
    assertThat(t.themes().get(1).replacedBy()).containsExactly("a", "c");
    assertThat(t.themes().get(2).codable()).isTrue();
  }

  // Bad values in JSON: the location is the value's line and column.

  @Test
  void json_colorRed_invalidValueAtValue() throws IOException {
    Diagnostic d =
        assertOnly(
            json(HEAD + THEME + "\"color\": \"red\"}]}"),
            FileRules.INVALID_VALUE,
            "t.json",
            3,
            10,
            null);
    assertThat(d.message()).contains("'red'", "#RRGGBB");
  }

  @Test
  void json_themeUuidNotAUuid_invalidValueAtValue() throws IOException {
    assertOnly(
        json(HEAD + THEME + "\"uuid\": \"0b5e1f8a-3c2d-4e6f-8a9b\"}]}"),
        FileRules.INVALID_VALUE,
        "t.json",
        3,
        9,
        null);
  }

  @Test
  void json_areaUuidNotAUuid_invalidValueAtValue() throws IOException {
    assertOnly(
        json(
            HEAD
                + "\"frameworks\": [{\"id\": \"f\", \"title\": \"F\", \"areas\": [{\"id\": \"x\","
                + " \"label\": \"X\",\n\"uuid\": \"{0b5e1f8a-3c2d-4e6f-8a9b-1c2d3e4f5a6b}\"}]}]}"),
        FileRules.INVALID_VALUE,
        "t.json",
        3,
        9,
        null);
  }

  @Test
  void json_codableNo_wrongTypeAtValue() throws IOException {
    Diagnostic d =
        assertOnly(
            json(HEAD + THEME + "\"codable\": \"no\"}]}"),
            FileRules.WRONG_TYPE,
            "t.json",
            3,
            12,
            null);
    assertThat(d.message()).contains("true or false");
  }

  @Test
  void json_deprecatedText_wrongTypeAtValue() throws IOException {
    assertOnly(
        json(HEAD + THEME + "\"deprecated\": \"yes\"}]}"),
        FileRules.WRONG_TYPE,
        "t.json",
        3,
        15,
        null);
  }

  @Test
  void json_replacedByBadId_invalidIdAtValue() throws IOException {
    assertOnly(
        json(HEAD + THEME + "\"replacedBy\": [\"b\", \"not an id\"]}]}"),
        FileRules.INVALID_ID,
        "t.json",
        3,
        15,
        null);
  }

  @Test
  void json_replacedByText_wrongTypeAtValue() throws IOException {
    assertOnly(
        json(HEAD + THEME + "\"replacedBy\": \"b\"}]}"),
        FileRules.WRONG_TYPE,
        "t.json",
        3,
        15,
        null);
  }

  @Test
  void json_relativeTaxonomyBaseUri_invalidValueAtValue() throws IOException {
    Diagnostic d =
        assertOnly(
            json(HEAD + "\"baseUri\": \"themes/\"}"),
            FileRules.INVALID_VALUE,
            "t.json",
            2,
            12,
            null);
    assertThat(d.message()).contains("'themes/'", "absolute IRI");
  }

  @Test
  void json_baseUriWithoutSlashOrHash_invalidValue() throws IOException {
    assertOnly(
        json(HEAD + "\"baseUri\": \"https://example.org/t\"}"),
        FileRules.INVALID_VALUE,
        "t.json",
        2,
        12,
        null);
  }

  @Test
  void json_relativeFrameworkBaseUri_invalidValueAtValue() throws IOException {
    assertOnly(
        json(HEAD + "\"frameworks\": [{\"id\": \"f\", \"title\": \"F\",\n\"baseUri\": \"f/\"}]}"),
        FileRules.INVALID_VALUE,
        "t.json",
        3,
        12,
        null);
  }

  @Test
  void json_licenseNotAnIri_invalidValueAtValue() throws IOException {
    assertOnly(
        json(HEAD + "\"license\": \"CC BY 4.0\"}"), FileRules.INVALID_VALUE, "t.json", 2, 12, null);
  }

  // Bad values in CSV: the location is the cell's line, column number and column name.

  @Test
  void csv_colorRed_invalidValueAtCell() throws IOException {
    assertOnly(
        bundle("themes.csv", "id,label,color\na,A,red\n"),
        FileRules.INVALID_VALUE,
        "themes.csv",
        2,
        3,
        "color");
  }

  @Test
  void csv_themeUuidNotAUuid_invalidValueAtCell() throws IOException {
    assertOnly(
        bundle("themes.csv", "id,label,uuid\na,A,\nb,B,c001\n"),
        FileRules.INVALID_VALUE,
        "themes.csv",
        3,
        3,
        "uuid");
  }

  @Test
  void csv_areaUuidNotAUuid_invalidValueAtCell() throws IOException {
    assertOnly(
        bundle(
            "frameworks.csv",
            "id,title\nf,F\n",
            "areas.csv",
            "framework,id,label,uuid\nf,x,X,123\n"),
        FileRules.INVALID_VALUE,
        "areas.csv",
        2,
        4,
        "uuid");
  }

  @Test
  void csv_codableNo_invalidValueAtCell() throws IOException {
    Diagnostic d =
        assertOnly(
            bundle("themes.csv", "id,label,codable\na,A,no\n"),
            FileRules.INVALID_VALUE,
            "themes.csv",
            2,
            3,
            "codable");
    assertThat(d.message()).contains("'no'", "true or false");
  }

  @Test
  void csv_deprecatedYes_invalidValueAtCell() throws IOException {
    assertOnly(
        bundle("themes.csv", "id,label,deprecated\na,A,yes\n"),
        FileRules.INVALID_VALUE,
        "themes.csv",
        2,
        3,
        "deprecated");
  }

  @Test
  void csv_replacedByBadId_invalidIdAtCell() throws IOException {
    assertOnly(
        bundle("themes.csv", "id,label,deprecated,replacedBy\na,A,true,b|not an id\nb,B,,\n"),
        FileRules.INVALID_ID,
        "themes.csv",
        2,
        4,
        "replacedBy");
  }

  @Test
  void csv_relativeTaxonomyBaseUri_invalidValueAtValueCell() throws IOException {
    assertOnly(
        bundle("taxonomy.csv", "field,value\nid,t\ntitle,T\nbaseUri,themes/\n"),
        FileRules.INVALID_VALUE,
        "taxonomy.csv",
        4,
        2,
        "value");
  }

  @Test
  void csv_relativeFrameworkBaseUri_invalidValueAtCell() throws IOException {
    assertOnly(
        bundle("frameworks.csv", "id,title,baseUri\nf,F,../areas/\n"),
        FileRules.INVALID_VALUE,
        "frameworks.csv",
        2,
        3,
        "baseUri");
  }

  @Test
  void csv_licenseNotAnIri_invalidValueAtValueCell() throws IOException {
    assertOnly(
        bundle("taxonomy.csv", "field,value\nid,t\ntitle,T\nlicense,CC BY 4.0\n"),
        FileRules.INVALID_VALUE,
        "taxonomy.csv",
        4,
        2,
        "value");
  }

  // Messages.

  @Test
  void json_missingLabel_namesTheElementAndItsLine() throws IOException {
    Diagnostic d =
        assertOnly(
            json(HEAD + "\"themes\": [{\"id\": \"a\", \"label\": \"A\"},\n{\"id\": \"b\"}]}"),
            FileRules.MISSING_FIELD,
            "t.json",
            3,
            1,
            null);
    assertThat(d.message()).startsWith("themes[1] (line 3) has no 'label'");
  }

  @Test
  void json_missingEvidenceSource_namesTheNestedElement() throws IOException {
    ReadResult r = json(HEAD + THEME + "\"evidence\": [{},\n{\"locator\": \"x\"}]}]}");
    assertThat(r.diagnostics())
        .extracting(Diagnostic::message)
        .containsExactly(
            "themes[0].evidence[0] (line 3) has no 'source': every evidence entry needs one",
            "themes[0].evidence[1] (line 4) has no 'source': every evidence entry needs one");
  }

  @Test
  void csv_blankLabel_namesTheRow() throws IOException {
    Diagnostic d =
        assertOnly(
            bundle("themes.csv", "id,label\na,A\nb,\n"),
            FileRules.MISSING_FIELD,
            "themes.csv",
            3,
            2,
            "label");
    assertThat(d.message()).startsWith("row 3 of themes.csv has a blank 'label'");
  }

  @Test
  void json_swappedLetters_didYouMean() throws IOException {
    Diagnostic d =
        assertOnly(
            json(HEAD + THEME + "\"lable\": \"x\"}]}"),
            FileRules.UNKNOWN_FIELD,
            "t.json",
            3,
            10,
            null);
    assertThat(d.message()).contains("did you mean 'label'");
  }

  @Test
  void json_swappedLettersInNewField_didYouMean() throws IOException {
    Diagnostic d =
        assertOnly(
            json(HEAD + THEME + "\"colro\": \"#000000\"}]}"),
            FileRules.UNKNOWN_FIELD,
            "t.json",
            3,
            10,
            null);
    assertThat(d.message()).contains("did you mean 'color'");
  }

  @Test
  void csv_swappedLetters_didYouMean() throws IOException {
    ReadResult r = bundle("themes.csv", "id,label,defintiion,cdoable\na,A,x,false\n");
    assertThat(r.diagnostics())
        .extracting(Diagnostic::message)
        .anySatisfy(m -> assertThat(m).contains("'cdoable' (did you mean 'codable'?)"));
  }
}
