package org.themetaxonomy.core;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;

/**
 * One finding about a taxonomy or its file.
 *
 * @param ruleId the stable kebab-case id of the rule that found it
 * @param severity how serious it is
 * @param message what is wrong and how to mend it
 * @param subject the element concerned
 * @param location where it is
 */
public record Diagnostic(
    String ruleId, Severity severity, String message, Subject subject, Location location) {

  /** Orders by location, then rule id, then message: the order people read a report in. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::location, Location.ORDER)
          .thenComparing(Diagnostic::ruleId)
          .thenComparing(Diagnostic::message);

  /**
   * Checks that every part is present.
   *
   * @param ruleId the stable kebab-case id of the rule that found it
   * @param severity how serious it is
   * @param message what is wrong and how to mend it
   * @param subject the element concerned; {@link Subject#file()} for the file as a whole
   * @param location where it is; {@link Location#UNKNOWN} when nothing is known
   * @throws NullPointerException if any argument is null
   */
  public Diagnostic {
    requireNonNull(ruleId, "ruleId");
    requireNonNull(severity, "severity");
    requireNonNull(message, "message");
    requireNonNull(subject, "subject");
    requireNonNull(location, "location");
  }

  /** Returns {@code location: severity: message [rule-id]}. */
  @Override
  public String toString() {
    String where = location.isKnown() ? location + ": " : "";
    return where + severity.code() + ": " + message + " [" + ruleId + "]";
  }
}
