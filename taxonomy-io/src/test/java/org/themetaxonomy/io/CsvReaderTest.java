package org.themetaxonomy.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.themetaxonomy.core.Diagnostic;
import org.themetaxonomy.core.StructuralRules;
import org.themetaxonomy.core.Taxonomy;

class CsvReaderTest {
  @TempDir Path dir;

  ReadResult lone(String text) throws IOException {
    return lone(text.getBytes(StandardCharsets.UTF_8));
  }

  ReadResult lone(byte[] bytes) throws IOException {
    Path file = dir.resolve("themes.csv");
    Files.write(file, bytes);
    return TaxonomyFiles.standard().read(file);
  }

  static void assertRules(ReadResult r, String... rulesAndLines) {
    assertThat(r.taxonomy()).isNull();
    assertThat(r.diagnostics())
        .extracting(d -> d.ruleId() + "@" + d.location().line())
        .containsExactly(rulesAndLines);
  }

  @Test
  void read_loneCsv_readAsThemes() throws IOException {
    ReadResult r = lone("id,label,parent\r\na,Alpha,\r\nb,Beta,a\r\n");
    assertThat(r.diagnostics()).isEmpty();
    Taxonomy t = r.orElseThrow();
    assertThat(t.id()).isEqualTo("themes");
    assertThat(t.children("a")).extracting(th -> th.id()).containsExactly("b");
  }

  @Test
  void read_byteOrderMark_accepted() throws IOException {
    assertThat(lone("\uFEFFid,label\na,Alpha\n").diagnostics()).isEmpty();
  }

  @Test
  void read_emptyFile_emptyFile() throws IOException {
    assertRules(lone(""), FileRules.EMPTY_FILE + "@1");
  }

  @Test
  void read_unterminatedQuote_malformedAtRowStart() throws IOException {
    assertRules(lone("id,label\na,\"Alpha\nb,Beta\n"), FileRules.MALFORMED_CSV + "@2");
  }

  @Test
  void read_strayQuote_malformedAndGoesOn() throws IOException {
    ReadResult r = lone("id,label\na,\"Alpha\"x\nb,Beta,extra\n");
    assertRules(r, FileRules.MALFORMED_CSV + "@2", FileRules.ROW_LENGTH + "@3");
  }

  @Test
  void read_shortAndLongRows_eachReported() throws IOException {
    assertRules(
        lone("id,label,definition\na,Alpha\nb,Beta,B,extra\nc,Gamma,G\n"),
        FileRules.ROW_LENGTH + "@2",
        FileRules.ROW_LENGTH + "@3");
  }

  /** One diagnostic as {@code rule@line:column message}. */
  static String found(Diagnostic d) {
    return d.ruleId() + "@" + d.location().line() + ":" + d.location().column() + " " + d.message();
  }

  /** Each diagnostic as {@code rule@line:column message}. */
  static java.util.List<String> found(ReadResult r) {
    return r.diagnostics().stream()
        .map(
            d ->
                d.ruleId()
                    + "@"
                    + d.location().line()
                    + ":"
                    + d.location().column()
                    + " "
                    + d.message())
        .toList();
  }

  @Test
  void read_rowLengths_messageSaysWhatToMend() throws IOException {
    assertThat(found(lone("id,label,definition\na,Alpha\nb,Beta,B,,\nc,Gamma,G,x\nd,D,E,\n")))
        .containsExactly(
            FileRules.ROW_LENGTH
                + "@2:0 this row has 2 cells but the header has 3; a cell with a comma or line"
                + " break inside must be quoted",
            FileRules.ROW_LENGTH
                + "@3:0 this row has 5 cells but the header has 3; the extra cells are empty:"
                + " delete them if they are trailing commas, or quote the cell that has a comma"
                + " inside",
            FileRules.ROW_LENGTH
                + "@4:0 this row has 4 cells but the header has 3; a cell with a comma inside must"
                + " be quoted",
            FileRules.ROW_LENGTH
                + "@5:0 this row has 4 cells but the header has 3; the extra cells are empty:"
                + " delete them if they are trailing commas, or quote the cell that has a comma"
                + " inside");
  }

