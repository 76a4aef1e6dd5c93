package org.themetaxonomy.core.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.themetaxonomy.core.Area;
import org.themetaxonomy.core.Framework;

/**
 * The areas of every framework numbered one after another: framework 0's areas first, then
 * framework 1's, and so on. An area's number (its ordinal) is what the crosswalk index counts by.
 */
public final class AreaTable {
  private final ImmutableList<ImmutableMap<String, Integer>> ids; // per framework: id -> position
  private final int[] base; // first ordinal of each framework, then the total

  private AreaTable(ImmutableList<ImmutableMap<String, Integer>> ids, int[] base) {
    this.ids = ids;
    this.base = base;
  }

  /**
   * Builds the table; an area id repeated within a framework keeps its first position.
   *
   * @param frameworks the frameworks
   * @param duplicates told of every repeat
   * @return the table
   */
  public static AreaTable build(List<Framework> frameworks, AreaDuplicateSink duplicates) {
    ImmutableList.Builder<ImmutableMap<String, Integer>> perFramework =
        ImmutableList.builderWithExpectedSize(frameworks.size());
    int[] base = new int[frameworks.size() + 1];
    for (int f = 0; f < frameworks.size(); f++) {
      List<Area> areas = frameworks.get(f).areas();
      Map<String, Integer> ids = new HashMap<>();
      for (int a = 0; a < areas.size(); a++) {
        Integer first = ids.putIfAbsent(areas.get(a).id(), a);
        if (first != null) {
          duplicates.duplicate(f, a, first);
        }
      }
      perFramework.add(ImmutableMap.copyOf(ids));
      base[f + 1] = base[f] + areas.size();
    }
    return new AreaTable(perFramework.build(), base);
  }

  /** Receives an area id repeated within its framework. */
  @FunctionalInterface
  public interface AreaDuplicateSink {
    /**
     * Called once per repeated area id.
     *
     * @param framework the framework's position
     * @param area the repeat's position within the framework
     * @param firstArea the first occurrence's position within the framework
     */
    void duplicate(int framework, int area, int firstArea);
  }

  /**
   * Finds an area's ordinal.
   *
   * @param framework the framework's position
   * @param areaId the area's id
   * @return its ordinal, or -1 if the framework has no such area
   */
  public int ordinal(int framework, String areaId) {
    Integer a = ids.get(framework).get(areaId);
    return a == null ? -1 : base[framework] + a;
  }

  /**
   * Returns the ordinal of a framework's first area.
   *
   * @param framework the framework's position, or the number of frameworks for the total
   * @return the ordinal
   */
  public int base(int framework) {
    return base[framework];
  }

  /** {@return how many areas there are in all frameworks together} */
  public int count() {
    return base[base.length - 1];
  }

  /**
   * Returns a framework's area ids, for hints.
   *
   * @param framework the framework's position
   * @return its area ids
   */
  public ImmutableSet<String> idsOf(int framework) {
    return ids.get(framework).keySet();
  }
}
