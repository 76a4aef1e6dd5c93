package org.themetaxonomy.core.rules;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.themetaxonomy.core.Relation;
import org.themetaxonomy.core.Rule;
import org.themetaxonomy.core.RuleInfo;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.internal.Texts;

/**
 * Error: a theme is mapped to an area as {@code exact} and also by another relation. In SKOS an
 * exact match excludes every other mapping between the same two concepts.
 */
public final class ExactClashRule implements Rule {
  /** The rule's id. */
  public static final String ID = "exact-clash";

  private static final RuleInfo INFO =
      new RuleInfo(
          ID,
          Severity.ERROR,
          "A theme is mapped to an area as exact and by another relation too (the SKOS clash).");

  /** Creates the rule. */
  public ExactClashRule() {}

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Taxonomy taxonomy, Reporter reporter) {
    for (SameAreaRows group : SameAreaRows.groups(taxonomy)) {
      if (!group.clashes(taxonomy)) {
        continue;
      }
      String others =
          Arrays.stream(group.rows())
              .mapToObj(r -> taxonomy.crosswalk().get(r).relation())
              .filter(rel -> rel != Relation.EXACT)
              .distinct()
              .map(Relation::code)
              .collect(Collectors.joining(", "));
      String rows =
          Arrays.stream(group.rows())
              .mapToObj(r -> String.valueOf(r + 1))
              .collect(Collectors.joining(", "));
      reporter.report(
          Subject.mapping(group.rows()[1]).field("relation"),
          "theme "
              + Texts.quote(group.theme())
              + " is mapped to area "
              + group.area()
              + " as exact and as "
              + others
              + " (crosswalk rows "
              + rows
              + "); an exact match excludes any other relation, so keep only one row");
    }
  }
}
