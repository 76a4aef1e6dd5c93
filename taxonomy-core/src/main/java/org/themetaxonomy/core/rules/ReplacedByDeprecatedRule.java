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
 * Error: {@code replacedBy} names a deprecated theme, the theme itself included. A replacement is
 * where old references should move to, so it must be live; the message names the live themes at the
 * end of the chain. That a {@code replacedBy} names an existing theme at all is structural ({@code
 * unknown-reference}).
 */
public final class ReplacedByDeprecatedRule implements Rule {
  /** The rule's id. */
  public static final String ID = "replacedby-deprecated";

  private static final RuleInfo INFO =
      new RuleInfo(ID, Severity.ERROR, "replacedBy names a deprecated theme.");

  /** Creates the rule. */
  public ReplacedByDeprecatedRule() {}

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Taxonomy taxonomy, Reporter reporter) {
    List<Theme> themes = taxonomy.themes();
    for (int i = 0; i < themes.size(); i++) {
      Theme theme = themes.get(i);
      for (String replacement : theme.replacedBy()) {
        int r = taxonomy.indexOf(replacement);
        if (r < 0 || !themes.get(r).deprecated()) {
          continue;
        }
        Subject subject = Subject.theme(i, theme.id()).field("replacedBy");
        if (r == i) {
          reporter.report(
              subject,
              "theme "
                  + Texts.quote(theme.id())
                  + " names itself in replacedBy; name the live theme that replaces it");
        } else {
          reporter.report(
              subject,
              "theme "
                  + Texts.quote(theme.id())
                  + " is replaced by "
                  + Texts.quote(replacement)
                  + ", which is deprecated too; name "
                  + Replacements.target(taxonomy, r)
                  + " instead");
        }
      }
    }
  }
}
