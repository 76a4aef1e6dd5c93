package org.themetaxonomy.core.rules;

import java.util.List;
import org.themetaxonomy.core.Rule;
import org.themetaxonomy.core.RuleInfo;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.core.internal.Texts;

/**
 * Error: a theme that is not deprecated names themes that replace it. Either the theme was retired
 * and {@code deprecated} was forgotten, or {@code replacedBy} is left over from an edit; a reader
 * of the taxonomy cannot tell which.
 */
public final class ReplacedByOnLiveThemeRule implements Rule {
  /** The rule's id. */
  public static final String ID = "replacedby-on-live-theme";

  private static final RuleInfo INFO =
      new RuleInfo(ID, Severity.ERROR, "A theme that is not deprecated has replacedBy.");

  /** Creates the rule. */
  public ReplacedByOnLiveThemeRule() {}

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Taxonomy taxonomy, Reporter reporter) {
    List<Theme> themes = taxonomy.themes();
    for (int i = 0; i < themes.size(); i++) {
      Theme theme = themes.get(i);
      if (!theme.deprecated() && !theme.replacedBy().isEmpty()) {
        reporter.report(
            Subject.theme(i, theme.id()).field("replacedBy"),
            "theme "
                + Texts.quote(theme.id())
                + " is not deprecated but is replaced by "
                + Replacements.quoted(theme.replacedBy())
                + "; set deprecated to true if it was retired, or empty replacedBy if it is"
                + " still in use");
      }
    }
  }
}
