package org.themetaxonomy.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  static final List<String> FIELDS =
      List.of("id", "parent", "label", "definition", "altLabels", "notes", "color", "codable");

  @Test
  void hint_twoLettersSwapped_suggestsTheName() {
    assertThat(Suggestions.hint("lable", FIELDS)).isEqualTo(" (did you mean 'label'?)");
    assertThat(Suggestions.hint("cdoable", FIELDS)).isEqualTo(" (did you mean 'codable'?)");
    assertThat(Suggestions.hint("ID", FIELDS)).isEqualTo(" (did you mean 'id'?)");
  }

  @Test
  void hint_oneLetterWrong_suggestsTheName() {
    assertThat(Suggestions.hint("defintion", FIELDS)).isEqualTo(" (did you mean 'definition'?)");
    assertThat(Suggestions.hint("colour", FIELDS)).isEqualTo(" (did you mean 'color'?)");
  }

  @Test
  void hint_farFromEveryName_empty() {
    assertThat(Suggestions.hint("zzzzzz", FIELDS)).isEmpty();
    assertThat(Suggestions.hint("lxbxl", List.of("label"))).isEmpty(); // two slips in five letters
  }

  @Test
  void distance_transpositionIsOneEdit() {
    assertThat(Suggestions.distance("lable", "label", 1)).isEqualTo(1);
    assertThat(Suggestions.distance("abcd", "abcd", 0)).isZero();
    assertThat(Suggestions.distance("kitten", "sitting", 3)).isEqualTo(3);
    assertThat(Suggestions.distance("kitten", "sitting", 2)).isEqualTo(-1);
    assertThat(Suggestions.distance("ab", "ba", 1)).isEqualTo(1);
  }
}
