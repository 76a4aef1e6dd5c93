package org.themetaxonomy.core;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a theme relates to a framework area, read from the theme's side as the SKOS mapping
 * properties are: {@link #BROAD} means the area is broader than the theme.
 */
public enum Relation {
  /** The theme and the area mean the same. */
  EXACT("exact"),
  /** Nearly the same; interchangeable in most uses. */
  CLOSE("close"),
  /** The area is broader than the theme. */
  BROAD("broad"),
  /** The area is narrower than the theme. */
  NARROW("narrow"),
  /** Associated, but neither contains the other. */
  RELATED("related");

  private final String code;

  Relation(String code) {
    this.code = code;
  }

  /** {@return the name used in files, such as {@code broad}} */
  public String code() {
    return code;
  }

  /**
   * Looks a relation up by its file name.
   *
   * @param code the name used in files
   * @return the relation, or empty if there is none of that name
   */
  public static Optional<Relation> fromCode(String code) {
    for (Relation relation : values()) {
      if (relation.code.equals(code)) {
        return Optional.of(relation);
      }
    }
    return Optional.empty();
  }

  /** {@return every code in declaration order, comma-separated, for messages} */
  public static String codes() {
    return Arrays.stream(values()).map(Relation::code).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return code;
  }
}
