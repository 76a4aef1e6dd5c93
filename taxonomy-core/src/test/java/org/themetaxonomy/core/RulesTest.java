package org.themetaxonomy.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule: firing on the element it concerns, with its location, and silent when clean. */
class RulesTest {
  private static final Location HERE = Location.of("demo.json", 12, 5);

  static List<Rule> rules() {
    return Validator.standard().rules();
  }

  /** Runs one rule, locating every subject at {@link #HERE} so that locations can be checked. */
  private static List<Diagnostic> run(String ruleId, Taxonomy taxonomy) {
    Rule rule =
        rules().stream().filter(r -> r.info().id().equals(ruleId)).findFirst().orElseThrow();
    return Validator.of(List.of(rule)).validate(taxonomy, subject -> HERE).diagnostics();
  }

  @ParameterizedTest
  @MethodSource("rules")
  void everyRule_onCleanTaxonomy_isSilent(Rule rule) {
    assertThat(Validator.of(List.of(rule)).validate(Fixtures.clean().build()).diagnostics())
        .isEmpty();
  }

  @Test
  void duplicateMapping_secondRow_reported() {
    Taxonomy t =
        Fixtures.clean().addMapping(Mapping.of("funding", "fw", "access", Relation.BROAD)).build();
    List<Diagnostic> found = run("duplicate-mapping", t);
    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.subject()).isEqualTo(Subject.mapping(5));
              assertThat(d.location()).isEqualTo(HERE);
              assertThat(d.severity()).isEqualTo(Severity.ERROR);
              assertThat(d.message()).contains("'funding'", "fw/access", "row 2");
              assertThat(d.message())
                  .isEqualTo(
                      "theme 'funding' is mapped to area fw/access again, as broad where row 2"
                          + " says close (first in crosswalk row 2); keep one row per theme and"
                          + " area");
            });
  }

  @Test
  void duplicateMapping_sameRelationTwiceMore_eachRepeatReportedAgainstTheFirstRow() {
    Taxonomy t =
        Fixtures.clean()
            .addMapping(Mapping.of("funding", "fw", "access", Relation.CLOSE))
            .addMapping(Mapping.of("funding", "fw", "access", Relation.CLOSE))
            .build();
    assertThat(run("duplicate-mapping", t))
        .extracting(Diagnostic::subject, Diagnostic::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Subject.mapping(5),
                "theme 'funding' is mapped to area fw/access again (first in crosswalk row 2);"
                    + " keep one row per theme and area"),
            org.assertj.core.groups.Tuple.tuple(
                Subject.mapping(6),
                "theme 'funding' is mapped to area fw/access again (first in crosswalk row 2);"
                    + " keep one row per theme and area"));
  }

  @Test
  void exactClash_exactAndBroad_reportedOnce_andNotAsDuplicate() {
    Taxonomy t =
        Fixtures.clean()
            .addMapping(Mapping.of("partnering", "fw", "family", Relation.BROAD))
            .build();
    assertThat(run("exact-clash", t))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.subject()).isEqualTo(Subject.mapping(5).field("relation"));
              assertThat(d.message()).contains("as exact and as broad");
            });
    assertThat(run("duplicate-mapping", t)).isEmpty();
  }

  private static Theme deprecated(String id, String parent, String... replacedBy) {
    return Theme.builder(id, "Old " + id)
        .parent(parent)
        .deprecated(true)
        .replacedBy(replacedBy)
        .build();
  }

  @Test
  void duplicateUuid_themesIgnoringCase_andAreasAcrossFrameworks_reportedAtTheRepeat() {
    String uuid = "0b9e4f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b";
    Taxonomy t =
        Fixtures.clean()
            .addTheme(Theme.builder("a", "A").uuid(uuid).build())
            .addTheme(Theme.builder("b", "B").uuid(uuid.toUpperCase(java.util.Locale.ROOT)).build())
            .addTheme(Theme.builder("c", "C").uuid("0b9e4f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5c").build())
            .addFramework(
                Framework.of(
                    "f1", "F1", List.of(new Area("x", "X", null, uuid), Area.of("y", "Y"))))
            .addFramework(Framework.of("f2", "F2", List.of(new Area("z", "Z", null, uuid))))
            .build();
    // A report is in reading order: by location (here all one), then rule, then message.
    assertThat(run("duplicate-uuid", t))
        .satisfiesExactly(
            d -> {
              assertThat(d.subject())
                  .isEqualTo(Subject.area(2, 0, new AreaRef("f2", "z")).field("uuid"));
              assertThat(d.message()).contains("area f2/z", "which area f1/x has already");
            },
            d -> {
              assertThat(d.subject()).isEqualTo(Subject.theme(6, "b").field("uuid"));
              assertThat(d.severity()).isEqualTo(Severity.ERROR);
              assertThat(d.location()).isEqualTo(HERE);
              assertThat(d.message())
                  .isEqualTo(
                      "theme 'b' has uuid '0B9E4F2A-1C3D-4E5F-8A9B-0C1D2E3F4A5B', which theme 'a'"
                          + " has already; give each theme its own uuid, or leave it out");
            });
  }

  @Test
  void replacedByOnLiveTheme_reportedAtReplacedBy() {
    Taxonomy t =
        Fixtures.clean()
            .addTheme(Theme.builder("old", "Old").replacedBy("funding", "staffing").build())
            .build();
    assertThat(run("replacedby-on-live-theme", t))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.subject()).isEqualTo(Subject.theme(5, "old").field("replacedBy"));
              assertThat(d.severity()).isEqualTo(Severity.ERROR);
              assertThat(d.location()).isEqualTo(HERE);
              assertThat(d.message())
                  .isEqualTo(
                      "theme 'old' is not deprecated but is replaced by 'funding', 'staffing';"
                          + " set deprecated to true if it was retired, or empty replacedBy if it"
                          + " is still in use");
            });
  }

  @Test
  void replacedByDeprecated_namesTheLiveEndOfTheChain_andCatchesItself() {
    Taxonomy t =
        Fixtures.clean()
            .addTheme(deprecated("old1", null, "old2"))
            .addTheme(deprecated("old2", null, "funding", "old3"))
            .addTheme(deprecated("old3", null, "old3", "staffing"))
            .addTheme(deprecated("loop1", null, "loop2"))
            .addTheme(deprecated("loop2", null, "loop1"))
            .build();
    assertThat(run("replacedby-deprecated", t))
        .allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR))
        .satisfiesExactly(
            d -> assertThat(d.message()).contains("'loop1' is replaced by 'loop2'", "a live theme"),
            d -> assertThat(d.message()).contains("'loop2' is replaced by 'loop1'"),
            d -> {
              assertThat(d.subject()).isEqualTo(Subject.theme(5, "old1").field("replacedBy"));
              assertThat(d.message())
                  .isEqualTo(
                      "theme 'old1' is replaced by 'old2', which is deprecated too; name one of"
                          + " 'funding', 'staffing' (which replace 'old2') instead");
            },
            d -> {
              assertThat(d.subject()).isEqualTo(Subject.theme(6, "old2").field("replacedBy"));
              assertThat(d.message())
                  .contains("by 'old3'", "name 'staffing' (which replaces 'old3') instead");
            },
            d -> {
              assertThat(d.subject()).isEqualTo(Subject.theme(7, "old3").field("replacedBy"));
              assertThat(d.message()).contains("'old3' names itself in replacedBy");
            });
  }

  @Test
  void replacedByRepeated_reportedOncePerRepeatedId() {
    Taxonomy t =
        Fixtures.clean()
            .addTheme(deprecated("merged", null, "funding", "funding", "funding"))
            .addTheme(deprecated("split", null, "funding", "staffing"))
            .addTheme(deprecated("twice", null, "staffing", "funding", "staffing", "funding"))
            .build();
    assertThat(run("replacedby-repeated", t))
        .allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR))
        .satisfiesExactly(
            d -> {
              assertThat(d.subject()).isEqualTo(Subject.theme(5, "merged").field("replacedBy"));
              assertThat(d.location()).isEqualTo(HERE);
              assertThat(d.message())
                  .isEqualTo(
                      "theme 'merged' names 'funding' more than once in replacedBy; list each"
                          + " replacement once (several replacements read as a split)");
            },
            d -> assertThat(d.message()).contains("'twice' names 'funding'"),
            d -> assertThat(d.message()).contains("'twice' names 'staffing'"));
  }

  @Test
  void deprecatedParent_reportedAtEachLiveChildsParent() {
    Taxonomy t =
        Fixtures.clean()
            .addTheme(deprecated("old", "capacity", "funding"))
            .addTheme(Theme.builder("live", "Live").parent("old").build())
            .addTheme(deprecated("also-old", "old", "funding"))
            .build();
    assertThat(run("deprecated-parent", t))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.subject()).isEqualTo(Subject.theme(6, "live").field("parent"));
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.location()).isEqualTo(HERE);
              assertThat(d.message())
                  .isEqualTo(
                      "theme 'live' is live but its parent 'old' is deprecated; move it under"
                          + " 'funding' (which replaces 'old'), or deprecate it too");
            });
  }

  @Test
  void deprecatedMapping_reportedAtEachRowsTheme() {
    Taxonomy t =
        Fixtures.clean()
            .addTheme(deprecated("old", null))
            .addMapping(Mapping.of("old", "fw", "lead", Relation.CLOSE))
            .addMapping(Mapping.of("old", "fw", "pd", Relation.CLOSE))
            .build();
    assertThat(run("deprecated-mapping", t))
        .allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING))
        .extracting(Diagnostic::subject)
        .containsExactly(Subject.mapping(5).field("theme"), Subject.mapping(6).field("theme"));
    assertThat(run("deprecated-mapping", t).get(0).message())
        .isEqualTo(
            "crosswalk row 6 maps deprecated theme 'old' to area fw/lead; map a live theme"
                + " instead, or remove the row");
  }

  @Test
  void deprecation_doneRight_isSilent_andNotUnmapped() {
    Taxonomy t =
        Fixtures.clean()
            .addTheme(
                deprecated("old", "capacity", "funding").toBuilder()
                    .definition("Merged into funding.")
                    .evidence(Evidence.of("fg-2017", null))
                    .build())
            .build();
    assertThat(Validator.standard().validate(t).diagnostics()).isEmpty();
  }

  @Test
  void unmappedTheme_reportedUnlessADescendantMaps() {
    Taxonomy t =
        Fixtures.clean()
            .addTheme(Fixtures.theme("group", "Group", null, "fg-2017"))
            .addTheme(Fixtures.theme("leaf", "Leaf", "group", "fg-2017"))
            .addTheme(Fixtures.theme("mapped-leaf", "Mapped leaf", "group", "fg-2017"))
            .addTheme(Fixtures.theme("lonely", "Lonely", null, "fg-2017"))
            .addMapping(Mapping.of("mapped-leaf", "fw", "lead", Relation.CLOSE))
            .build();
    assertThat(run("unmapped-theme", t))
        .extracting(Diagnostic::subject)
        .containsExactly(Subject.theme(6, "leaf"), Subject.theme(8, "lonely"));
  }

  @Test
  void unmappedArea_reportsTheArea() {
    Taxonomy t =
        Fixtures.clean()
            .addFramework(Framework.of("other", "Other", List.of(Area.of("gap", "The gap"))))
            .build();
    assertThat(run("unmapped-area", t))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.subject()).isEqualTo(Subject.area(1, 0, new AreaRef("other", "gap")));
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.location()).isEqualTo(HERE);
            });
  }

  @Test
  void similarLabels_foldedEqual_andNearlyEqual_reported() {
    Taxonomy t =
        Fixtures.clean()
            .addTheme(Fixtures.theme("dup", "  sustainable   FUNDING", null, "fg-2017"))
            .addTheme(Fixtures.theme("amp", "Partnering & agencies", null, "fg-2017"))
            .addTheme(Fixtures.theme("amp2", "Partnering and agencies", null, "fg-2017"))
            .addTheme(Fixtures.theme("typo", "Partnering with agences", null, "fg-2017"))
            .addTheme(Fixtures.theme("dash", "Chapter 70 formula\u2013updates", null, "fg-2017"))
            .addTheme(Fixtures.theme("grade3", "Grade 3 reading support", null, "fg-2017"))
            .addTheme(Fixtures.theme("grade4", "Grade 4 reading support", null, "fg-2017"))
            .build();
    List<Diagnostic> found = run("similar-labels", t);
    assertThat(found)
        .extracting(d -> d.subject().key())
        .containsExactlyInAnyOrder("dup", "amp2", "typo", "dash");
    assertThat(found)
        .filteredOn(d -> d.subject().key().equals("typo"))
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("nearly the same", "'partnering'"));
  }

  @Test
  void similarLabels_aRenameOnRecord_notReportedButAThirdThemeIs() {
    Taxonomy t =
        Fixtures.clean()
            .addTheme(Fixtures.theme("rural-capacity", "Regional differences", null, "fg-2017"))
            .addTheme(
                Theme.builder("regional-differences", "Regional differences")
                    .deprecated(true)
                    .replacedBy("rural-capacity")
                    .build())
            .addTheme(Fixtures.theme("regional", "Regional  differences", null, "fg-2017"))
            .build();
    // Each theme of an equal group is reported against the group's first one, here
    // rural-capacity; the deprecated theme it replaces is left out.
    assertThat(run("similar-labels", t))
        .extracting(Diagnostic::message)
        .containsExactly(
            "theme 'regional' has the same label as theme 'rural-capacity' ('Regional  differences'"
                + " and 'Regional differences'); merge them, or make the labels say how they"
                + " differ");
  }

  @Test
  void similarLabels_aDifferentFirstWord_isFoundByTheReversedSort() {
    Taxonomy t =
        Fixtures.clean()
            .addTheme(Fixtures.theme("x1", "Xanadu school nurse staffing", null, "fg-2017"))
            .addTheme(Fixtures.theme("x2", "Zanadu school nurse staffing", null, "fg-2017"))
            .build();
    assertThat(run("similar-labels", t)).hasSize(1);
  }

  @Test
  void altLabelClash_ownLabelAndOtherThemesLabel() {
    Taxonomy t =
        Fixtures.clean()
            .addTheme(
                Theme.builder("alt", "Alt theme")
                    .altLabels("ALT THEME", "Sustainable funding", "fine")
                    .build())
            .build();
    assertThat(run("altlabel-clash", t))
        .extracting(Diagnostic::message)
        .satisfiesExactly(
            m -> assertThat(m).contains("its own label"),
            m -> assertThat(m).contains("label of theme 'funding'"));
  }

  @Test
  void uncleanLabel_spacesAndControlCharacters() {
    Taxonomy t =
        Fixtures.clean()
            .addTheme(Fixtures.theme("lead", " Leading space", null, "fg-2017"))
            .addTheme(Fixtures.theme("double", "Double  space", null, "fg-2017"))
            .addTheme(Fixtures.theme("ctl", "Tab\there", null, "fg-2017"))
            .addTheme(Theme.builder("alt", "Fine").altLabels("bad\nalt").build())
            .build();
    List<Diagnostic> found = run("unclean-label", t);
    assertThat(found)
        .extracting(d -> d.subject().key() + "/" + d.subject().field())
        .containsExactlyInAnyOrder("lead/label", "double/label", "ctl/label", "alt/altLabels");
    assertThat(found).anySatisfy(d -> assertThat(d.message()).contains("'Tab\\there'"));
    assertThat(found)
        .extracting(Diagnostic::message)
        .containsExactlyInAnyOrder(
            "theme 'lead' has label ' Leading space' with a space at the start or end; remove it",
            "theme 'double' has label 'Double  space' with repeated spaces; remove it",
            "theme 'ctl' has label 'Tab\\there' with a control character (a tab, line break or"
                + " similar); remove it",
            "theme 'alt' has alternative label 'bad\\nalt' with a control character (a tab, line"
                + " break or similar); remove it");
  }

  @Test
  void formulaCell_anyTextField() {
    Taxonomy t =
        Fixtures.clean()
            .addTheme(
                Theme.builder("f", "=HYPERLINK(\"x\")").definition("@risk").notes("fine").build())
            .addMapping(new Mapping("f", "fw", "lead", Relation.CLOSE, null, "+1 from the group"))
            .build();
    assertThat(run("formula-cell", t))
        .extracting(d -> d.subject().field())
        .containsExactlyInAnyOrder("label", "definition", "rationale");
  }

  @Test
  void formulaCell_everyTextFieldOfEveryElement_reportedWithSubjectAndText() {
    Taxonomy t =
        Fixtures.clean()
            .title("=title")
            .description("+description")
            .version("-1")
            .addSource(
                new Source(
                    "memo", "@memo", SourceKind.DOCUMENT, null, "=who", 2, "=where", "=url", "=n"))
            .addFramework(
                new Framework(
                    "fw2",
                    "=fw2",
                    "=v",
                    "=about",
                    "=link",
                    com.google.common.collect.ImmutableList.of(
                        new Area("a", "=area", "=area about"))))
            .addTheme(
                Theme.builder("f", "\tlabel")
                    .definition("\rdef")
                    .altLabels("fine", "=alt")
                    .notes("=note")
                    .evidence(new Evidence("memo", "=where in", "=said", "=noted"))
                    .build())
            .addMapping(new Mapping("f", "fw2", "a", Relation.CLOSE, null, "=why"))
            .build();
    Subject source = Subject.source(2, "memo");
    Subject framework = Subject.framework(1, "fw2");
    Subject area = Subject.area(1, 0, new AreaRef("fw2", "a"));
    Subject theme = Subject.theme(5, "f");
    Subject evidence = Subject.evidence(5, 0, "f");

    List<Diagnostic> found = run("formula-cell", t);

    assertThat(found)
        .extracting(Diagnostic::subject)
        .containsExactlyInAnyOrder(
            Subject.taxonomy("title"),
            Subject.taxonomy("description"),
            Subject.taxonomy("version"),
            source.field("title"),
            source.field("participants"),
            source.field("location"),
            source.field("url"),
            source.field("notes"),
            framework.field("title"),
            framework.field("version"),
            framework.field("description"),
            framework.field("url"),
            area.field("label"),
            area.field("description"),
            theme.field("label"),
            theme.field("definition"),
            theme.field("altLabels"),
            theme.field("notes"),
            evidence.field("locator"),
            evidence.field("excerpt"),
            evidence.field("note"),
            Subject.mapping(5).field("rationale"));
    assertThat(found).allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING));
    assertThat(found)
        .filteredOn(d -> d.subject().equals(theme.field("label")))
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.message())
                    .isEqualTo(
                        "theme 'f' (label) starts with '\\t', so a spreadsheet would run"
                            + " '\\tlabel' as a formula; reword it, or start it with another"
                            + " character"));
    assertThat(found)
        .filteredOn(d -> d.subject().equals(source.field("url")))
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.message())
                    .startsWith(
                        "source 'memo' (url) starts with '=', so a spreadsheet would run"
                            + " '=url' as a formula"));
  }

  @Test
  void uncitedSource_reported() {
    Taxonomy t = Fixtures.clean().addSource(Source.of("memo", "Memo", SourceKind.DOCUMENT)).build();
    assertThat(run("uncited-source", t))
        .singleElement()
        .satisfies(d -> assertThat(d.subject()).isEqualTo(Subject.source(2, "memo")));
  }

  @Test
  void missingEvidenceAndDefinition_areInfo() {
    Taxonomy t = Fixtures.clean().addTheme(Theme.builder("bare", "Bare theme").build()).build();
    assertThat(run("missing-evidence", t))
        .singleElement()
        .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.INFO));
    assertThat(run("missing-definition", t))
        .singleElement()
        .satisfies(d -> assertThat(d.subject()).isEqualTo(Subject.theme(5, "bare")));
  }

  @Test
  void validator_rulesCanBeSwitchedOff_andThresholdsPicked() {
    Taxonomy t = Fixtures.clean().addTheme(Theme.builder("bare", "Bare theme").build()).build();
    Report all = Validator.standard().validate(t);
    assertThat(all.count(Severity.WARNING)).isEqualTo(1); // unmapped-theme
    assertThat(all.count(Severity.INFO)).isEqualTo(2);
    assertThat(all.fails(Severity.ERROR)).isFalse();
    assertThat(all.fails(Severity.WARNING)).isTrue();
    Report quiet =
        Validator.standard()
            .without(Set.of("unmapped-theme", "missing-evidence", "missing-definition"))
            .validate(t);
    assertThat(quiet.diagnostics()).isEmpty();
    assertThatThrownBy(() -> Validator.standard().without(Set.of("no-such-rule")))
        .hasMessageContaining("'no-such-rule'");
    assertThatThrownBy(() -> all.throwIfFails(Severity.WARNING))
        .isInstanceOfSatisfying(
            TaxonomyException.class, e -> assertThat(e.diagnostics()).hasSize(1));
  }

  @Test
  void ruleIds_areUniqueKebabCase() {
    List<String> ids =
        java.util.stream.Stream.concat(
                rules().stream().map(r -> r.info().id()),
                StructuralRules.ALL.stream().map(RuleInfo::id))
            .toList();
    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
  }
}
