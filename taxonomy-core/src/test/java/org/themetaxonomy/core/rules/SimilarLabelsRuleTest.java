package org.themetaxonomy.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;

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
}
