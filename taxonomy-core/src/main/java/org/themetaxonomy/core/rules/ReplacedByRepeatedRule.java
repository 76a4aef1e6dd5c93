package org.themetaxonomy.core.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.themetaxonomy.core.Rule;
import org.themetaxonomy.core.RuleInfo;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.core.internal.Texts;

/**
 * Error: {@code replacedBy} names one theme more than once. How many replacements a theme has is
 * what it means: one is a rename or a merge, several a split, so {@code ["funding", "funding"]}
 * reads as a split into two themes that are one. Reported once per repeated id.
 */
public final class ReplacedByRepeatedRule implements Rule {
  /** The rule's id. */
  public static final String ID = "replacedby-repeated";

  private static final RuleInfo INFO =
      new RuleInfo(ID, Severity.ERROR, "replacedBy names one theme more than once.");

  /** Creates the rule. */
  public ReplacedByRepeatedRule() {}

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Taxonomy taxonomy, Reporter reporter) {
    List<Theme> themes = taxonomy.themes();
    for (int i = 0; i < themes.size(); i++) {
      Theme theme = themes.get(i);
      List<String> replacedBy = theme.replacedBy();
      if (replacedBy.size() < 2) {
        continue;
      }
      Set<String> seen = new HashSet<>();
      Set<String> reported = new HashSet<>();
      for (String id : replacedBy) {
        if (!seen.add(id) && reported.add(id)) {
          reporter.report(
              Subject.theme(i, theme.id()).field("replacedBy"),
              "theme "
                  + Texts.quote(theme.id())
                  + " names "
                  + Texts.quote(id)
                  + " more than once in replacedBy; list each replacement once (several"
                  + " replacements read as a split)");
        }
      }
    }
  }
}
