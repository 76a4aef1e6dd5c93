package org.themetaxonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themetaxonomy.cli.CliTesting.SEEDS;
import static org.themetaxonomy.cli.CliTesting.run;
import static org.themetaxonomy.cli.RenderTesting.render;
import static org.themetaxonomy.cli.RenderTesting.twoFrameworks;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.themetaxonomy.cli.CliTesting.Result;

class TreeRenderersTest {
  static final String SEED = SEEDS.resolve("safe-supportive-schools.json").toString();

  private static long lines(String text, String pattern) {
    return Arrays.stream(text.split("\n")).filter(l -> l.matches(pattern)).count();
  }

  @Test
  void mermaid_seeds_bareFlowchartOneNodePerThemeOneEdgePerParent() {
    Result r = run("tree", "--format", "mermaid", SEED);

    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(r.out()).startsWith("flowchart LR\n").doesNotContain("```");
    assertThat(lines(r.out(), "  t\\d+\\[\".*\"\\]")).isEqualTo(62);
    assertThat(lines(r.out(), "  t\\d+ --> t\\d+")).isEqualTo(62 - 6);
  }

  @Test
  void mermaid_depthZero_rootsOnlyNoEdges() {
    Result r = run("tree", "--format", "mermaid", "--depth", "0", SEED);

    assertThat(lines(r.out(), "  t\\d+\\[\".*\"\\]")).isEqualTo(6);
    assertThat(r.out()).doesNotContain("-->");
  }

  @Test
  void dot_seeds_digraphOneNodePerThemeOneEdgePerParent() {
    Result r = run("tree", "--format", "dot", SEED);

    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(r.out()).startsWith("digraph taxonomy {\n").endsWith("}\n");
    assertThat(lines(r.out(), "  t\\d+ \\[label=\".*\"\\];")).isEqualTo(62);
    assertThat(lines(r.out(), "  t\\d+ -> t\\d+;")).isEqualTo(62 - 6);
  }

  @Test
  void mermaidText_hostile_everySyntaxCharacterAnEntity() {
    assertThat(TreeRenderers.Mermaid.text("a \"b\" #c <i>&`%\\ end\nx"))
        .isEqualTo("a #quot;b#quot; #35;c #lt;i#gt;#amp;#96;#37;#92; end x");
  }

  @Test
  void dotText_hostile_quotesAndBackslashesEscaped() {
    assertThat(TreeRenderers.Dot.text("say \"\\N\"\r\nnow")).isEqualTo("say \\\"\\\\N\\\"  now");
  }

  @Test
  void tree_unknownFormat_exitTwo() {
    Result r = run("tree", "--format", "svg", SEED);

    assertThat(r.status()).isEqualTo(Main.CANNOT_RUN);
    assertThat(r.err()).contains("expected one of [text, mermaid, dot]");
  }

  @Test
  void text_twoFrameworks_indentedAreasNamedWithTheirFramework() {
    assertThat(render(new TreeRenderers.Text(), Tree.of(twoFrameworks(), null)))
        .isEqualTo(
            """
            Top (top)
              Kid (kid)  -> fw1/a2
                Grand "kid" (grandkid)  -> fw1/a1
            Other <b> (other)  -> fw2/b1
            """);
  }

  @Test
  void mermaid_depthOne_edgesOnlyBetweenShownThemesLabelsEscaped() {
    assertThat(render(new TreeRenderers.Mermaid(), Tree.of(twoFrameworks(), 1)))
        .isEqualTo(
            """
            flowchart LR
              t0["Top"]
              t1["Kid"]
              t3["Other #lt;b#gt;"]
              t0 --> t1
            """);
  }

  @Test
  void dot_full_nodeNamesFromPositionsLabelsQuoted() {
    assertThat(render(new TreeRenderers.Dot(), Tree.of(twoFrameworks(), null)))
        .isEqualTo(
            """
            digraph taxonomy {
              rankdir=LR;
              node [shape=box];
              t0 [label="Top"];
              t1 [label="Kid"];
              t2 [label="Grand \\"kid\\""];
              t3 [label="Other <b>"];
              t0 -> t1;
              t1 -> t2;
            }
            """);
  }
}
