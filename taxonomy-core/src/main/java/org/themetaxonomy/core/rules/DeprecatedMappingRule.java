package org.themetaxonomy.core.rules;

import java.util.List;
import java.util.Map;
import org.themetaxonomy.core.Mapping;
import org.themetaxonomy.core.Rule;
import org.themetaxonomy.core.RuleInfo;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.internal.Texts;

/**
 * Warning: a crosswalk row maps a deprecated theme. Coverage counted through a theme that is going
 * away overstates what the live taxonomy covers. Reported at each row's {@code theme}.
 */
public final class DeprecatedMappingRule implements Rule {
  /** The rule's id. */
  public static final String ID = "deprecated-mapping";

  private static final RuleInfo INFO =
      new RuleInfo(ID, Severity.WARNING, "A crosswalk row maps a deprecated theme.");

  /** Creates the rule. */
  public DeprecatedMappingRule() {}

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Taxonomy taxonomy, Reporter reporter) {
    Map<String, Integer> deprecated = Replacements.deprecated(taxonomy);
    if (deprecated.isEmpty()) {
      return;
    }
    List<Mapping> crosswalk = taxonomy.crosswalk();
    for (int r = 0; r < crosswalk.size(); r++) {
      Mapping row = crosswalk.get(r);
      Integer t = deprecated.get(row.theme());
      if (t != null) {
        reporter.report(
            Subject.mapping(r).field("theme"),
            "crosswalk row "
                + (r + 1)
                + " maps deprecated theme "
                + Texts.quote(row.theme())
                + " to area "
                + row.areaRef()
                + "; map "
                + Replacements.target(taxonomy, t)
                + " instead, or remove the row");
      }
    }
  }
}
