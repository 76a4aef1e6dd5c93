package org.themetaxonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themetaxonomy.cli.RenderTesting.twoFrameworks;

import org.junit.jupiter.api.Test;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;

class TreeTest {
  @Test
  void of_noDepth_everyThemeParentsBeforeChildren() {
    // Model order: top 0, kid 1, grandkid 2, other 3.
    assertThat(Tree.of(twoFrameworks(), null).shown()).containsExactly(0, 1, 2, 3);
  }

  @Test
  void of_depthOne_stopsBelowTheFirstLevel() {
    assertThat(Tree.of(twoFrameworks(), 1).shown()).containsExactly(0, 1, 3);
  }

  @Test
  void of_childListedBeforeItsParent_stillShownUnderIt() {
    Taxonomy t =
        Taxonomy.builder("t", "T")
            .addTheme(Theme.builder("b", "B").parent("a").build())
            .addTheme(Theme.builder("a", "A").build())
            .build();

    assertThat(Tree.of(t, null).shown()).containsExactly(1, 0);
  }
}
