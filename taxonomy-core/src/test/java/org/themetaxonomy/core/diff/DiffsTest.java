package org.themetaxonomy.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumSet;
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
import org.themetaxonomy.core.diff.Change.AltLabelsChanged;
import org.themetaxonomy.core.diff.Change.AreaAdded;
import org.themetaxonomy.core.diff.Change.AreaChanged;
import org.themetaxonomy.core.diff.Change.AreaRelabeled;
import org.themetaxonomy.core.diff.Change.AreaRemoved;
import org.themetaxonomy.core.diff.Change.DefinitionChanged;
import org.themetaxonomy.core.diff.Change.EvidenceChanged;
import org.themetaxonomy.core.diff.Change.FrameworkAdded;
import org.themetaxonomy.core.diff.Change.FrameworkRemoved;
import org.themetaxonomy.core.diff.Change.MappingAdded;
import org.themetaxonomy.core.diff.Change.MappingChanged;
import org.themetaxonomy.core.diff.Change.MappingRemoved;
import org.themetaxonomy.core.diff.Change.MetadataChanged;
import org.themetaxonomy.core.diff.Change.PossibleRename;
import org.themetaxonomy.core.diff.Change.SourceAdded;
import org.themetaxonomy.core.diff.Change.SourceChanged;
import org.themetaxonomy.core.diff.Change.SourceRemoved;
import org.themetaxonomy.core.diff.Change.ThemeAdded;
import org.themetaxonomy.core.diff.Change.ThemeChanged;
import org.themetaxonomy.core.diff.Change.ThemeDeprecated;
import org.themetaxonomy.core.diff.Change.ThemeMerged;
import org.themetaxonomy.core.diff.Change.ThemeMoved;
import org.themetaxonomy.core.diff.Change.ThemeRelabeled;
import org.themetaxonomy.core.diff.Change.ThemeRemoved;
import org.themetaxonomy.core.diff.Change.ThemeSplit;

class DiffsTest {

  /**
   * The old version.
   *
   * <pre>
   * capacity            -> fw/lead (broad)
   *   funding           -> fw/access (close)
   *     chapter-70      -> fw/policy (narrow)
   *   staffing          -> fw/pd (related)
   * partnering          -> fw/family (exact)
   * </pre>
   */
  static Taxonomy.Builder base() {
    return Taxonomy.builder("demo", "Demo taxonomy")
        .version("2017")
        .addSource(Source.of("fg-2017", "Summer focus group", SourceKind.FOCUS_GROUP))
        .addSource(Source.of("mtg-2019", "Executive committee meeting", SourceKind.MEETING))
        .addFramework(
            Framework.of(
                "fw",
                "Framework",
                List.of(
                    Area.of("lead", "Leadership"),
                    Area.of("pd", "Professional development"),
                    Area.of("access", "Access to resources"),
                    Area.of("policy", "Policies and protocols"),
                    Area.of("family", "Collaboration with families"))))
        .addTheme(theme("capacity", "Building capacity", null, "fg-2017"))
        .addTheme(theme("funding", "Sustainable funding", "capacity", "fg-2017"))
        .addTheme(theme("chapter-70", "Chapter 70 formula updates", "funding", "mtg-2019"))
        .addTheme(theme("staffing", "Staff positions", "capacity", "fg-2017"))
        .addTheme(theme("partnering", "Partnering with agencies", null, "mtg-2019"))
        .addMapping(Mapping.of("capacity", "fw", "lead", Relation.BROAD))
        .addMapping(Mapping.of("funding", "fw", "access", Relation.CLOSE))
        .addMapping(Mapping.of("chapter-70", "fw", "policy", Relation.NARROW))
        .addMapping(Mapping.of("staffing", "fw", "pd", Relation.RELATED))
        .addMapping(Mapping.of("partnering", "fw", "family", Relation.EXACT));
  }

  static Theme theme(String id, String label, String parent, String source) {
    return Theme.builder(id, label)
        .parent(parent)
        .definition("What " + label.toLowerCase(java.util.Locale.ROOT) + " covers.")
        .evidence(Evidence.of(source, "Key themes"))
        .build();
  }

