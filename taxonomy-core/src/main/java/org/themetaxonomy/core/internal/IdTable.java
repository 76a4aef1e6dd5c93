package org.themetaxonomy.core.internal;

import java.util.function.IntFunction;

/**
 * An open-addressing table from id to position in a list, built once. It holds two arrays instead
 * of a map entry per id, which matters at a million themes.
 */
public final class IdTable {
  private static final IdTable EMPTY = new IdTable(new String[1], new int[1]);

  private final String[] keys;
  private final int[] positions;
  private final int mask;

  private IdTable(String[] keys, int[] positions) {
    this.keys = keys;
    this.positions = positions;
    this.mask = keys.length - 1;
  }

  /** Receives the position of an id seen before, and the position where it was first seen. */
  @FunctionalInterface
  public interface DuplicateSink {
    /**
     * Called once per repeated id.
     *
     * @param position the repeat's position
     * @param firstPosition the first occurrence's position
     */
    void duplicate(int position, int firstPosition);
  }

  /**
   * Builds a table; an id repeated keeps its first position.
   *
   * @param size how many ids
   * @param idAt the id at each position
   * @param duplicates told of every repeat
   * @return the table
   */
  public static IdTable build(int size, IntFunction<String> idAt, DuplicateSink duplicates) {
    if (size == 0) {
      return EMPTY;
    }
    int capacity = Integer.highestOneBit(Math.max(2, size * 2 - 1)) << 1;
    String[] keys = new String[capacity];
    int[] positions = new int[capacity];
    int mask = capacity - 1;
    for (int i = 0; i < size; i++) {
      String id = idAt.apply(i);
      int slot = spread(id.hashCode()) & mask;
      while (true) {
        String k = keys[slot];
        if (k == null) {
          keys[slot] = id;
          positions[slot] = i;
          break;
        }
        if (k.equals(id)) {
          duplicates.duplicate(i, positions[slot]);
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    return new IdTable(keys, positions);
  }

  /**
   * Finds an id.
   *
   * @param id the id
   * @return its position, or -1
   */
  public int get(String id) {
    if (id == null) {
      return -1;
    }
    int slot = spread(id.hashCode()) & mask;
    while (true) {
      String k = keys[slot];
      if (k == null) {
        return -1;
      }
      if (k.equals(id)) {
        return positions[slot];
      }
      slot = (slot + 1) & mask;
    }
  }

  private static int spread(int h) {
    return (h ^ (h >>> 16)) * 0x9E3779B1;
  }
}
