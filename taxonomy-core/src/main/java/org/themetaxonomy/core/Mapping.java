package org.themetaxonomy.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.internal.Texts;

/**
 * One crosswalk row: a theme mapped to a framework area.
 *
 * @param theme the theme's id
 * @param framework the framework's id
 * @param area the area's id within the framework
 * @param relation how the theme relates to the area
 * @param confidence how sure the analyst is, from 0 to 1
 * @param rationale why, in a line
 */
public record Mapping(
    String theme,
    String framework,
    String area,
    Relation relation,
    @Nullable Double confidence,
    @Nullable String rationale) {

  /**
   * Checks the arguments; a blank rationale becomes null. The ids need not name existing elements
   * here: a row that names no theme, framework or area is a reference error the validator reports.
   *
   * @param theme the theme's id
   * @param framework the framework's id
   * @param area the area's id within the framework
   * @param relation how the theme relates to the area, read from the theme's side
   * @param confidence how sure the analyst is, from 0 to 1, or null if not stated
   * @param rationale why, in a line, or null
   * @throws IllegalArgumentException if an id is not a valid id or the confidence is outside 0 to 1
   * @throws NullPointerException if the relation is null
   */
  public Mapping {
    Ids.require(theme, "crosswalk theme");
    Ids.require(framework, "crosswalk framework");
    Ids.require(area, "crosswalk area");
    requireNonNull(relation, "relation");
    checkArgument(
        confidence == null || (confidence >= 0 && confidence <= 1),
        "confidence %s is not between 0 and 1",
        confidence);
    rationale = Texts.optional(rationale);
  }

  /**
   * Creates a row without confidence or rationale.
   *
   * @param theme the theme id
   * @param framework the framework id
   * @param area the area id
   * @param relation the relation
   * @return the row
   */
  public static Mapping of(String theme, String framework, String area, Relation relation) {
    return new Mapping(theme, framework, area, relation, null, null);
  }

  /** {@return the framework and area this row maps to} */
  public AreaRef areaRef() {
    return new AreaRef(framework, area);
  }
}