  /** Replaces one theme of a taxonomy, keeping its place. */
  static Taxonomy replace(Taxonomy t, Theme changed) {
    return Taxonomy.builder(t.id(), t.title())
        .version(t.version().orElse(null))
        .addSources(t.sources())
        .addFrameworks(t.frameworks())
        .addThemes(t.themes().stream().map(x -> x.id().equals(changed.id()) ? changed : x).toList())
        .addMappings(t.crosswalk())
        .build();
  }

  private static Theme themeOf(Taxonomy t, String id) {
    return t.theme(id).orElseThrow();
  }

  @Test
  void compare_identicalTaxonomies_noChanges() {
    TaxonomyDiff d = Diffs.compare(base().build(), base().build());
    assertThat(d.changes()).isEmpty();
    assertThat(d.isEmpty()).isTrue();
    assertThat(d.breaking()).isFalse();
    assertThat(d.summary()).isEmpty();
    assertThat(d.from()).isEqualTo(new TaxonomyDiff.Side("demo", "2017"));
  }

  @Test
  void compare_orderInsideListsChanged_noChanges() {
    Taxonomy old =
        replace(
            base().build(),
            themeOf(base().build(), "funding").toBuilder()
                .altLabels("money", "budget")
                .evidence(Evidence.of("mtg-2019", "Budget"))
                .build());
    Theme f = themeOf(old, "funding");
    Theme.Builder b =
        Theme.builder("funding", f.label()).parent(f.parent()).definition(f.definition());
    b.altLabels("budget", "money");
    b.evidence(f.evidence().reverse());
    assertThat(b.build()).isNotEqualTo(f);
    assertThat(Diffs.compare(old, replace(old, b.build())).changes()).isEmpty();
  }

  @Test
  void compare_everyThemeFieldEdited_oneChangeEachInKindOrder() {
    Taxonomy old = base().build();
    Theme staffing = themeOf(old, "staffing");
    Theme edited =
        staffing.toBuilder()
            .label("Staffing and positions")
            .parent("funding")
            .definition("New words.")
            .altLabels("hiring")
            .evidence(Evidence.of("mtg-2019", "Staffing"))
            .notes("a note")
            .color("#112233")
            .codable(false)
            .build();
    TaxonomyDiff d = Diffs.compare(old, replace(old, edited));
    assertThat(d.changes())
        .containsExactly(
            new ThemeRelabeled("staffing", "Staff positions", "Staffing and positions"),
            new ThemeMoved("staffing", "Staffing and positions", "capacity", "funding"),
            new DefinitionChanged(
                "staffing", "Staffing and positions", staffing.definition(), "New words."),
            new AltLabelsChanged(
                "staffing",
                "Staffing and positions",
                ImmutableList.of("hiring"),
                ImmutableList.of()),
            new EvidenceChanged(
                "staffing",
                "Staffing and positions",
                ImmutableList.of(Evidence.of("mtg-2019", "Staffing")),
                ImmutableList.of()),
            new ThemeChanged("staffing", "Staffing and positions", "notes", null, "a note"),
            new ThemeChanged("staffing", "Staffing and positions", "color", null, "#112233"),
            new ThemeChanged("staffing", "Staffing and positions", "codable", "true", "false"));
    assertThat(d.breaking()).isFalse();
    assertThat(d.summary())
        .containsExactly(
            entry(ChangeKind.THEME_RELABELED, 1),
            entry(ChangeKind.THEME_MOVED, 1),
            entry(ChangeKind.DEFINITION_CHANGED, 1),
            entry(ChangeKind.ALT_LABELS_CHANGED, 1),
            entry(ChangeKind.EVIDENCE_CHANGED, 1),
            entry(ChangeKind.THEME_CHANGED, 3));
  }

  @Test
  void compare_themeMovedToTopLevel_nullNewParent() {
    Taxonomy old = base().build();
    Theme moved = themeOf(old, "staffing").toBuilder().parent(null).build();
    assertThat(Diffs.compare(old, replace(old, moved)).changes())
        .containsExactly(new ThemeMoved("staffing", "Staff positions", "capacity", null));
  }

