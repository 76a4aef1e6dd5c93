package org.themetaxonomy.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.themetaxonomy.core.testing.RandomTaxonomies;

/** The indexed queries against a plain reference computation, on seeded random forests. */
class QueriesRandomTest {

  @ParameterizedTest(name = "seed {0}, {1} themes")
  @CsvSource({"1, 10", "2, 200", "3, 5000"})
  void queries_matchReferenceComputation(long seed, int size) {
    checkAgainstReference(seed, size);
  }

  @Test
  @Tag("slow")
  void queries_100000Themes_matchReferenceComputation() {
    checkAgainstReference(4, 100_000);
  }

  private static void checkAgainstReference(long seed, int size) {
    Taxonomy t = RandomTaxonomies.generate(seed, size);
    // The reference: parent links only, everything else recomputed naively.
    Map<String, String> parentOf = new HashMap<>();
    Map<String, List<String>> childrenOf = new HashMap<>();
    for (Theme theme : t.themes()) {
      parentOf.put(theme.id(), theme.parent());
      childrenOf.computeIfAbsent(theme.id(), k -> new ArrayList<>());
      if (theme.parent() != null) {
        childrenOf.computeIfAbsent(theme.parent(), k -> new ArrayList<>()).add(theme.id());
      }
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int probe = 0; probe < 300; probe++) {
      String id = t.themes().get(random.nextInt(size)).id();
      assertThat(ids(t.children(id))).isEqualTo(childrenOf.get(id));
      List<String> ancestors = new ArrayList<>();
      for (String p = parentOf.get(id); p != null; p = parentOf.get(p)) {
        ancestors.add(p);
      }
      assertThat(ids(t.ancestors(id))).isEqualTo(ancestors);
      assertThat(t.depth(id)).isEqualTo(ancestors.size());
      List<String> descendants = new ArrayList<>();
      Deque<String> stack = new ArrayDeque<>();
      stack.push(id);
      while (!stack.isEmpty()) {
        String d = stack.pop();
        if (!d.equals(id)) {
          descendants.add(d);
        }
        List<String> kids = childrenOf.get(d);
        for (int k = kids.size() - 1; k >= 0; k--) {
          stack.push(kids.get(k));
        }
      }
      assertThat(ids(t.descendants(id))).isEqualTo(descendants);
      Set<AreaRef> direct = new LinkedHashSet<>();
      for (Mapping m : t.crosswalk()) {
        if (m.theme().equals(id)) {
          direct.add(m.areaRef());
        }
      }
      assertThat(t.areasOf(id)).isEqualTo(ImmutableSet.copyOf(direct));
    }
    AreaRef area = t.crosswalk().get(random.nextInt(t.crosswalk().size())).areaRef();
    Set<String> expected = new LinkedHashSet<>();
    for (Mapping m : t.crosswalk()) {
      if (m.areaRef().equals(area)) {
        expected.add(m.theme());
      }
    }
    assertThat(ids(t.themesOf(area))).containsExactlyElementsOf(expected);
    // Unmapped themes and one framework's coverage: mark each mapped theme and its ancestors.
    String framework = t.frameworks().get(0).id();
    Set<String> reachedAny = new HashSet<>();
    Set<String> reachedOne = new HashSet<>();
    for (Mapping m : t.crosswalk()) {
      for (String p = m.theme(); p != null; p = parentOf.get(p)) {
        reachedAny.add(p);
        if (m.framework().equals(framework)) {
          reachedOne.add(p);
        }
      }
    }
    assertThat(ids(t.unmappedThemes()))
        .containsExactlyElementsOf(
            t.themes().stream().map(Theme::id).filter(x -> !reachedAny.contains(x)).toList());
    assertThat(ids(t.coverage(framework).unmappedThemes()))
        .containsExactlyElementsOf(
            t.themes().stream().map(Theme::id).filter(x -> !reachedOne.contains(x)).toList());
    assertThat(ids(t.roots()))
        .containsExactlyElementsOf(
            t.themes().stream().filter(x -> x.parent() == null).map(Theme::id).toList());
  }

  private static List<String> ids(List<Theme> themes) {
    return themes.stream().map(Theme::id).toList();
  }
}
