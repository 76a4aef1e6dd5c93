package org.themetaxonomy.core.summary;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.themetaxonomy.core.Evidence;
import org.themetaxonomy.core.Source;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;

/**
 * What each source backs, and the themes nothing backs.
 *
 * @param evidencePerSource each source id, in model order, with its pieces of evidence
 * @param themesPerSource each source id, in model order, with the themes it backs, each once, in
 *     model order
 * @param themesWithoutEvidence the themes with no evidence, in model order
 */
public record SourceUse(
    ImmutableMap<String, Integer> evidencePerSource,
    ImmutableMap<String, ImmutableList<Theme>> themesPerSource,
    ImmutableList<Theme> themesWithoutEvidence) {

  /**
   * Copies the collections.
   *
   * @param evidencePerSource each source id, in model order, with its pieces of evidence
   * @param themesPerSource each source id, in model order, with the themes it backs, each once, in
   *     model order
   * @param themesWithoutEvidence the themes with no evidence, in model order
   */
  public SourceUse {
    evidencePerSource = ImmutableMap.copyOf(evidencePerSource);
    themesPerSource = ImmutableMap.copyOf(themesPerSource);
    themesWithoutEvidence = ImmutableList.copyOf(themesWithoutEvidence);
  }

  /**
   * Computes the use of every source.
   *
   * @param t the taxonomy
   * @return the use
   */
  public static SourceUse of(Taxonomy t) {
    Map<String, Integer> evidence = new LinkedHashMap<>();
    Map<String, List<Theme>> themes = new LinkedHashMap<>();
    for (Source s : t.sources()) {
      evidence.put(s.id(), 0);
      themes.put(s.id(), new ArrayList<>());
    }
    ImmutableList.Builder<Theme> without = ImmutableList.builder();
    for (Theme th : t.themes()) {
      if (th.evidence().isEmpty()) {
        without.add(th);
      }
      for (Evidence e : th.evidence()) {
        evidence.merge(e.source(), 1, Integer::sum);
        List<Theme> backed = themes.computeIfAbsent(e.source(), k -> new ArrayList<>());
        // A theme citing one source twice is listed once: its evidence is consecutive.
        if (backed.isEmpty() || backed.get(backed.size() - 1) != th) {
          backed.add(th);
        }
      }
    }
    ImmutableMap.Builder<String, ImmutableList<Theme>> frozen = ImmutableMap.builder();
    themes.forEach((k, v) -> frozen.put(k, ImmutableList.copyOf(v)));
    return new SourceUse(ImmutableMap.copyOf(evidence), frozen.build(), without.build());
  }
}
