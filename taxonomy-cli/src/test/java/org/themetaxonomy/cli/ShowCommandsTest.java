package org.themetaxonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themetaxonomy.cli.CliTesting.SEEDS;
import static org.themetaxonomy.cli.CliTesting.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.themetaxonomy.cli.CliTesting.Result;

/** tree, crosswalk and stats: the commands that show a sound taxonomy. */
class ShowCommandsTest {
  static final String SEED = SEEDS.resolve("safe-supportive-schools.json").toString();

  @TempDir Path dir;

  @Test
  void tree_depthZero_onlyTopLevel() {
    Result r = run("tree", "--depth", "0", SEED);
    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(r.out().lines()).hasSize(6).noneMatch(l -> l.startsWith(" "));
    assertThat(r.out())
        .contains("Leadership for culture change (leadership-culture)  -> leadership");
  }

  @Test
  void tree_full_childrenIndentedUnderParents() {
    String out = run("tree", SEED).out();
    assertThat(out.lines()).hasSize(62);
    assertThat(out)
        .contains("\n  Sustainable funding (sustainable-funding)")
        .contains("\n    Raise Chapter 70 aid (chapter-70)");
    assertThat(out.indexOf("(sustainable-funding)")).isLessThan(out.indexOf("(chapter-70)"));
  }

  @Test
  void tree_negativeDepth_exitTwo() {
    assertThat(run("tree", "--depth", "-1", SEED).status()).isEqualTo(Main.CANNOT_RUN);
  }

  @Test
  void tree_fileWithErrors_exitOneWithDiagnostics() throws IOException {
    Path f = dir.resolve("t.csv");
    Files.writeString(f, "id,label,parent\na,A,b\nb,B,a\n");
    Result r = run("tree", f.toString());
    assertThat(r.status()).isEqualTo(Main.FINDINGS);
    assertThat(r.err()).contains("[parent-cycle]");
  }

  @Test
  void crosswalk_text_matrixTotalsAndEmpties() {
    Result r = run("crosswalk", SEED);
    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(r.out())
        .contains("themes per area")
        .contains("Areas no theme reaches (0 of 6): none")
        .contains("Themes with no mapping to this framework (1):")
        .contains("findings-resonated");
  }

  @Test
  void crosswalk_csvAndMarkdown() {
    String csv = run("crosswalk", "--format", "csv", SEED).out();
    assertThat(csv).startsWith("theme,leadership,development,access,practices,policies,families");
    assertThat(csv).contains("\r\nstaff-pd,,exact,");
    String md = run("crosswalk", "--format", "markdown", SEED).out();
    assertThat(md).startsWith("| theme | leadership |").contains("| --- |");
  }

  @Test
  void crosswalk_unknownFramework_exitTwo() {
    Result r = run("crosswalk", "--framework", "nope", SEED);
    assertThat(r.status()).isEqualTo(Main.CANNOT_RUN);
    assertThat(r.err()).contains("the frameworks are ma-sss");
  }

  @Test
  void stats_textAndJson() {
    // Bug fixed: "themes without definition" pushed its number out of the column.
    Result text = run("stats", SEED);
    assertThat(text.status()).isEqualTo(Main.OK);
    assertThat(text.out())
        .contains("  themes                     62\n")
        .contains("  themes without definition  0\n")
        .contains("6 of 6 areas reached");
    Result json = run("stats", "--format", "json", SEED);
    assertThat(json.out()).contains("\"themes\" : 62").contains("\"in-depth-interviews-2017\" : 0");
  }
}
