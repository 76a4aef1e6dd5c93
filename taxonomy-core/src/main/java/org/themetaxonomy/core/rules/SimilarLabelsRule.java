package org.themetaxonomy.core.rules;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.themetaxonomy.core.Rule;
import org.themetaxonomy.core.RuleInfo;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.core.internal.Texts;

/**
 * Warning: two themes whose labels are the same, or nearly the same, after folding case, Unicode
 * dashes, "&amp;"/"and" and spacing. A deprecated theme and a theme in its {@code replacedBy} are
 * not reported: keeping the old id with the label it had, replaced by the new id, is how a rename
 * is recorded.
 *
 * <p>Bounded: the folded labels are sorted, which makes equal ones neighbours; near ones are found
 * in that order and again in the order of the reversed labels, comparing each with its next {@value
 * #WINDOW} neighbours under a capped Levenshtein distance. The cost is O(n log n), never O(n²).
 */
public final class SimilarLabelsRule implements Rule {
  /** The rule's id. */
  public static final String ID = "similar-labels";

  /** How many sorted neighbours each label is compared with. */
  static final int WINDOW = 4;

  /** Folded labels shorter than this are only compared for equality. */
  static final int MIN_LENGTH_FOR_NEAR = 8;

  private static final RuleInfo INFO =
      new RuleInfo(
          ID,
          Severity.WARNING,
          "Two themes' labels are the same or nearly the same after folding case, dashes,"
              + " &/and and spacing.");

  /** Creates the rule. */
  public SimilarLabelsRule() {}

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /**
   * A folded label and its theme's position, with what the sorts and the near-pair pass look at
   * first, computed once: the first eight characters packed into two longs (read forwards or
   * backwards), the length, a hash of the digits and a coarse count of the characters. Most
   * comparisons end there, without reaching into the label's characters elsewhere in memory.
   */
  private record Folded(
      int index, String key, long head, long next, int length, long digits, long counts) {
    static Folded forwards(int index, String key, int[] buckets) {
      long digits = 0;
      Arrays.fill(buckets, 0);
      for (int k = 0; k < key.length(); k++) {
        char c = key.charAt(k);
        if (Character.isDigit(c)) {
          digits = digits * 31 + c;
        }
        buckets[c & 31]++;
      }
      long counts = 0;
      for (int b = 0; b < 32; b++) {
        counts |= (long) Math.min(buckets[b], 3) << (2 * b);
      }
      return new Folded(
          index, key, pack(key, 0, false), pack(key, 4, false), key.length(), digits, counts);
    }

    Folded backwards() {
      return new Folded(index, key, pack(key, 0, true), pack(key, 4, true), length, digits, counts);
    }

    /** Four UTF-16 units from {@code from}, counted from the end if {@code reversed}; 0 past it. */
    private static long pack(String key, int from, boolean reversed) {
      long packed = 0;
      for (int k = from; k < from + 4; k++) {
        char c = k < key.length() ? key.charAt(reversed ? key.length() - 1 - k : k) : 0;
        packed = (packed << 16) | c;
      }
      return packed;
    }

    /**
     * A lower bound of the distance between two labels' character counts in 32 buckets, from counts
     * kept only up to 3 (which can only bring them closer).
     */
    static int countsApart(long x, long y) {
      int apart = 0;
      for (int b = 0; b < 64; b += 2) {
        apart += Math.abs((int) ((x >>> b) & 3) - (int) ((y >>> b) & 3));
      }
      return apart;
    }
  }

  /** The keys' order: as {@link String#compareTo}, the packed characters first. */
  private static final Comparator<Folded> FORWARDS =
      (a, b) -> {
        int c = comparePacked(a, b);
        return c != 0 ? c : a.key().compareTo(b.key());
      };

  /** The order of the reversed keys, unit by unit, without making them. */
  private static final Comparator<Folded> BACKWARDS =
      (a, b) -> {
        int c = comparePacked(a, b);
        return c != 0 ? c : compareReversed(a.key(), b.key());
      };

  private static int comparePacked(Folded a, Folded b) {
    int c = Long.compareUnsigned(a.head(), b.head());
    return c != 0 ? c : Long.compareUnsigned(a.next(), b.next());
  }

  /** Compares two keys as the sorts do, forwards or backwards; for tests. */
  static int order(String a, String b, boolean backwards) {
    Folded x = Folded.forwards(0, a, new int[32]);
    Folded y = Folded.forwards(1, b, new int[32]);
    return backwards ? BACKWARDS.compare(x.backwards(), y.backwards()) : FORWARDS.compare(x, y);
  }

