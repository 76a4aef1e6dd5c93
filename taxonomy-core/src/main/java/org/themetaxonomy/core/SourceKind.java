package org.themetaxonomy.core;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What kind of gathering or document a source is. */
public enum SourceKind {
  /** A moderated group discussion. */
  FOCUS_GROUP("focus-group"),
  /** A conversation with one or a few people. */
  INTERVIEW("interview"),
  /** A meeting whose discussion was recorded. */
  MEETING("meeting"),
  /** A written report. */
  REPORT("report"),
  /** A questionnaire. */
  SURVEY("survey"),
  /** Any other document. */
  DOCUMENT("document"),
  /** Anything else. */
  OTHER("other");

  private final String code;

  SourceKind(String code) {
    this.code = code;
  }

  /** {@return the name used in files, such as {@code focus-group}} */
  public String code() {
    return code;
  }

  /**
   * Looks a kind up by its file name.
   *
   * @param code the name used in files
   * @return the kind, or empty if there is none of that name
   */
  public static Optional<SourceKind> fromCode(String code) {
    for (SourceKind kind : values()) {
      if (kind.code.equals(code)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** {@return every code in declaration order, comma-separated, for messages} */
  public static String codes() {
    return Arrays.stream(values()).map(SourceKind::code).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return code;
  }
}
