package org.themetaxonomy.core.diff;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What changed from one version of a taxonomy to another: an immutable list of changes in a fixed
 * order. Changes come in the order of {@link ChangeKind}; within a kind, in the new file's order,
 * and removed items in the old file's order. Made by {@link Diffs#compare}.
 *
 * @param from the old version's id and version
 * @param to the new version's id and version
 * @param changes the changes, in order
 */
public record TaxonomyDiff(Side from, Side to, ImmutableList<Change> changes) {

  /**
   * Which taxonomy a side of the diff is.
   *
   * @param id the taxonomy's id
   * @param version its version, or null when it names none
   */
  public record Side(String id, @Nullable String version) {
    /**
     * Checks the arguments.
     *
     * @param id the taxonomy's id
     * @param version its version, or null when it names none
     * @throws NullPointerException if {@code id} is null
     */
    public Side {
      requireNonNull(id);
    }
  }

  /**
   * Checks the arguments, copies the list; the changes must be in kind order.
   *
   * @param from the old version's id and version
   * @param to the new version's id and version
   * @param changes the changes, ordered by {@link ChangeKind}; empty when nothing changed
   * @throws NullPointerException if {@code from} or {@code to} is null
   * @throws IllegalArgumentException if the changes are not in kind order
   */
  public TaxonomyDiff {
    requireNonNull(from);
    requireNonNull(to);
    changes = ImmutableList.copyOf(changes);
    for (int i = 1; i < changes.size(); i++) {
      if (changes.get(i - 1).kind().compareTo(changes.get(i).kind()) > 0) {
        throw new IllegalArgumentException("changes are not in kind order at " + i);
      }
    }
  }

  /**
   * Decides whether a change is breaking: whether a reference that another system holds to the old
   * version (a theme id, or a framework area that the crosswalk used) no longer resolves. This is
   * the one place that decides.
   *
   * <ul>
   *   <li>{@code theme-removed}: breaking, its id is gone;
   *   <li>{@code area-removed} and {@code framework-removed}: breaking when a crosswalk row of the
   *       old version mapped to the area (or to an area of the framework);
   *   <li>everything else is not: a deprecation, merge or split keeps the id resolving, and a
   *       removed crosswalk row or source leaves every id that others hold in place.
   * </ul>
   *
   * @param change the change
   * @return true if it breaks references
   */
  public static boolean isBreaking(Change change) {
    if (change instanceof Change.ThemeRemoved) {
      return true;
    }
    if (change instanceof Change.AreaRemoved a) {
      return a.mappedBefore();
    }
    if (change instanceof Change.FrameworkRemoved f) {
      return f.mappedBefore();
    }
    return false;
  }

  /**
   * Tells whether any change is breaking, as {@link #isBreaking(Change)} decides.
   *
   * @return true if at least one change breaks references
   */
  public boolean breaking() {
    for (Change c : changes) {
      if (isBreaking(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether the two versions are the same, as far as a diff sees.
   *
   * @return true if there are no changes
   */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * Counts the changes by kind.
   *
   * @return each kind that occurs, in kind order, with how many changes it has; kinds with none are
   *     left out
   */
  public ImmutableMap<ChangeKind, Integer> summary() {
    Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
    for (Change c : changes) {
      counts.merge(c.kind(), 1, Integer::sum);
    }
    return ImmutableMap.copyOf(counts);
  }

  /**
   * Returns the changes of the given kind.
   *
   * @param kind the kind
   * @return its changes, in order
   */
  public ImmutableList<Change> changes(ChangeKind kind) {
    return changes.stream().filter(c -> c.kind() == kind).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the diff narrowed to some groups of kinds; {@link #breaking()} then speaks of them
   * alone.
   *
   * @param groups the groups to keep
   * @return the narrowed diff, or this one when nothing is left out
   */
  public TaxonomyDiff only(Set<ChangeKind.Group> groups) {
    if (changes.stream().allMatch(c -> groups.contains(c.kind().group()))) {
      return this;
    }
    return new TaxonomyDiff(
        from,
        to,
        changes.stream()
            .filter(c -> groups.contains(c.kind().group()))
            .collect(ImmutableList.toImmutableList()));
  }
}
