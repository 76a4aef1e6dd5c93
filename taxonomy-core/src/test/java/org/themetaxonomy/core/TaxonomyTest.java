package org.themetaxonomy.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaxonomyTest {
  private final Taxonomy taxonomy = Fixtures.clean().build();

  private static List<String> ids(List<Theme> themes) {
    return themes.stream().map(Theme::id).toList();
  }

  @Test
  void roots_areTopLevelThemes_inModelOrder() {
    assertThat(ids(taxonomy.roots())).containsExactly("capacity", "partnering");
  }

  @Test
  void children_areInModelOrder() {
    assertThat(ids(taxonomy.children("capacity"))).containsExactly("funding", "staffing");
    assertThat(taxonomy.children("chapter-70")).isEmpty();
  }

  @Test
  void parentAncestorsPathDepth_followTheHierarchy() {
    assertThat(taxonomy.parent("chapter-70")).map(Theme::id).hasValue("funding");
    assertThat(taxonomy.parent("capacity")).isEmpty();
    assertThat(ids(taxonomy.ancestors("chapter-70"))).containsExactly("funding", "capacity");
    assertThat(ids(taxonomy.path("chapter-70")))
        .containsExactly("capacity", "funding", "chapter-70");
    assertThat(taxonomy.depth("chapter-70")).isEqualTo(2);
    assertThat(taxonomy.depth("partnering")).isZero();
    assertThat(taxonomy.maxDepth()).isEqualTo(2);
  }

  @Test
  void descendants_areDepthFirstPreOrder() {
    assertThat(ids(taxonomy.descendants("capacity")))
        .containsExactly("funding", "chapter-70", "staffing");
  }

  @Test
  void areas_directAndThroughDescendants() {
    assertThat(taxonomy.areasOf("funding")).containsExactly(new AreaRef("fw", "access"));
    assertThat(taxonomy.areasReachedBy("funding"))
        .containsExactly(new AreaRef("fw", "access"), new AreaRef("fw", "policy"));
    assertThat(taxonomy.areasReachedBy("capacity")).hasSize(4);
  }

  @Test
  void themesOf_area_listsDirectlyMappedThemes() {
    assertThat(ids(taxonomy.themesOf(new AreaRef("fw", "policy")))).containsExactly("chapter-70");
    assertThat(taxonomy.themesOf(new AreaRef("fw", "nowhere"))).isEmpty();
    assertThat(taxonomy.themesOf(new AreaRef("nope", "policy"))).isEmpty();
  }

  @Test
  void coverage_reportsEmptyAreasAndUnmappedThemes() {
    Taxonomy gappy =
        Fixtures.clean()
            .addTheme(Fixtures.theme("loose", "Loose theme", null, "fg-2017"))
            .addFramework(Framework.of("other", "Other", List.of(Area.of("x", "X"))))
            .build();
    Coverage coverage = gappy.coverage("fw");
    assertThat(coverage.emptyAreas()).isEmpty();
    assertThat(ids(coverage.unmappedThemes())).containsExactly("loose");
    assertThat(ids(coverage.themesByArea().get(Area.of("lead", "Leadership"))))
        .containsExactly("capacity");
    Coverage other = gappy.coverage("other");
    assertThat(other.emptyAreas()).extracting(Area::id).containsExactly("x");
    assertThat(other.unmappedThemes()).hasSize(6);
    assertThat(ids(gappy.unmappedThemes())).containsExactly("loose");
  }

  @Test
  void queries_unknownTheme_throwWithTheId() {
    assertThatThrownBy(() -> taxonomy.children("missing"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'missing'");
    assertThat(taxonomy.theme("missing")).isEmpty();
    assertThat(taxonomy.indexOf("missing")).isEqualTo(-1);
  }

  @Test
  void toBuilder_rebuildsAnEqualTaxonomy_andChangesStayInTheCopy() {
    Taxonomy copy = taxonomy.toBuilder().build();
    assertThat(copy).isEqualTo(taxonomy).hasSameHashCodeAs(taxonomy);
    Taxonomy changed = taxonomy.toBuilder().title("Changed").build();
    assertThat(changed).isNotEqualTo(taxonomy);
    assertThat(taxonomy.title()).isEqualTo("Demo taxonomy");
  }

  @Test
  void language_defaultsToEnglish_andBlankOptionalTextIsAbsent() {
    assertThat(taxonomy.language()).isEqualTo("en");
    Taxonomy blank = Fixtures.clean().version("  ").description("").build();
    assertThat(blank.version()).isEmpty();
    assertThat(blank.description()).isEmpty();
    assertThat(new Area("a", "A", " ").description()).isNull();
  }

  @Test
  void values_checkTheirArguments() {
    assertThatThrownBy(() -> Theme.builder("bad id", "x").build())
        .hasMessageContaining("not a valid id");
    assertThatThrownBy(() -> Theme.builder("ok", " ").build()).hasMessageContaining("label");
    assertThatThrownBy(() -> new Mapping("t", "f", "a", Relation.EXACT, 1.5, null))
        .hasMessageContaining("confidence");
    assertThatThrownBy(
            () ->
                new Source("s", "S", SourceKind.REPORT, "2019-02-30", null, null, null, null, null))
        .hasMessageContaining("date");
    assertThatThrownBy(
            () -> new Source("s", "S", SourceKind.REPORT, null, null, -1, null, null, null))
        .hasMessageContaining("participantCount");
  }

  @Test
  void lists_areImmutableCopies() {
    java.util.ArrayList<Area> areas = new java.util.ArrayList<>(List.of(Area.of("a", "A")));
    Framework framework = Framework.of("f", "F", areas);
    areas.add(Area.of("b", "B"));
    assertThat(framework.areas()).hasSize(1);
    assertThatThrownBy(() -> taxonomy.themes().add(taxonomy.themes().get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
