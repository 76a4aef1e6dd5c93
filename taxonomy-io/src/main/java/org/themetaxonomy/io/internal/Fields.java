package org.themetaxonomy.io.internal;

import com.google.common.collect.ImmutableList;
import org.themetaxonomy.core.Subject.Kind;

/**
 * The fields of each kind of element, named as in the files, in the order the writers write them.
 * The JSON reader, both CSV ends and the position table share these lists.
 */
public final class Fields {
  /** The taxonomy's own fields. */
  public static final ImmutableList<String> TAXONOMY =
      ImmutableList.of("formatVersion", "id", "title", "version", "description", "language");

  /** A source's fields. */
  public static final ImmutableList<String> SOURCE =
      ImmutableList.of(
          "id",
          "title",
          "kind",
          "date",
          "participants",
          "participantCount",
          "location",
          "url",
          "notes");

  /** A framework's fields; {@code areas} only in JSON. */
  public static final ImmutableList<String> FRAMEWORK =
      ImmutableList.of("id", "title", "version", "description", "url", "areas");

  /** An area's fields; {@code framework} only in areas.csv. */
  public static final ImmutableList<String> AREA =
      ImmutableList.of("framework", "id", "label", "description");

  /** A theme's fields; {@code evidence} only in JSON. */
  public static final ImmutableList<String> THEME =
      ImmutableList.of("id", "parent", "label", "definition", "altLabels", "evidence", "notes");

  /** An evidence entry's fields; {@code theme} only in evidence.csv. */
  public static final ImmutableList<String> EVIDENCE =
      ImmutableList.of("theme", "source", "locator", "excerpt", "note");

  /** A crosswalk row's fields. */
  public static final ImmutableList<String> MAPPING =
      ImmutableList.of("theme", "framework", "area", "relation", "confidence", "rationale");

  private Fields() {}

  /**
   * Returns the fields of a kind of element.
   *
   * @param kind the kind
   * @return its fields
   */
  public static ImmutableList<String> of(Kind kind) {
    return switch (kind) {
      case FILE -> ImmutableList.of();
      case TAXONOMY -> TAXONOMY;
      case SOURCE -> SOURCE;
      case FRAMEWORK -> FRAMEWORK;
      case AREA -> AREA;
      case THEME -> THEME;
      case EVIDENCE -> EVIDENCE;
      case MAPPING -> MAPPING;
    };
  }
}
