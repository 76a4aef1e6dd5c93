package org.themetaxonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themetaxonomy.cli.RenderTesting.render;
import static org.themetaxonomy.cli.RenderTesting.twoFrameworks;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.core.summary.CrosswalkMatrix;

class CrosswalkRenderersTest {
  private static final CrosswalkMatrix FW1 = CrosswalkMatrix.of(twoFrameworks(), "fw1");

  @Test
  void text_fw1_indentedByDepthAlignedRuleAboveTotalsThenAreasAndGaps() {
    assertThat(render(new CrosswalkRenderers.Text(), FW1))
        .isEqualTo(
            """
            First (fw1)

            theme            a1     a2            a3
              kid                   broad+narrow
                grandkid     exact
            ----------------------------------------
            themes per area  1      1             0

            Areas:
              a1: Area, one
              a2: Two
              a3: Empty

            Areas no theme reaches (1 of 3):
              a3: Empty
            Themes with no mapping to this framework (1):
              other: Other <b>
            """);
  }

  @Test
  void text_everyThemeMappedEveryAreaReached_saysNone() {
    String text = render(new CrosswalkRenderers.Text(), CrosswalkMatrix.of(twoFrameworks(), "fw2"));

    assertThat(text)
        .contains("Areas no theme reaches (0 of 1): none\n")
        .contains("Themes with no mapping to this framework (3):\n  top: Top\n");
  }

  @Test
  void csv_fw1_crlfRowsWithoutIndentOrFooter() {
    assertThat(render(new CrosswalkRenderers.Csv(), FW1))
        .isEqualTo(
            "theme,a1,a2,a3\r\nkid,,broad+narrow,\r\ngrandkid,exact,,\r\nthemes per area,1,1,0\r\n");
  }

  @Test
  void csvRow_commaQuoteOrLineBreak_quotedWithQuotesDoubled() {
    assertThat(CrosswalkRenderers.Csv.row(List.of("a,b", "say \"hi\"", "two\nlines", "plain")))
        .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",plain\r\n");
  }

  @Test
  void markdown_fw1_tableBoldTotalsThenBulletedGaps() {
    assertThat(render(new CrosswalkRenderers.Markdown(), FW1))
        .isEqualTo(
            """
            | theme | a1 | a2 | a3 |
            | --- | --- | --- | --- |
            | kid |  | broad+narrow |  |
            | grandkid | exact |  |  |
            | **themes per area** | **1** | **1** | **0** |

            Areas no theme reaches (1 of 3):
            - a3: Empty
            Themes with no mapping to this framework (1):
            - other: Other \\<b\\>
            """);
  }

  @Test
  void labelsWithLineBreaksAndMarkup_escapedForEachFormat() {
    Taxonomy t =
        twoFrameworks().toBuilder()
            .addTheme(Theme.builder("forged", "Line\n  a9: forged | *x*").build())
            .build();
    CrosswalkMatrix m = CrosswalkMatrix.of(t, "fw1");

    assertThat(render(new CrosswalkRenderers.Text(), m))
        .contains("  forged: Line\\n  a9: forged | *x*\n")
        .doesNotContain("\n  a9:");
    assertThat(render(new CrosswalkRenderers.Markdown(), m))
        .contains("- forged: Line   a9: forged \\| \\*x\\*\n");
  }
}
