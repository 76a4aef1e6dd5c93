package org.themetaxonomy.core;

import static java.util.Objects.requireNonNull;

/**
 * What a rule is: its id, its severity and what it catches.
 *
 * @param id the stable kebab-case id
 * @param severity the severity of its findings
 * @param summary what it catches, in a sentence
 */
public record RuleInfo(String id, Severity severity, String summary) {
  /**
   * Checks that every part is present.
   *
   * @param id the stable kebab-case id, as {@code --disable} and the diagnostics name it
   * @param severity the severity of its findings
   * @param summary what it catches, in a sentence
   * @throws NullPointerException if any argument is null
   */
  public RuleInfo {
    requireNonNull(id, "id");
    requireNonNull(severity, "severity");
    requireNonNull(summary, "summary");
  }
}
