package org.themetaxonomy.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.themetaxonomy.core.Report;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.core.Validator;
import org.themetaxonomy.io.ReadResult;
import org.themetaxonomy.io.TaxonomyFiles;

/**
 * Opens reports in a real headless Chromium and reads back the DOM it built, after its scripts ran.
 * Skipped where {@code /usr/bin/chromium} is absent (Debian: {@code apt-get install chromium}).
 */
@Tag("slow") // starts a browser per page
class ReportBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir Path dir;

  @BeforeAll
  static void needsChromium() {
    assumeTrue(
        Files.isExecutable(CHROMIUM),
        "skipped: no headless browser at /usr/bin/chromium (apt-get install chromium to run it)");
  }

  /** The DOM after load, as Chromium serialises it. */
  private String dom(Path page) throws IOException, InterruptedException {
    Path out = dir.resolve("dom.html");
    Process p =
        new ProcessBuilder(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--user-data-dir=" + dir.resolve("profile"),
                "--dump-dom",
                page.toUri().toString())
            .redirectOutput(out.toFile())
            .redirectError(dir.resolve("chromium.log").toFile())
            .start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 180 s");
    }
    assertThat(p.exitValue()).as(Files.readString(dir.resolve("chromium.log"))).isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  @Test
  void hostileLabels_runNothingAndShowAsText() throws Exception {
    Path page = dir.resolve("hostile.html");
    HtmlReport.write(
        new HtmlReport.Input("h.json", HtmlReportTest.hostile(), Report.of(List.of()), "test"),
        page,
        false);

    String dom = dom(page);

    // An onerror that ran would have set the title to 'pwned'.
    assertThat(dom)
        .contains("<title>Title &lt;script&gt;document.title='pwned'&lt;/script&gt;</title>")
        .doesNotContain("pwned</title>")
        .doesNotContain("<img")
        .contains(HtmlReportTest.html(HtmlReportTest.IMG));
  }

  @Test
  void seeds_everyThemeInTheBuiltDom() throws Exception {
    ReadResult r =
        TaxonomyFiles.standard().read(HtmlReportTest.SEEDS.resolve("safe-supportive-schools.json"));
    Taxonomy t = r.orElseThrow();
    Path page = dir.resolve("sss.html");
    HtmlReport.write(
        new HtmlReport.Input("sss.json", t, r.validate(Validator.standard()), "test"), page, false);

    String dom = dom(page);

    for (Theme th : t.themes()) {
      assertThat(dom).contains(">" + HtmlReportTest.html(th.label()) + "<");
    }
    assertThat(dom).contains("<details open=\"\">").contains("id=\"hm\"");
  }
}
