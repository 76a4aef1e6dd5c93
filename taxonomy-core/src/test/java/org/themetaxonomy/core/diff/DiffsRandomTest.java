package org.themetaxonomy.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.themetaxonomy.core.Mapping;
import org.themetaxonomy.core.Relation;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.core.testing.RandomTaxonomies;

/** Random taxonomies with a known set of seeded edits: the diff finds exactly those edits. */
class DiffsRandomTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 2019})
  void compare_seededEdits_exactlyThoseChanges(long seed) {
    Taxonomy old = RandomTaxonomies.generate(seed, 3000);
    SplittableRandom random = new SplittableRandom(seed * 31 + 7);
    Map<ChangeKind, List<Change>> expected = new EnumMap<>(ChangeKind.class);
    for (ChangeKind k : ChangeKind.values()) {
      expected.put(k, new ArrayList<>());
    }
    Taxonomy.Builder b =
        Taxonomy.builder(old.id(), old.title())
            .version("2")
            .description(old.description().orElse(null))
            .addSources(old.sources())
            .addFrameworks(old.frameworks());
    expected
        .get(ChangeKind.METADATA_CHANGED)
        .add(new Change.MetadataChanged(null, "version", "1", "2"));
    Set<String> removed = new HashSet<>();
    String lastKept = null;
    for (Theme t : old.themes()) {
      int roll = random.nextInt(100);
      if (roll < 2 && old.children(t.id()).isEmpty()) {
        removed.add(t.id());
        expected.get(ChangeKind.THEME_REMOVED).add(new Change.ThemeRemoved(t.id(), t.label()));
        for (Mapping m : old.mappingsOf(t.id())) {
          expected.get(ChangeKind.MAPPING_REMOVED).add(new Change.MappingRemoved(m));
        }
        continue;
      }
      Theme n = t;
      if (roll >= 2 && roll < 4) {
        n = t.toBuilder().label(t.label() + " (revised)").build();
        expected
            .get(ChangeKind.THEME_RELABELED)
            .add(new Change.ThemeRelabeled(t.id(), t.label(), n.label()));
      } else if (roll >= 4 && roll < 6) {
        n = t.toBuilder().definition("Rewritten: " + t.definition()).build();
        expected
            .get(ChangeKind.DEFINITION_CHANGED)
            .add(new Change.DefinitionChanged(t.id(), t.label(), t.definition(), n.definition()));
      } else if (roll >= 6 && roll < 7 && lastKept != null) {
        n = t.toBuilder().deprecated(true).replacedBy(lastKept).build();
        expected
            .get(ChangeKind.THEME_MERGED)
            .add(new Change.ThemeMerged(t.id(), t.label(), ImmutableList.of(lastKept)));
      } else if (roll >= 7 && roll < 12) {
        // order inside lists: no change
        Theme.Builder r =
            Theme.builder(t.id(), t.label()).parent(t.parent()).definition(t.definition());
        r.altLabels(t.altLabels().reverse().toArray(new String[0]));
        r.evidence(t.evidence().reverse());
        n = r.build();
      } else {
        lastKept = t.id();
      }
      b.addTheme(n);
    }
    for (Mapping m : old.crosswalk()) {
      if (removed.contains(m.theme())) {
        continue;
      }
      if (random.nextInt(50) == 0) {
        Relation other = m.relation() == Relation.EXACT ? Relation.CLOSE : Relation.EXACT;
        b.addMapping(
            new Mapping(m.theme(), m.framework(), m.area(), other, m.confidence(), m.rationale()));
        expected
            .get(ChangeKind.MAPPING_CHANGED)
            .add(
                new Change.MappingChanged(
                    m.theme(),
                    m.framework(),
                    m.area(),
                    "relation",
                    m.relation().code(),
                    other.code()));
      } else {
        b.addMapping(m);
      }
    }
    for (int i = 0; i < 30; i++) {
      Theme added =
          Theme.builder("added-" + i, "A new theme number " + i)
              .parent(i % 2 == 0 ? null : "t0")
              .build();
      b.addTheme(added);
      expected
          .get(ChangeKind.THEME_ADDED)
          .add(new Change.ThemeAdded(added.id(), added.label(), added.parent()));
      Mapping row = Mapping.of(added.id(), "fw0", "a0", Relation.RELATED);
      b.addMapping(row);
      expected.get(ChangeKind.MAPPING_ADDED).add(new Change.MappingAdded(row));
    }
    Taxonomy neu = b.build();

    TaxonomyDiff d = Diffs.compare(old, neu);

    List<Change> all = new ArrayList<>();
    expected.values().forEach(all::addAll);
    assertThat(d.changes()).containsExactlyElementsOf(all);
    for (ChangeKind k : ChangeKind.values()) {
      assertThat(d.summary().getOrDefault(k, 0)).as(k.code()).isEqualTo(expected.get(k).size());
    }
    assertThat(d.breaking()).isEqualTo(!removed.isEmpty());
    assertThat(expected.get(ChangeKind.THEME_REMOVED)).isNotEmpty();
    assertThat(expected.get(ChangeKind.THEME_MERGED)).isNotEmpty();
    assertThat(Diffs.compare(neu, neu).changes()).isEmpty();
    assertThat(Diffs.compare(old, RandomTaxonomies.generate(seed, 3000)).changes()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(longs = {5, 6})
  void compare_hostileTextIdentical_noChanges(long seed) {
    assertThat(
            Diffs.compare(RandomTaxonomies.hostile(seed, 500), RandomTaxonomies.hostile(seed, 500))
                .changes())
        .isEmpty();
  }
}
