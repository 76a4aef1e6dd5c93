package org.themetaxonomy.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {
  @ParameterizedTest
  @ValueSource(strings = {"a", "Z", "0", "9", "a.b_c-d", "az-AZ-09", "x-", "x.", "x_"})
  void isValid_patternMatches_true(String id) {
    assertThat(Ids.isValid(id)).isTrue();
    assertThat(Ids.require(id, "theme id")).isEqualTo(id);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"-a", ".a", "_a", "a b", "a/b", "a:b", "é", "a@", "a[", "a`", "a{", "a/"})
  void isValid_patternBroken_false(String id) {
    assertThat(Ids.isValid(id)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"@", "[", "`", "{", "/", ":"})
  void isValid_charactersJustOutsideTheRanges_false(String c) {
    assertThat(Ids.isValid("a" + c)).isFalse();
    assertThat(Ids.isValid(c + "a")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 63, 64})
  void isValid_upTo64Characters_true(int length) {
    assertThat(Ids.isValid("a".repeat(length))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {65, 200})
  void isValid_longerThan64_false(int length) {
    assertThat(Ids.isValid("a".repeat(length))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"-a", "a b"})
  void require_invalid_throwsNamingWhatAndThePattern(String id) {
    assertThatThrownBy(() -> Ids.require(id, "source id"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("source id '" + id + "' is not a valid id (" + Ids.PATTERN.pattern() + ")");
  }
}
