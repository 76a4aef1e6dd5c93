package org.themetaxonomy.core.rules;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.core.internal.Texts;

/** What replaces a deprecated theme, for the messages of the deprecation rules. */
final class Replacements {
  private Replacements() {}

  /**
   * Finds the deprecated themes. Usually few or none, so the rules that look for references to them
   * ask this small map instead of the taxonomy's index once per theme or row.
   *
   * @param taxonomy the taxonomy
   * @return their positions by id, in model order
   */
  static Map<String, Integer> deprecated(Taxonomy taxonomy) {
    Map<String, Integer> deprecated = new LinkedHashMap<>();
    List<Theme> themes = taxonomy.themes();
    for (int i = 0; i < themes.size(); i++) {
      if (themes.get(i).deprecated()) {
        deprecated.put(themes.get(i).id(), i);
      }
    }
    return deprecated;
  }

  /**
   * Follows {@code replacedBy} from a theme through deprecated themes to the live themes at the
   * end, each once, in the order met; a cycle of deprecated themes ends nowhere.
   *
   * @param taxonomy the taxonomy
   * @param theme the theme's position
   * @return the ids of the live themes that replace it, perhaps none
   */
  static Set<String> live(Taxonomy taxonomy, int theme) {
    Set<String> live = new LinkedHashSet<>();
    BitSet seen = new BitSet();
    Deque<Integer> todo = new ArrayDeque<>();
    seen.set(theme);
    todo.add(theme);
    while (!todo.isEmpty()) {
      for (String id : taxonomy.themes().get(todo.remove()).replacedBy()) {
        int r = taxonomy.indexOf(id);
        if (r < 0 || seen.get(r)) {
          continue;
        }
        seen.set(r);
        if (taxonomy.themes().get(r).deprecated()) {
          todo.add(r);
        } else {
          live.add(id);
        }
      }
    }
    return live;
  }

  /**
   * Says where to move what points at a deprecated theme.
   *
   * @param taxonomy the taxonomy
   * @param theme the deprecated theme's position
   * @return {@code "'new' (which replaces 'old')"}, {@code "one of 'a', 'b' (which replace
   *     'old')"}, or {@code "a live theme"}
   */
  static String target(Taxonomy taxonomy, int theme) {
    Set<String> live = live(taxonomy, theme);
    String old = Texts.quote(taxonomy.themes().get(theme).id());
    if (live.isEmpty()) {
      return "a live theme";
    }
    return live.size() == 1
        ? quoted(live) + " (which replaces " + old + ")"
        : "one of " + quoted(live) + " (which replace " + old + ")";
  }

  /**
   * Quotes ids for a message.
   *
   * @param ids the ids
   * @return {@code 'a', 'b'}
   */
  static String quoted(Iterable<String> ids) {
    return java.util.stream.StreamSupport.stream(ids.spliterator(), false)
        .map(Texts::quote)
        .collect(Collectors.joining(", "));
  }
}
