package org.themetaxonomy.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.themetaxonomy.core.Diagnostic;
import org.themetaxonomy.core.StructuralRules;
import org.themetaxonomy.core.Taxonomy;

class JsonReaderTest {
  static final String HEAD = "{\"formatVersion\": 1, \"id\": \"t\", \"title\": \"T\",\n";

  static ReadResult read(byte[] bytes) throws IOException {
    return TaxonomyFiles.standard().readJson(new ByteArrayInputStream(bytes), "t.json");
  }

  static ReadResult read(String text) throws IOException {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  static Diagnostic only(ReadResult r) {
    assertThat(r.taxonomy()).isNull();
    assertThat(r.diagnostics()).hasSize(1);
    return r.diagnostics().get(0);
  }

  static void assertOnly(ReadResult r, String rule, int line) {
    Diagnostic d = only(r);
    assertThat(d.ruleId()).as(d.toString()).isEqualTo(rule);
    assertThat(d.location().line()).as(d.toString()).isEqualTo(line);
    assertThat(d.location().file()).isEqualTo("t.json");
  }

  @Test
  void read_minimalDocument_builds() throws IOException {
    ReadResult r = read(HEAD + "\"themes\": [{\"id\": \"a\", \"label\": \"A\"}]}");
    assertThat(r.diagnostics()).isEmpty();
    Taxonomy t = r.orElseThrow();
    assertThat(t.themes()).hasSize(1);
    assertThat(t.language()).isEqualTo("en");
  }

  @Test
  void read_emptyFile_emptyFile() throws IOException {
    assertOnly(read(""), FileRules.EMPTY_FILE, 1);
  }

  @Test
  void read_whitespaceOnly_emptyFile() throws IOException {
    assertOnly(read(" \n\t\n"), FileRules.EMPTY_FILE, 1);
  }

  @Test
  void read_truncated_malformedAtEnd() throws IOException {
    Diagnostic d = only(read(HEAD + "\"themes\": [{\"id\": \"a\""));
    assertThat(d.ruleId()).isEqualTo(FileRules.MALFORMED_JSON);
    assertThat(d.location().line()).isEqualTo(2);
    assertThat(d.message()).contains("truncated");
  }

  @Test
  void read_comment_malformedWithHint() throws IOException {
    Diagnostic d = only(read(HEAD + "// a note\n\"themes\": []}"));
    assertThat(d.ruleId()).isEqualTo(FileRules.MALFORMED_JSON);
    assertThat(d.location().line()).isEqualTo(2);
    assertThat(d.message()).contains("comments");
  }

  @Test
  void read_trailingComma_malformedWithHint() throws IOException {
    Diagnostic d = only(read(HEAD + "\"themes\": [{\"id\": \"a\", \"label\": \"A\",\n}]}"));
    assertThat(d.ruleId()).isEqualTo(FileRules.MALFORMED_JSON);
    assertThat(d.location().line()).isEqualTo(3);
    assertThat(d.message()).contains("comma");
  }

  @Test
  void read_deepNesting_limitExceededNoStackOverflow() throws IOException {
    String deep = "[".repeat(200_000) + "]".repeat(200_000);
    ReadResult r = read(HEAD + "\"description\": " + deep + "}");
    assertThat(r.diagnostics())
        .extracting(Diagnostic::ruleId)
        .containsExactly(FileRules.WRONG_TYPE, FileRules.LIMIT_EXCEEDED);
    Diagnostic d = r.diagnostics().get(1);
    assertThat(d.location().line()).isEqualTo(2);
    assertThat(d.message()).contains("deeper");
  }

  @Test
  void read_invalidUtf8_locatedError() throws IOException {
    byte[] head = (HEAD + "\"description\": \"caf").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 3];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xE9; // Latin-1 é
    bytes[head.length + 1] = '"';
    bytes[head.length + 2] = '}';
    Diagnostic d = only(read(bytes));
    assertThat(d.ruleId()).isEqualTo(FileRules.INVALID_UTF8);
    assertThat(d.location().line()).isEqualTo(2);
  }

  @Test
  void read_byteOrderMark_accepted() throws IOException {
    byte[] body =
        (HEAD + "\"themes\": [{\"id\": \"a\", \"label\": \"A\"}]}")
            .getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertThat(read(bytes).diagnostics()).isEmpty();
  }

  @Test
  void read_duplicateKey_reportedAndGoesOn() throws IOException {
    ReadResult r =
        read(
            HEAD
                + "\"themes\": [{\"id\": \"a\", \"label\": \"A\",\n"
                + "\"label\": \"B\", \"colour\": 1}]}");
    assertThat(r.diagnostics())
        .extracting(Diagnostic::ruleId)
        .containsExactly(FileRules.DUPLICATE_KEY, FileRules.UNKNOWN_FIELD);
    assertThat(r.diagnostics().get(0).location().line()).isEqualTo(3);
  }

  @Test
  void read_trailingContent_reported() throws IOException {
    assertOnly(read(HEAD + "\"themes\": []}\n{}"), FileRules.TRAILING_CONTENT, 3);
  }

  @Test
  void read_garbageAfterDocument_trailingContent() throws IOException {
    assertOnly(read(HEAD + "\"themes\": []}\nxyz"), FileRules.TRAILING_CONTENT, 3);
  }

  @Test
  void read_formatVersion2_unsupported() throws IOException {
    assertOnly(
        read("{\"formatVersion\": 2, \"id\": \"t\", \"title\": \"T\"}"),
        FileRules.UNSUPPORTED_FORMAT_VERSION,
        1);
  }

  @Test
  void read_noFormatVersion_unsupported() throws IOException {
    assertOnly(read("{\"id\": \"t\", \"title\": \"T\"}"), FileRules.UNSUPPORTED_FORMAT_VERSION, 1);
  }

