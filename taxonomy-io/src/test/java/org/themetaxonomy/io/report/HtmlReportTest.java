package org.themetaxonomy.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.themetaxonomy.core.Area;
import org.themetaxonomy.core.AreaRef;
import org.themetaxonomy.core.Diagnostic;
import org.themetaxonomy.core.Evidence;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Location;
import org.themetaxonomy.core.Mapping;
import org.themetaxonomy.core.Relation;
import org.themetaxonomy.core.Report;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Source;
import org.themetaxonomy.core.SourceKind;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.core.Validator;
import org.themetaxonomy.core.testing.RandomTaxonomies;
import org.themetaxonomy.io.ReadResult;
import org.themetaxonomy.io.TaxonomyFiles;

class HtmlReportTest {
  static final Path SEEDS = Path.of("..", "seeds");

  static final String IMG = "<img src=x onerror=\"document.title='pwned'\">";
  static final String SCRIPT = "<script>document.title='pwned'</script>";

  @TempDir Path dir;

  static String render(String file, Taxonomy t, Report findings) throws IOException {
    StringWriter out = new StringWriter();
    HtmlReport.render(new HtmlReport.Input(file, t, findings, "taxonomy test"), out);
    return out.toString();
  }

  static String seedsPage() throws IOException {
    ReadResult r = TaxonomyFiles.standard().read(SEEDS.resolve("safe-supportive-schools.json"));
    return render(
        "safe-supportive-schools.json", r.orElseThrow(), r.validate(Validator.standard()));
  }

  /** The text as the page must hold it: escaped for HTML text. */
  static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** A small taxonomy whose every piece of text is hostile markup. */
  static Taxonomy hostile() {
    return Taxonomy.builder("h", "Title " + SCRIPT)
        .description("Description " + IMG)
        .addSource(
            new Source(
                "s",
                "Source " + IMG,
                SourceKind.INTERVIEW,
                "2020",
                "People " + SCRIPT,
                3,
                "Place " + IMG,
                "javascript:alert(1)",
                null))
        .addFramework(
            Framework.of("f", "Framework " + SCRIPT, List.of(Area.of("a", "Area " + IMG))))
        .addTheme(
            Theme.builder("x", IMG)
                .definition("Definition " + SCRIPT)
                .altLabels("alt " + IMG)
                .evidence(Evidence.of("s", "here"))
                .build())
        .addTheme(Theme.builder("y", SCRIPT).parent("x").build())
        .addMapping(Mapping.of("y", "f", "a", Relation.EXACT))
        .build();
  }

  @Test
  void seeds_everyThemeAndAreaLabelIsPageText() throws IOException {
    Taxonomy t =
        TaxonomyFiles.standard().read(SEEDS.resolve("safe-supportive-schools.json")).orElseThrow();
    String page = seedsPage();

    for (Theme th : t.themes()) {
      assertThat(page).contains(">" + html(th.label()) + "<");
      assertThat(page).contains("id=\"t-" + t.indexOf(th.id()) + "\"");
    }
    for (Area a : t.frameworks().get(0).areas()) {
      assertThat(page).contains(html(a.label()));
    }
    assertThat(page).contains(html(t.title())).contains("<!DOCTYPE html>");
  }

  @Test
  void seeds_heatmapCellsEqualCrosswalkRows() throws IOException {
    Taxonomy t =
        TaxonomyFiles.standard().read(SEEDS.resolve("safe-supportive-schools.json")).orElseThrow();
    String page = seedsPage();

    // A cell holds one letter per crosswalk row: "B", or "E+R" for a repeated pair.
    Matcher m = Pattern.compile("<td class=[ecbnr]>([ECBNR](?:\\+[ECBNR])*)").matcher(page);
    int letters = 0;
    int cells = 0;
    while (m.find()) {
      cells++;
      letters += m.group(1).split("\\+").length;
    }
    assertThat(letters).isEqualTo(t.crosswalk().size());
    assertThat(cells).isPositive();
    String heatmap =
        page.substring(
            page.indexOf("<table class=\"hm\""),
            page.indexOf("</table>", page.indexOf("<table class=\"hm\"")));
    assertThat(heatmap.split("<tr", -1).length - 1)
        .as("one row per theme plus the header")
        .isEqualTo(t.themes().size() + 1);
  }

