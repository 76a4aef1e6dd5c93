package org.themetaxonomy.io.internal;

import org.jspecify.annotations.Nullable;

/**
 * A set of strings that hands back its own copy of a string seen before: open addressing in one
 * array, growing as it fills, instead of a map entry per string. A reader keeps a million theme ids
 * in it, and those entries live as long as the read, so each one is an object fewer for the garbage
 * collector to copy.
 */
final class StringPool {
  private @Nullable String[] keys = new String[64];
  private int size;
  private final int bound;

  /**
   * Creates a pool.
   *
   * @param bound how many strings it keeps at most; once full, strings not in it are handed back as
   *     they are
   */
  StringPool(int bound) {
    this.bound = bound;
  }

  /**
   * Returns the pool's copy of a string, adding it if it is new and there is room.
   *
   * @param s the string
   * @return the copy kept, or {@code s}
   */
  String intern(String s) {
    int slot = find(s);
    String known = keys[slot];
    if (known != null) {
      return known;
    }
    if (size < bound) {
      keys[slot] = s;
      if (++size * 2 > keys.length) {
        grow();
      }
    }
    return s;
  }

  /**
   * Returns the pool's copy of a string, or the string itself when the pool does not hold it.
   *
   * @param s the string
   * @return the copy kept, or {@code s}
   */
  String get(String s) {
    String known = keys[find(s)];
    return known != null ? known : s;
  }

  /** Returns how many strings the pool holds. */
  int size() {
    return size;
  }

  private int find(String s) {
    int mask = keys.length - 1;
    int slot = spread(s.hashCode()) & mask;
    while (true) {
      String k = keys[slot];
      if (k == null || k.equals(s)) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
  }

  private void grow() {
    @Nullable String[] old = keys;
    keys = new String[old.length * 2];
    for (String k : old) {
      if (k != null) {
        keys[find(k)] = k;
      }
    }
  }

  private static int spread(int h) {
    return (h ^ (h >>> 16)) * 0x9E3779B1;
  }
}
