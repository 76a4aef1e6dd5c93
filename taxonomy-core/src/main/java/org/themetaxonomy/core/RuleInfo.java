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
  /** Checks the arguments. */
  public RuleInfo {
    requireNonNull(id, "id");
    requireNonNull(severity, "severity");
    requireNonNull(summary, "summary");
  }
}
