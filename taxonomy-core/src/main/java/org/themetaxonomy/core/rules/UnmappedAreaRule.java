package org.themetaxonomy.core.rules;

import org.themetaxonomy.core.Area;
import org.themetaxonomy.core.AreaRef;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Rule;
import org.themetaxonomy.core.RuleInfo;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Taxonomy;

/**
 * Warning: a framework area that no theme maps to. Often a true finding: the sources never touched
 * that area.
 */
public final class UnmappedAreaRule implements Rule {
  /** The rule's id. */
  public static final String ID = "unmapped-area";

  private static final RuleInfo INFO =
      new RuleInfo(ID, Severity.WARNING, "A framework area that no theme maps to.");

  /** Creates the rule. */
  public UnmappedAreaRule() {}

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Taxonomy taxonomy, Reporter reporter) {
    for (int f = 0; f < taxonomy.frameworks().size(); f++) {
      Framework framework = taxonomy.frameworks().get(f);
      for (int a = 0; a < framework.areas().size(); a++) {
        Area area = framework.areas().get(a);
        AreaRef ref = new AreaRef(framework.id(), area.id());
        if (!taxonomy.isMapped(ref)) {
          reporter.report(
              Subject.area(f, a, ref),
              "no theme maps to area "
                  + ref
                  + " ("
                  + area.label()
                  + "); if the sources touch it, add a crosswalk row, otherwise this is a gap"
                  + " in the evidence worth reporting");
        }
      }
    }
  }
}
