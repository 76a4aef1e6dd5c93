package org.themetaxonomy.core.diff;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.Evidence;
import org.themetaxonomy.core.Mapping;

/**
 * One change between two versions of a taxonomy: one record type per {@link ChangeKind}. A theme
 * change names the theme by id and carries its label (the new one, or the old one when the theme is
 * gone) so that a reader sees more than ids. Changed values are {@code old} and {@code new}: text
 * as in the files, null when absent.
 */
public sealed interface Change
    permits Change.ThemeAdded,
        Change.ThemeRemoved,
        Change.ThemeDeprecated,
        Change.ThemeMerged,
        Change.ThemeSplit,
        Change.ThemeRelabeled,
        Change.ThemeMoved,
        Change.DefinitionChanged,
        Change.AltLabelsChanged,
        Change.EvidenceChanged,
        Change.ThemeChanged,
        Change.MappingAdded,
        Change.MappingRemoved,
        Change.MappingChanged,
        Change.AreaAdded,
        Change.AreaRemoved,
        Change.AreaRelabeled,
        Change.AreaChanged,
        Change.FrameworkAdded,
        Change.FrameworkRemoved,
        Change.SourceAdded,
        Change.SourceRemoved,
        Change.SourceChanged,
        Change.MetadataChanged,
        Change.PossibleRename {

  /** {@return the kind of this change, which fixes its place in a diff's order} */
  ChangeKind kind();

  /**
   * Tells whether this change breaks a reference that other systems may hold; see {@link
   * TaxonomyDiff#isBreaking(Change)}, the one place that decides.
   *
   * @return true for a removed theme id, and for a removed area or framework that was mapped
   */
  default boolean breaking() {
    return TaxonomyDiff.isBreaking(this);
  }

  /**
   * A theme id that the old version did not have.
   *
   * @param theme the theme id
   * @param label its label
   * @param parent its parent's id, or null at top level
   */
  record ThemeAdded(String theme, String label, @Nullable String parent) implements Change {
    /**
     * Checks the arguments.
     *
     * @param theme the theme id
     * @param label its label
     * @param parent its parent's id, or null at top level
     * @throws NullPointerException if {@code theme} or {@code label} is null
     */
    public ThemeAdded {
      requireNonNull(theme);
      requireNonNull(label);
    }

    @Override
    public ChangeKind kind() {
      return ChangeKind.THEME_ADDED;
    }
  }

  /**
   * A theme id that the new version no longer has.
   *
   * @param theme the theme id
   * @param label its old label
   */
  record ThemeRemoved(String theme, String label) implements Change {
    /**
     * Checks the arguments.
     *
     * @param theme the theme id
     * @param label its old label
     * @throws NullPointerException if {@code theme} or {@code label} is null
     */
    public ThemeRemoved {
      requireNonNull(theme);
      requireNonNull(label);
    }

    @Override
    public ChangeKind kind() {
      return ChangeKind.THEME_REMOVED;
    }
  }

  /**
   * A theme that became deprecated, replaced by nothing or by one theme new in this version (a
   * replacement, often a rename).
   *
   * @param theme the theme id
   * @param label its label
   * @param replacedBy the ids that replace it, in file order; empty or one
   */
  record ThemeDeprecated(String theme, String label, ImmutableList<String> replacedBy)
      implements Change {
    /**
     * Checks the arguments, copies the list.
     *
     * @param theme the theme id
     * @param label its label
     * @param replacedBy the ids that replace it, in file order; empty or one
     * @throws NullPointerException if {@code theme} or {@code label} is null
     */
    public ThemeDeprecated {
      requireNonNull(theme);
      requireNonNull(label);
      replacedBy = ImmutableList.copyOf(replacedBy);
    }

    @Override
    public ChangeKind kind() {
      return ChangeKind.THEME_DEPRECATED;
    }
  }

  /**
   * A theme that became deprecated, merged into one theme that the old version also had.
   *
   * @param theme the theme id
   * @param label its label
   * @param replacedBy the one id it was merged into
   */
  record ThemeMerged(String theme, String label, ImmutableList<String> replacedBy)
      implements Change {
    /**
     * Checks the arguments, copies the list.
     *
     * @param theme the theme id
     * @param label its label
     * @param replacedBy the one id it was merged into
     * @throws NullPointerException if {@code theme} or {@code label} is null
     */
    public ThemeMerged {
      requireNonNull(theme);
      requireNonNull(label);
      replacedBy = ImmutableList.copyOf(replacedBy);
    }

    @Override
    public ChangeKind kind() {
      return ChangeKind.THEME_MERGED;
    }
  }

  /**
   * A theme that became deprecated, split into several themes.
   *
   * @param theme the theme id
   * @param label its label
   * @param replacedBy the ids it was split into, in file order
   */
  record ThemeSplit(String theme, String label, ImmutableList<String> replacedBy)
      implements Change {
    /**
     * Checks the arguments, copies the list.
     *
     * @param theme the theme id
     * @param label its label
     * @param replacedBy the ids it was split into, in file order
     * @throws NullPointerException if {@code theme} or {@code label} is null
     */
    public ThemeSplit {
      requireNonNull(theme);
      requireNonNull(label);
      replacedBy = ImmutableList.copyOf(replacedBy);
    }

    @Override
    public ChangeKind kind() {
      return ChangeKind.THEME_SPLIT;
    }
  }

  /**
   * A theme's label changed.
   *
   * @param theme the theme id
   * @param oldLabel the old label
   * @param newLabel the new label
   */
  record ThemeRelabeled(String theme, String oldLabel, String newLabel) implements Change {
    /**
     * Checks the arguments.
     *
     * @param theme the theme id
     * @param oldLabel the old label
     * @param newLabel the new label
     * @throws NullPointerException if {@code theme}, {@code oldLabel} or {@code newLabel} is null
     */
    public ThemeRelabeled {
      requireNonNull(theme);
      requireNonNull(oldLabel);
      requireNonNull(newLabel);
    }

    @Override
    public ChangeKind kind() {
      return ChangeKind.THEME_RELABELED;
    }
  }

  /**
   * A theme's parent changed.
   *
   * @param theme the theme id
   * @param label its label
   * @param oldParent the old parent's id, or null for top level
   * @param newParent the new parent's id, or null for top level
   */
  record ThemeMoved(
      String theme, String label, @Nullable String oldParent, @Nullable String newParent)
      implements Change {
    /**
     * Checks the arguments.
     *
     * @param theme the theme id
     * @param label its label
     * @param oldParent the old parent's id, or null for top level
     * @param newParent the new parent's id, or null for top level
     * @throws NullPointerException if {@code theme} or {@code label} is null
     */
    public ThemeMoved {
      requireNonNull(theme);
      requireNonNull(label);
    }

    @Override
    public ChangeKind kind() {
      return ChangeKind.THEME_MOVED;
    }
  }

  /**
   * A theme's definition changed.
   *
   * @param theme the theme id
   * @param label its label
   * @param oldDefinition the old definition, or null
   * @param newDefinition the new definition, or null
   */
  record DefinitionChanged(
      String theme, String label, @Nullable String oldDefinition, @Nullable String newDefinition)
      implements Change {
    /**
     * Checks the arguments.
     *
     * @param theme the theme id
     * @param label its label
     * @param oldDefinition the old definition, or null
     * @param newDefinition the new definition, or null
     * @throws NullPointerException if {@code theme} or {@code label} is null
     */
    public DefinitionChanged {
      requireNonNull(theme);
      requireNonNull(label);
    }

    @Override
    public ChangeKind kind() {
      return ChangeKind.DEFINITION_CHANGED;
    }
  }

  /**
   * Alternative labels added to or removed from a theme; their order is not a change.
   *
   * @param theme the theme id
   * @param label its label
   * @param added the new alternative labels, in the new file's order
   * @param removed the ones gone, in the old file's order
   */
  record AltLabelsChanged(
      String theme, String label, ImmutableList<String> added, ImmutableList<String> removed)
      implements Change {
    /**
     * Checks the arguments, copies the lists.
     *
     * @param theme the theme id
     * @param label its label
     * @param added the new alternative labels, in the new file's order
     * @param removed the ones gone, in the old file's order
     * @throws NullPointerException if {@code theme} or {@code label} is null
     */
    public AltLabelsChanged {
      requireNonNull(theme);
      requireNonNull(label);
      added = ImmutableList.copyOf(added);
      removed = ImmutableList.copyOf(removed);
    }

    @Override
    public ChangeKind kind() {
      return ChangeKind.ALT_LABELS_CHANGED;
    }
  }

  /**
   * Evidence added to or removed from a theme; its order is not a change, and an item whose excerpt
   * or note changed is one removed and one added.
   *
   * @param theme the theme id
   * @param label its label
   * @param added the new evidence, in the new file's order
   * @param removed the evidence gone, in the old file's order
   */
  record EvidenceChanged(
      String theme, String label, ImmutableList<Evidence> added, ImmutableList<Evidence> removed)
      implements Change {
    /**
     * Checks the arguments, copies the lists.
     *
     * @param theme the theme id
     * @param label its label
     * @param added the new evidence, in the new file's order
     * @param removed the evidence gone, in the old file's order
     * @throws NullPointerException if {@code theme} or {@code label} is null
     */
    public EvidenceChanged {
      requireNonNull(theme);
      requireNonNull(label);
      added = ImmutableList.copyOf(added);
      removed = ImmutableList.copyOf(removed);
    }

    @Override
    public ChangeKind kind() {
      return ChangeKind.EVIDENCE_CHANGED;
    }
  }

  /**
   * Another field of a theme changed: {@code notes}, {@code color}, {@code uuid}, {@code codable}
   * ({@code true}/{@code false}), or {@code deprecated} when a deprecated theme is live again.
   *
   * @param theme the theme id
   * @param label its label
   * @param field the field's name as in the files
   * @param oldValue the old value, or null when absent
   * @param newValue the new value, or null when absent
   */
  record ThemeChanged(
      String theme,
      String label,
      String field,
      @Nullable String oldValue,
      @Nullable String newValue)
      implements Change {
    /**
     * Checks the arguments.
     *
     * @param theme the theme id
     * @param label its label
     * @param field the field's name as in the files
     * @param oldValue the old value, or null when absent
     * @param newValue the new value, or null when absent
     * @throws NullPointerException if {@code theme}, {@code label} or {@code field} is null
     */
    public ThemeChanged {
      requireNonNull(theme);
      requireNonNull(label);
      requireNonNull(field);
    }

    @Override
    public ChangeKind kind() {
      return ChangeKind.THEME_CHANGED;
    }
  }

  /**
   * A crosswalk row for a theme and area that had none; also given for each row of an added theme.
   *
   * @param mapping the row
   */
  record MappingAdded(Mapping mapping) implements Change {
    /**
     * Checks the argument.
     *
     * @param mapping the row
     * @throws NullPointerException if {@code mapping} is null
     */
    public MappingAdded {
      requireNonNull(mapping);
    }

    @Override
    public ChangeKind kind() {
      return ChangeKind.MAPPING_ADDED;
    }
  }

  /**
   * A crosswalk row gone; also given for each row of a removed theme.
   *
   * @param mapping the old row
   */
  record MappingRemoved(Mapping mapping) implements Change {
    /**
     * Checks the argument.
     *
     * @param mapping the old row
     * @throws NullPointerException if {@code mapping} is null
     */
    public MappingRemoved {
      requireNonNull(mapping);
    }

    @Override
    public ChangeKind kind() {
      return ChangeKind.MAPPING_REMOVED;
    }
  }

  /**
   * One field of a crosswalk row changed: {@code relation}, {@code confidence} or {@code
   * rationale}. A row is known by its theme, framework and area.
   *
   * @param theme the theme id
   * @param framework the framework id
   * @param area the area id
   * @param field the field's name
   * @param oldValue the old value as in the files, or null when absent
   * @param newValue the new value as in the files, or null when absent
   */
  record MappingChanged(
      String theme,
      String framework,
      String area,
      String field,
      @Nullable String oldValue,
      @Nullable String newValue)
      implements Change {
    /**
     * Checks the arguments.
     *
     * @param theme the theme id
     * @param framework the framework id
     * @param area the area id
     * @param field the field's name
     * @param oldValue the old value as in the files, or null when absent
     * @param newValue the new value as in the files, or null when absent
     * @throws NullPointerException if {@code theme}, {@code framework}, {@code area} or {@code
     *     field} is null
     */
    public MappingChanged {
      requireNonNull(theme);
      requireNonNull(framework);
      requireNonNull(area);
      requireNonNull(field);
    }

    @Override
    public ChangeKind kind() {
      return ChangeKind.MAPPING_CHANGED;
    }
  }

  /**
   * An area new in a framework that both versions have.
   *
   * @param framework the framework id
   * @param area the area id
   * @param label its label
   */
  record AreaAdded(String framework, String area, String label) implements Change {
    /**
     * Checks the arguments.
     *
     * @param framework the framework id
     * @param area the area id
     * @param label its label
     * @throws NullPointerException if {@code framework}, {@code area} or {@code label} is null
     */
    public AreaAdded {
      requireNonNull(framework);
      requireNonNull(area);
      requireNonNull(label);
    }

    @Override
    public ChangeKind kind() {
      return ChangeKind.AREA_ADDED;
    }
  }

  /**
   * An area gone from a framework that both versions have.
   *
   * @param framework the framework id
   * @param area the area id
   * @param label its old label
   * @param mappedBefore whether a crosswalk row of the old version mapped to it (then breaking)
   */
  record AreaRemoved(String framework, String area, String label, boolean mappedBefore)
      implements Change {
    /**
     * Checks the arguments.
     *
     * @param framework the framework id
     * @param area the area id
     * @param label its old label
     * @param mappedBefore whether a crosswalk row of the old version mapped to it (then breaking)
     * @throws NullPointerException if {@code framework}, {@code area} or {@code label} is null
     */
    public AreaRemoved {
      requireNonNull(framework);
      requireNonNull(area);
      requireNonNull(label);
    }

    @Override
    public ChangeKind kind() {
      return ChangeKind.AREA_REMOVED;
    }
  }

  /**
   * An area's label changed.
   *
   * @param framework the framework id
   * @param area the area id
   * @param oldLabel the old label
   * @param newLabel the new label
   */
  record AreaRelabeled(String framework, String area, String oldLabel, String newLabel)
      implements Change {
    /**
     * Checks the arguments.
     *
     * @param framework the framework id
     * @param area the area id
     * @param oldLabel the old label
     * @param newLabel the new label
     * @throws NullPointerException if {@code framework}, {@code area}, {@code oldLabel} or {@code
     *     newLabel} is null
     */
    public AreaRelabeled {
      requireNonNull(framework);
      requireNonNull(area);
      requireNonNull(oldLabel);
      requireNonNull(newLabel);
    }

    @Override
    public ChangeKind kind() {
      return ChangeKind.AREA_RELABELED;
    }
  }

  /**
   * An area's {@code description} or {@code uuid} changed.
   *
   * @param framework the framework id
   * @param area the area id
   * @param label its label
   * @param field the field's name
   * @param oldValue the old value, or null when absent
   * @param newValue the new value, or null when absent
   */
  record AreaChanged(
      String framework,
      String area,
      String label,
      String field,
      @Nullable String oldValue,
      @Nullable String newValue)
      implements Change {
    /**
     * Checks the arguments.
     *
     * @param framework the framework id
     * @param area the area id
     * @param label its label
     * @param field the field's name
     * @param oldValue the old value, or null when absent
     * @param newValue the new value, or null when absent
     * @throws NullPointerException if {@code framework}, {@code area}, {@code label} or {@code
     *     field} is null
     */
    public AreaChanged {
      requireNonNull(framework);
      requireNonNull(area);
      requireNonNull(label);
      requireNonNull(field);
    }

    @Override
    public ChangeKind kind() {
      return ChangeKind.AREA_CHANGED;
    }
  }

  /**
   * A framework new in this version; its areas come with it and are not listed one by one.
   *
   * @param framework the framework id
   * @param title its title
   * @param areas how many areas it has
   */
  record FrameworkAdded(String framework, String title, int areas) implements Change {
    /**
     * Checks the arguments.
     *
     * @param framework the framework id
     * @param title its title
     * @param areas how many areas it has
     * @throws NullPointerException if {@code framework} or {@code title} is null
     */
    public FrameworkAdded {
      requireNonNull(framework);
      requireNonNull(title);
    }

    @Override
    public ChangeKind kind() {
      return ChangeKind.FRAMEWORK_ADDED;
    }
  }

  /**
   * A framework gone, with its areas.
   *
   * @param framework the framework id
   * @param title its old title
   * @param areas how many areas it had
   * @param mappedBefore whether a crosswalk row of the old version mapped to one of its areas (then
   *     breaking)
   */
  record FrameworkRemoved(String framework, String title, int areas, boolean mappedBefore)
      implements Change {
    /**
     * Checks the arguments.
     *
     * @param framework the framework id
     * @param title its old title
     * @param areas how many areas it had
     * @param mappedBefore whether a crosswalk row of the old version mapped to one of its areas
     *     (then breaking)
     * @throws NullPointerException if {@code framework} or {@code title} is null
     */
    public FrameworkRemoved {
      requireNonNull(framework);
      requireNonNull(title);
    }

    @Override
    public ChangeKind kind() {
      return ChangeKind.FRAMEWORK_REMOVED;
    }
  }

  /**
   * A source new in this version.
   *
   * @param source the source id
   * @param title its title
   */
  record SourceAdded(String source, String title) implements Change {
    /**
     * Checks the arguments.
     *
     * @param source the source id
     * @param title its title
     * @throws NullPointerException if {@code source} or {@code title} is null
     */
    public SourceAdded {
      requireNonNull(source);
      requireNonNull(title);
    }

    @Override
    public ChangeKind kind() {
      return ChangeKind.SOURCE_ADDED;
    }
  }

  /**
   * A source gone.
   *
   * @param source the source id
   * @param title its old title
   */
  record SourceRemoved(String source, String title) implements Change {
    /**
     * Checks the arguments.
     *
     * @param source the source id
     * @param title its old title
     * @throws NullPointerException if {@code source} or {@code title} is null
     */
    public SourceRemoved {
      requireNonNull(source);
      requireNonNull(title);
    }

    @Override
    public ChangeKind kind() {
      return ChangeKind.SOURCE_REMOVED;
    }
  }

  /**
   * One field of a source changed.
   *
   * @param source the source id
   * @param title its title
   * @param field the field's name as in the files, such as {@code date}
   * @param oldValue the old value as in the files, or null when absent
   * @param newValue the new value as in the files, or null when absent
   */
  record SourceChanged(
      String source,
      String title,
      String field,
      @Nullable String oldValue,
      @Nullable String newValue)
      implements Change {
    /**
     * Checks the arguments.
     *
     * @param source the source id
     * @param title its title
     * @param field the field's name as in the files, such as {@code date}
     * @param oldValue the old value as in the files, or null when absent
     * @param newValue the new value as in the files, or null when absent
     * @throws NullPointerException if {@code source}, {@code title} or {@code field} is null
     */
    public SourceChanged {
      requireNonNull(source);
      requireNonNull(title);
      requireNonNull(field);
    }

    @Override
    public ChangeKind kind() {
      return ChangeKind.SOURCE_CHANGED;
    }
  }

  /**
   * One field of the taxonomy itself changed, or, when {@code framework} is not null, one field of
   * a framework that both versions have ({@code title}, {@code version}, {@code description},
   * {@code url}, {@code baseUri}).
   *
   * @param framework the framework id, or null for the taxonomy's own fields
   * @param field the field's name as in the files, such as {@code version}
   * @param oldValue the old value, or null when absent
   * @param newValue the new value, or null when absent
   */
  record MetadataChanged(
      @Nullable String framework,
      String field,
      @Nullable String oldValue,
      @Nullable String newValue)
      implements Change {
    /**
     * Checks the arguments.
     *
     * @param framework the framework id, or null for the taxonomy's own fields
     * @param field the field's name as in the files, such as {@code version}
     * @param oldValue the old value, or null when absent
     * @param newValue the new value, or null when absent
     * @throws NullPointerException if {@code field} is null
     */
    public MetadataChanged {
      requireNonNull(field);
    }

    @Override
    public ChangeKind kind() {
      return ChangeKind.METADATA_CHANGED;
    }
  }

  /**
   * A removed theme and an added one that look like one theme under a new id: equal labels after
   * folding, or the same definition. Given beside their {@code theme-removed} and {@code
   * theme-added}; keeping the old id as deprecated, replaced by the new one, keeps references
   * working.
   *
   * @param oldTheme the removed id
   * @param oldLabel its label
   * @param newTheme the added id
   * @param newLabel its label
   * @param reason {@code label} when the folded labels are equal, else {@code definition}
   */
  record PossibleRename(
      String oldTheme, String oldLabel, String newTheme, String newLabel, String reason)
      implements Change {
    /**
     * Checks the arguments.
     *
     * @param oldTheme the removed id
     * @param oldLabel its label
     * @param newTheme the added id
     * @param newLabel its label
     * @param reason {@code label} when the folded labels are equal, else {@code definition}
     * @throws NullPointerException if {@code oldTheme}, {@code oldLabel}, {@code newTheme}, {@code
     *     newLabel} or {@code reason} is null
     */
    public PossibleRename {
      requireNonNull(oldTheme);
      requireNonNull(oldLabel);
      requireNonNull(newTheme);
      requireNonNull(newLabel);
      requireNonNull(reason);
    }

    /** {@return the advice: how to record the rename so that old references still resolve} */
    public String hint() {
      return "if it is a rename, keep '"
          + oldTheme
          + "' as deprecated with replacedBy '"
          + newTheme
          + "' so that references to the old id still resolve";
    }

    @Override
    public ChangeKind kind() {
      return ChangeKind.POSSIBLE_RENAME;
    }
  }
}
