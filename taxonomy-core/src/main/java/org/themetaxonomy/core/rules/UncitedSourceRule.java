package org.themetaxonomy.core.rules;

import java.util.HashSet;
import java.util.Set;
import org.themetaxonomy.core.Evidence;
import org.themetaxonomy.core.Rule;
import org.themetaxonomy.core.RuleInfo;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Source;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.core.internal.Texts;

/** Warning: a source that no theme's evidence cites. */
public final class UncitedSourceRule implements Rule {
  /** The rule's id. */
  public static final String ID = "uncited-source";

  private static final RuleInfo INFO =
      new RuleInfo(ID, Severity.WARNING, "A source that no theme's evidence cites.");

  /** Creates the rule. */
  public UncitedSourceRule() {}

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Taxonomy taxonomy, Reporter reporter) {
    Set<String> cited = new HashSet<>();
    for (Theme theme : taxonomy.themes()) {
      for (Evidence evidence : theme.evidence()) {
        cited.add(evidence.source());
      }
    }
    for (int i = 0; i < taxonomy.sources().size(); i++) {
      Source source = taxonomy.sources().get(i);
      if (!cited.contains(source.id())) {
        reporter.report(
            Subject.source(i, source.id()),
            "source "
                + Texts.quote(source.id())
                + " is cited by no theme's evidence; cite it where it supports a theme, or"
                + " remove it");
      }
    }
  }
}
