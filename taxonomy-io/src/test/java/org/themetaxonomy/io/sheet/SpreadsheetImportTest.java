package org.themetaxonomy.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.themetaxonomy.core.Diagnostic;
import org.themetaxonomy.core.Ids;
import org.themetaxonomy.core.Relation;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.core.Validator;
import org.themetaxonomy.io.FileRules;
import org.themetaxonomy.io.TaxonomyFiles;

class SpreadsheetImportTest {
  @TempDir Path dir;

  private Path csv(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static ImportOptions columns(String... options) {
    ColumnMap map = ColumnMap.EMPTY;
    for (String o : options) {
      map = map.withOption(o);
    }
    return ImportOptions.DEFAULTS.withColumns(map);
  }

  private static Theme theme(Taxonomy t, String label) {
    return t.themes().stream()
        .filter(x -> x.label().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no theme " + label));
  }

  private static List<String> rules(ImportResult r) {
    return r.diagnostics().stream().map(Diagnostic::ruleId).toList();
  }

  @Test
  void edgeaiThemes_mappedColumns_eighteenThemesUnderHigherOrderThemesAndEighteenRows()
      throws IOException {
    Path copy = dir.resolve("edgeai-themes.csv");
    try (InputStream in = getClass().getResourceAsStream("edgeai-themes.csv")) {
      Files.copy(in, copy);
    }
    ImportOptions options =
        columns(
                "id=theme_ID",
                "label=theme (m2m/edge_literature)",
                "parent=high-order_themes",
                "area=capabilities (ISO 30141)")
            .withFramework("iso-iec-30141", "ISO/IEC 30141 capabilities", Relation.RELATED);

    ImportResult r = SpreadsheetImport.read(copy, options);

    Taxonomy t = r.orElseThrow();
    List<Theme> coded = t.themes().stream().filter(x -> x.id().matches("T\\d\\d")).toList();
    assertThat(coded).hasSize(18);
    assertThat(coded).allSatisfy(x -> assertThat(x.parent()).isNotNull());
    assertThat(t.roots()).hasSize(7);
    assertThat(theme(t, "Security, Privacy & Trust Management").parent())
        .isEqualTo("security-authentication-usage-policies");
    assertThat(t.crosswalk()).hasSize(18);
    assertThat(t.frameworks().get(0).areas())
        .extracting(a -> a.id())
        .containsExactly("interface-capabilities", "supporting-capabilities", "data-capabilities");
    assertThat(r.validate(Validator.standard()).count(Severity.ERROR)).isZero();
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void realAtlasTiExport_portugueseHeaders_asksForLabelThenImportsThemesAndCodes()
      throws IOException {
    Path copy = dir.resolve("atlasti-codebook.csv");
    try (InputStream in = getClass().getResourceAsStream("atlasti-codebook.csv")) {
      Files.copy(in, copy);
    }

    ImportResult guessed = SpreadsheetImport.read(copy, ImportOptions.DEFAULTS);

    assertThat(guessed.needsOptions()).isTrue();
    assertThat(guessed.diagnostics().get(0).message()).contains("--column label='Código'");
    assertThat(guessed.diagnostics().get(0).location().line()).isEqualTo(2);

    ImportResult r =
        SpreadsheetImport.read(
            copy, columns("label=Código", "definition=Comentário").withPaths(": ", false));

    Taxonomy t = r.orElseThrow();
    assertThat(t.roots()).hasSize(18);
    assertThat(t.roots().get(0).label())
        .isEqualTo("T1. Edge Connectivity & Communication Protocols");
    assertThat(t.children(t.roots().get(0).id())).hasSize(37);
    assertThat(t.themes()).hasSize(465);
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.validate(Validator.standard()).count(Severity.ERROR)).isZero();
  }

  @Test
  void importTwice_sameSheet_sameBytes() throws IOException {
    Path p = csv("a.csv", "name,parent\nÉquité,Values\nCare,Values\n🙂,\n");
    String first =
        TaxonomyFiles.toJson(SpreadsheetImport.read(p, ImportOptions.DEFAULTS).orElseThrow());
    String second =
        TaxonomyFiles.toJson(SpreadsheetImport.read(p, ImportOptions.DEFAULTS).orElseThrow());
    assertThat(first).isEqualTo(second).contains("\"equite\"");
  }

  @Test
  void idParentLayout_parentIds_linkedByIdAndUnknownIdWarned() throws IOException {
    Path p = csv("ids.csv", "id,label,parent\nA,Alpha,\nB,Beta,A\nC,Gamma,B\nD,Delta,ZZ\n");

    ImportResult r = SpreadsheetImport.read(p, ImportOptions.DEFAULTS);

    Taxonomy t = r.orElseThrow();
    assertThat(t.theme("B").orElseThrow().parent()).isEqualTo("A");
    assertThat(t.theme("C").orElseThrow().parent()).isEqualTo("B");
    assertThat(t.theme("D").orElseThrow().parent()).isNull();
    assertThat(t.themes()).hasSize(4);
    Diagnostic d = r.diagnostics().get(0);
    assertThat(d.ruleId()).isEqualTo(ImportRules.UNKNOWN_PARENT);
    assertThat(d.location().line()).isEqualTo(5);
    assertThat(d.location().columnName()).isEqualTo("parent");
    assertThat(r.choices()).anyMatch(c -> c.startsWith("parents: by id"));
  }

  @Test
  void parentByLabel_nameOnlyInParentColumn_becomesATheme() throws IOException {
    Path p =
        csv(
            "l.csv",
            "Code,Comment,Code Groups\nBullying,Being hurt,Safety\nSafety,Feeling safe,\nTrust,,Relations\n");

    ImportResult r = SpreadsheetImport.read(p, ImportOptions.DEFAULTS);

    Taxonomy t = r.orElseThrow();
    assertThat(t.themes())
        .extracting(Theme::label)
        .containsExactly("Bullying", "Safety", "Relations", "Trust");
    assertThat(theme(t, "Bullying").parent()).isEqualTo("safety");
    assertThat(theme(t, "Bullying").definition()).isEqualTo("Being hurt");
    assertThat(theme(t, "Trust").parent()).isEqualTo("relations");
    assertThat(r.columns().toOptions())
        .isEqualTo("--column label=Code --column parent='Code Groups' --column definition=Comment");
  }

  @Test
  void pathColumn_sameLeafUnderTwoParents_staysTwoThemes() throws IOException {
    Path p =
        csv("m.csv", "Code\nSchool > Climate\nSchool > Other\nHome > Other\nHome > Other > Deep\n");

    ImportResult r = SpreadsheetImport.read(p, ImportOptions.DEFAULTS.withPaths(" > ", false));

    Taxonomy t = r.orElseThrow();
    assertThat(t.themes())
        .extracting(Theme::id)
        .containsExactly("school", "climate", "other", "home", "other-2", "deep");
    assertThat(t.theme("other-2").orElseThrow().parent()).isEqualTo("home");
    assertThat(t.theme("deep").orElseThrow().parent()).isEqualTo("other-2");
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void nvivoHierarchicalName_endsWithOwnName_isTheRowsPathAndRootDropped() throws IOException {
    Path p =
        csv(
            "n.csv",
            "Name,Description,Hierarchical Name\r\n"
                + "Safety,Feeling safe,Nodes\\\\Safety\r\n"
                + "Bullying,Being hurt,Nodes\\\\Safety\\\\Bullying\r\n"
                + "Other,,Nodes\\\\Safety\\\\Other\r\n");

    ImportResult r = SpreadsheetImport.read(p, ImportOptions.DEFAULTS);

    Taxonomy t = r.orElseThrow();
    assertThat(t.themes()).extracting(Theme::id).containsExactly("safety", "bullying", "other");
    assertThat(t.theme("bullying").orElseThrow().parent()).isEqualTo("safety");
    assertThat(t.theme("safety").orElseThrow().definition()).isEqualTo("Feeling safe");
    assertThat(r.choices()).anyMatch(c -> c.startsWith("path separator: '\\'"));

    Taxonomy kept =
        SpreadsheetImport.read(p, ImportOptions.DEFAULTS.withPaths("\\", true)).orElseThrow();
    assertThat(kept.roots()).extracting(Theme::label).containsExactly("Nodes");
  }

  @Test
  void atlasStyleNames_colonSeparator_splitsThemeAndSubcode() throws IOException {
    Path p = csv("atlas.csv", "Code,Comment\nClimate: safety,\nClimate: trust,\n");

    Taxonomy t =
        SpreadsheetImport.read(p, ImportOptions.DEFAULTS.withPaths(": ", false)).orElseThrow();

    assertThat(t.themes()).extracting(Theme::label).containsExactly("Climate", "safety", "trust");
    assertThat(t.theme("trust").orElseThrow().parent()).isEqualTo("climate");
  }

  @Test
  void xlsxSecondSheet_formulaDateAndErrorCells_readAndLocated() throws IOException {
    Path book = dir.resolve("book.xlsx");
    new TestWorkbooks()
        .sheet("Notes", List.of(List.of("nothing here")))
        .sheet(
            "Codes",
            List.of(
                List.of("Code list exported 2024"),
                List.of("Code", "Memo", "Group", "Created"),
                List.of("Safety", "=A3&\" memo\"|Safety memo", "Climate", "date:45000"),
                Arrays.asList("Trust", "plain", "#ERR:#REF!", "n:3.50")))
        .sharedStrings()
        .write(book);

    ImportResult r = SpreadsheetImport.read(book, ImportOptions.DEFAULTS.withSheet("Codes"));

    Taxonomy t = r.orElseThrow();
    assertThat(t.themes()).extracting(Theme::label).containsExactly("Climate", "Safety", "Trust");
    assertThat(theme(t, "Safety").definition()).isEqualTo("Safety memo");
    assertThat(theme(t, "Trust").parent()).isNull();
    assertThat(r.diagnostics()).hasSize(1);
    Diagnostic d = r.diagnostics().get(0);
    assertThat(d.ruleId()).isEqualTo(ImportRules.CELL_ERROR);
    assertThat(d.location().toString()).isEqualTo(book + ":Codes!C4");
    assertThat(d.message()).contains("#REF!");
    assertThat(r.choices()).contains("header row: 2 (found; --header-row N to choose)");
  }

  @Test
  void xlsxCells_dateNumberAndFormula_giveIsoDatePlainNumberSavedValue() throws IOException {
    Path book = dir.resolve("cells.xlsx");
    new TestWorkbooks()
        .sheet(
            "S",
            List.of(
                List.of("label", "notes", "definition"),
                List.of("A", "date:45000", "n:3.50"),
                List.of("B", "=TODAY()|x", "=1/0|#DIV/0!"),
                List.of("C", "date:1E300")))
        .write(book);

    ImportResult r = SpreadsheetImport.read(book, ImportOptions.DEFAULTS);

    Taxonomy t = r.orElseThrow();
    assertThat(theme(t, "A").notes()).isEqualTo("2023-03-15");
    assertThat(theme(t, "A").definition()).isEqualTo("3.5");
    assertThat(theme(t, "B").notes()).isEqualTo("x");
    assertThat(theme(t, "C").notes()).startsWith("1000000000");
    assertThat(rules(r)).containsExactly(ImportRules.CELL_ERROR);
    assertThat(r.diagnostics().get(0).location().file()).isEqualTo(book + ":S!C3");
  }

  @Test
  void xlsx_noSuchSheet_namesTheSheets() throws IOException {
    Path book = dir.resolve("b.xlsx");
    new TestWorkbooks().sheet("Themes", List.of(List.of("label"), List.of("A"))).write(book);

    ImportResult r = SpreadsheetImport.read(book, ImportOptions.DEFAULTS.withSheet("Codes"));

    assertThat(r.needsOptions()).isTrue();
    assertThat(r.diagnostics().get(0).message()).contains("'Themes'");
  }

  @Test
  void guessedHeaders_titleLineSemicolonsBomCrlf_found() throws IOException {
    Path p =
        csv(
            "g.csv",
            "\uFEFFMy codebook;;\r\nTheme ID;Theme Name;Description\r\nt1;Équité;Fair shares\r\n"
                + "t2;Care;\"Looking; after\"\r\n");

    ImportResult r = SpreadsheetImport.read(p, ImportOptions.DEFAULTS);

    Taxonomy t = r.orElseThrow();
    assertThat(t.themes()).extracting(Theme::id).containsExactly("t1", "t2");
    assertThat(t.theme("t2").orElseThrow().definition()).isEqualTo("Looking; after");
    assertThat(r.choices())
        .contains(
            "delimiter: ';' (sniffed; --delimiter to force another)",
            "header row: 2 (found; --header-row N to choose)",
            "columns: --column id='Theme ID' --column label='Theme Name' --column definition=Description");
  }

  @Test
  void duplicateSlugs_foldedAccents_madeUniqueWithinSixtyFour() throws IOException {
    String longLabel =
        "A very long theme label that goes on and on well past sixty four characters";
    Path p =
        csv("d.csv", "label\nÉquité\nEquite\nequité!\n" + longLabel + "\n" + longLabel + " too\n");

    ImportResult r = SpreadsheetImport.read(p, ImportOptions.DEFAULTS);

    List<String> ids = r.orElseThrow().themes().stream().map(Theme::id).toList();
    assertThat(ids.subList(0, 3)).containsExactly("equite", "equite-2", "equite-3");
    assertThat(ids.get(3)).hasSizeLessThanOrEqualTo(64).startsWith("a-very-long");
    assertThat(ids.get(4)).hasSizeLessThanOrEqualTo(64).endsWith("-2");
    assertThat(ids).allMatch(Ids::isValid);
  }

  @Test
  void nonAsciiAndEmojiLabels_validUniqueStableIds() throws IOException {
    Path p = csv("e.csv", "label\n日本\n中国\n🙂\n🙂 Joy\nŁódź\n");

    Taxonomy t = SpreadsheetImport.read(p, ImportOptions.DEFAULTS).orElseThrow();

    List<String> ids = t.themes().stream().map(Theme::id).toList();
    assertThat(ids).allMatch(Ids::isValid).doesNotHaveDuplicates();
    assertThat(ids.get(0)).matches("theme-[0-9a-f]{8}");
    assertThat(ids.subList(3, 5)).containsExactly("joy", "lodz");
    assertThat(theme(t, "🙂").label()).isEqualTo("🙂");
  }

  @Test
  void labelCycle_brokenAtTheLaterRow_warned() throws IOException {
    Path p = csv("c.csv", "label,parent\nA,B\nB,C\nC,A\nD,A\n");

    ImportResult r = SpreadsheetImport.read(p, ImportOptions.DEFAULTS);

    Taxonomy t = r.orElseThrow();
    assertThat(rules(r)).containsExactly(ImportRules.PARENT_CYCLE);
    assertThat(r.diagnostics().get(0).location().line()).isEqualTo(4);
    assertThat(theme(t, "C").parent()).isNull();
    assertThat(theme(t, "A").parent()).isEqualTo("b");
  }

  @Test
  void raggedRowAndEmptyLabel_warnedAtTheirLines_restImported() throws IOException {
    Path p = csv("r.csv", "label,definition\nA,one\nB,two,extra\nC\n,orphan definition\nD,four\n");

    ImportResult r = SpreadsheetImport.read(p, ImportOptions.DEFAULTS);

    assertThat(r.orElseThrow().themes())
        .extracting(Theme::label)
        .containsExactly("A", "B", "C", "D");
    assertThat(r.diagnostics())
        .extracting(d -> d.ruleId() + "@" + d.location().line())
        .containsExactly(
            ImportRules.RAGGED_ROW + "@3",
            ImportRules.RAGGED_ROW + "@4",
            ImportRules.EMPTY_LABEL + "@5");
    assertThat(r.diagnostics().get(2).location().columnName()).isEqualTo("label");
  }

  @Test
  void unguessableHeaders_noLabelColumn_tellsWhichOptionToPass() throws IOException {
    Path p = csv("pt.csv", "Código,Comentário\nC1,Algo\n");

    ImportResult r = SpreadsheetImport.read(p, ImportOptions.DEFAULTS);

    assertThat(r.taxonomy()).isNull();
    assertThat(r.needsOptions()).isTrue();
    assertThat(rules(r)).containsExactly(ImportRules.NO_LABEL_COLUMN);
    assertThat(r.diagnostics().get(0).message())
        .contains("'Código', 'Comentário'")
        .contains("--column label=");

    Taxonomy mapped =
        SpreadsheetImport.read(p, columns("label=Código", "definition=Comentário")).orElseThrow();
    assertThat(mapped.themes().get(0).definition()).isEqualTo("Algo");
  }

  @Test
  void mappedHeaderMissing_unknownHeader_listsTheHeaders() throws IOException {
    Path p = csv("h.csv", "name,desc\nA,x\n");

    ImportResult r = SpreadsheetImport.read(p, columns("definition=Descr"));

    assertThat(rules(r)).containsExactly(ImportRules.UNKNOWN_HEADER);
    assertThat(r.needsOptions()).isTrue();
    assertThat(r.diagnostics().get(0).message()).contains("'Descr'").contains("'name', 'desc'");
  }

  @Test
  void areaWithoutFramework_needsFramework() throws IOException {
    Path p = csv("a.csv", "name,area\nA,x\n");

    ImportResult r = SpreadsheetImport.read(p, columns("area=area"));

    assertThat(rules(r)).containsExactly(ImportRules.NEEDS_FRAMEWORK);
  }

  @Test
  void severalAreaColumns_oneFrameworkRowsPerCell() throws IOException {
    Path p = csv("a.csv", "Code,Code Groups 1,Code Groups 2\nA,G1,G2\nB,G2,\n");

    Taxonomy t =
        SpreadsheetImport.read(
                p,
                columns("area=Code Groups 1", "area=Code Groups 2", "parent=")
                    .withFramework("groups", null, Relation.BROAD))
            .orElseThrow();

    assertThat(t.crosswalk()).hasSize(3);
    assertThat(t.crosswalk()).allMatch(m -> m.relation() == Relation.BROAD);
    assertThat(t.frameworks().get(0).title()).isEqualTo("groups");
  }

  @Test
  void headerOnly_nothingToImport_error() throws IOException {
    Path p = csv("h.csv", "name,parent\n");

    ImportResult r = SpreadsheetImport.read(p, ImportOptions.DEFAULTS);

    assertThat(r.taxonomy()).isNull();
    assertThat(rules(r)).containsExactly(FileRules.EMPTY_FILE);
    assertThat(r.needsOptions()).isFalse();
  }

  @Test
  void invalidUtf8_locatedError() throws IOException {
    Path p = dir.resolve("w.csv");
    Files.write(p, new byte[] {'l', 'a', 'b', 'e', 'l', '\n', 'C', 'a', 'f', (byte) 0xE9, '\n'});

    ImportResult r = SpreadsheetImport.read(p, ImportOptions.DEFAULTS);

    assertThat(rules(r)).containsExactly(FileRules.INVALID_UTF8);
    assertThat(r.diagnostics().get(0).location().line()).isEqualTo(2);
  }

  @Test
  void zipBomb_refusedBeforeInflatingIt() throws IOException {
    Path bomb = dir.resolve("bomb.xlsx");
    try (OutputStream out = Files.newOutputStream(bomb);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThat(Files.size(bomb)).isLessThan(1 << 20);

    ImportResult r = SpreadsheetImport.read(bomb, ImportOptions.DEFAULTS);

    assertThat(rules(r)).containsExactly(ImportRules.UNSAFE_WORKBOOK);
    assertThat(r.diagnostics().get(0).message()).contains("zip bomb");
  }

  @Test
  void externalEntity_refusedAndNeverRead() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-VALUE");
    Path book = dir.resolve("xxe.xlsx");
    new TestWorkbooks()
        .sheet("S", List.of(List.of("label"), List.of("A")))
        .part(
            "xl/sharedStrings.xml",
            "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY x SYSTEM \""
                + secret.toUri()
                + "\">]><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<si><t>&x;</t></si></sst>")
        .write(book);

    ImportResult r = SpreadsheetImport.read(book, ImportOptions.DEFAULTS);

    assertThat(r.taxonomy()).isNull();
    assertThat(rules(r)).containsExactly(ImportRules.UNSAFE_WORKBOOK);
    assertThat(r.diagnostics().get(0).message()).contains("DTD").doesNotContain("TOP-SECRET");
  }

  @Test
  void externalEntity_xlsxReaderAlone_neverResolvesIt() throws IOException {
    // The second line of defence, should the first pass miss a DTD: fastexcel's own XML factory.
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-VALUE");
    Path book = dir.resolve("xxe2.xlsx");
    new TestWorkbooks()
        .sheet("S", List.of(List.of("label"), List.of("A")))
        .sharedStrings()
        .part(
            "xl/sharedStrings.xml",
            "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY x SYSTEM \""
                + secret.toUri()
                + "\">]><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<si><t>&x;</t></si><si><t>A</t></si></sst>")
        .write(book);
    StringBuilder seen = new StringBuilder();
    try (org.dhatim.fastexcel.reader.ReadableWorkbook wb =
        new org.dhatim.fastexcel.reader.ReadableWorkbook(book.toFile())) {
      wb.getFirstSheet().openStream().forEach(row -> row.forEach(c -> seen.append(c.getText())));
    } catch (RuntimeException | IOException e) {
      seen.append(e.getMessage());
    }
    assertThat(seen.toString()).doesNotContain("TOP-SECRET");
  }

  @Test
  @Tag("slow")
  void tooManySharedStrings_refused() throws IOException {
    StringBuilder sst =
        new StringBuilder(
            "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
    for (int i = 0; i <= XlsxGrid.MAX_SHARED_STRINGS; i++) {
      sst.append("<si><t>").append(Integer.toHexString(i * 7919)).append("</t></si>");
    }
    Path book = dir.resolve("sst.xlsx");
    new TestWorkbooks()
        .sheet("S", List.of(List.of("label"), List.of("A")))
        .part("xl/sharedStrings.xml", sst.append("</sst>").toString())
        .write(book);

    ImportResult r = SpreadsheetImport.read(book, ImportOptions.DEFAULTS);

    assertThat(rules(r)).containsExactly(ImportRules.UNSAFE_WORKBOOK);
    assertThat(r.diagnostics().get(0).message()).contains("shared-string");
  }
}
