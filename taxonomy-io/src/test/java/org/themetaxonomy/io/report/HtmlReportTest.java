package org.themetaxonomy.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.themetaxonomy.core.Area;
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
  void random_sizeGrowsLinearly() throws IOException {
    int small = render("t", RandomTaxonomies.generate(3, 1_000), Report.of(List.of())).length();
    int large = render("t", RandomTaxonomies.generate(3, 4_000), Report.of(List.of())).length();

    assertThat((double) large / small).isBetween(3.0, 5.0);
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
