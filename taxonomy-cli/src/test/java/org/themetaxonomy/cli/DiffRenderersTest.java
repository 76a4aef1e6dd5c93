package org.themetaxonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themetaxonomy.cli.RenderTesting.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.themetaxonomy.core.diff.Diffs;

class DiffRenderersTest {
  @Test
  void text_movedTheme_eachParentLabelledFromTheVersionThatHasIt() {
    String text = render(new DiffRenderers.Text(), DiffTest.diff());

    assertThat(text)
        .startsWith("Changes from t 1.0 to t 1.1:\n")
        .contains("\n  x 'X': from a 'Alpha' to c 'Gamma'\n")
        .contains("\n  + c 'Gamma' (top level)\n");
  }

  @Test
  void markdown_movedTheme_eachParentLabelledFromTheVersionThatHasIt() {
    String md = render(new DiffRenderers.Markdown(), DiffTest.diff());

    assertThat(md)
        .startsWith("# Changes from t 1.0 to t 1.1\n")
        .contains("\n- **X** (`x`): from Alpha (`a`) to Gamma (`c`)\n");
  }

  @Test
  void allThree_noChanges_sayNothingChanged() throws Exception {
    Diff same =
        new Diff(Diffs.compare(DiffTest.old(), DiffTest.old()), DiffTest.old(), DiffTest.old());

    assertThat(render(new DiffRenderers.Text(), same))
        .isEqualTo("No changes from t 1.0 to t 1.0.\n");
    assertThat(render(new DiffRenderers.Markdown(), same))
        .isEqualTo("# Changes from t 1.0 to t 1.0\n\nNo changes.\n");
    assertThat(new ObjectMapper().readTree(render(new DiffRenderers.Json(), same)).toString())
        .isEqualTo(
            "{\"old\":{\"id\":\"t\",\"version\":\"1.0\"},\"new\":{\"id\":\"t\",\"version\":\"1.0\"},"
                + "\"breaking\":false,\"summary\":{},\"changes\":[]}");
  }

  @Test
  void wrap_longText_at80ColumnsContinuationIndented() {
    List<String> lines = new ArrayList<>();
    String word = "word ";

    DiffRenderers.Text.wrap(lines, "  - " + word.repeat(40).strip(), "      ");

    assertThat(lines).hasSizeGreaterThan(1).allMatch(l -> l.length() <= 80);
    assertThat(lines.get(0)).startsWith("  - word");
    assertThat(lines.subList(1, lines.size())).allMatch(l -> l.startsWith("      word"));
    assertThat(String.join(" ", lines).replaceAll(" +", " ").strip())
        .isEqualTo("- " + word.repeat(40).strip());
  }

  @Test
  void wrap_oneWordLongerThanTheLine_leftWhole() {
    List<String> lines = new ArrayList<>();
    String url = "https://example.org/" + "x".repeat(90);

    DiffRenderers.Text.wrap(lines, url, "  ");

    assertThat(lines).containsExactly(url);
  }
}
