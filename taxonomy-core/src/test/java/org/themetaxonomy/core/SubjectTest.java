package org.themetaxonomy.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SubjectTest {
  @Test
  void new_indexBelowMinusOne_refused() {
    assertThatThrownBy(() -> new Subject(Subject.Kind.THEME, "a", -2, -1, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("negative index");
    assertThatThrownBy(() -> new Subject(Subject.Kind.THEME, "a", 0, -2, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("negative index");
    assertThat(new Subject(Subject.Kind.FILE, "", -1, -1, null)).isEqualTo(Subject.file());
  }

  @Test
  void evidenceAndMapping_numberedFromOneForPeople_indexedFromZero() {
    Subject evidence = Subject.evidence(4, 0, "funding");
    assertThat(evidence.key()).isEqualTo("funding evidence 1");
    assertThat(evidence.index()).isEqualTo(4);
    assertThat(evidence.subIndex()).isZero();
    assertThat(evidence.field("excerpt")).hasToString("funding evidence 1 (excerpt)");
    Subject row = Subject.mapping(2);
    assertThat(row.key()).isEqualTo("crosswalk row 3");
    assertThat(row.index()).isEqualTo(2);
    assertThat(row).hasToString("crosswalk row 3");
  }

  @Test
  void toString_namesKindAndQuotedKey_fieldInParentheses() {
    assertThat(Subject.theme(0, "funding")).hasToString("theme 'funding'");
    assertThat(Subject.theme(0, "funding").field("parent")).hasToString("theme 'funding' (parent)");
    assertThat(Subject.source(1, "fg")).hasToString("source 'fg'");
    assertThat(Subject.framework(0, "fw").field("url")).hasToString("framework 'fw' (url)");
    assertThat(Subject.area(0, 1, new AreaRef("fw", "lead"))).hasToString("area 'fw/lead'");
    assertThat(Subject.taxonomy("title")).hasToString("taxonomy (title)");
    assertThat(Subject.file()).hasToString("file");
  }

  @Test
  void element_dropsTheField_andIsTheSameSubjectWithoutOne() {
    Subject theme = Subject.theme(3, "funding");
    assertThat(theme.field("label").element()).isEqualTo(theme);
    assertThat(theme.field("label").element().field()).isNull();
    assertThat(theme.element()).isSameAs(theme);
  }
}
