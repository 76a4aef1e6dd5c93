package org.themetaxonomy.core.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * dashes, "&amp;"/"and" and spacing.
 *
 * <p>Bounded: equal folded labels are found by hashing; near ones by sorting the folded labels,
 * forwards and reversed, and comparing each with its next {@value #WINDOW} neighbours under a
 * capped Levenshtein distance. The cost is O(n log n), never O(n²).
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

  /** A folded label with what the near-pair pass compares, computed once. */
  private record Folded(int index, String key, String reversed, String digits) {
    Folded(int index, String key) {
      this(index, key, new StringBuilder(key).reverse().toString(), SimilarLabelsRule.digits(key));
    }
  }

  @Override
  public void check(Taxonomy taxonomy, Reporter reporter) {
    List<Theme> themes = taxonomy.themes();
    Map<String, Integer> firstByKey = new HashMap<>();
    List<Folded> distinct = new ArrayList<>();
    for (int i = 0; i < themes.size(); i++) {
      String key = LabelFolding.fold(themes.get(i).label());
      Integer first = firstByKey.putIfAbsent(key, i);
      if (first != null) {
        report(reporter, themes, i, first, "the same label as");
      } else {
        distinct.add(new Folded(i, key));
      }
    }
    // Near pairs, once each: sorted forwards, then by the reversed key.
    java.util.Set<Long> reported = new java.util.HashSet<>();
    nearPairs(distinct, Comparator.comparing(Folded::key), themes, reporter, reported);
    nearPairs(distinct, Comparator.comparing(Folded::reversed), themes, reporter, reported);
  }

  private static void nearPairs(
      List<Folded> labels,
      Comparator<Folded> order,
      List<Theme> themes,
      Reporter reporter,
      java.util.Set<Long> reported) {
    List<Folded> sorted = new ArrayList<>(labels);
    sorted.sort(order);
    LevenshteinDistance[] byLimit = {new LevenshteinDistance(1), new LevenshteinDistance(2)};
    int[] histogram = new int[32];
    for (int k = 0; k < sorted.size(); k++) {
      Folded a = sorted.get(k);
      if (a.key().length() < MIN_LENGTH_FOR_NEAR) {
        continue;
      }
      for (int j = k + 1; j < Math.min(sorted.size(), k + 1 + WINDOW); j++) {
        Folded b = sorted.get(j);
        if (b.key().length() < MIN_LENGTH_FOR_NEAR) {
          continue;
        }
        // One edit per 12 characters, at most two: "behaviour"/"behavior", not "pre-k"/"pre-s".
        int limit = Math.min(a.key().length(), b.key().length()) >= 24 ? 2 : 1;
        // Labels that differ in their numbers ("grade 3", "grade 4") are different on purpose.
        if (!a.digits().equals(b.digits())
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

  private static String digits(String key) {
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < key.length(); k++) {
      if (Character.isDigit(key.charAt(k))) {
        out.append(key.charAt(k));
      }
    }
    return out.toString();
  }

  private static void report(
      Reporter reporter, List<Theme> themes, int index, int other, String how) {
    Theme theme = themes.get(index);
    Theme first = themes.get(other);
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