  @Test
  void seeds_noExternalReference() throws IOException {
    String page = seedsPage();

    // Every link stays in the page; nothing is loaded from anywhere.
    Matcher refs =
        Pattern.compile("(?i)\\s(src|href|action|poster|srcset|data)\\s*=\\s*\"?([^\"\\s>]*)")
            .matcher(page);
    int links = 0;
    while (refs.find()) {
      assertThat(refs.group(2)).as(refs.group()).startsWith("#");
      links++;
    }
    assertThat(links).isPositive();
    assertThat(page)
        .doesNotContainPattern("(?i)url\\(")
        .doesNotContainPattern("(?i)@import")
        .doesNotContainPattern("(?i)<(link|iframe|object|embed|img|base)\\b");
  }

  @Test
  void hostile_everyStringShownAsTextNeverAsMarkup() throws IOException {
    String page = render("h.json", hostile(), Report.of(List.of()));

    assertThat(page).doesNotContain("<img").doesNotContain("javascript:alert(1)\"");
    // The only script is the page's own, at the end.
    assertThat(page.split("<script", -1)).hasSize(2);
    assertThat(page).contains(html(IMG)).contains(html(SCRIPT));
    assertThat(page).contains("Title " + html(SCRIPT) + "</title>");
  }

  @Test
  void hostile_findingMessagesEscapedAndLinkedToTheirTheme() throws IOException {
    Taxonomy t = hostile();
    Diagnostic d =
        new Diagnostic(
            "some-rule",
            Severity.WARNING,
            "message " + SCRIPT,
            Subject.theme(1, "y"),
            Location.of("dir/h.json", 12, 5));

    String page = render("h.json", t, Report.of(List.of(d)));

    assertThat(page)
        .contains("message " + html(SCRIPT))
        .contains("<code>h.json:12:5</code>")
        .contains("<a href=\"#t-1\">" + html(SCRIPT) + "</a>")
        .doesNotContain("dir/h.json");
  }

  @Test
  void unreadable_pageOfFindingsOnly() throws IOException {
    Diagnostic d =
        new Diagnostic(
            "parent-cycle",
            Severity.ERROR,
            "a cycle",
            Subject.theme(0, "a"),
            Location.of("t.csv", 2, 1));

    String page = render("t.csv", null, Report.of(List.of(d)));

    assertThat(page)
        .contains("could not be read as a taxonomy")
        .contains("parent-cycle")
        .contains("t.csv:2:1")
        .doesNotContain("id=\"tree\"");
  }

  @Test
  @Tag("slow")
  void random_sizeGrowsLinearly() throws IOException {
    int small = render("t", RandomTaxonomies.generate(3, 1_000), Report.of(List.of())).length();
    int large = render("t", RandomTaxonomies.generate(3, 4_000), Report.of(List.of())).length();

    assertThat((double) large / small).isBetween(3.0, 5.0);
  }

  /**
   * The pages below are compared byte for byte with files under {@code
   * src/test/resources/org/themetaxonomy/io/report/}. When the page changes on purpose, regenerate
   * them and read the diff before committing:
   *
   * <pre>
   * ./mvnw -B -o test -pl taxonomy-io -am -Dtest=HtmlReportTest -Dsurefire.failIfNoSpecifiedTests=false \
   *     -Dgolden.update=true
   * </pre>
   */
  static final Path GOLDEN = Path.of("src/test/resources/org/themetaxonomy/io/report");

