package org.themetaxonomy.core;

import com.google.common.collect.ImmutableList;

/**
 * The structural rules, checked while a taxonomy is built: a taxonomy that breaks one cannot exist,
 * so these rules cannot be switched off. All are errors.
 */
public final class StructuralRules {
  /** Two elements of one kind share an id (areas: within their framework). */
  public static final String DUPLICATE_ID = "duplicate-id";

  /** A theme's parent names no theme. */
  public static final String UNKNOWN_PARENT = "unknown-parent";

  /** A theme names itself as its parent. */
  public static final String SELF_PARENT = "self-parent";

  /** Themes whose parents form a cycle. */
  public static final String PARENT_CYCLE = "parent-cycle";

  /**
   * Evidence, a crosswalk row or a theme's {@code replacedBy} names a source, theme, framework or
   * area that does not exist.
   */
  public static final String UNKNOWN_REFERENCE = "unknown-reference";

  /** Every structural rule. */
  public static final ImmutableList<RuleInfo> ALL =
      ImmutableList.of(
          new RuleInfo(
              DUPLICATE_ID,
              Severity.ERROR,
              "Two sources, frameworks or themes, or two areas of one framework, share an id."),
          new RuleInfo(UNKNOWN_PARENT, Severity.ERROR, "A theme's parent names no theme."),
          new RuleInfo(SELF_PARENT, Severity.ERROR, "A theme names itself as its parent."),
          new RuleInfo(
              PARENT_CYCLE,
              Severity.ERROR,
              "Themes whose parents form a cycle; the message lists the cycle."),
          new RuleInfo(
              UNKNOWN_REFERENCE,
              Severity.ERROR,
              "Evidence names no source, a crosswalk row names no theme, framework or area, or a"
                  + " replacedBy names no theme."));

  private StructuralRules() {}

  /**
   * Tells whether an id names a structural rule.
   *
   * @param ruleId the id
   * @return true if structural
   */
  public static boolean isStructural(String ruleId) {
    return ALL.stream().anyMatch(r -> r.id().equals(ruleId));
  }
}
