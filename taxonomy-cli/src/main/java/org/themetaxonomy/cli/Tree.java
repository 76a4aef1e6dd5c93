package org.themetaxonomy.cli;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;

/**
 * What {@code taxonomy tree} shows: the themes down to a depth, parents before children.
 *
 * @param taxonomy the taxonomy
 * @param shown the positions of the themes to show, in pre-order (each parent, then its children in
 *     model order)
 */
record Tree(Taxonomy taxonomy, ImmutableList<Integer> shown) {
  /** Copies the positions. */
  Tree {
    shown = ImmutableList.copyOf(shown);
  }

  /**
   * Walks the hierarchy.
   *
   * @param t the taxonomy
   * @param depth the levels to show below the top (0: top-level themes only), or null for all
   * @return the themes to show
   */
  static Tree of(Taxonomy t, @Nullable Integer depth) {
    ImmutableList.Builder<Integer> shown = ImmutableList.builder();
    // Iterative pre-order walk: a very deep hierarchy costs heap, not stack.
    Deque<Theme> stack = new ArrayDeque<>();
    List<Theme> roots = t.roots();
    for (int i = roots.size() - 1; i >= 0; i--) {
      stack.push(roots.get(i));
    }
    while (!stack.isEmpty()) {
      Theme theme = stack.pop();
      if (depth == null || t.depth(theme.id()) < depth) {
        List<Theme> children = t.children(theme.id());
        for (int i = children.size() - 1; i >= 0; i--) {
          stack.push(children.get(i));
        }
      }
      shown.add(t.indexOf(theme.id()));
    }
    return new Tree(t, shown.build());
  }
}
