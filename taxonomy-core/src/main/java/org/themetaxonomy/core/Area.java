package org.themetaxonomy.core;

import org.jspecify.annotations.Nullable;

/**
 * One area of a framework, such as "Leadership".
 *
 * @param id the area's id, unique within its framework
 * @param label its name
 * @param description what it covers
 */
public record Area(String id, String label, @Nullable String description) {
  /** Checks the arguments; a blank description becomes null. */
  public Area {
    Ids.require(id, "area id");
    Texts.required(label, "area label");
    description = Texts.optional(description);
  }

  /**
   * Creates an area without a description.
   *
   * @param id the id
   * @param label the label
   * @return the area
   */
  public static Area of(String id, String label) {
    return new Area(id, label, null);
  }
}
