package org.themetaxonomy.core.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.themetaxonomy.core.Area;
import org.themetaxonomy.core.Evidence;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Mapping;
import org.themetaxonomy.core.Relation;
import org.themetaxonomy.core.Source;
import org.themetaxonomy.core.SourceKind;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.core.testing.RandomTaxonomies;

class SummaryTest {
  /** top (no rows) > mid (broad to a) > leaf (exact to b, related to b); lone (no rows). */
  private static Taxonomy small() {
    return Taxonomy.builder("t", "T")
        .addSource(Source.of("s1", "One", SourceKind.MEETING))
        .addSource(Source.of("s2", "Two", SourceKind.INTERVIEW))
        .addFramework(
            Framework.of(
                "f", "F", List.of(Area.of("a", "A"), Area.of("b", "B"), Area.of("c", "C"))))
        .addTheme(Theme.builder("top", "Top").build())
        .addTheme(
            Theme.builder("mid", "Mid")
                .parent("top")
                .evidence(Evidence.of("s1", null), Evidence.of("s1", "again"))
                .build())
        .addTheme(
            Theme.builder("leaf", "Leaf").parent("mid").evidence(Evidence.of("s1", null)).build())
        .addTheme(Theme.builder("lone", "Lone").build())
        .addMapping(Mapping.of("mid", "f", "a", Relation.BROAD))
        .addMapping(Mapping.of("leaf", "f", "b", Relation.EXACT))
        .addMapping(Mapping.of("leaf", "f", "b", Relation.RELATED))
        .build();
  }

  @Test
  void counts_small_everyFigure() {
    Counts c = Counts.of(small());

    assertThat(c).isEqualTo(new Counts(4, 2, 2, 2, 1, 3, 3, 3, 2, 4));
  }

  @Test
  void counts_emptyTaxonomy_allZero() {
    assertThat(Counts.of(Taxonomy.builder("t", "T").build()))
        .isEqualTo(new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
  }

  @Test
  void counts_anyNegative_refused() {
    for (int i = 0; i < 10; i++) {
      int[] n = new int[10];
      n[i] = -1;
      assertThatThrownBy(
              () -> new Counts(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9]))
          .as("count %d", i)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a negative count");
    }
  }

  @Test
  void matrix_small_rowsOnlyForThemesWithTheirOwnRows() {
    CrosswalkMatrix m = CrosswalkMatrix.of(small(), "f");

    assertThat(m.rows()).extracting(r -> r.theme().id()).containsExactly("mid", "leaf");
    assertThat(m.rows().get(1).depth()).isEqualTo(2);
    assertThat(m.rows().get(1).cells())
        .isEqualTo(
            ImmutableList.of(
                ImmutableList.of(),
                ImmutableList.of(Relation.EXACT, Relation.RELATED),
                ImmutableList.of()));
    assertThat(m.row(0)).isEmpty();
    assertThat(m.row(2)).contains(m.rows().get(1));
  }

  @Test
  void matrix_small_coverageCountsDirectAndThroughSubThemes() {
    CrosswalkMatrix m = CrosswalkMatrix.of(small(), "f");

    assertThat(m.areas())
        .extracting(a -> a.area().id() + " " + a.direct() + " " + a.reached())
        .containsExactly("a 1 2", "b 1 3", "c 0 0");
    assertThat(m.areasReached()).isEqualTo(2);
    assertThat(m.themesReaching()).isEqualTo(3);
    assertThat(m.reaches(0, 1)).isTrue();
    assertThat(m.reaches(3, 0)).isFalse();
    assertThat(m.areas().get(2).isEmpty()).isTrue();
  }

  @Test
  void matrix_unknownFramework_throws() {
    assertThatThrownBy(() -> CrosswalkMatrix.of(small(), "nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope");
  }

  @Test
  void sourceUse_small_eachThemeOnceAndUncitedSourcesKept() {
    SourceUse use = SourceUse.of(small());

    assertThat(use.evidencePerSource())
        .containsExactly(java.util.Map.entry("s1", 3), java.util.Map.entry("s2", 0));
    assertThat(use.themesPerSource().get("s1"))
        .extracting(Theme::id)
        .containsExactly("mid", "leaf");
    assertThat(use.themesPerSource().get("s2")).isEmpty();
    assertThat(use.themesWithoutEvidence()).extracting(Theme::id).containsExactly("top", "lone");
  }

  @Test
  void summary_random_agreesWithTheModelsOwnCoverage() {
    Taxonomy t = RandomTaxonomies.generate(7, 500);

    Summary s = Summary.of(t);

    assertThat(s.matrices()).hasSize(t.frameworks().size());
    for (CrosswalkMatrix m : s.matrices()) {
      var coverage = t.coverage(m.framework().id());
      assertThat(m.themesReaching())
          .isEqualTo(t.themes().size() - coverage.unmappedThemes().size());
      for (CrosswalkMatrix.AreaCoverage a : m.areas()) {
        assertThat(a.direct()).isEqualTo(coverage.themesByArea().get(a.area()).size());
      }
      assertThat(
              m.rows().stream().mapToInt(r -> r.cells().stream().mapToInt(List::size).sum()).sum())
          .isEqualTo(
              (int)
                  t.crosswalk().stream()
                      .filter(r -> r.framework().equals(m.framework().id()))
                      .count());
    }
    assertThat(s.matrix(t.frameworks().get(0).id())).contains(s.matrices().get(0));
    assertThat(s.matrix("nope")).isEmpty();
  }
}
