package org.themetaxonomy.core.diff;

import java.util.Optional;

/**
 * The kinds of change, in the order a diff lists them. Each has the code that files and output use,
 * such as {@code theme-added}, and the group that {@code --only} selects.
 */
public enum ChangeKind {
  /** A theme id that the old version did not have. */
  THEME_ADDED("theme-added", Group.THEMES),
  /** A theme id that the new version no longer has: breaking, since references to it break. */
  THEME_REMOVED("theme-removed", Group.THEMES),
  /** A theme became deprecated, replaced by nothing or by one theme new in this version. */
  THEME_DEPRECATED("theme-deprecated", Group.THEMES),
  /** A theme became deprecated, replaced by one theme that already existed: a merge. */
  THEME_MERGED("theme-merged", Group.THEMES),
  /** A theme became deprecated, replaced by several themes. */
  THEME_SPLIT("theme-split", Group.THEMES),
  /** A theme's label changed. */
  THEME_RELABELED("theme-relabeled", Group.THEMES),
  /** A theme's parent changed. */
  THEME_MOVED("theme-moved", Group.THEMES),
  /** A theme's definition changed. */
  DEFINITION_CHANGED("definition-changed", Group.THEMES),
  /** Alternative labels were added to or removed from a theme. */
  ALT_LABELS_CHANGED("alt-labels-changed", Group.THEMES),
  /** Evidence was added to or removed from a theme. */
  EVIDENCE_CHANGED("evidence-changed", Group.THEMES),
  /** Another field of a theme changed: notes, color, uuid, codable, or it is live again. */
  THEME_CHANGED("theme-changed", Group.THEMES),
  /** A crosswalk row for a theme and area that had none. */
  MAPPING_ADDED("mapping-added", Group.MAPPINGS),
  /** A crosswalk row that the new version no longer has. */
  MAPPING_REMOVED("mapping-removed", Group.MAPPINGS),
  /** The relation, confidence or rationale of a crosswalk row changed. */
  MAPPING_CHANGED("mapping-changed", Group.MAPPINGS),
  /** An area new in a framework that both versions have. */
  AREA_ADDED("area-added", Group.AREAS),
  /** An area gone from a framework that both versions have; breaking when it was mapped. */
  AREA_REMOVED("area-removed", Group.AREAS),
  /** An area's label changed. */
  AREA_RELABELED("area-relabeled", Group.AREAS),
  /** An area's description or uuid changed. */
  AREA_CHANGED("area-changed", Group.AREAS),
  /** A framework new in this version, with its areas. */
  FRAMEWORK_ADDED("framework-added", Group.AREAS),
  /** A framework gone, with its areas; breaking when any of them was mapped. */
  FRAMEWORK_REMOVED("framework-removed", Group.AREAS),
  /** A source new in this version. */
  SOURCE_ADDED("source-added", Group.SOURCES),
  /** A source gone. */
  SOURCE_REMOVED("source-removed", Group.SOURCES),
  /** A field of a source changed. */
  SOURCE_CHANGED("source-changed", Group.SOURCES),
  /** A field of the taxonomy itself, or of a framework, changed. */
  METADATA_CHANGED("metadata-changed", Group.METADATA),
  /** A removed theme and an added one look like one theme renamed. */
  POSSIBLE_RENAME("possible-rename", Group.THEMES);

  /** What {@code --only} selects. */
  public enum Group {
    /** Themes, their fields and lineage, and possible renames. */
    THEMES,
    /** Crosswalk rows. */
    MAPPINGS,
    /** Frameworks and their areas. */
    AREAS,
    /** Sources. */
    SOURCES,
    /** The taxonomy's and frameworks' own fields. */
    METADATA
  }

  private final String code;
  private final Group group;

  ChangeKind(String code, Group group) {
    this.code = code;
    this.group = group;
  }

  /** {@return the code used in output, such as {@code theme-added}} */
  public String code() {
    return code;
  }

  /** {@return the group this kind belongs to, as {@code diff --only} selects it} */
  public Group group() {
    return group;
  }

  /**
   * Finds a kind by its code.
   *
   * @param code a code such as {@code theme-added}
   * @return the kind, or empty
   */
  public static Optional<ChangeKind> fromCode(String code) {
    for (ChangeKind k : values()) {
      if (k.code.equals(code)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return code;
  }
}
