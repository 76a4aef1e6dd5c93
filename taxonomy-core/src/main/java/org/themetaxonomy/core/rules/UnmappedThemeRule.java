package org.themetaxonomy.core.rules;

import org.themetaxonomy.core.Rule;
import org.themetaxonomy.core.RuleInfo;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.core.internal.Texts;

/**
 * Warning: a theme maps to no area of any framework, neither itself nor through a descendant.
 * Silent when the taxonomy has no framework: then there is nothing to map to. Silent on deprecated
 * themes too: they should have no rows ({@code deprecated-mapping}), so asking for one would
 * contradict that rule.
 */
public final class UnmappedThemeRule implements Rule {
  /** The rule's id. */
  public static final String ID = "unmapped-theme";

  private static final RuleInfo INFO =
      new RuleInfo(
          ID,
          Severity.WARNING,
          "A theme maps to no framework area, neither itself nor through a descendant.");

  /** Creates the rule. */
  public UnmappedThemeRule() {}

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Taxonomy taxonomy, Reporter reporter) {
    if (taxonomy.frameworks().isEmpty()) {
      return;
    }
    for (Theme theme : taxonomy.unmappedThemes()) {
      if (theme.deprecated()) {
        continue;
      }
      reporter.report(
          Subject.theme(taxonomy.indexOf(theme.id()), theme.id()),
          "theme "
              + Texts.quote(theme.id())
              + " maps to no framework area, neither itself nor through a sub-theme; add a"
              + " crosswalk row for it, or for one of its sub-themes");
    }
  }
}