  @Test
  void read_blankHeaderAndMissingColumns_locatedAtTheirColumns() throws IOException {
    assertThat(found(lone("id,,notes\na,x,y\n")))
        .containsExactly(
            FileRules.MISSING_COLUMN + "@1:1 the header lacks the required column label",
            FileRules.UNKNOWN_FIELD + "@1:2 column 2 has no header; name it or delete the column");
    assertThat(found(lone("notes,definition\nx,y\n")))
        .containsExactly(
            FileRules.MISSING_COLUMN + "@1:1 the header lacks the required columns id, label");
    assertThat(found(lone("id;label\na;A\n")))
        .first()
        .asString()
        .startsWith(
            FileRules.MISSING_COLUMN + "@1:1 the header lacks the required columns id, label")
        .endsWith(
            "; the file looks semicolon-separated: save it with commas as separators (\"CSV"
                + " UTF-8, comma delimited\")");
  }

  @Test
  void read_unterminatedQuote_messageNamesTheRowWhereItOpened() throws IOException {
    assertThat(found(lone("id,label\na,A\nb,\"Beta\nc,C\n")))
        .singleElement()
        .asString()
        .startsWith(FileRules.MALFORMED_CSV + "@3:")
        .endsWith(
            " a quoted cell is never closed: the file ends inside quotes that open on or before"
                + " this row; add the closing '\"' (the row starts on line 3)");
  }

  @Test
  void read_duplicateHeader_reported() throws IOException {
    assertRules(lone("id,label,label\na,Alpha,A\n"), FileRules.DUPLICATE_HEADER + "@1");
  }

  @Test
  void read_windows1252_invalidUtf8WithLine() throws IOException {
    ReadResult r =
        lone("id,label\na,Alpha\nb,Caf\u00e9 \u2019s\n".getBytes(Charset.forName("windows-1252")));
    assertRules(r, FileRules.INVALID_UTF8 + "@3");
    assertThat(r.diagnostics().get(0).message()).contains("Windows-1252").contains("0xE9");
  }

  @Test
  void read_semicolonSeparated_hintSaysSo() throws IOException {
    ReadResult r = lone("id;label\na;Alpha\n");
    assertThat(r.diagnostics())
        .extracting(Diagnostic::ruleId)
        .containsExactly(FileRules.MISSING_COLUMN, FileRules.UNKNOWN_FIELD);
    assertThat(r.diagnostics().get(0).message()).contains("semicolon-separated");
  }

  @Test
  void read_unknownColumn_hint() throws IOException {
    ReadResult r = lone("id,label,defintion\na,Alpha,x\n");
    assertRules(r, FileRules.UNKNOWN_FIELD + "@1");
    assertThat(r.diagnostics().get(0).message()).contains("did you mean 'definition'");
    assertThat(r.diagnostics().get(0).location().column()).isEqualTo(3);
  }

  @Test
  void read_frictionlessInvalid_everyProblem() throws IOException {
    byte[] bytes;
    try (InputStream in = getClass().getResourceAsStream("frictionless-invalid.csv")) {
      bytes = in.readAllBytes();
    }
    ReadResult r = lone(bytes);
    // id,name,,name: 'name' is not ours, column 3 has no header, 'name' twice, no label column;
    // rows 2 and 3 are short, row 4 blank (skipped), row 5 long.
    assertRules(
        r,
        FileRules.MISSING_COLUMN + "@1",
        FileRules.UNKNOWN_FIELD + "@1",
        FileRules.UNKNOWN_FIELD + "@1",
        FileRules.DUPLICATE_HEADER + "@1",
        FileRules.ROW_LENGTH + "@2",
        FileRules.ROW_LENGTH + "@3",
        FileRules.ROW_LENGTH + "@5");
  }

  @Test
  void read_tenBrokenRows_tenDiagnostics() throws IOException {
    StringBuilder b = new StringBuilder("id,label\n");
    for (int i = 0; i < 10; i++) {
      b.append("bad id ").append(i).append(",L\n");
    }
    ReadResult r = lone(b.toString());
    assertThat(r.diagnostics()).hasSize(10).allMatch(d -> d.ruleId().equals(FileRules.INVALID_ID));
    assertThat(r.diagnostics().get(0).location().columnName()).isEqualTo("id");
  }

  @Test
  void read_formulaMark_removedOnce() throws IOException {
    Taxonomy t = lone("id,label\na,'=SUM(A1)\nb,'''quoted\n").orElseThrow();
    assertThat(t.theme("a").orElseThrow().label()).isEqualTo("=SUM(A1)");
    assertThat(t.theme("b").orElseThrow().label()).isEqualTo("''quoted");
  }