  @Test
  void compare_themeRemovedWithItsRow_removedAndMappingRemovedBreaking() {
    Taxonomy old = base().build();
    Taxonomy neu =
        Taxonomy.builder("demo", "Demo taxonomy")
            .version("2017")
            .addSources(old.sources())
            .addFrameworks(old.frameworks())
            .addThemes(old.themes().stream().filter(t -> !t.id().equals("staffing")).toList())
            .addMappings(
                old.crosswalk().stream().filter(m -> !m.theme().equals("staffing")).toList())
            .build();
    TaxonomyDiff d = Diffs.compare(old, neu);
    assertThat(d.changes())
        .containsExactly(
            new ThemeRemoved("staffing", "Staff positions"),
            new MappingRemoved(Mapping.of("staffing", "fw", "pd", Relation.RELATED)));
    assertThat(d.breaking()).isTrue();
    assertThat(d.changes().get(0).breaking()).isTrue();
    assertThat(d.changes().get(1).breaking()).isFalse();
    // and the other way round: added, not breaking
    TaxonomyDiff back = Diffs.compare(neu, old);
    assertThat(back.changes())
        .containsExactly(
            new ThemeAdded("staffing", "Staff positions", "capacity"),
            new MappingAdded(Mapping.of("staffing", "fw", "pd", Relation.RELATED)));
    assertThat(back.breaking()).isFalse();
  }

  @Test
  void compare_themeMergedIntoExisting_oneMergeNoThemeChanged() {
    Taxonomy old = base().build();
    Theme merged =
        themeOf(old, "staffing").toBuilder().deprecated(true).replacedBy("funding").build();
    TaxonomyDiff d = Diffs.compare(old, replace(old, merged));
    assertThat(d.changes())
        .containsExactly(
            new ThemeMerged("staffing", "Staff positions", ImmutableList.of("funding")));
    assertThat(d.breaking()).isFalse();
  }

  @Test
  void compare_themeSplitInTwo_oneSplit() {
    Taxonomy old = base().build();
    Taxonomy withNew =
        old.toBuilder()
            .addTheme(theme("hiring", "Hiring", "capacity", "fg-2017"))
            .addTheme(theme("retention", "Retention", "capacity", "fg-2017"))
            .build();
    Theme split =
        themeOf(old, "staffing").toBuilder()
            .deprecated(true)
            .replacedBy("hiring", "retention")
            .build();
    TaxonomyDiff d = Diffs.compare(old, replace(withNew, split));
    assertThat(d.changes())
        .containsExactly(
            new ThemeAdded("hiring", "Hiring", "capacity"),
            new ThemeAdded("retention", "Retention", "capacity"),
            new ThemeSplit("staffing", "Staff positions", ImmutableList.of("hiring", "retention")));
    assertThat(d.breaking()).isFalse();
  }

  @Test
  void compare_replacedByNewTheme_deprecatedNotMerged() {
    Taxonomy old = base().build();
    Taxonomy withNew = old.toBuilder().addTheme(theme("hiring", "Hiring", null, "fg-2017")).build();
    Theme replaced =
        themeOf(old, "staffing").toBuilder().deprecated(true).replacedBy("hiring").build();
    assertThat(Diffs.compare(old, replace(withNew, replaced)).changes(ChangeKind.THEME_DEPRECATED))
        .containsExactly(
            new ThemeDeprecated("staffing", "Staff positions", ImmutableList.of("hiring")));
  }

  @Test
  void compare_deprecatedWithoutReplacement_deprecatedOnly() {
    Taxonomy old = base().build();
    Theme dep = themeOf(old, "staffing").toBuilder().deprecated(true).build();
    assertThat(Diffs.compare(old, replace(old, dep)).changes())
        .containsExactly(new ThemeDeprecated("staffing", "Staff positions", ImmutableList.of()));
  }

  @Test
  void compare_alreadyDeprecatedSameReplacementsReordered_noChange() {
    Taxonomy base =
        base()
            .addTheme(theme("hiring", "Hiring", null, "fg-2017"))
            .addTheme(theme("retention", "Retention", null, "fg-2017"))
            .build();
    Theme staffing = themeOf(base, "staffing");
    Taxonomy old =
        replace(
            base, staffing.toBuilder().deprecated(true).replacedBy("hiring", "retention").build());
    Taxonomy neu =
        replace(
            base, staffing.toBuilder().deprecated(true).replacedBy("retention", "hiring").build());
    assertThat(Diffs.compare(old, neu).changes()).isEmpty();
    // a replacement dropped: the lineage is given again, once
    Taxonomy merged =
        replace(base, staffing.toBuilder().deprecated(true).replacedBy("hiring").build());
    assertThat(Diffs.compare(old, merged).changes())
        .containsExactly(
            new ThemeMerged("staffing", "Staff positions", ImmutableList.of("hiring")));
    // live again
    assertThat(Diffs.compare(old, base).changes())
        .containsExactly(
            new ThemeChanged("staffing", "Staff positions", "deprecated", "true", "false"));
  }

