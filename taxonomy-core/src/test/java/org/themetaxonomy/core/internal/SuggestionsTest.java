package org.themetaxonomy.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
  void closest_tieGoesToTheFirst_closerOneWins() {
    assertThat(Suggestions.closest("colr", List.of("color", "colx"))).hasValue("color");
    assertThat(Suggestions.closest("colr", List.of("colx", "color"))).hasValue("colx");
    assertThat(Suggestions.closest("labell", List.of("labels", "label"))).hasValue("labels");
    assertThat(Suggestions.closest("abcdefgh", List.of("abcdefxy", "abcdefgx")))
        .hasValue("abcdefgx");
    assertThat(Suggestions.closest("abcdefgh", List.of("abcdefgx", "abcdefxy")))
        .hasValue("abcdefgx");
  }

  @Test
  void closest_upToTheCandidateLimit_searched_beyondIt_empty() {
    List<String> many = new ArrayList<>();
    for (int i = 1; i < Suggestions.MAX_CANDIDATES; i++) {
      many.add("unrelated-" + i);
    }
    many.add("label");
    assertThat(Suggestions.closest("lable", many)).hasValue("label");
    many.add("other");
    assertThat(Suggestions.closest("lable", many)).isEmpty();
  }

  @Test
  void distance_exactlyAtTheLimit_counted_lengthsApartByMore_refused() {
    assertThat(Suggestions.distance("abc", "abcde", 2)).isEqualTo(2);
    assertThat(Suggestions.distance("abc", "abcdef", 2)).isEqualTo(-1);
    assertThat(Suggestions.distance("abcdef", "abc", 2)).isEqualTo(-1);
    assertThat(Suggestions.distance("abcd", "abxy", 2)).isEqualTo(2);
    assertThat(Suggestions.distance("abcd", "axyz", 2)).isEqualTo(-1);
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