  @Test
  void read_altLabelsWithEscapes_split() throws IOException {
    Taxonomy t = lone("id,label,altLabels\na,A,one|two\\|three|back\\\\slash\n").orElseThrow();
    assertThat(t.theme("a").orElseThrow().altLabels())
        .containsExactly("one", "two|three", "back\\slash");
  }

  @Test
  void read_altLabelsBadEscape_invalidValue() throws IOException {
    assertRules(lone("id,label,altLabels\na,A,one\\two\n"), FileRules.INVALID_VALUE + "@2");
  }

  @Test
  void read_bundleWithUnknownReferences_locatedInTheirFiles() throws IOException {
    Path b = dir.resolve("bundle");
    Files.createDirectories(b);
    Files.writeString(b.resolve("themes.csv"), "id,label,parent\na,A,\nb,B,zzz\n");
    Files.writeString(b.resolve("evidence.csv"), "theme,source\nnobody,s1\n");
    Files.writeString(b.resolve("crosswalk.csv"), "theme,framework,area,relation\n");
    ReadResult r = TaxonomyFiles.standard().read(b);
    assertThat(r.diagnostics())
        .extracting(d -> d.ruleId() + "@" + d.location().file() + ":" + d.location().line())
        .containsExactly(StructuralRules.UNKNOWN_REFERENCE + "@" + b + "/evidence.csv:2");
  }

  @Test
  void read_evidenceOfAThemeWhoseRowWasSkipped_pointsAtThatRow() throws IOException {
    Path b = dir.resolve("bundle");
    Files.createDirectories(b);
    Files.writeString(
        b.resolve("themes.csv"), "id,label,definition\na,A,\nb,B, with, a comma,\nc,C,\n");
    Files.writeString(b.resolve("evidence.csv"), "theme,source\nb,s1\nnobody,s1\nb,s2\n");
    ReadResult r = TaxonomyFiles.standard().read(b);
    assertThat(r.diagnostics())
        .extracting(d -> d.location().file().replace(b.toString(), "") + " " + found(d))
        .containsExactly(
            "/evidence.csv unknown-reference@2:1 theme 'b' is on line 3 of themes.csv, a row that"
                + " was skipped for its length; mend that row",
            "/evidence.csv unknown-reference@3:1 theme 'nobody' is not in themes.csv",
            "/evidence.csv unknown-reference@4:1 theme 'b' is on line 3 of themes.csv, a row that"
                + " was skipped for its length; mend that row",
            "/themes.csv row-length@3:0 this row has 5 cells but the header has 3; a cell with a"
                + " comma inside must be quoted");
  }

  @Test
  void read_bundleParentUnknown_locatedAtParentCell() throws IOException {
    Path b = dir.resolve("bundle");
    Files.createDirectories(b);
    Files.writeString(b.resolve("themes.csv"), "id,label,parent\na,A,\nb,B,zzz\n");
    ReadResult r = TaxonomyFiles.standard().read(b);
    Diagnostic d = r.diagnostics().get(0);
    assertThat(d.ruleId()).isEqualTo(StructuralRules.UNKNOWN_PARENT);
    assertThat(d.location().file()).endsWith("themes.csv");
    assertThat(d.location().line()).isEqualTo(3);
    assertThat(d.location().columnName()).isEqualTo("parent");
  }

  @Test
  void read_bundleWithoutThemes_missingColumn() throws IOException {
    Path b = dir.resolve("bundle");
    Files.createDirectories(b);
    Files.writeString(b.resolve("theme.csv"), "id,label\n");
    ReadResult r = TaxonomyFiles.standard().read(b);
    assertThat(r.diagnostics())
        .extracting(Diagnostic::ruleId)
        .containsExactlyInAnyOrder(FileRules.MISSING_COLUMN, FileRules.UNKNOWN_FIELD);
    assertThat(r.diagnostics()).anyMatch(d -> d.message().contains("did you mean 'themes.csv'"));
  }

  @Test
  void read_cellLongerThanBound_limitExceededAtItsLine() throws IOException {
    Path file = dir.resolve("themes.csv");
    Files.writeString(file, "id,label\na,A\nb," + "x".repeat(2_000) + "\n");
    ReadResult r = TaxonomyFiles.with(ReadOptions.DEFAULTS.withMaxStringLength(1_000)).read(file);
    assertRules(r, FileRules.LIMIT_EXCEEDED + "@3");
    assertThat(r.diagnostics().get(0).message())
        .contains("text value longer")
        .contains("ReadOptions");
  }
}
