package org.themetaxonomy.core.rules;

import java.util.List;
import org.themetaxonomy.core.Rule;
import org.themetaxonomy.core.RuleInfo;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.core.internal.IdTable;
import org.themetaxonomy.core.internal.Texts;

/**
 * Warning: an alternative label equal, after folding, to its own theme's label or to another
 * theme's label. The first adds nothing; the second makes a search ambiguous.
 */
public final class AltLabelClashRule implements Rule {
  /** The rule's id. */
  public static final String ID = "altlabel-clash";

  private static final RuleInfo INFO =
      new RuleInfo(
          ID,
          Severity.WARNING,
          "An alternative label equals its own theme's label or another theme's label.");

  /** Creates the rule. */
  public AltLabelClashRule() {}

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Taxonomy taxonomy, Reporter reporter) {
    List<Theme> themes = taxonomy.themes();
    String[] own = new String[themes.size()]; // each label folded once
    for (int i = 0; i < themes.size(); i++) {
      own[i] = LabelFolding.fold(themes.get(i).label());
    }
    // The first theme of each folded label, in two arrays rather than a map entry per label.
    IdTable byLabel = IdTable.build(own.length, i -> own[i], (repeat, first) -> {});
    for (int i = 0; i < themes.size(); i++) {
      Theme theme = themes.get(i);
      for (String alt : theme.altLabels()) {
        String folded = LabelFolding.fold(alt);
        if (folded.equals(own[i])) {
          reporter.report(
              subject(i, theme),
              "theme "
                  + Texts.quote(theme.id())
                  + " has alternative label "
                  + Texts.quote(alt)
                  + ", which is its own label; remove it");
        } else {
          int other = byLabel.get(folded);
          if (other >= 0) {
            reporter.report(
                subject(i, theme),
                "theme "
                    + Texts.quote(theme.id())
                    + " has alternative label "
                    + Texts.quote(alt)
                    + ", which is the label of theme "
                    + Texts.quote(themes.get(other).id())
                    + "; a search for it would find two themes, so remove it or merge the themes");
          }
        }
      }
    }
  }

  private static Subject subject(int index, Theme theme) {
    return Subject.theme(index, theme.id()).field("altLabels");
  }
}