  private static void assertGolden(String page, String name) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(file, page, StandardCharsets.UTF_8);
    }
    assertThat(page).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  /**
   * Every part of the page: a version and a description, a coloured, a deprecated and an unbacked
   * theme, sub-themes, three frameworks (every area reached, one empty, two empty), a source with
   * every field and one that backs nothing, and findings with and without a column, a location or a
   * theme to link to.
   */
  static Taxonomy full() {
    return Taxonomy.builder("full", "Full <report>")
        .version("2.1")
        .description("Every part of the page & nothing else.")
        .addSource(
            new Source(
                "fg",
                "Focus group",
                SourceKind.FOCUS_GROUP,
                "2019-05",
                "Superintendents",
                12,
                "Boston",
                "https://example.org/fg",
                "Notes"))
        .addSource(new Source("memo", "Memo", SourceKind.DOCUMENT, null, null, 1, null, null, null))
        .addFramework(Framework.of("f1", "First", List.of(Area.of("a", "Area A"))))
        .addFramework(
            Framework.of("f2", "Second", List.of(Area.of("b", "Area B"), Area.of("c", "Area C"))))
        .addFramework(
            Framework.of(
                "f3",
                "Third",
                List.of(Area.of("d", "Area D"), Area.of("e", "Area E"), Area.of("g", "Area G"))))
        .addTheme(
            Theme.builder("top", "Top theme")
                .definition("What the top covers.")
                .altLabels("Summit", "Peak")
                .color("#C00000")
                .evidence(new Evidence("fg", "Section 2", "We need it", null))
                .build())
        .addTheme(
            Theme.builder("mid", "Middle theme")
                .parent("top")
                .evidence(Evidence.of("fg", null))
                .build())
        .addTheme(Theme.builder("leaf", "Leaf theme").parent("mid").build())
        .addTheme(
            Theme.builder("old", "Old theme")
                .deprecated(true)
                .replacedBy("top")
                .evidence(Evidence.of("fg", null))
                .build())
        .addMapping(Mapping.of("top", "f1", "a", Relation.EXACT))
        .addMapping(Mapping.of("mid", "f2", "b", Relation.BROAD))
        .addMapping(Mapping.of("leaf", "f2", "b", Relation.NARROW))
        .addMapping(Mapping.of("leaf", "f3", "d", Relation.CLOSE))
        .addMapping(Mapping.of("mid", "f1", "a", Relation.RELATED))
        .addMapping(Mapping.of("top", "f1", "a", Relation.RELATED))
        .build();
  }

  static Report fullFindings() {
    return Report.of(
        List.of(
            new Diagnostic(
                "parent-cycle",
                Severity.ERROR,
                "an error",
                Subject.theme(2, "leaf").field("parent"),
                new Location("themes.csv", 4, 2, "parent")),
            new Diagnostic(
                "uncited-source",
                Severity.WARNING,
                "a warning",
                Subject.source(1, "memo"),
                Location.of("full.json", 9, 5)),
            new Diagnostic(
                "no-evidence", Severity.INFO, "some info", Subject.mapping(0), Location.UNKNOWN),
            new Diagnostic(
                "r-framework",
                Severity.INFO,
                "on a framework",
                Subject.framework(2, "f3"),
                Location.of("full.json", 20, 1)),
            new Diagnostic(
                "r-area",
                Severity.WARNING,
                "on an area",
                Subject.area(1, 1, new AreaRef("f2", "c")),
                Location.of("full.json", 21, 1)),
            new Diagnostic(
                "r-evidence",
                Severity.INFO,
                "on evidence",
                Subject.evidence(1, 0, "mid"),
                Location.of("full.json", 22, 1)),
            new Diagnostic(
                "r-ghost",
                Severity.ERROR,
                "on a theme the model lacks",
                Subject.theme(99, "ghost"),
                Location.of("full.json", 23, 1)),
            new Diagnostic(
                "r-ghost-row",
                Severity.ERROR,
                "on a row the model lacks",
                Subject.mapping(99),
                Location.of("full.json", 24, 1)),
            new Diagnostic(
                "r-file", Severity.ERROR, "on the file", Subject.file(), Location.of("x", 0, 0)),
            new Diagnostic(
                "r-nofile",
                Severity.INFO,
                "at a line of no named file",
                Subject.theme(0, "top"),
                new Location(null, 5, 2, null)),
            new Diagnostic(
                "r-first",
                Severity.INFO,
                "on the first of each",
                Subject.source(0, "fg"),
                Location.of("full.json", 30, 1)),
            new Diagnostic(
                "r-first",
                Severity.INFO,
                "on the first of each",
                Subject.framework(0, "f1"),
                Location.of("full.json", 31, 1)),
            new Diagnostic(
                "r-past",
                Severity.INFO,
                "one past the last of each",
                Subject.theme(4, "none"),
                Location.of("full.json", 40, 1)),
            new Diagnostic(
                "r-past",
                Severity.INFO,
                "one past the last of each",
                Subject.source(2, "none"),
                Location.of("full.json", 41, 1)),
            new Diagnostic(
                "r-past",
                Severity.INFO,
                "one past the last of each",
                Subject.framework(3, "none"),
                Location.of("full.json", 42, 1)),
            new Diagnostic(
                "r-past",
                Severity.INFO,
                "one past the last of each",
                Subject.mapping(6),
                Location.of("full.json", 43, 1))));
  }

  @Test
  void full_everyPartOfThePage_asRecorded() throws IOException {
    assertGolden(render("full.json", full(), fullFindings()), "full.html");
  }

  @Test
  void bare_noFrameworkNoSourceNoFindings_asRecorded() throws IOException {
    Taxonomy bare =
        Taxonomy.builder("bare", "Bare")
            .addTheme(Theme.builder("a", "Alpha").build())
            .addTheme(Theme.builder("b", "Beta").parent("a").build())
            .build();
    assertGolden(render("bare.json", bare, Report.of(List.of())), "bare.html");
  }

  @Test
  void oneFramework_chipsWithoutFrameworkIds_asRecorded() throws IOException {
    Taxonomy one =
        Taxonomy.builder("one", "One")
            .addFramework(Framework.of("f", "F", List.of(Area.of("a", "Area A"))))
            .addTheme(Theme.builder("a", "Alpha").build())
            .addTheme(Theme.builder("a1", "Alpha one").parent("a").build())
            .addTheme(Theme.builder("a2", "Alpha two").parent("a").build())
            .addMapping(Mapping.of("a", "f", "a", Relation.CLOSE))
            .build();
    assertGolden(render("one.json", one, Report.of(List.of())), "one.html");
  }

  /** A root, a sub-theme under it, and leaves under that, {@code size} themes in all. */
  private static Taxonomy chain(int size) {
    Taxonomy.Builder b =
        Taxonomy.builder("big", "Big")
            .addFramework(Framework.of("f", "F", List.of(Area.of("a", "Area A"))))
            .addTheme(Theme.builder("root", "Root").build())
            .addTheme(Theme.builder("mid", "Mid").parent("root").build());
    for (int i = 2; i < size; i++) {
      b.addTheme(Theme.builder("leaf" + i, "Leaf " + i).parent("mid").build());
    }
    return b.build();
  }

  @Test
  void tree_moreThan300Themes_subThemesStartClosedAndGroupsCollapsed() throws IOException {
    String closed = render("big.json", chain(301), Report.of(List.of()));
    assertThat(closed)
        .contains("<li id=\"t-0\"><details open><summary>")
        .contains("<li id=\"t-1\"><details><summary>")
        .contains("<tr hidden><th scope=\"row\" style=\"--d:1\"><a href=\"#t-1\">Mid</a>")
        .contains("aria-expanded=\"false\"");

    String open = render("big.json", chain(300), Report.of(List.of()));
    assertThat(open)
        .contains("<li id=\"t-0\"><details open><summary>")
        .contains("<li id=\"t-1\"><details open><summary>")
        .contains("<tr><th scope=\"row\" style=\"--d:1\"><a href=\"#t-1\">Mid</a>")
        .contains("aria-expanded=\"true\"")
        .doesNotContain("<tr hidden>");
  }

  @Test
  void unreadable_noErrorsOrWarnings_countsNotMarked() throws IOException {
    Diagnostic info =
        new Diagnostic("r", Severity.INFO, "info", Subject.file(), Location.of("x.json", 1, 1));
    assertThat(render("x.json", null, Report.of(List.of(info))))
        .contains("<div class=\"\"><dt>errors</dt><dd>0</dd></div>")
        .contains("<div class=\"\"><dt>warnings</dt><dd>0</dd></div>")
        .contains("<div class=\"\"><dt>information</dt><dd>1</dd></div>");
  }

  @Test
  void unreadable_findingsOnly_asRecorded() throws IOException {
    assertGolden(render("full.json", null, fullFindings()), "unreadable.html");
  }

  @Test
  void write_existingFileWithoutOverwrite_refusedAndUnchanged() throws IOException {
    Path out = dir.resolve("r.html");
    Files.writeString(out, "keep");
    HtmlReport.Input in = new HtmlReport.Input("h.json", hostile(), Report.of(List.of()), "test");

    assertThatThrownBy(() -> HtmlReport.write(in, out, false))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(Files.readString(out)).isEqualTo("keep");

    HtmlReport.write(in, out, true);
    assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>");
  }
}
