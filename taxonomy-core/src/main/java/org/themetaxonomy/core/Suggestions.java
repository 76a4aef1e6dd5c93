package org.themetaxonomy.core;

import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" hints: the closest candidate to a misspelt name, if one is close enough. */
public final class Suggestions {
  /** Beyond this many candidates no hint is computed, so that a message never costs a scan. */
  public static final int MAX_CANDIDATES = 5_000;

  private Suggestions() {}

  /**
   * Finds the candidate closest to a name, ignoring case.
   *
   * @param name what the user wrote
   * @param candidates the names that exist
   * @return the closest within a few edits, or empty
   */
  public static Optional<String> closest(String name, Iterable<String> candidates) {
    if (name == null || name.isEmpty()) {
      return Optional.empty();
    }
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    int limit = Math.max(1, Math.min(3, lower.length() / 3));
    LevenshteinDistance distance = new LevenshteinDistance(limit);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int seen = 0;
    for (String candidate : candidates) {
      if (++seen > MAX_CANDIDATES) {
        return Optional.empty();
      }
      int d = distance.apply(lower, candidate.toLowerCase(java.util.Locale.ROOT));
      if (d >= 0 && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Returns {@code " (did you mean 'x'?)"} for the closest candidate, or an empty string.
   *
   * @param name what the user wrote
   * @param candidates the names that exist
   * @return the hint, with a leading space, or ""
   */
  public static String hint(String name, Iterable<String> candidates) {
    return closest(name, candidates).map(c -> " (did you mean " + Texts.quote(c) + "?)").orElse("");
  }
}
