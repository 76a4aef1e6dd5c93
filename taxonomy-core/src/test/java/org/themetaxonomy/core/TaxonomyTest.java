package org.themetaxonomy.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TaxonomyTest {
  private final Taxonomy taxonomy = Fixtures.clean().build();

  private static List<String> ids(List<Theme> themes) {
    return themes.stream().map(Theme::id).toList();
  }

  @Test
  void mappingRowsAt_isMappingRowsOfTheThemeAtThatPosition() {
    Taxonomy random = org.themetaxonomy.core.testing.RandomTaxonomies.generate(5, 500);
    for (int t = 0; t < random.themes().size(); t++) {
      assertThat(random.mappingRowsAt(t))
          .isEqualTo(random.mappingRowsOf(random.themes().get(t).id()))
          .hasSize(2);
    }
    assertThatThrownBy(() -> random.mappingRowsAt(500))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> random.mappingRowsAt(-1))
        .isInstanceOf(IndexOutOfBoundsException.class);
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
    Taxonomy gappy =
        Fixtures.clean()
            .addFramework(Framework.of("other", "Other", List.of(Area.of("x", "X"))))
            .build();
    assertThat(gappy.themesOf(new AreaRef("other", "x"))).isEmpty();
    assertThat(gappy.isMapped(new AreaRef("other", "x"))).isFalse();
    assertThat(gappy.isMapped(new AreaRef("fw", "policy"))).isTrue();
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

  /** Every query that takes an id, with an id that names nothing; see the class Javadoc. */
  static Stream<Arguments> queriesOnMissingIds() {
    AreaRef noArea = new AreaRef("fw", "missing");
    AreaRef noFramework = new AreaRef("missing", "lead");
    return Stream.of(
        query("children", t -> t.children("missing")),
        query("parent", t -> t.parent("missing")),
        query("ancestors", t -> t.ancestors("missing")),
        query("path", t -> t.path("missing")),
        query("descendants", t -> t.descendants("missing")),
        query("depth", t -> t.depth("missing")),
        query("mappingsOf", t -> t.mappingsOf("missing")),
        query("mappingRowsOf", t -> t.mappingRowsOf("missing")),
        query("areasOf", t -> t.areasOf("missing")),
        query("areasReachedBy", t -> t.areasReachedBy("missing")),
        query("themesOf unknown area", t -> t.themesOf(noArea)),
        query("themesOf unknown framework", t -> t.themesOf(noFramework)),
        query("isMapped unknown area", t -> t.isMapped(noArea)),
        query("isMapped unknown framework", t -> t.isMapped(noFramework)),
        query("coverage", t -> t.coverage("missing")));
  }

  private static Arguments query(String name, Function<Taxonomy, Object> call) {
    return Arguments.of(Named.of(name, call));
  }

  @ParameterizedTest
  @MethodSource("queriesOnMissingIds")
  void query_unknownId_throwsIllegalArgumentNamingTheId(Function<Taxonomy, Object> call) {
    assertThatThrownBy(() -> call.apply(taxonomy))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'missing'");
  }

  @Test
  void queriesOnMissingIds_coverEveryPublicQueryTakingAnId() {
    Set<String> lookups = Set.of("theme", "source", "framework", "area", "indexOf");
    Set<String> queries =
        Arrays.stream(Taxonomy.class.getMethods())
            .filter(m -> m.getDeclaringClass() == Taxonomy.class)
            .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 1)
            .filter(
                m ->
                    m.getParameterTypes()[0] == String.class
                        || m.getParameterTypes()[0] == AreaRef.class)
            .map(Method::getName)
            .filter(name -> !lookups.contains(name))
            .collect(Collectors.toSet());
    Set<String> tested =
        queriesOnMissingIds()
            .map(a -> ((Named<?>) a.get()[0]).getName().split(" ")[0])
            .collect(Collectors.toSet());
    assertThat(tested).isEqualTo(queries);
  }

  @Test
  void query_misspeltId_hintsAtTheClosest() {
    assertThatThrownBy(() -> taxonomy.children("fundng"))
        .hasMessageContaining("no theme 'fundng' in taxonomy 'demo' (did you mean 'funding'?)");
    assertThatThrownBy(() -> taxonomy.themesOf(new AreaRef("fw", "leed")))
        .hasMessageContaining("no area 'leed' in framework 'fw' (did you mean 'lead'?)");
    assertThatThrownBy(() -> taxonomy.coverage("fx"))
        .hasMessageContaining("no framework 'fx' in taxonomy 'demo' (did you mean 'fw'?)");
  }

  @Test
  void lookups_unknownId_areEmpty() {
    assertThat(taxonomy.theme("missing")).isEmpty();
    assertThat(taxonomy.indexOf("missing")).isEqualTo(-1);
    assertThat(taxonomy.source("missing")).isEmpty();
    assertThat(taxonomy.framework("missing")).isEmpty();
    assertThat(taxonomy.area(new AreaRef("fw", "missing"))).isEmpty();
    assertThat(taxonomy.area(new AreaRef("missing", "lead"))).isEmpty();
    assertThat(taxonomy.theme("funding")).map(Theme::label).hasValue("Sustainable funding");
    assertThat(taxonomy.indexOf("funding")).isEqualTo(1);
    assertThat(taxonomy.source("mtg-2019")).isPresent();
    assertThat(taxonomy.framework("fw")).isPresent();
    assertThat(taxonomy.area(new AreaRef("fw", "policy")))
        .map(Area::label)
        .hasValue("Policies and protocols");
  }

  @Test
  void lookups_firstAndLaterElements_found() {
    Taxonomy t =
        taxonomy.toBuilder()
            .description("About it")
            .baseUri("https://example.org/t/")
            .license("https://example.org/license")
            .addFramework(
                Framework.of("fw2", "Second", List.of(Area.of("x", "X"), Area.of("y", "Y"))))
            .build();
    assertThat(t.theme("capacity")).map(Theme::id).hasValue("capacity");
    assertThat(t.theme("partnering")).map(Theme::id).hasValue("partnering");
    assertThat(t.source("fg-2017")).map(Source::id).hasValue("fg-2017");
    assertThat(t.framework("fw")).map(Framework::id).hasValue("fw");
    assertThat(t.area(new AreaRef("fw", "lead"))).map(Area::label).hasValue("Leadership");
    assertThat(t.area(new AreaRef("fw2", "x"))).map(Area::label).hasValue("X");
    assertThat(t.area(new AreaRef("fw2", "y"))).map(Area::label).hasValue("Y");
    assertThat(t.area(new AreaRef("fw2", "lead"))).isEmpty();
    assertThat(t.description()).hasValue("About it");
    assertThat(t.baseUri()).hasValue("https://example.org/t/");
    assertThat(t.license()).hasValue("https://example.org/license");
  }

  @Test
  void queriesAndLookups_nullId_throwNullPointer() {
    assertThatThrownBy(() -> taxonomy.children(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> taxonomy.coverage(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> taxonomy.themesOf(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> taxonomy.theme(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> taxonomy.area(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void emptyTaxonomy_buildsAndAnswers() {
    Taxonomy empty = Taxonomy.builder("empty", "Empty").build();
    assertThat(empty.roots()).isEmpty();
    assertThat(empty.maxDepth()).isEqualTo(-1);
    assertThat(empty.unmappedThemes()).isEmpty();
    assertThat(empty.theme("any")).isEmpty();
    assertThatThrownBy(() -> empty.children("any")).isInstanceOf(IllegalArgumentException.class);
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