  private static int compareReversed(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int k = 1; k <= n; k++) {
      char x = a.charAt(a.length() - k);
      char y = b.charAt(b.length() - k);
      if (x != y) {
        return x - y;
      }
    }
    return a.length() - b.length();
  }

  @Override
  public void check(Taxonomy taxonomy, Reporter reporter) {
    List<Theme> themes = taxonomy.themes();
    Folded[] sorted = new Folded[themes.size()];
    int[] buckets = new int[32];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = Folded.forwards(i, LabelFolding.fold(themes.get(i).label()), buckets);
    }
    // A stable sort: equal keys become neighbours, in theme order.
    Arrays.parallelSort(sorted, FORWARDS);
    int distinct = sameLabels(sorted, themes, reporter);
    // Near pairs, once each: in key order, then in the order of the reversed keys, which brings
    // together labels that differ near their start.
    Set<Long> reported = new HashSet<>();
    nearPairs(sorted, distinct, themes, reporter, reported);
    for (int k = 0; k < distinct; k++) {
      sorted[k] = sorted[k].backwards();
    }
    Arrays.parallelSort(sorted, 0, distinct, BACKWARDS);
    nearPairs(sorted, distinct, themes, reporter, reported);
  }

  /**
   * Reports each label equal to an earlier theme's after folding, in theme order, and keeps the
   * first of each key at the front of the sorted array, still sorted.
   *
   * @return how many distinct keys are kept
   */
  private static int sameLabels(Folded[] sorted, List<Theme> themes, Reporter reporter) {
    long[] same = new long[0];
    int sameCount = 0;
    int distinct = 0;
    for (Folded f : sorted) {
      if (distinct > 0 && sorted[distinct - 1].key().equals(f.key())) {
        if (sameCount == same.length) {
          same = Arrays.copyOf(same, Math.max(16, same.length * 2));
        }
        same[sameCount++] = ((long) f.index() << 32) | sorted[distinct - 1].index();
      } else {
        sorted[distinct++] = f;
      }
    }
    Arrays.sort(same, 0, sameCount);
    for (int k = 0; k < sameCount; k++) {
      report(reporter, themes, (int) (same[k] >>> 32), (int) same[k], "the same label as");
    }
    Arrays.fill(sorted, distinct, sorted.length, null);
    return distinct;
  }

  private static void nearPairs(
      Folded[] sorted, int n, List<Theme> themes, Reporter reporter, Set<Long> reported) {
    LevenshteinDistance[] byLimit = {new LevenshteinDistance(1), new LevenshteinDistance(2)};
    int[] histogram = new int[32];
    for (int k = 0; k < n; k++) {
      Folded a = sorted[k];
      if (a.length() < MIN_LENGTH_FOR_NEAR) {
        continue;
      }
      for (int j = k + 1; j < Math.min(n, k + 1 + WINDOW); j++) {
        Folded b = sorted[j];
        if (b.length() < MIN_LENGTH_FOR_NEAR) {
          continue;
        }
        // One edit per 12 characters, at most two: "behaviour"/"behavior", not "pre-k"/"pre-s".
        int limit = Math.min(a.length(), b.length()) >= 24 ? 2 : 1;
        // First what is at hand: the lengths, the digits' hashes, the coarse counts.
        if (Math.abs(a.length() - b.length()) > limit
            || a.digits() != b.digits()
            || Folded.countsApart(a.counts(), b.counts()) > 2 * limit) {
          continue;
        }
        // Labels that differ in their numbers ("grade 3", "grade 4") are different on purpose.
        if (!sameDigits(a.key(), b.key())
            || !withinHistogram(a.key(), b.key(), limit, histogram)
            || byLimit[limit - 1].apply(a.key(), b.key()) < 0) {
          continue;
        }
        int first = Math.min(a.index(), b.index());
        int second = Math.max(a.index(), b.index());
        if (reported.add(((long) first << 32) | second)) {
          report(reporter, themes, second, first, "nearly the same label as");
        }
      }
    }
  }

  /**
   * A cheap necessary condition for an edit distance of at most {@code limit}: each edit changes
   * the character counts by at most 2, so the counts (in 32 buckets, which can only make them
   * closer) differ by at most {@code 2 * limit}. It rejects most pairs before Levenshtein runs.
   */
  static boolean withinHistogram(String a, String b, int limit, int[] histogram) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return false;
    }
    java.util.Arrays.fill(histogram, 0);
    for (int i = 0; i < a.length(); i++) {
      histogram[a.charAt(i) & 31]++;
    }
    for (int i = 0; i < b.length(); i++) {
      histogram[b.charAt(i) & 31]--;
    }
    int difference = 0;
    for (int h : histogram) {
      difference += Math.abs(h);
    }
    return difference <= 2 * limit;
  }

  /** Whether two keys have the same digits in the same order, ignoring everything else. */
  static boolean sameDigits(String a, String b) {
    int i = 0;
    int j = 0;
    while (true) {
      while (i < a.length() && !Character.isDigit(a.charAt(i))) {
        i++;
      }
      while (j < b.length() && !Character.isDigit(b.charAt(j))) {
        j++;
      }
      if (i == a.length() || j == b.length()) {
        return i == a.length() && j == b.length();
      }
      if (a.charAt(i++) != b.charAt(j++)) {
        return false;
      }
    }
  }

  private static void report(
      Reporter reporter, List<Theme> themes, int index, int other, String how) {
    Theme theme = themes.get(index);
    Theme first = themes.get(other);
    if (theme.replacedBy().contains(first.id()) || first.replacedBy().contains(theme.id())) {
      return; // a rename or merge on record, not two themes that compete
    }
    reporter.report(
        Subject.theme(index, theme.id()).field("label"),
        "theme "
            + Texts.quote(theme.id())
            + " has "
            + how
            + " theme "
            + Texts.quote(first.id())
            + " ("
            + Texts.quote(theme.label())
            + " and "
            + Texts.quote(first.label())
            + "); merge them, or make the labels say how they differ");
  }
}
