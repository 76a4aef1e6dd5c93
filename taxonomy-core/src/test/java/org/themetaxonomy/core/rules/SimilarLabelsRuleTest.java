package org.themetaxonomy.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;
import org.themetaxonomy.core.Diagnostic;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.core.Validator;

class SimilarLabelsRuleTest {
  @Test
  void withinHistogram_neverRejectsAPairWithinTheLimit() {
    SplittableRandom random = new SplittableRandom(11);
    String alphabet = "abcde fghij-&1";
    int[] histogram = new int[32];
    int close = 0;
    for (int i = 0; i < 200_000; i++) {
      String a = randomText(random, alphabet);
      String b = random.nextBoolean() ? edit(random, a, alphabet) : randomText(random, alphabet);
      for (int limit = 1; limit <= 2; limit++) {
        if (new LevenshteinDistance(limit).apply(a, b) >= 0) {
          close++;
          assertThat(SimilarLabelsRule.withinHistogram(a, b, limit, histogram))
              .as("%s / %s", a, b)
              .isTrue();
        }
      }
    }
    assertThat(close).isGreaterThan(10_000); // the test saw many pairs within the limit
  }

  @Test
  void withinHistogram_farApartCounts_rejected() {
    int[] histogram = new int[32];
    assertThat(SimilarLabelsRule.withinHistogram("abcdefgh", "abcdefgh", 1, histogram)).isTrue();
    assertThat(SimilarLabelsRule.withinHistogram("abcdefgh", "abcdefgx", 1, histogram)).isTrue();
    assertThat(SimilarLabelsRule.withinHistogram("abcdefgh", "abcdefxy", 1, histogram)).isFalse();
    assertThat(SimilarLabelsRule.withinHistogram("abcdefgh", "abcdefxy", 2, histogram)).isTrue();
    assertThat(SimilarLabelsRule.withinHistogram("abcdefgh", "abcdef", 1, histogram)).isFalse();
  }

  /** The themes' labels, ids t0, t1, ... in order. */
  private static Taxonomy themes(List<String> labels) {
    Taxonomy.Builder b = Taxonomy.builder("t", "T");
    for (int i = 0; i < labels.size(); i++) {
      b.addTheme(Theme.builder("t" + i, labels.get(i)).build());
    }
    return b.build();
  }

  private static List<Diagnostic> similar(List<String> labels) {
    return Validator.of(List.of(new SimilarLabelsRule())).validate(themes(labels)).diagnostics();
  }

  /** Labels with numbers, so near no other label, that sort between the pairs in both orders. */
  private static List<String> fillers(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add("m topic " + i + " q");
    }
    return out;
  }

  @Test
  void check_eachSortFindsThePairTheOtherCannotReach() {
    List<String> labels = new ArrayList<>(fillers(SimilarLabelsRule.WINDOW + 2));
    labels.add("Academic supports"); // apart forwards, neighbours reversed
    labels.add("Pacademic supports");
    labels.add("Staff training session"); // neighbours forwards, apart reversed
    labels.add("Staff training sessions");
    int n = SimilarLabelsRule.WINDOW + 2;

    assertThat(similar(labels))
        .extracting(Diagnostic::subject, Diagnostic::message)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                Subject.theme(n + 1, "t" + (n + 1)).field("label"),
                "theme 't"
                    + (n + 1)
                    + "' has nearly the same label as theme 't"
                    + n
                    + "' ('Pacademic supports' and 'Academic supports'); merge them, or make the"
                    + " labels say how they differ"),
            org.assertj.core.groups.Tuple.tuple(
                Subject.theme(n + 3, "t" + (n + 3)).field("label"),
                "theme 't"
                    + (n + 3)
                    + "' has nearly the same label as theme 't"
                    + (n + 2)
                    + "' ('Staff training sessions' and 'Staff training session'); merge them, or"
                    + " make the labels say how they differ"));
  }

  @Test
  void check_windowOfNeighbours_lastOneComparedNextOneNot() {
    // The fillers sort between the pair forwards ("acadf" > "acade") and reversed ("fmic" >
    // "emic").
    List<String> within = new ArrayList<>(List.of("Academic supports"));
    for (int i = 0; i < SimilarLabelsRule.WINDOW - 1; i++) {
      within.add("Acadf " + i + " fmic supports");
    }
    within.add("Acadxmic supports");
    assertThat(similar(within))
        .extracting(d -> d.subject().key())
        .containsExactly("t" + SimilarLabelsRule.WINDOW);

    List<String> beyond = new ArrayList<>(within);
    beyond.add(1, "Acadf 99 fmic supports");
    assertThat(similar(beyond)).isEmpty();
  }

  @Test
  void check_shortLabels_neverNear_fromTheMinimumLengthOn() {
    String eight = "x".repeat(SimilarLabelsRule.MIN_LENGTH_FOR_NEAR - 1);
    assertThat(similar(List.of(eight + "a", eight + "b"))).hasSize(1);
    assertThat(similar(List.of(eight.substring(1) + "a", eight.substring(1) + "b"))).isEmpty();
    assertThat(similar(List.of(eight.substring(1) + "a", eight + "a"))).isEmpty();
    assertThat(similar(List.of(eight + "a", eight.substring(1) + "a"))).isEmpty();
  }

  @Test
  void check_twoEditsAllowedFrom24Characters() {
    String base = "y".repeat(21);
    assertThat(similar(List.of(base + "abc", base + "axy"))).hasSize(1); // 24 characters
    assertThat(similar(List.of(base + "ab", base + "xy"))).isEmpty(); // 23 characters
    assertThat(similar(List.of(base + "ab", base + "ax"))).hasSize(1);
  }

  @Test
  void check_oneThemeNearSeveral_everyPairReportedOnce() {
    assertThat(
            similar(List.of("School safety plans", "School safety plant", "School safety plank")))
        .extracting(d -> d.subject().key() + " " + d.message().split("'")[3])
        .containsExactlyInAnyOrder("t1 t0", "t2 t0", "t2 t1");
  }

  private static String randomText(SplittableRandom random, String alphabet) {
    StringBuilder b = new StringBuilder();
    for (int k = random.nextInt(1, 16); k > 0; k--) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  private static String edit(SplittableRandom random, String s, String alphabet) {
    StringBuilder b = new StringBuilder(s);
    for (int e = random.nextInt(1, 3); e > 0; e--) {
      int at = random.nextInt(b.length() + 1);
      switch (random.nextInt(3)) {
        case 0 -> b.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
        case 1 -> {
          if (at < b.length()) {
            b.deleteCharAt(at);
          }
        }
        default -> {
          if (at < b.length()) {
            b.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
          }
        }
      }
    }
    return b.toString();
  }
}
