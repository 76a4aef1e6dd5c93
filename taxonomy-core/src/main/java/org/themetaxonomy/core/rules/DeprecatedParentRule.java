package org.themetaxonomy.core.rules;

import java.util.List;
import java.util.Map;
import org.themetaxonomy.core.Rule;
import org.themetaxonomy.core.RuleInfo;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.core.internal.Texts;

/**
 * Warning: a live theme whose parent is deprecated. A deprecated theme is kept only so that old
 * references resolve; live themes under it hang from a branch that is going away. Reported at each
 * live child's {@code parent}, where the mend is made.
 */
public final class DeprecatedParentRule implements Rule {
  /** The rule's id. */
  public static final String ID = "deprecated-parent";

  private static final RuleInfo INFO =
      new RuleInfo(ID, Severity.WARNING, "A theme that is not deprecated has a deprecated parent.");

  /** Creates the rule. */
  public DeprecatedParentRule() {}

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
    List<Theme> themes = taxonomy.themes();
    for (int i = 0; i < themes.size(); i++) {
      Theme theme = themes.get(i);
      Integer p = theme.parent() == null ? null : deprecated.get(theme.parent());
      if (p != null && !theme.deprecated()) {
        reporter.report(
            Subject.theme(i, theme.id()).field("parent"),
            "theme "
                + Texts.quote(theme.id())
                + " is live but its parent "
                + Texts.quote(theme.parent())
                + " is deprecated; move it under "
                + Replacements.target(taxonomy, p)
                + ", or deprecate it too");
      }
    }
  }
}
