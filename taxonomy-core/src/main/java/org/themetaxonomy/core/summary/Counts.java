package org.themetaxonomy.core.summary;

import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;

/**
 * The sizes of a taxonomy.
 *
 * @param themes the themes
 * @param topLevelThemes the themes with no parent
 * @param maxDepth the depth of the deepest theme (0 for top-level themes only, 0 when empty)
 * @param sources the sources
 * @param frameworks the frameworks
 * @param areas the areas of all frameworks
 * @param crosswalkRows the crosswalk rows
 * @param evidence the pieces of evidence of all themes
 * @param themesWithoutEvidence the themes with no evidence
 * @param themesWithoutDefinition the themes with no definition
 */
public record Counts(
    int themes,
    int topLevelThemes,
    int maxDepth,
    int sources,
    int frameworks,
    int areas,
    int crosswalkRows,
    long evidence,
    int themesWithoutEvidence,
    int themesWithoutDefinition) {

  /**
   * Checks that no count is negative.
   *
   * @param themes how many themes there are
   * @param topLevelThemes how many themes have no parent
   * @param maxDepth the depth of the deepest theme (0 for top-level themes only, 0 when empty)
   * @param sources how many sources there are
   * @param frameworks how many frameworks there are
   * @param areas how many areas all frameworks have together
   * @param crosswalkRows how many crosswalk rows there are
   * @param evidence how many pieces of evidence all themes have together
   * @param themesWithoutEvidence how many themes have no evidence
   * @param themesWithoutDefinition how many themes have no definition
   * @throws IllegalArgumentException if any count is negative
   */
  public Counts {
    if (themes < 0
        || topLevelThemes < 0
        || maxDepth < 0
        || sources < 0
        || frameworks < 0
        || areas < 0
        || crosswalkRows < 0
        || evidence < 0
        || themesWithoutEvidence < 0
        || themesWithoutDefinition < 0) {
      throw new IllegalArgumentException("a negative count");
    }
  }

  /**
   * Counts a taxonomy.
   *
   * @param t the taxonomy
   * @return its counts
   */
  public static Counts of(Taxonomy t) {
    long evidence = 0;
    int withoutEvidence = 0;
    int withoutDefinition = 0;
    for (Theme th : t.themes()) {
      evidence += th.evidence().size();
      if (th.evidence().isEmpty()) {
        withoutEvidence++;
      }
      if (th.definition() == null) {
        withoutDefinition++;
      }
    }
    int areas = 0;
    for (Framework f : t.frameworks()) {
      areas += f.areas().size();
    }
    return new Counts(
        t.themes().size(),
        t.roots().size(),
        Math.max(t.maxDepth(), 0),
        t.sources().size(),
        t.frameworks().size(),
        areas,
        t.crosswalk().size(),
        evidence,
        withoutEvidence,
        withoutDefinition);
  }
}