  @Test
  void read_missingLabel_missingFieldAtElement() throws IOException {
    assertOnly(read(HEAD + "\"themes\": [\n{\"id\": \"a\"}]}"), FileRules.MISSING_FIELD, 3);
  }

  @Test
  void read_nullLabel_missingField() throws IOException {
    assertOnly(
        read(HEAD + "\"themes\": [{\"id\": \"a\",\n\"label\": null}]}"),
        FileRules.MISSING_FIELD,
        3);
  }

  @Test
  void read_numberForText_wrongType() throws IOException {
    assertOnly(
        read(HEAD + "\"themes\": [{\"id\": \"a\",\n\"label\": 7}]}"), FileRules.WRONG_TYPE, 3);
  }

  @Test
  void read_unknownField_hintsTheRightName() throws IOException {
    Diagnostic d =
        only(
            read(HEAD + "\"themes\": [{\"id\": \"a\", \"label\": \"A\",\n\"defintion\": \"x\"}]}"));
    assertThat(d.ruleId()).isEqualTo(FileRules.UNKNOWN_FIELD);
    assertThat(d.location().line()).isEqualTo(3);
    assertThat(d.message()).contains("did you mean 'definition'");
  }

  @Test
  void read_badId_invalidId() throws IOException {
    assertOnly(
        read(HEAD + "\"themes\": [{\"label\": \"A\",\n\"id\": \"has space\"}]}"),
        FileRules.INVALID_ID,
        3);
  }

  @Test
  void read_impossibleDate_invalidValue() throws IOException {
    assertOnly(
        read(
            HEAD
                + "\"sources\": [{\"id\": \"s\", \"title\": \"S\", \"kind\": \"report\",\n"
                + "\"date\": \"2019-02-30\"}]}"),
        FileRules.INVALID_VALUE,
        3);
  }

  @Test
  void read_unknownKind_invalidValueWithHint() throws IOException {
    Diagnostic d =
        only(
            read(
                HEAD
                    + "\"sources\": [{\"id\": \"s\", \"title\": \"S\",\n\"kind\": \"focusgroup\"}]}"));
    assertThat(d.ruleId()).isEqualTo(FileRules.INVALID_VALUE);
    assertThat(d.location().line()).isEqualTo(3);
    assertThat(d.message()).contains("did you mean 'focus-group'");
  }

  @Test
  void read_confidenceAboveOne_invalidValue() throws IOException {
    assertOnly(
        read(
            HEAD
                + "\"crosswalk\": [{\"theme\": \"a\", \"framework\": \"f\", \"area\": \"x\","
                + " \"relation\": \"close\",\n\"confidence\": 1.5}]}"),
        FileRules.INVALID_VALUE,
        3);
  }

  @Test
  void read_unknownRelation_invalidValue() throws IOException {
    assertOnly(
        read(
            HEAD
                + "\"crosswalk\": [{\"theme\": \"a\", \"framework\": \"f\", \"area\": \"x\",\n"
                + "\"relation\": \"broader\"}]}"),
        FileRules.INVALID_VALUE,
        3);
  }

  @Test
  void read_tenBrokenThemes_tenDiagnostics() throws IOException {
    StringBuilder b = new StringBuilder(HEAD + "\"themes\": [\n");
    for (int i = 0; i < 10; i++) {
      b.append(i == 0 ? "" : ",\n")
          .append("{\"id\": \"bad id ")
          .append(i)
          .append("\", \"label\": \"L\"}");
    }
    ReadResult r = read(b.append("]}").toString());
    assertThat(r.diagnostics()).hasSize(10).allMatch(d -> d.ruleId().equals(FileRules.INVALID_ID));
    assertThat(r.diagnostics())
        .extracting(d -> d.location().line())
        .containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
  }

  @Test
  void read_unknownParent_structuralErrorAtParentField() throws IOException {
    ReadResult r =
        read(
            HEAD + "\"themes\": [\n{\"id\": \"a\", \"label\": \"A\",\n  \"parent\": \"nobody\"}]}");
    Diagnostic d = only(r);
    assertThat(d.ruleId()).isEqualTo(StructuralRules.UNKNOWN_PARENT);
    assertThat(d.location().line()).isEqualTo(4);
    assertThat(d.location().column()).isEqualTo(13);
  }

  @Test
  void read_rootIsArray_wrongType() throws IOException {
    assertOnly(read("[1, 2]"), FileRules.WRONG_TYPE, 1);
  }

  @Test
  void read_controlCharactersInUnknownName_escapedInMessage() throws IOException {
    Diagnostic d = only(read(HEAD + "\"bad\\u001b[31mname\": 1}"));
    assertThat(d.message()).doesNotContain("\u001b").contains("\\u001b");
  }

  @Test
  void read_problemsBeyondLimit_summarised() throws IOException {
    StringBuilder b = new StringBuilder(HEAD + "\"themes\": [\n");
    for (int i = 0; i < 30; i++) {
      b.append(i == 0 ? "" : ",\n").append("{\"id\": \"bad id\", \"label\": \"L\"}");
    }
    ReadResult r =
        TaxonomyFiles.with(ReadOptions.DEFAULTS.withMaxDiagnostics(5))
            .readJson(
                new ByteArrayInputStream(
                    b.append("]}").toString().getBytes(StandardCharsets.UTF_8)),
                "t.json");
    List<Diagnostic> ds = r.diagnostics();
    assertThat(ds).hasSize(6);
    assertThat(ds)
        .filteredOn(d -> d.message().startsWith("25 more problems"))
        .singleElement()
        .satisfies(d -> assertThat(d.ruleId()).isEqualTo(FileRules.LIMIT_EXCEEDED));
  }
}
