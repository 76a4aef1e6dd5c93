package org.themetaxonomy.core.rules;

import org.themetaxonomy.core.Rule;
import org.themetaxonomy.core.RuleInfo;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.core.internal.Texts;

/** Info: a theme with no definition. */
public final class MissingDefinitionRule implements Rule {
  /** The rule's id. */
  public static final String ID = "missing-definition";

  private static final RuleInfo INFO =
      new RuleInfo(ID, Severity.INFO, "A theme with no definition.");

  /** Creates the rule. */
  public MissingDefinitionRule() {}

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Taxonomy taxonomy, Reporter reporter) {
    for (int i = 0; i < taxonomy.themes().size(); i++) {
      Theme theme = taxonomy.themes().get(i);
      if (theme.definition() == null) {
        reporter.report(
            Subject.theme(i, theme.id()),
            "theme "
                + Texts.quote(theme.id())
                + " has no definition; say in a sentence what the theme covers");
      }
    }
  }
}
