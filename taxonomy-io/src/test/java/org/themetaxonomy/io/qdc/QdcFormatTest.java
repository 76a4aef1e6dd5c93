package org.themetaxonomy.io.qdc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.themetaxonomy.core.Area;
import org.themetaxonomy.core.Diagnostic;
import org.themetaxonomy.core.Evidence;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Mapping;
import org.themetaxonomy.core.Relation;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Source;
import org.themetaxonomy.core.SourceKind;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.core.testing.RandomTaxonomies;
import org.themetaxonomy.io.Formats;
import org.themetaxonomy.io.ReadOptions;
import org.themetaxonomy.io.ReadResult;
import org.themetaxonomy.io.TaxonomyFiles;

class QdcFormatTest {
  private static final TaxonomyFiles FILES = TaxonomyFiles.standard();
  private static final QdcFormat QDC = QdcFormat.INSTANCE;
  private static final Path SEEDS = seeds();
  private static Schema schema;

  @TempDir Path dir;

  @BeforeAll
  static void loadSchema() throws Exception {
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    try (InputStream xsd = QdcFormatTest.class.getResourceAsStream("Codebook.xsd")) {
      schema = f.newSchema(new StreamSource(xsd));
    }
  }

  private static Path seeds() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("seeds"))) {
      p = p.getParent();
    }
    return p.resolve("seeds/safe-supportive-schools.json");
  }

  private static Path resource(String name) {
    try {
      return Path.of(QdcFormatTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Validates a written file against the official schema; throws with the schema's message. */
  private static void assertSchemaValid(Path qdc) throws Exception {
    schema.newValidator().validate(new StreamSource(qdc.toFile()));
  }

  private ImmutableList<Diagnostic> write(Taxonomy t, Path target) throws Exception {
    ImmutableList<Diagnostic> notes =
        FILES.write(t, target, Formats.byCode("qdc").orElseThrow(), false);
    assertSchemaValid(target);
    return notes;
  }

  private Path file(String name, String xml) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, xml, UTF_8);
    return p;
  }

  private static ReadResult read(Path p) throws IOException {
    return FILES.read(p);
  }

  private static List<String> rules(ReadResult r, Severity severity) {
    return r.diagnostics().stream()
        .filter(d -> d.severity() == severity)
        .map(Diagnostic::ruleId)
        .toList();
  }

  private static String codebook(String codes) {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\">\n"
        + codes
        + "</CodeBook>\n";
  }

  // ---- the registry

  @Test
  void formats_qdcName_picksThisFormatBothWays() {
    assertThat(Formats.forReading(Path.of("a.QDC"))).contains(QDC);
    assertThat(Formats.forWriting(Path.of("out.qdc"))).contains(QDC);
    assertThat(Formats.byCode("qdc")).contains(QDC);
  }

  // ---- seeds

  @Test
  void seeds_toQdc_isSchemaValidAndSaysWhatItLeftOut() throws Exception {
    Taxonomy seeds = FILES.read(SEEDS).orElseThrow();
    ImmutableList<Diagnostic> notes = write(seeds, dir.resolve("sss.qdc"));
    assertThat(notes).allMatch(d -> d.ruleId().equals(QdcRules.LEFT_OUT));
    assertThat(notes)
        .extracting(Diagnostic::message)
        .anyMatch(
            m ->
                m.startsWith(
                    "84 crosswalk rows are not part of a .qdc codebook; they are written as 6"
                        + " sets"))
        .anyMatch(m -> m.startsWith("6 sources are left out"))
        .anyMatch(m -> m.startsWith("110 evidence items (of 58 themes) are left out"))
        .anyMatch(m -> m.contains("alternative labels"));
    String xml = Files.readString(dir.resolve("sss.qdc"));
    assertThat(xml).doesNotContain("<Sets/>").contains("<Set guid=");
  }

  /** A taxonomy with {@code n} of everything a codebook cannot hold. */
  private static Taxonomy lossy(int n, int emptyFrameworks) {
    Taxonomy.Builder b =
        Taxonomy.builder("lossy", "Lossy")
            .version("1")
            .description("About")
            .baseUri("https://example.org/v/")
            .license("https://example.org/license");
    List<Area> areas = new java.util.ArrayList<>();
    for (int i = 0; i < 2 * n; i++) {
      areas.add(Area.of("a" + i, "Area " + i));
    }
    b.addFramework(Framework.of("f", "F", areas));
    for (int i = 0; i < emptyFrameworks; i++) {
      b.addFramework(Framework.of("g" + i, "G", List.of(Area.of("x", "X"))));
    }
    for (int i = 0; i < n; i++) {
      b.addSource(Source.of("s" + i, "Source", SourceKind.MEETING));
      b.addTheme(
          Theme.builder("t" + i, "Theme " + i)
              .definition("bad\u0001char")
              .altLabels("Other " + i)
              .notes("Notes")
              .evidence(Evidence.of("s" + i, null))
              .build());
      b.addTheme(Theme.builder("d" + i, "Old " + i).deprecated(true).build());
      b.addMapping(Mapping.of("t" + i, "f", "a" + i, Relation.CLOSE));
    }
    return b.build();
  }

  @Test
  void write_oneOfEverythingLeftOut_eachNoteInTheSingular() throws Exception {
    assertThat(write(lossy(1, 1), dir.resolve("one.qdc")))
        .extracting(Diagnostic::message)
        .containsExactly(
            "1 crosswalk row is not part of a .qdc codebook; it is written as 1 set (members only;"
                + " each set's description names its framework, area and relations; confidence and"
                + " rationale are left out)",
            "1 framework with no mapped theme is left out (g0): a set needs member codes",
            "1 area with no mapped theme is left out: a set needs member codes",
            "1 source is left out: a codebook has no sources",
            "1 evidence item (of 1 theme) is left out: a codebook has no evidence; a QDA project"
                + " (.qdpx) codes the documents themselves",
            "1 alternative label (of 1 theme) is left out: a code has one name",
            "the notes of 1 theme are left out: a code has only its description (the theme's"
                + " definition)",
            "1 deprecated theme written as ordinary codes: deprecated and replacedBy are left out",
            "the taxonomy's id, title, version, description, language, baseUri and license are"
                + " left out: a codebook has none (reading it back takes them from its file name)",
            "1 character that XML 1.0 cannot hold (control characters) was written as U+FFFD");
  }

  @Test
  void write_severalOfEverythingLeftOut_eachNoteInThePlural() throws Exception {
    assertThat(write(lossy(2, 6), dir.resolve("two.qdc")))
        .extracting(Diagnostic::message)
        .containsExactly(
            "2 crosswalk rows are not part of a .qdc codebook; they are written as 2 sets (members"
                + " only; each set's description names its framework, area and relations;"
                + " confidence and rationale are left out)",
            "6 frameworks with no mapped theme are left out (g0, g1, g2, g3, g4, ...): a set needs"
                + " member codes",
            "2 areas with no mapped theme are left out: a set needs member codes",
            "2 sources are left out: a codebook has no sources",
            "2 evidence items (of 2 themes) are left out: a codebook has no evidence; a QDA"
                + " project (.qdpx) codes the documents themselves",
            "2 alternative labels (of 2 themes) are left out: a code has one name",
            "the notes of 2 themes are left out: a code has only its description (the theme's"
                + " definition)",
            "2 deprecated themes written as ordinary codes: deprecated and replacedBy are left out",
            "the taxonomy's id, title, version, description, language, baseUri and license are"
                + " left out: a codebook has none (reading it back takes them from its file name)",
            "2 characters that XML 1.0 cannot hold (control characters) were written as U+FFFD");
  }

  @Test
  void write_nothingLeftOutButTheTaxonomysOwnFields_oneNote() throws Exception {
    Taxonomy plain =
        Taxonomy.builder("plain", "Plain").addTheme(Theme.builder("a", "A").build()).build();
    assertThat(write(plain, dir.resolve("plain.qdc")))
        .extracting(Diagnostic::message)
        .containsExactly(
            "the taxonomy's id, title and language are left out: a codebook has none (reading it"
                + " back takes them from its file name)");
  }

  @Test
  void write_fiveEmptyFrameworks_allNamed() throws Exception {
    assertThat(write(lossy(1, 5), dir.resolve("five.qdc")))
        .extracting(Diagnostic::message)
        .contains(
            "5 frameworks with no mapped theme are left out (g0, g1, g2, g3, g4): a set needs"
                + " member codes");
  }

  @Test
  void seeds_qdcToModelToQdc_sameBytesAndGuids() throws Exception {
    Taxonomy seeds = FILES.read(SEEDS).orElseThrow();
    Path first = dir.resolve("first.qdc");
    write(seeds, first);
    Taxonomy back = read(first).orElseThrow();
    assertThat(back.themes()).hasSize(seeds.themes().size());
    assertThat(back.framework("sets").orElseThrow().areas()).hasSize(6);
    Path second = dir.resolve("second.qdc");
    write(back, second);
    assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
  }

  @Test
  void seeds_writtenTwice_sameGuids() throws Exception {
    Taxonomy seeds = FILES.read(SEEDS).orElseThrow();
    write(seeds, dir.resolve("a.qdc"));
    write(seeds.toBuilder().build(), dir.resolve("b.qdc"));
    assertThat(Files.readAllBytes(dir.resolve("b.qdc")))
        .isEqualTo(Files.readAllBytes(dir.resolve("a.qdc")));
  }

  /**
   * The whole trip through taxonomy JSON. It needs JSON to carry uuid, color and codable, which the
   * JSON writer gains in a parallel change; until then the trip cannot keep guids and the test is
   * skipped, not passed.
   */
  @Test
  void seeds_qdcToJsonToQdc_sameBytes() throws Exception {
    Taxonomy seeds = FILES.read(SEEDS).orElseThrow();
    Path first = dir.resolve("first.qdc");
    write(seeds, first);
    Path json = dir.resolve("t.json");
    FILES.write(read(first).orElseThrow(), json, Formats.JSON, false);
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.readString(json).contains("\"uuid\""), "taxonomy JSON does not carry uuid yet");
    Path second = dir.resolve("second.qdc");
    write(read(json).orElseThrow(), second);
    assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
  }

  // ---- a realistic codebook

  @Test
  void realistic_read_keepsNestingGuidsColoursAndSets() throws IOException {
    ReadResult r = read(resource("realistic.qdc"));
    Taxonomy t = r.orElseThrow();
    Map<String, Theme> byId =
        t.themes().stream().collect(Collectors.toMap(Theme::id, Function.identity()));
    assertThat(t.themes())
        .extracting(Theme::id)
        .containsExactly(
            "barriers",
            "funding-staffing",
            "equite-d-acces",
            "other",
            "supports",
            "sante-mentale",
            "other-2",
            "strasse-nandu",
            byId.keySet().stream().filter(id -> id.startsWith("code-")).findFirst().orElseThrow());
    assertThat(t.id()).isEqualTo("realistic");
    Theme barriers = byId.get("barriers");
    assertThat(barriers.uuid()).isEqualTo("0a1b2c3d-4e5f-4a6b-8c7d-8e9fa0b1c2d3");
    assertThat(barriers.codable()).isFalse();
    assertThat(barriers.color()).isEqualTo("#C00000");
    assertThat(byId.get("funding-staffing").color()).isEqualTo("#00aa00");
    assertThat(byId.get("funding-staffing").label()).isEqualTo("Funding & staffing");
    assertThat(byId.get("funding-staffing").definition())
        .isEqualTo("Money, posts <and> the time they buy; \"café\" budget lines.");
    assertThat(byId.get("equite-d-acces").parent()).isEqualTo("funding-staffing");
    assertThat(byId.get("equite-d-acces").color()).isNull();
    assertThat(byId.get("equite-d-acces").uuid()).isEqualTo("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee");
    assertThat(byId.get("sante-mentale").color()).isNull();
    assertThat(byId.get("sante-mentale").definition())
        .isEqualTo("Counsellors, nurses\nand partners outside the school.");
    assertThat(byId.get("other").parent()).isEqualTo("barriers");
    assertThat(byId.get("other-2").parent()).isEqualTo("supports");
    assertThat(rules(r, Severity.WARNING))
        .containsExactly(QdcRules.UNSUPPORTED_COLOR, QdcRules.UNSUPPORTED_COLOR);
    assertThat(rules(r, Severity.INFO)).containsExactly(QdcRules.IMPORT_CHOICE);

    List<Area> sets = t.framework("sets").orElseThrow().areas();
    assertThat(sets)
        .containsExactly(
            new Area(
                "leadership",
                "Leadership",
                "Framework area: leadership and culture.",
                "88888888-9999-4aaa-8bbb-cccccccccccc"),
            new Area("equite", "Équité", null, "99999999-aaaa-4bbb-8ccc-dddddddddddd"));
    assertThat(t.crosswalk())
        .containsExactly(
            Mapping.of("funding-staffing", "sets", "leadership", Relation.RELATED),
            Mapping.of("sante-mentale", "sets", "leadership", Relation.RELATED),
            Mapping.of("equite-d-acces", "sets", "equite", Relation.RELATED));
  }

  @Test
  void realistic_qdcToModelToQdc_keepsCodesAndSets() throws Exception {
    Taxonomy t = read(resource("realistic.qdc")).orElseThrow();
    Path out = dir.resolve("out.qdc");
    ImmutableList<Diagnostic> notes = write(t, out);
    assertThat(notes).extracting(Diagnostic::message).noneMatch(m -> m.contains("crosswalk"));
    String xml = Files.readString(out);
    assertThat(xml)
        .contains(
            "<Code guid=\"0a1b2c3d-4e5f-4a6b-8c7d-8e9fa0b1c2d3\" name=\"Barriers\""
                + " isCodable=\"false\" color=\"#C00000\">")
        .contains("name=\"Funding &amp; staffing\"")
        .contains("<MemberCode guid=\"aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee\"/>")
        .contains("<Set guid=\"88888888-9999-4aaa-8bbb-cccccccccccc\" name=\"Leadership\">");
    Taxonomy again = read(out).orElseThrow();
    assertThat(again.themes()).isEqualTo(t.themes());
    assertThat(again.frameworks()).isEqualTo(t.frameworks());
    assertThat(again.crosswalk()).isEqualTo(t.crosswalk());
    Path out2 = dir.resolve("out2.qdc");
    write(again, out2);
    assertThat(Files.readString(out2)).isEqualTo(xml);
  }

  @Test
  void realAtlasTi_read_keepsCodeSetAndGuid() throws Exception {
    ReadResult r = read(resource("real/atlas-ti-23.qdc"));
    Taxonomy t = r.orElseThrow();
    assertThat(t.themes())
        .containsExactly(
            Theme.builder("code1", "code1")
                .definition("description")
                .color("#46AA00")
                .uuid("1ff58b12-6f6f-4b0c-8be5-bbdc91f55294")
                .build());
    assertThat(t.framework("sets").orElseThrow().areas())
        .containsExactly(
            new Area(
                "code-group-1",
                "code group 1",
                "kategorie 1",
                "eca18d76-2b8b-4f26-bc1d-19eca19fb3f0"));
    assertThat(t.description())
        .contains(
            "Imported from the REFI-QDA codebook atlas-ti-23.qdc, written by ATLAS.ti Win 23.4.0.");
    assertThat(rules(r, Severity.WARNING)).isEmpty();
    Path out = dir.resolve("atlas.qdc");
    write(t, out);
    assertThat(read(out).orElseThrow().themes()).isEqualTo(t.themes());
  }

  @Test
  void realAtlasTi_truncated_refusedWithParserLineAndColumn() throws IOException {
    ReadResult r = read(resource("real/atlas-ti-truncated.qdc"));
    assertThat(r.taxonomy()).isNull();
    Diagnostic error =
        r.diagnostics().stream()
            .filter(d -> d.severity() == Severity.ERROR)
            .findFirst()
            .orElseThrow();
    assertThat(error.ruleId()).isEqualTo(QdcRules.MALFORMED_XML);
    assertThat(error.location().line()).isGreaterThanOrEqualTo(17);
    assertThat(error.location().column()).isPositive();
    assertThat(rules(r, Severity.WARNING)).contains(QdcRules.LEGACY_NAMESPACE);
  }

  // ---- written files

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 20261125})
  void randomHostileTaxonomy_written_isSchemaValidAndReadsBack(long seed) throws Exception {
    Taxonomy t = RandomTaxonomies.hostile(seed, 60);
    org.junit.jupiter.api.Assumptions.assumeFalse(t.themes().isEmpty());
    Path out = dir.resolve("r.qdc");
    write(t, out);
    Taxonomy back = read(out).orElseThrow();
    assertThat(back.themes()).hasSize(t.themes().size());
    for (int i = 0; i < t.themes().size(); i++) {
      Theme a = t.themes().get(i);
      Theme b =
          back.theme(
                  back.themes().stream()
                      .filter(x -> x.uuid().equals(guidOf(t, a)))
                      .findFirst()
                      .orElseThrow()
                      .id())
              .orElseThrow();
      assertThat(b.definition()).isEqualTo(a.definition() == null ? null : xmlSafe(a.definition()));
      assertThat(b.label()).isEqualTo(xmlSafe(a.label()));
      assertThat(b.codable()).isEqualTo(a.codable());
    }
  }

  private static String guidOf(Taxonomy t, Theme th) {
    return th.uuid() != null
        ? th.uuid().toLowerCase(java.util.Locale.ROOT)
        : Guids.forTheme(t.id(), th.id());
  }

  /** What XML 1.0 can hold: control characters other than tab, LF and CR become U+FFFD. */
  private static String xmlSafe(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1));
      if (pair) {
        b.append(c).append(s.charAt(++i));
      } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r')
          || c == 0xFFFE
          || c == 0xFFFF
          || Character.isSurrogate(c)) {
        b.append('\uFFFD');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  @Test
  void write_noThemes_refusedAndNothingWritten() {
    Taxonomy empty = Taxonomy.builder("t", "T").build();
    Path out = dir.resolve("e.qdc");
    assertThatThrownBy(() -> QDC.write(empty, out, false))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("at least one code");
    assertThat(out).doesNotExist();
  }

  @Test
  void write_existingTarget_refused() throws Exception {
    Path out = file("x.qdc", "keep");
    Taxonomy t = read(resource("realistic.qdc")).orElseThrow();
    assertThatThrownBy(() -> QDC.write(t, out, false))
        .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
    assertThat(Files.readString(out)).isEqualTo("keep");
  }

  // ---- hostile and faulty input

  @Test
  void xxe_externalEntityToLocalFile_refusedAndNotRead() throws IOException {
    Path secret = file("secret.txt", "TOP-SECRET-CONTENT");
    Path p =
        file(
            "xxe.qdc",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE CodeBook [<!ENTITY xxe SYSTEM \""
                + secret.toUri()
                + "\">]>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
                + "<Code guid=\"11111111-2222-4333-8444-555555555555\" name=\"&xxe;\""
                + " isCodable=\"true\"/></Codes></CodeBook>\n");
    ReadResult r = read(p);
    assertThat(r.taxonomy()).isNull();
    assertThat(rules(r, Severity.ERROR)).containsExactly(QdcRules.XML_DOCTYPE);
    assertThat(r.diagnostics().get(0).location().line()).isEqualTo(2);
    assertThat(r.diagnostics().toString()).doesNotContain("TOP-SECRET");
  }

  @Test
  void xxe_externalDtd_refused() throws IOException {
    Path dtd = file("evil.dtd", "<!ENTITY x \"TOP-SECRET\">");
    Path p =
        file(
            "dtd.qdc",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE CodeBook SYSTEM \""
                + dtd.toUri()
                + "\">\n"
                + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
                + "<Code guid=\"11111111-2222-4333-8444-555555555555\" name=\"a&x;\""
                + " isCodable=\"true\"/></Codes></CodeBook>\n");
    ReadResult r = read(p);
    assertThat(rules(r, Severity.ERROR)).containsExactly(QdcRules.XML_DOCTYPE);
    assertThat(r.diagnostics().toString()).doesNotContain("TOP-SECRET");
  }

  @Test
  void billionLaughs_refusedQuickly() throws IOException {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE CodeBook [<!ENTITY l0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY l").append(i).append(" \"");
      dtd.append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>\n");
    Path p =
        file(
            "lol.qdc",
            "<?xml version=\"1.0\"?>\n"
                + dtd
                + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code"
                + " guid=\"11111111-2222-4333-8444-555555555555\" name=\"&l9;\""
                + " isCodable=\"true\"/></Codes></CodeBook>\n");
    ReadResult r = read(p);
    assertThat(r.taxonomy()).isNull();
    assertThat(rules(r, Severity.ERROR)).containsExactly(QdcRules.XML_DOCTYPE);
  }

  @Test
  void undeclaredEntity_refusedAsMalformed() throws IOException {
    Path p =
        file(
            "ent.qdc",
            codebook(
                "<Codes><Code guid=\"11111111-2222-4333-8444-555555555555\" name=\"a&foo;\""
                    + " isCodable=\"true\"/></Codes>\n"));
    ReadResult r = read(p);
    assertThat(r.taxonomy()).isNull();
    assertThat(rules(r, Severity.ERROR)).containsExactly(QdcRules.MALFORMED_XML);
    assertThat(r.diagnostics().get(0).location().line()).isEqualTo(3);
  }

  @Test
  void wrongNamespace_refused() throws IOException {
    Path p =
        file(
            "ns.qdc",
            "<?xml version=\"1.0\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:2.0\"><Codes>"
                + "<Code guid=\"11111111-2222-4333-8444-555555555555\" name=\"a\""
                + " isCodable=\"true\"/></Codes></CodeBook>\n");
    ReadResult r = read(p);
    assertThat(r.taxonomy()).isNull();
    assertThat(rules(r, Severity.ERROR)).containsExactly(QdcRules.UNKNOWN_NAMESPACE);
    assertThat(r.diagnostics().get(0).message()).contains("urn:QDA-XML:codebook:1.0");
  }

  @Test
  void noNamespace_refused() throws IOException {
    Path p =
        file(
            "none.qdc",
            "<CodeBook><Codes><Code guid=\"11111111-2222-4333-8444-555555555555\" name=\"a\" isCodable=\"true\"/></Codes></CodeBook>");
    ReadResult r = read(p);
    assertThat(rules(r, Severity.ERROR)).containsExactly(QdcRules.UNKNOWN_NAMESPACE);
    assertThat(rules(r, Severity.WARNING)).doesNotContain(QdcRules.UNKNOWN_ELEMENT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"urn:QDA-XML:codebook:1:0", "urn:QDA-XML:codebook:0:4"})
  void legacyNamespace_readWithWarning(String ns) throws IOException {
    Path p =
        file(
            "old.qdc",
            "<CodeBook xmlns=\""
                + ns
                + "\" origin=\"NVivo 12 For Mac\"><Codes><Code"
                + " guid=\"11111111-2222-4333-8444-555555555555\" name=\"A\""
                + " isCodable=\"true\"/></Codes></CodeBook>");
    ReadResult r = read(p);
    assertThat(r.orElseThrow().themes()).extracting(Theme::label).containsExactly("A");
    assertThat(rules(r, Severity.WARNING)).containsExactly(QdcRules.LEGACY_NAMESPACE);
  }

  @Test
  void projectFile_refusedWithHint() throws IOException {
    Path p = file("p.qdc", "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"/>");
    ReadResult r = read(p);
    assertThat(rules(r, Severity.ERROR)).containsExactly(QdcRules.NOT_A_CODEBOOK);
    assertThat(r.diagnostics().get(0).message()).contains(".qdpx");
  }

  @Test
  void malformedXml_refusedWithParserLineAndColumn() throws IOException {
    Path p =
        file(
            "bad.qdc",
            codebook(
                "<Codes>\n<Code guid=\"11111111-2222-4333-8444-555555555555\" name=\"a\""
                    + " isCodable=\"true\">\n</Codex>\n</Codes>\n"));
    ReadResult r = read(p);
    assertThat(r.taxonomy()).isNull();
    Diagnostic d = r.diagnostics().get(0);
    assertThat(d.ruleId()).isEqualTo(QdcRules.MALFORMED_XML);
    assertThat(d.location().line()).isEqualTo(5);
    assertThat(d.location().column()).isPositive();
    assertThat(d.toString()).startsWith(p + ":5:");
  }

  @Test
  void invalidUtf8_refusedWithLine() throws IOException {
    byte[] head =
        codebook("<Codes>\n<Code guid=\"11111111-2222-4333-8444-555555555555\" name=\"Caf")
            .getBytes(UTF_8);
    byte[] tail = "\" isCodable=\"true\"/>\n</Codes>\n</CodeBook>\n".getBytes(UTF_8);
    // A Windows-1252 é in the middle of a name.
    Path p = dir.resolve("latin1.qdc");
    byte[] all = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    all[head.length] = (byte) 0xE9;
    System.arraycopy(tail, 0, all, head.length + 1, tail.length);
    // codebook() closes the document; cut it back to the Codes we opened.
    String s =
        new String(all, java.nio.charset.StandardCharsets.ISO_8859_1)
            .replaceFirst("</CodeBook>\n", "");
    Files.write(p, s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    ReadResult r = read(p);
    assertThat(r.taxonomy()).isNull();
    Diagnostic d = r.diagnostics().get(0);
    assertThat(d.ruleId()).isEqualTo("invalid-utf8");
    assertThat(d.message()).contains("0xE9").contains("UTF-8");
    assertThat(d.location().line()).isEqualTo(4);
  }

  @Test
  void emptyFile_refused() throws IOException {
    assertThat(rules(read(file("empty.qdc", "")), Severity.ERROR)).containsExactly("empty-file");
    assertThat(rules(read(file("blank.qdc", "  \n")), Severity.ERROR))
        .containsExactly("empty-file");
  }

  @Test
  void missingGuid_derivedWithWarning() throws IOException {
    Path p =
        file("m.qdc", codebook("<Codes>\n<Code name=\"Alpha\" isCodable=\"true\"/>\n</Codes>\n"));
    ReadResult r = read(p);
    Theme a = r.orElseThrow().themes().get(0);
    assertThat(a.id()).isEqualTo("alpha");
    assertThat(a.uuid()).isEqualTo(Guids.forTheme("m", "alpha"));
    assertThat(r.diagnostics())
        .filteredOn(d -> d.ruleId().equals(QdcRules.INVALID_GUID))
        .singleElement()
        .satisfies(d -> assertThat(d.location().line()).isEqualTo(4));
  }

  @Test
  void notAGuid_textBecomesIdAndUuidIsDerived() throws IOException {
    Path p =
        file(
            "c.qdc",
            codebook(
                "<Codes>\n<Code guid=\"c001\" name=\"Alpha\" isCodable=\"true\">\n"
                    + "<Code guid=\"c002\" name=\"c001\" isCodable=\"true\"/></Code>\n"
                    + "<Code guid=\"not a guid\" name=\"Beta\" isCodable=\"true\"/>\n"
                    + "</Codes>\n<Sets><Set guid=\"s1\" name=\"S\"><MemberCode guid=\"c002\"/>"
                    + "</Set></Sets>\n"));
    ReadResult r = read(p);
    Taxonomy t = r.orElseThrow();
    assertThat(t.themes()).extracting(Theme::id).containsExactly("c001", "c002", "beta");
    assertThat(t.themes().get(1).parent()).isEqualTo("c001");
    assertThat(t.themes().get(0).uuid()).isEqualTo(Guids.forTheme("c", "c001"));
    assertThat(t.crosswalk()).containsExactly(Mapping.of("c002", "sets", "s", Relation.RELATED));
    assertThat(rules(r, Severity.WARNING)).hasSize(4).containsOnly(QdcRules.INVALID_GUID);
  }

  @Test
  void duplicateGuid_errorAtSecondCode() throws IOException {
    Path p =
        file(
            "d.qdc",
            codebook(
                "<Codes>\n<Code guid=\"11111111-2222-4333-8444-555555555555\" name=\"A\""
                    + " isCodable=\"true\"/>\n<Code guid=\"{11111111-2222-4333-8444-555555555555}\""
                    + " name=\"B\" isCodable=\"true\"/>\n</Codes>\n"));
    ReadResult r = read(p);
    assertThat(r.taxonomy()).isNull();
    assertThat(r.diagnostics())
        .filteredOn(d -> d.severity() == Severity.ERROR)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.ruleId()).isEqualTo(QdcRules.DUPLICATE_GUID);
              assertThat(d.location().line()).isEqualTo(5);
              assertThat(d.message()).contains("'A'").contains("line 4");
            });
  }

  @Test
  void memberNamingNoCode_error() throws IOException {
    Path p =
        file(
            "x.qdc",
            codebook(
                "<Codes><Code guid=\"11111111-2222-4333-8444-555555555555\" name=\"A\""
                    + " isCodable=\"true\"/></Codes>\n<Sets>\n<Set"
                    + " guid=\"21111111-2222-4333-8444-555555555555\" name=\"S\">\n"
                    + "<MemberCode guid=\"31111111-2222-4333-8444-555555555555\"/>\n"
                    + "</Set></Sets>\n"));
    ReadResult r = read(p);
    assertThat(r.taxonomy()).isNull();
    assertThat(r.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.ruleId()).isEqualTo("unknown-reference");
              assertThat(d.location().line()).isEqualTo(6);
            });
  }

  @Test
  void manyProblems_allReportedInOneRun() throws IOException {
    Path p =
        file(
            "many.qdc",
            codebook(
                "<Codes>\n"
                    + "<Code guid=\"11111111-2222-4333-8444-555555555555\" isCodable=\"true\"/>\n"
                    + "<Code guid=\"11111111-2222-4333-8444-555555555555\" name=\"B\" isCodable=\"maybe\"/>\n"
                    + "<Code guid=\"21111111-2222-4333-8444-555555555555\" name=\"C\" isCodable=\"true\" color=\"red\"><Notes>x</Notes></Code>\n"
                    + "</Codes>\n<Sets/>\n"));
    ReadResult r = read(p);
    assertThat(r.taxonomy()).isNull();
    assertThat(r.diagnostics())
        .extracting(d -> d.ruleId() + "@" + d.location().line())
        .contains(
            "missing-field@4",
            "invalid-value@5",
            "duplicate-guid@5",
            "unsupported-color@6",
            "unknown-element@6",
            "empty-element@8");
  }

  @Test
  void emptySets_readWithWarningAndNoFramework() throws IOException {
    Path p =
        file(
            "s.qdc",
            codebook(
                "<Codes><Code guid=\"11111111-2222-4333-8444-555555555555\" name=\"A\""
                    + " isCodable=\"true\"/></Codes><Sets/>\n"));
    ReadResult r = read(p);
    assertThat(r.orElseThrow().frameworks()).isEmpty();
    assertThat(rules(r, Severity.WARNING)).containsExactly(QdcRules.EMPTY_ELEMENT);
  }

  @Test
  void missingIsCodable_readAsTrueWithWarning() throws IOException {
    Path p =
        file(
            "i.qdc",
            codebook(
                "<Codes><Code guid=\"11111111-2222-4333-8444-555555555555\" name=\"A\"/></Codes>"));
    ReadResult r = read(p);
    assertThat(r.orElseThrow().themes().get(0).codable()).isTrue();
    assertThat(rules(r, Severity.WARNING)).containsExactly(QdcRules.MISSING_ATTRIBUTE);
  }

  @Test
  void deepNesting_limitExceededNotStackOverflow() throws IOException {
    int depth = 5_000;
    StringBuilder b = new StringBuilder("<Codes>");
    for (int i = 0; i < depth; i++) {
      b.append("<Code name=\"n").append(i).append("\" isCodable=\"true\">");
    }
    for (int i = 0; i < depth; i++) {
      b.append("</Code>");
    }
    b.append("</Codes>");
    ReadResult r = read(file("deep.qdc", codebook(b.toString())));
    assertThat(r.taxonomy()).isNull();
    assertThat(rules(r, Severity.ERROR)).contains("limit-exceeded");
  }

  @Test
  @Tag("slow")
  void codebookOf100000Codes_readsAndWritesEveryCode() throws Exception {
    int n = 100_000;
    StringBuilder b = new StringBuilder("<Codes>\n");
    for (int i = 0; i < n / 10; i++) {
      b.append("<Code guid=\"")
          .append(guid(n + i))
          .append("\" name=\"Group ")
          .append(i % 100)
          .append("\" isCodable=\"false\">\n");
      for (int j = 1; j < 10; j++) {
        int k = i * 10 + j;
        b.append(" <Code guid=\"")
            .append(guid(k))
            .append("\" name=\"Other\" isCodable=\"true\"/>\n");
      }
      b.append("</Code>\n");
    }
    b.append("</Codes>\n");
    Path p = file("big.qdc", codebook(b.toString()));
    Taxonomy t = read(p).orElseThrow();
    assertThat(t.themes()).hasSize(n);
    assertThat(t.themes().stream().map(Theme::id).distinct().count()).isEqualTo(n);
    assertThat(t.themes().get(n - 1).uuid()).isEqualTo(guid(n - 1));
    assertThat(t.roots()).hasSize(n / 10);
    Path out = dir.resolve("big-out.qdc");
    write(t, out);
    assertThat(read(out).orElseThrow().themes()).isEqualTo(t.themes());
  }

  private static String guid(int i) {
    return String.format("%08x-0000-4000-8000-%012x", i, i);
  }

  @Test
  void readOptions_smallerStringBound_applies() throws IOException {
    Path p =
        file(
            "long.qdc",
            codebook(
                "<Codes><Code guid=\"11111111-2222-4333-8444-555555555555\" name=\""
                    + "x".repeat(500)
                    + "\" isCodable=\"true\"/></Codes>"));
    ReadResult r = TaxonomyFiles.with(ReadOptions.DEFAULTS.withMaxStringLength(100)).read(p);
    assertThat(rules(r, Severity.ERROR)).contains("limit-exceeded");
  }
}
