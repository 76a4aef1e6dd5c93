package org.themetaxonomy.core;

/**
 * One validation rule over a structurally sound taxonomy. Implementations are stateless; a {@link
 * Validator} composes them. On a large taxonomy the validator runs several rules at the same time,
 * each on its own thread with its own {@link Reporter}, so a rule must not change state that
 * another rule reads; one rule's {@code check} is never run twice at once by one validation.
 */
public interface Rule {
  /** {@return the rule's id, severity and summary; the same on every call} */
  RuleInfo info();

  /**
   * Checks a taxonomy.
   *
   * @param taxonomy the taxonomy
   * @param reporter receives each finding
   */
  void check(Taxonomy taxonomy, Reporter reporter);

  /** Receives a rule's findings; the validator adds the rule id, severity and location. */
  @FunctionalInterface
  interface Reporter {
    /**
     * Reports one finding.
     *
     * @param subject the element concerned
     * @param message what is wrong and how to mend it
     */
    void report(Subject subject, String message);
  }
}