  @Test
  void compare_mappingEdited_onePerField() {
    Taxonomy old = base().build();
    Taxonomy.Builder b =
        Taxonomy.builder("demo", "Demo taxonomy")
            .version("2017")
            .addSources(old.sources())
            .addFrameworks(old.frameworks())
            .addThemes(old.themes());
    for (Mapping m : old.crosswalk()) {
      b.addMapping(
          m.theme().equals("funding")
              ? new Mapping("funding", "fw", "access", Relation.EXACT, 0.9, "agreed in review")
              : m);
    }
    b.addMapping(Mapping.of("funding", "fw", "policy", Relation.RELATED));
    TaxonomyDiff d = Diffs.compare(old, b.build());
    assertThat(d.changes())
        .containsExactly(
            new MappingAdded(Mapping.of("funding", "fw", "policy", Relation.RELATED)),
            new MappingChanged("funding", "fw", "access", "relation", "close", "exact"),
            new MappingChanged("funding", "fw", "access", "confidence", null, "0.9"),
            new MappingChanged("funding", "fw", "access", "rationale", null, "agreed in review"));
  }

  @Test
  void compare_crosswalkReordered_noChanges() {
    Taxonomy old = base().build();
    Taxonomy neu =
        Taxonomy.builder("demo", "Demo taxonomy")
            .version("2017")
            .addSources(old.sources())
            .addFrameworks(old.frameworks())
            .addThemes(old.themes())
            .addMappings(old.crosswalk().reverse())
            .build();
    assertThat(Diffs.compare(old, neu).changes()).isEmpty();
  }

  @Test
  void compare_areasAndFrameworksEdited_areaAndFrameworkChanges() {
    Taxonomy old = base().build();
    Framework fw = old.frameworks().get(0);
    Framework edited =
        new Framework(
            "fw",
            "Framework",
            "2",
            null,
            null,
            ImmutableList.of(
                Area.of("lead", "Leadership and vision"),
                new Area("pd", "Professional development", "Training for staff"),
                Area.of("access", "Access to resources"),
                Area.of("policy", "Policies and protocols"),
                Area.of("family", "Collaboration with families"),
                Area.of("climate", "School climate")));
    Framework other = Framework.of("other", "Other framework", List.of(Area.of("x", "X")));
    Taxonomy neu =
        Taxonomy.builder("demo", "Demo taxonomy")
            .version("2017")
            .addSources(old.sources())
            .addFramework(edited)
            .addFramework(other)
            .addThemes(old.themes())
            .addMappings(old.crosswalk())
            .build();
    TaxonomyDiff d = Diffs.compare(old, neu);
    assertThat(d.changes())
        .containsExactly(
            new AreaAdded("fw", "climate", "School climate"),
            new AreaRelabeled("fw", "lead", "Leadership", "Leadership and vision"),
            new AreaChanged(
                "fw", "pd", "Professional development", "description", null, "Training for staff"),
            new FrameworkAdded("other", "Other framework", 1),
            new MetadataChanged("fw", "version", null, "2"));
    assertThat(d.breaking()).isFalse();
    assertThat(fw.areas()).hasSize(5);
  }

