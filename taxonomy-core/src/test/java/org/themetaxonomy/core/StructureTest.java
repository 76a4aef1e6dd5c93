package org.themetaxonomy.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The structural errors that {@link Taxonomy.Builder#tryBuild(Locator)} reports, all at once. */
class StructureTest {

  private static List<String> rules(BuildResult result) {
    return result.diagnostics().stream().map(Diagnostic::ruleId).toList();
  }

  @Test
  void cleanParts_build() {
    BuildResult result = Fixtures.clean().tryBuild(Locator.NONE);
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.asOptional()).isPresent();
  }

  @Test
  void duplicateIds_everyKind_reportedAtTheRepeat() {
    Subject repeat = Subject.theme(5, "funding").field("id");
    MapLocator locator = new MapLocator().put(repeat.element(), Location.of("t.json", 40, 7));
    BuildResult result =
        Fixtures.clean()
            .addTheme(Fixtures.theme("funding", "Again", null, "fg-2017"))
            .addSource(Source.of("fg-2017", "Again", SourceKind.OTHER))
            .addFramework(
                Framework.of("fw", "Again", List.of(Area.of("a", "A"), Area.of("a", "B"))))
            .tryBuild(locator);
    assertThat(result.taxonomy()).isNull();
    assertThat(rules(result)).containsOnly(StructuralRules.DUPLICATE_ID).hasSize(4);
    Diagnostic theme =
        result.diagnostics().stream()
            .filter(d -> d.subject().equals(repeat))
            .findFirst()
            .orElseThrow();
    assertThat(theme.location()).isEqualTo(Location.of("t.json", 40, 7));
    assertThat(theme.message()).contains("'funding'", "already used");
  }

  @Test
  void unknownParent_reportsTheParentField_withHint() {
    BuildResult result =
        Fixtures.clean()
            .addTheme(Fixtures.theme("orphan", "Orphan", "fundng", "fg-2017"))
            .tryBuild(Locator.NONE);
    assertThat(rules(result)).containsExactly(StructuralRules.UNKNOWN_PARENT);
    Diagnostic d = result.diagnostics().get(0);
    assertThat(d.subject()).isEqualTo(Subject.theme(5, "orphan").field("parent"));
    assertThat(d.message()).contains("'fundng'", "did you mean 'funding'");
  }

  @Test
  void selfParent_isItsOwnRule() {
    BuildResult result =
        Fixtures.clean()
            .addTheme(Fixtures.theme("me", "Me", "me", "fg-2017"))
            .tryBuild(Locator.NONE);
    assertThat(rules(result)).containsExactly(StructuralRules.SELF_PARENT);
  }

  @Test
  void cycles_everyCycleReportedOnce_withItsMembers() {
    BuildResult result =
        Fixtures.clean()
            .addTheme(Fixtures.theme("a", "A", "b", "fg-2017"))
            .addTheme(Fixtures.theme("b", "B", "c", "fg-2017"))
            .addTheme(Fixtures.theme("c", "C", "a", "fg-2017"))
            .addTheme(Fixtures.theme("hangs-off", "Hangs off the cycle", "b", "fg-2017"))
            .addTheme(Fixtures.theme("x", "X", "y", "fg-2017"))
            .addTheme(Fixtures.theme("y", "Y", "x", "fg-2017"))
            .tryBuild(Locator.NONE);
    assertThat(rules(result)).containsExactly("parent-cycle", "parent-cycle");
    assertThat(result.diagnostics())
        .extracting(Diagnostic::message)
        .anySatisfy(m -> assertThat(m).contains("3 themes form a cycle: 'a' -> 'b' -> 'c' -> 'a'"))
        .anySatisfy(m -> assertThat(m).contains("2 themes form a cycle: 'x' -> 'y' -> 'x'"));
  }

  @Test
  void unknownReferences_inEvidenceAndCrosswalk_allReported() {
    BuildResult result =
        Fixtures.clean()
            .addTheme(Fixtures.theme("cites", "Cites nothing", null, "fg-2071"))
            .addMapping(Mapping.of("nobody", "fw", "lead", Relation.CLOSE))
            .addMapping(Mapping.of("funding", "fx", "lead", Relation.CLOSE))
            .addMapping(Mapping.of("funding", "fw", "leed", Relation.CLOSE))
            .tryBuild(Locator.NONE);
    assertThat(rules(result)).containsOnly(StructuralRules.UNKNOWN_REFERENCE).hasSize(4);
    assertThat(result.diagnostics())
        .extracting(d -> d.subject().field())
        .containsExactlyInAnyOrder("source", "theme", "framework", "area");
    assertThat(result.diagnostics())
        .anySatisfy(d -> assertThat(d.message()).contains("did you mean 'lead'"));
  }

  @Test
  void replacedBy_namingNoTheme_isAnUnknownReference_atTheField_withHint() {
    Subject field = Subject.theme(5, "old").field("replacedBy");
    MapLocator locator = new MapLocator().put(field, Location.of("t.json", 41, 21));
    BuildResult result =
        Fixtures.clean()
            .addTheme(
                Theme.builder("old", "Old")
                    .deprecated(true)
                    .replacedBy("funding", "fundng", "gone")
                    .build())
            .tryBuild(locator);
    assertThat(result.diagnostics())
        .hasSize(2)
        .allSatisfy(
            d -> {
              assertThat(d.ruleId()).isEqualTo(StructuralRules.UNKNOWN_REFERENCE);
              assertThat(d.subject()).isEqualTo(field);
              assertThat(d.location()).isEqualTo(Location.of("t.json", 41, 21));
            })
        .extracting(Diagnostic::message)
        .containsExactly(
            "theme 'old' is replaced by 'fundng', which names no theme (did you mean"
                + " 'funding'?); use an existing theme's id, or take it out of replacedBy",
            "theme 'old' is replaced by 'gone', which names no theme; use an existing theme's"
                + " id, or take it out of replacedBy");
  }

  @Test
  void manyProblems_allReportedInOneRun() {
    BuildResult result =
        Fixtures.clean()
            .addTheme(Fixtures.theme("funding", "Dup", null, "fg-2017"))
            .addTheme(Fixtures.theme("lost", "Lost", "nowhere", "fg-2017"))
            .addTheme(Fixtures.theme("me", "Me", "me", "fg-2017"))
            .addMapping(Mapping.of("ghost", "fw", "lead", Relation.CLOSE))
            .tryBuild(Locator.NONE);
    assertThat(rules(result))
        .containsExactlyInAnyOrder(
            "duplicate-id", "unknown-parent", "self-parent", "unknown-reference");
  }

  @Test
  void build_throwsWithEveryDiagnostic() {
    Taxonomy.Builder broken =
        Fixtures.clean()
            .addTheme(Fixtures.theme("lost", "Lost", "nowhere", "fg-2017"))
            .addTheme(Fixtures.theme("me", "Me", "me", "fg-2017"));
    assertThatThrownBy(broken::build)
        .isInstanceOfSatisfying(
            TaxonomyException.class, e -> assertThat(e.diagnostics()).hasSize(2))
        .hasMessageContaining("and 1 more");
  }
}
