package org.themetaxonomy.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

  @Test
  void sameDigits_comparesOnlyTheDigitsInOrder() {
    assertThat(SimilarLabelsRule.sameDigits("grade 3 reading", "grade 3 readings")).isTrue();
    assertThat(SimilarLabelsRule.sameDigits("no digits", "none here")).isTrue();
    assertThat(SimilarLabelsRule.sameDigits("grade 12", "grade 1 2")).isTrue();
    assertThat(SimilarLabelsRule.sameDigits("grade 3", "grade 4")).isFalse();
    assertThat(SimilarLabelsRule.sameDigits("grade 12", "grade 21")).isFalse();
    assertThat(SimilarLabelsRule.sameDigits("grade 1", "grade")).isFalse();
    assertThat(SimilarLabelsRule.sameDigits("grade", "grade 1")).isFalse();
    assertThat(SimilarLabelsRule.sameDigits("12 a", "12")).isTrue();
  }

  @Test
  void order_packedCharacters_agreeWithStringOrderForwardsAndOfTheReversedKeys() {
    SplittableRandom random = new SplittableRandom(29);
    char[] alphabet = {'a', 'b', ' ', '-', '\u00e9', '\u0416', '\uffff', '0'};
    for (int n = 0; n < 20_000; n++) {
      String a = randomKey(random, alphabet);
      String b =
          random.nextInt(4) == 0 ? a + randomKey(random, alphabet) : randomKey(random, alphabet);
      if (random.nextBoolean()) {
        String t = a;
        a = b;
        b = t;
      }
      String ra = new StringBuilder(a).reverse().toString();
      String rb = new StringBuilder(b).reverse().toString();
      assertThat(Integer.signum(SimilarLabelsRule.order(a, b, false)))
          .as("%s vs %s", a, b)
          .isEqualTo(Integer.signum(a.compareTo(b)));
      assertThat(Integer.signum(SimilarLabelsRule.order(a, b, true)))
          .as("reversed %s vs %s", a, b)
          .isEqualTo(Integer.signum(ra.compareTo(rb)));
    }
  }

  private static String randomKey(SplittableRandom random, char[] alphabet) {
    StringBuilder s = new StringBuilder();
    int length = random.nextInt(12);
    for (int k = 0; k < length; k++) {
      s.append(alphabet[random.nextInt(alphabet.length)]);
    }
    return s.toString();
  }

  @Test
  void check_randomLabelsWithTypos_findTheSamePairsAsThePlainAlgorithm() {
    SplittableRandom random = new SplittableRandom(41);
    String[] words = {"grade", "reading", "behaviour", "trauma", "staff", "school", "safety"};
    org.themetaxonomy.core.Taxonomy.Builder b =
        org.themetaxonomy.core.Taxonomy.builder("t", "random labels");
    List<String> labels = new java.util.ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      StringBuilder label = new StringBuilder();
      for (int w = 0; w < 2 + random.nextInt(3); w++) {
        label.append(w > 0 ? " " : "").append(words[random.nextInt(words.length)]);
      }
      if (random.nextInt(3) == 0) {
        label.append(' ').append(random.nextInt(5));
      }
      if (random.nextBoolean()) { // a typo: one character changed, dropped or doubled
        int at = random.nextInt(label.length());
        switch (random.nextInt(3)) {
          case 0 -> label.setCharAt(at, (char) ('a' + random.nextInt(26)));
          case 1 -> label.deleteCharAt(at);
          default -> label.insert(at, label.charAt(at));
        }
      }
      String text = label.toString().strip();
      if (text.isEmpty()) {
        text = "x";
      }
      labels.add(text);
      b.addTheme(org.themetaxonomy.core.Theme.builder("t" + i, text).build());
    }
    Set<String> found = new java.util.HashSet<>();
    new SimilarLabelsRule()
        .check(b.build(), (subject, message) -> found.add(subject.index() + " " + message));
    Set<String> expected = plainAlgorithm(labels);
    assertThat(found).hasSizeGreaterThan(100).isEqualTo(expected);
  }

  /** The rule as its Javadoc describes it, written the plain way, with the same messages. */
  private static Set<String> plainAlgorithm(List<String> labels) {
    Set<String> out = new java.util.HashSet<>();
    java.util.Map<String, Integer> first = new java.util.HashMap<>();
    List<Integer> distinct = new java.util.ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      Integer f = first.putIfAbsent(LabelFolding.fold(labels.get(i)), i);
      if (f != null) {
        out.add(message(labels, i, f, "the same label as"));
      } else {
        distinct.add(i);
      }
    }
    for (boolean reversed : new boolean[] {false, true}) {
      List<Integer> order = new java.util.ArrayList<>(distinct);
      java.util.function.Function<Integer, String> key =
          i -> {
            String k = LabelFolding.fold(labels.get(i));
            return reversed ? new StringBuilder(k).reverse().toString() : k;
          };
      order.sort(java.util.Comparator.comparing(key));
      for (int k = 0; k < order.size(); k++) {
        for (int j = k + 1; j < Math.min(order.size(), k + 1 + SimilarLabelsRule.WINDOW); j++) {
          String x = LabelFolding.fold(labels.get(order.get(k)));
          String y = LabelFolding.fold(labels.get(order.get(j)));
          if (x.length() < SimilarLabelsRule.MIN_LENGTH_FOR_NEAR
              || y.length() < SimilarLabelsRule.MIN_LENGTH_FOR_NEAR) {
            continue;
          }
          int limit = Math.min(x.length(), y.length()) >= 24 ? 2 : 1;
          if (x.replaceAll("[^0-9]", "").equals(y.replaceAll("[^0-9]", ""))
              && new LevenshteinDistance(limit).apply(x, y) >= 0) {
            int a = Math.min(order.get(k), order.get(j));
            int c = Math.max(order.get(k), order.get(j));
            out.add(message(labels, c, a, "nearly the same label as"));
          }
        }
      }
    }
    return out;
  }

  private static String message(List<String> labels, int index, int other, String how) {
    return index
        + " theme 't"
        + index
        + "' has "
        + how
        + " theme 't"
        + other
        + "' ('"
        + labels.get(index)
        + "' and '"
        + labels.get(other)
        + "'); merge them, or make the labels say how they differ";
  }
}
