package org.themetaxonomy.core.rules;

import org.themetaxonomy.core.Mapping;
import org.themetaxonomy.core.Rule;
import org.themetaxonomy.core.RuleInfo;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.internal.Texts;

/**
 * Error: the same theme is mapped to the same area by more than one crosswalk row. Rows where one
 * relation is {@code exact} and another is not are left to the {@code exact-clash} rule.
 */
public final class DuplicateMappingRule implements Rule {
  /** The rule's id. */
  public static final String ID = "duplicate-mapping";

  private static final RuleInfo INFO =
      new RuleInfo(ID, Severity.ERROR, "The same theme is mapped to the same area more than once.");

  /** Creates the rule. */
  public DuplicateMappingRule() {}

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Taxonomy taxonomy, Reporter reporter) {
    for (SameAreaRows group : SameAreaRows.groups(taxonomy)) {
      if (group.clashes(taxonomy)) {
        continue;
      }
      Mapping first = taxonomy.crosswalk().get(group.rows()[0]);
      for (int k = 1; k < group.rows().length; k++) {
        int row = group.rows()[k];
        Mapping again = taxonomy.crosswalk().get(row);
        String relations =
            again.relation() == first.relation()
                ? "again"
                : "again, as "
                    + again.relation()
                    + " where row "
                    + (group.rows()[0] + 1)
                    + " says "
                    + first.relation();
        reporter.report(
            Subject.mapping(row),
            "theme "
                + Texts.quote(again.theme())
                + " is mapped to area "
                + again.areaRef()
                + " "
                + relations
                + " (first in crosswalk row "
                + (group.rows()[0] + 1)
                + "); keep one row per theme and area");
      }
    }
  }
}
