package org.themetaxonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.themetaxonomy.core.Area;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Source;
import org.themetaxonomy.core.SourceKind;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.core.diff.Diffs;

class DiffTest {
  /** Old: a, b, x under a; source s; area f/k. */
  static Taxonomy old() {
    return Taxonomy.builder("t", "T")
        .version("1.0")
        .addSource(Source.of("s", "Old source", SourceKind.REPORT))
        .addFramework(Framework.of("f", "F", List.of(Area.of("k", "Old area"))))
        .addTheme(Theme.builder("a", "Alpha").build())
        .addTheme(Theme.builder("b", "Beta").build())
        .addTheme(Theme.builder("x", "X").parent("a").build())
        .build();
  }

  /** New: a gone, b relabeled, c added, x moved under c; source and area retitled. */
  static Taxonomy neu() {
    return Taxonomy.builder("t", "T")
        .version("1.1")
        .addSource(Source.of("s", "New source", SourceKind.REPORT))
        .addFramework(Framework.of("f", "F", List.of(Area.of("k", "New area"))))
        .addTheme(Theme.builder("b", "Beta new").build())
        .addTheme(Theme.builder("c", "Gamma").build())
        .addTheme(Theme.builder("x", "X").parent("c").build())
        .build();
  }

  static Diff diff() {
    return new Diff(Diffs.compare(old(), neu()), old(), neu());
  }

  @Test
  void themeLabel_inBoth_newLabel() {
    assertThat(diff().themeLabel("b")).isEqualTo("Beta new");
  }

  @Test
  void themeLabel_onlyInOld_oldLabel() {
    assertThat(diff().themeLabel("a")).isEqualTo("Alpha");
  }

  @Test
  void themeLabel_inNeither_theId() {
    assertThat(diff().themeLabel("nope")).isEqualTo("nope");
  }

  @Test
  void areaLabelAndSourceTitle_newFirstThenId() {
    Diff d = diff();

    assertThat(d.areaLabel("f", "k")).isEqualTo("New area");
    assertThat(d.areaLabel("f", "gone")).isEqualTo("gone");
    assertThat(d.sourceTitle("s")).isEqualTo("New source");
    assertThat(d.sourceTitle("gone")).isEqualTo("gone");
  }
}
