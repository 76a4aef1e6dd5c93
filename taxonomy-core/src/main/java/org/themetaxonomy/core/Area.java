package org.themetaxonomy.core;

import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.internal.Texts;

/**
 * One area of a framework, such as "Leadership".
 *
 * @param id the area's id, unique within its framework
 * @param label its name
 * @param description what it covers
 * @param uuid the guid of the QDA Set that carries the area (RFC 4122 text form), or null
 */
public record Area(String id, String label, @Nullable String description, @Nullable String uuid) {
  /**
   * Checks the arguments; a blank description or uuid becomes null.
   *
   * @param id the area's id, unique within its framework; must match the id pattern
   * @param label its name; may not be blank
   * @param description what it covers, or null
   * @param uuid the QDA Set's guid in RFC 4122 text form (any case, no braces), or null
   * @throws IllegalArgumentException if the id is not a valid id, the label is blank, or the uuid
   *     is not a UUID
   */
  public Area {
    Ids.require(id, "area id");
    Texts.required(label, "area label");
    description = Texts.optional(description);
    uuid = Texts.optional(uuid);
    if (uuid != null && !ValueSyntax.isUuid(uuid)) {
      throw new IllegalArgumentException("uuid " + Texts.quote(uuid) + " is not a UUID");
    }
  }

  /**
   * Creates an area with no uuid.
   *
   * @param id the id
   * @param label the label
   * @param description what it covers, or null
   */
  public Area(String id, String label, @Nullable String description) {
    this(id, label, description, null);
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