  @Test
  void compare_mappedAreaRemoved_breaking_unmappedAreaRemoved_not() {
    Taxonomy old =
        base()
            .addFramework(
                Framework.of("spare", "Spare", List.of(Area.of("s1", "One"), Area.of("s2", "Two"))))
            .build();
    // drop the unmapped area s2 and the whole unmapped framework: nothing breaks
    Taxonomy lessUnmapped =
        base().addFramework(Framework.of("spare", "Spare", List.of(Area.of("s1", "One")))).build();
    TaxonomyDiff d = Diffs.compare(old, lessUnmapped);
    assertThat(d.changes()).containsExactly(new AreaRemoved("spare", "s2", "Two", false));
    assertThat(d.breaking()).isFalse();
    assertThat(Diffs.compare(old, base().build()).changes())
        .containsExactly(new FrameworkRemoved("spare", "Spare", 2, false));
    assertThat(Diffs.compare(old, base().build()).breaking()).isFalse();

    // drop the mapped area fw/pd with its row: breaking
    Taxonomy base = base().build();
    Framework fw = base.frameworks().get(0);
    Taxonomy noPd =
        Taxonomy.builder("demo", "Demo taxonomy")
            .version("2017")
            .addSources(base.sources())
            .addFramework(
                Framework.of(
                    "fw",
                    "Framework",
                    fw.areas().stream().filter(a -> !a.id().equals("pd")).toList()))
            .addThemes(base.themes())
            .addMappings(base.crosswalk().stream().filter(m -> !m.area().equals("pd")).toList())
            .build();
    TaxonomyDiff pd = Diffs.compare(base, noPd);
    assertThat(pd.changes())
        .containsExactly(
            new MappingRemoved(Mapping.of("staffing", "fw", "pd", Relation.RELATED)),
            new AreaRemoved("fw", "pd", "Professional development", true));
    assertThat(pd.breaking()).isTrue();
    // the whole framework, mapped: breaking
    Taxonomy noFw =
        Taxonomy.builder("demo", "Demo taxonomy")
            .version("2017")
            .addSources(base.sources())
            .addThemes(base.themes())
            .build();
    TaxonomyDiff gone = Diffs.compare(base, noFw);
    assertThat(gone.changes(ChangeKind.FRAMEWORK_REMOVED))
        .containsExactly(new FrameworkRemoved("fw", "Framework", 5, true));
    assertThat(gone.summary()).containsEntry(ChangeKind.MAPPING_REMOVED, 5);
    assertThat(gone.breaking()).isTrue();
    assertThat(gone.only(EnumSet.of(ChangeKind.Group.MAPPINGS)).breaking()).isFalse();
    assertThat(gone.only(EnumSet.of(ChangeKind.Group.MAPPINGS)).changes()).hasSize(5);
  }

  @Test
  void compare_sourcesAndMetadataEdited_onePerField() {
    Taxonomy old = base().build();
    Taxonomy neu =
        Taxonomy.builder("demo", "Demo taxonomy, 2019")
            .version("2019")
            .language("en-US")
            .addSource(
                new Source(
                    "fg-2017",
                    "Summer focus group",
                    SourceKind.FOCUS_GROUP,
                    "2017-07",
                    null,
                    12,
                    null,
                    null,
                    null))
            .addSource(Source.of("mtg-2019", "Executive committee meeting", SourceKind.MEETING))
            .addSource(Source.of("survey", "A survey", SourceKind.SURVEY))
            .addFrameworks(old.frameworks())
            .addThemes(old.themes())
            .addMappings(old.crosswalk())
            .build();
    TaxonomyDiff d = Diffs.compare(old, neu);
    assertThat(d.changes())
        .containsExactly(
            new SourceAdded("survey", "A survey"),
            new SourceChanged("fg-2017", "Summer focus group", "date", null, "2017-07"),
            new SourceChanged("fg-2017", "Summer focus group", "participantCount", null, "12"),
            new MetadataChanged(null, "title", "Demo taxonomy", "Demo taxonomy, 2019"),
            new MetadataChanged(null, "version", "2017", "2019"),
            new MetadataChanged(null, "language", "en", "en-US"));
    assertThat(d.to()).isEqualTo(new TaxonomyDiff.Side("demo", "2019"));
    assertThat(Diffs.compare(neu, old).changes(ChangeKind.SOURCE_REMOVED))
        .containsExactly(new SourceRemoved("survey", "A survey"));
  }

