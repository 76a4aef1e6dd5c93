package org.themetaxonomy.core.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" hints: the closest candidate to a misspelt name, if one is close enough. Distance
 * counts an inserted, deleted or replaced character as one edit, and so is two letters swapped
 * ({@code lable} is one edit from {@code label}): the slips people make when typing.
 */
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
    String lower = name.toLowerCase(Locale.ROOT);
    int limit = Math.max(1, Math.min(3, lower.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int seen = 0;
    for (String candidate : candidates) {
      if (++seen > MAX_CANDIDATES) {
        return Optional.empty();
      }
      int d = distance(lower, candidate.toLowerCase(Locale.ROOT), limit);
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

  /**
   * The optimal-string-alignment distance (Levenshtein plus adjacent transpositions), or -1 when it
   * is above the limit.
   */
  static int distance(String a, String b, int limit) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > limit) {
      return -1;
    }
    int[] before = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        char cb = b.charAt(j - 1);
        int d =
            Math.min(
                Math.min(previous[j] + 1, current[j - 1] + 1),
                previous[j - 1] + (ca == cb ? 0 : 1));
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
          d = Math.min(d, before[j - 2] + 1);
        }
        current[j] = d;
      }
      int[] spare = before;
      before = previous;
      previous = current;
      current = spare;
    }
    return previous[m] <= limit ? previous[m] : -1;
  }
}
