package org.themetaxonomy.core.internal;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * The theme forest over dense positions: parents, children, roots, depths and a parents-first
 * order, built once from the parent links of an acyclic forest. Children are kept as compressed
 * sparse rows: the children of position {@code t} are {@code childList[childStart[t]] ..
 * childList[childStart[t + 1] - 1]}, in model order. Every walk is iterative, so a million-deep
 * chain costs memory, never stack.
 */
public final class Hierarchy {
  private final int[] parents; // parent position, or -1
  private final int[] childStart;
  private final int[] childList;
  private final int[] roots;
  private final int[] depths;
  private final int[] topDown; // every position, parents before children

  private Hierarchy(
      int[] parents, int[] childStart, int[] childList, int[] roots, int[] depths, int[] topDown) {
    this.parents = parents;
    this.childStart = childStart;
    this.childList = childList;
    this.roots = roots;
    this.depths = depths;
    this.topDown = topDown;
  }

  /**
   * Builds the index; the array is kept, not copied.
   *
   * @param parents each theme's parent position, or -1; must form no cycle
   * @return the index
   */
  static Hierarchy build(int[] parents) {
    int n = parents.length;
    int[] childCount = new int[n + 1];
    int rootCount = 0;
    for (int p : parents) {
      if (p < 0) {
        rootCount++;
      } else {
        childCount[p]++;
      }
    }
    int[] childStart = prefixSums(childCount);
    int[] childList = new int[n - rootCount];
    int[] roots = new int[rootCount];
    int[] fill = Arrays.copyOf(childStart, n);
    int r = 0;
    for (int i = 0; i < n; i++) {
      int p = parents[i];
      if (p < 0) {
        roots[r++] = i;
      } else {
        childList[fill[p]++] = i;
      }
    }

    // Breadth-first from the roots: parents before children, depths on the way.
    int[] topDown = new int[n];
    int[] depths = new int[n];
    int head = 0;
    int tail = 0;
    for (int root : roots) {
      topDown[tail++] = root;
    }
    while (head < tail) {
      int t = topDown[head++];
      for (int c = childStart[t]; c < childStart[t + 1]; c++) {
        int child = childList[c];
        depths[child] = depths[t] + 1;
        topDown[tail++] = child;
      }
    }
    return new Hierarchy(parents, childStart, childList, roots, depths, topDown);
  }

  /**
   * Turns counts into start offsets.
   *
   * @param counts one count per slot, with one spare slot at the end
   * @return entry i is the sum of counts[0..i-1]
   */
  static int[] prefixSums(int[] counts) {
    int[] starts = new int[counts.length];
    int sum = 0;
    for (int i = 0; i < counts.length; i++) {
      starts[i] = sum;
      sum += counts[i];
    }
    return starts;
  }

  /**
   * Returns the top-level themes, in model order.
   *
   * @param <T> what a position becomes
   * @param at turns a position into its element
   * @return the roots
   */
  public <T> ImmutableList<T> roots(IntFunction<T> at) {
    return list(roots, 0, roots.length, at);
  }

  /**
   * Returns a theme's children, in model order.
   *
   * @param <T> what a position becomes
   * @param t the theme's position
   * @param at turns a position into its element
   * @return the children
   */
  public <T> ImmutableList<T> children(int t, IntFunction<T> at) {
    return list(childList, childStart[t], childStart[t + 1], at);
  }

  /**
   * Tells whether a theme has children.
   *
   * @param t the theme's position
   * @return true if any theme names it as parent
   */
  public boolean hasChildren(int t) {
    return childStart[t + 1] > childStart[t];
  }

  /**
   * Returns a theme's parent.
   *
   * @param t the theme's position
   * @return the parent's position, or -1 for a top-level theme
   */
  public int parent(int t) {
    return parents[t];
  }

  /**
   * Returns a theme's depth.
   *
   * @param t the theme's position
   * @return 0 for a top-level theme, 1 for its children, and so on
   */
  public int depth(int t) {
    return depths[t];
  }

  /** {@return the depth of the deepest theme (0 if all are top-level), or -1 if there are none} */
  public int maxDepth() {
    int max = -1;
    for (int d : depths) {
      max = Math.max(max, d);
    }
    return max;
  }

  /**
   * Returns a theme's ancestors, nearest first.
   *
   * @param <T> what a position becomes
   * @param t the theme's position
   * @param at turns a position into its element
   * @return its parent, its parent's parent, up to a top-level theme
   */
  public <T> ImmutableList<T> ancestors(int t, IntFunction<T> at) {
    ImmutableList.Builder<T> out = ImmutableList.builderWithExpectedSize(depths[t]);
    for (int p = parents[t]; p >= 0; p = parents[p]) {
      out.add(at.apply(p));
    }
    return out.build();
  }

  /**
   * Returns the path from a top-level theme down to a theme.
   *
   * @param <T> what a position becomes
   * @param t the theme's position
   * @param at turns a position into its element
   * @return the ancestors, farthest first, then the theme
   */
  public <T> ImmutableList<T> path(int t, IntFunction<T> at) {
    Object[] path = new Object[depths[t] + 1];
    for (int p = t, k = depths[t]; p >= 0; p = parents[p], k--) {
      path[k] = at.apply(p);
    }
    @SuppressWarnings("unchecked") // every slot holds a T
    ImmutableList<T> out = (ImmutableList<T>) ImmutableList.copyOf(path);
    return out;
  }

  /**
   * Visits a theme's descendants in depth-first pre-order, children in model order.
   *
   * @param t the theme's position
   * @param action receives each descendant's position
   */
  public void forEachDescendant(int t, IntConsumer action) {
    int[] stack = new int[16];
    int top = 0;
    for (int c = childStart[t + 1] - 1; c >= childStart[t]; c--) {
      stack = push(stack, top++, childList[c]);
    }
    while (top > 0) {
      int d = stack[--top];
      action.accept(d);
      for (int c = childStart[d + 1] - 1; c >= childStart[d]; c--) {
        stack = push(stack, top++, childList[c]);
      }
    }
  }

  private static int[] push(int[] stack, int top, int value) {
    if (top == stack.length) {
      stack = Arrays.copyOf(stack, stack.length * 2);
    }
    stack[top] = value;
    return stack;
  }

  /**
   * Marks the ancestors of every marked theme, in one pass from the leaves up.
   *
   * @param marked the themes marked; changed in place
   */
  public void markAncestors(BitSet marked) {
    // Children before parents: walk the top-down order backwards.
    for (int k = topDown.length - 1; k >= 0; k--) {
      int t = topDown[k];
      if (marked.get(t) && parents[t] >= 0) {
        marked.set(parents[t]);
      }
    }
  }

  private static <T> ImmutableList<T> list(int[] positions, int from, int to, IntFunction<T> at) {
    ImmutableList.Builder<T> out = ImmutableList.builderWithExpectedSize(to - from);
    for (int k = from; k < to; k++) {
      out.add(at.apply(positions[k]));
    }
    return out.build();
  }
}