  @Test
  void compare_everyOtherFieldOfTaxonomyFrameworkAreaAndSourceEdited_oneChangeEach() {
    TaxonomyDiff d =
        Diffs.compare(edition("1", SourceKind.INTERVIEW), edition("2", SourceKind.SURVEY));

    assertThat(d.changes())
        .containsExactly(
            new AreaChanged("fw", "a", "Area", "uuid", uuid("1"), uuid("2")),
            new SourceChanged("s", "Source 2", "title", "Source 1", "Source 2"),
            new SourceChanged("s", "Source 2", "kind", "interview", "survey"),
            new SourceChanged("s", "Source 2", "participants", "People 1", "People 2"),
            new SourceChanged("s", "Source 2", "location", "Place 1", "Place 2"),
            new SourceChanged(
                "s", "Source 2", "url", "https://example.org/s/1", "https://example.org/s/2"),
            new SourceChanged("s", "Source 2", "notes", "Notes 1", "Notes 2"),
            new MetadataChanged(null, "id", "demo-1", "demo-2"),
            new MetadataChanged(null, "description", "About 1", "About 2"),
            new MetadataChanged(
                null, "baseUri", "https://example.org/v1/", "https://example.org/v2/"),
            new MetadataChanged(
                null, "license", "https://example.org/license/1", "https://example.org/license/2"),
            new MetadataChanged("fw", "title", "Framework 1", "Framework 2"),
            new MetadataChanged("fw", "description", "Areas 1", "Areas 2"),
            new MetadataChanged(
                "fw", "url", "https://example.org/fw/1", "https://example.org/fw/2"),
            new MetadataChanged(
                "fw", "baseUri", "https://example.org/fw1/", "https://example.org/fw2/"));
    assertThat(d.from()).isEqualTo(new TaxonomyDiff.Side("demo-1", null));
    assertThat(d.isEmpty()).isFalse();
  }

  private static String uuid(String n) {
    return "0b9e4f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5" + n;
  }

  /** One edition of a small taxonomy in which every optional text ends in {@code n}. */
  private static Taxonomy edition(String n, SourceKind kind) {
    return Taxonomy.builder("demo-" + n, "Demo")
        .description("About " + n)
        .baseUri("https://example.org/v" + n + "/")
        .license("https://example.org/license/" + n)
        .addSource(
            new Source(
                "s",
                "Source " + n,
                kind,
                null,
                "People " + n,
                null,
                "Place " + n,
                "https://example.org/s/" + n,
                "Notes " + n))
        .addFramework(
            new Framework(
                "fw",
                "Framework " + n,
                null,
                "Areas " + n,
                "https://example.org/fw/" + n,
                "https://example.org/fw" + n + "/",
                ImmutableList.of(new Area("a", "Area", null, uuid(n)))))
        .addTheme(Theme.builder("t", "Theme").evidence(Evidence.of("s", null)).build())
        .addMapping(Mapping.of("t", "fw", "a", Relation.CLOSE))
        .build();
  }

  @Test
  void compare_idChangedSameLabel_possibleRenameAfterRemovedAndAdded() {
    Taxonomy old = base().build();
    Theme renamed =
        themeOf(old, "partnering").toBuilder()
            .id("partners")
            .label("Partnering  WITH agencies")
            .build();
    Taxonomy neu =
        Taxonomy.builder("demo", "Demo taxonomy")
            .version("2017")
            .addSources(old.sources())
            .addFrameworks(old.frameworks())
            .addThemes(
                old.themes().stream().map(t -> t.id().equals("partnering") ? renamed : t).toList())
            .addMappings(
                old.crosswalk().stream()
                    .map(
                        m ->
                            m.theme().equals("partnering")
                                ? Mapping.of("partners", "fw", "family", Relation.EXACT)
                                : m)
                    .toList())
            .build();
    TaxonomyDiff d = Diffs.compare(old, neu);
    assertThat(d.changes())
        .containsExactly(
            new ThemeAdded("partners", "Partnering  WITH agencies", null),
            new ThemeRemoved("partnering", "Partnering with agencies"),
            new MappingAdded(Mapping.of("partners", "fw", "family", Relation.EXACT)),
            new MappingRemoved(Mapping.of("partnering", "fw", "family", Relation.EXACT)),
            new PossibleRename(
                "partnering",
                "Partnering with agencies",
                "partners",
                "Partnering  WITH agencies",
                "label"));
    assertThat(d.breaking()).isTrue();
    assertThat(((PossibleRename) d.changes().get(4)).hint())
        .contains("deprecated")
        .contains("replacedBy");
  }

  @Test
  void compare_idChangedSameDefinitionOtherLabel_possibleRenameByDefinition() {
    Taxonomy old = base().build();
    Theme t = themeOf(old, "partnering");
    Theme renamed = t.toBuilder().id("agencies").label("Agency partners").build();
    Taxonomy neu = rebuildWithout(old, "partnering").toBuilder().addTheme(renamed).build();
    assertThat(Diffs.compare(old, neu).changes(ChangeKind.POSSIBLE_RENAME))
        .containsExactly(
            new PossibleRename(
                "partnering", t.label(), "agencies", "Agency partners", "definition"));
  }

  @Test
  void compare_removedAndAddedUnlike_noPossibleRename() {
    Taxonomy old = base().build();
    Taxonomy neu =
        rebuildWithout(old, "partnering").toBuilder()
            .addTheme(
                Theme.builder("agencies", "Partnering with agency").definition("Other.").build())
            .build();
    assertThat(Diffs.compare(old, neu).changes(ChangeKind.POSSIBLE_RENAME)).isEmpty();
  }

  @Test
  void compare_manyRemovedAndAddedWithOneLabel_renamesBoundedPerAddedTheme() {
    Taxonomy.Builder oldB = Taxonomy.builder("demo", "Demo");
    Taxonomy.Builder newB = Taxonomy.builder("demo", "Demo");
    for (int i = 0; i < 200; i++) {
      oldB.addTheme(Theme.builder("old-" + i, "Same label").build());
      newB.addTheme(Theme.builder("new-" + i, "SAME  label").build());
    }
    TaxonomyDiff d = Diffs.compare(oldB.build(), newB.build());
    assertThat(d.summary())
        .containsEntry(ChangeKind.THEME_ADDED, 200)
        .containsEntry(ChangeKind.THEME_REMOVED, 200)
        .containsEntry(ChangeKind.POSSIBLE_RENAME, 200 * Diffs.RENAME_CANDIDATES);
    // the first candidates in the old file's order
    assertThat(d.changes(ChangeKind.POSSIBLE_RENAME).get(0))
        .isEqualTo(new PossibleRename("old-0", "Same label", "new-0", "SAME  label", "label"));
    assertThat(d.changes(ChangeKind.POSSIBLE_RENAME).get(9))
        .isEqualTo(new PossibleRename("old-9", "Same label", "new-0", "SAME  label", "label"));
  }

  @Test
  void only_someGroups_keepsThoseKindsAndTheirBreaking() {
    Taxonomy old = base().build();
    TaxonomyDiff d = Diffs.compare(old, rebuildWithout(old, "staffing"));
    assertThat(d.only(EnumSet.allOf(ChangeKind.Group.class))).isSameAs(d);
    TaxonomyDiff themes = d.only(EnumSet.of(ChangeKind.Group.THEMES));
    assertThat(themes.changes()).containsExactly(new ThemeRemoved("staffing", "Staff positions"));
    assertThat(themes.breaking()).isTrue();
    assertThat(d.only(EnumSet.of(ChangeKind.Group.SOURCES)).isEmpty()).isTrue();
    assertThat(ChangeKind.fromCode("theme-split")).contains(ChangeKind.THEME_SPLIT);
    assertThat(ChangeKind.fromCode("theme-splat")).isEmpty();
  }

  private static Taxonomy rebuildWithout(Taxonomy old, String themeId) {
    return Taxonomy.builder(old.id(), old.title())
        .version(old.version().orElse(null))
        .addSources(old.sources())
        .addFrameworks(old.frameworks())
        .addThemes(old.themes().stream().filter(t -> !t.id().equals(themeId)).toList())
        .addMappings(old.crosswalk().stream().filter(m -> !m.theme().equals(themeId)).toList())
        .build();
  }

  @Test
  void changeKinds_codesAsDesigned_inOrder() {
    assertThat(java.util.Arrays.stream(ChangeKind.values()).map(ChangeKind::code))
        .containsExactly(
            "theme-added",
            "theme-removed",
            "theme-deprecated",
            "theme-merged",
            "theme-split",
            "theme-relabeled",
            "theme-moved",
            "definition-changed",
            "alt-labels-changed",
            "evidence-changed",
            "theme-changed",
            "mapping-added",
            "mapping-removed",
            "mapping-changed",
            "area-added",
            "area-removed",
            "area-relabeled",
            "area-changed",
            "framework-added",
            "framework-removed",
            "source-added",
            "source-removed",
            "source-changed",
            "metadata-changed",
            "possible-rename");
  }

  @Test
  void taxonomyDiff_changesOutOfKindOrder_refused() {
    TaxonomyDiff.Side s = new TaxonomyDiff.Side("a", null);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                new TaxonomyDiff(
                    s,
                    s,
                    ImmutableList.of(new SourceAdded("x", "X"), new ThemeAdded("t", "T", null))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static java.util.Map.Entry<ChangeKind, Integer> entry(ChangeKind k, int n) {
    return ImmutableMap.of(k, n).entrySet().iterator().next();
  }
}
