package org.themetaxonomy.core.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.themetaxonomy.core.AreaRef;
import org.themetaxonomy.core.Mapping;
import org.themetaxonomy.core.Relation;
import org.themetaxonomy.core.Rule;
import org.themetaxonomy.core.RuleInfo;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Texts;
import org.themetaxonomy.core.Theme;

/**
 * Error: the same theme is mapped to the same area by more than one crosswalk row. Rows where one
 * relation is {@code exact} and another is not are left to {@link ExactClashRule}.
 */
public final class DuplicateMappingRule implements Rule {
  /** The rule's id. */
  public static final String ID = "duplicate-mapping";

  private static final RuleInfo INFO =
      new RuleInfo(ID, Severity.ERROR, "The same theme is mapped to the same area more than once.");

  /** Creates the rule. */
  public DuplicateMappingRule() {}

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Taxonomy taxonomy, Reporter reporter) {
    for (SameAreaRows group : SameAreaRows.groups(taxonomy)) {
      if (ExactClashRule.clashes(taxonomy, group)) {
        continue;
      }
      Mapping first = taxonomy.crosswalk().get(group.rows()[0]);
      for (int k = 1; k < group.rows().length; k++) {
        int row = group.rows()[k];
        Mapping again = taxonomy.crosswalk().get(row);
        String relations =
            again.relation() == first.relation()
                ? "again"
                : "again, as "
                    + again.relation()
                    + " where row "
                    + (group.rows()[0] + 1)
                    + " says "
                    + first.relation();
        reporter.report(
            Subject.mapping(row),
            "theme "
                + Texts.quote(again.theme())
                + " is mapped to area "
                + again.areaRef()
                + " "
                + relations
                + " (first in crosswalk row "
                + (group.rows()[0] + 1)
                + "); keep one row per theme and area");
      }
    }
  }

  /** Crosswalk rows grouped by theme and area, for the two rules that compare them. */
  record SameAreaRows(String theme, AreaRef area, int[] rows) {
    static Iterable<SameAreaRows> groups(Taxonomy taxonomy) {
      // Per theme, through the index: a theme has a handful of rows, so pairs are cheap.
      List<SameAreaRows> repeated = new ArrayList<>();
      List<Mapping> crosswalk = taxonomy.crosswalk();
      for (Theme theme : taxonomy.themes()) {
        int[] rows = taxonomy.mappingRowsOf(theme.id());
        for (int a = 0; a < rows.length; a++) {
          Mapping m = crosswalk.get(rows[a]);
          int[] same = null;
          boolean seenBefore = false;
          for (int b = 0; b < rows.length && !seenBefore; b++) {
            if (b != a && sameArea(m, crosswalk.get(rows[b]))) {
              if (b < a) {
                seenBefore = true;
              } else {
                same = same == null ? new int[] {rows[a], rows[b]} : append(same, rows[b]);
              }
            }
          }
          if (!seenBefore && same != null) {
            repeated.add(new SameAreaRows(theme.id(), m.areaRef(), same));
          }
        }
      }
      repeated.sort(Comparator.comparingInt(g -> g.rows()[0]));
      return repeated;
    }
  }

  /** Compares the ids directly: this runs for every pair of a theme's rows. */
  private static boolean sameArea(Mapping x, Mapping y) {
    return x.area().equals(y.area()) && x.framework().equals(y.framework());
  }

  private static int[] append(int[] rows, int row) {
    int[] out = Arrays.copyOf(rows, rows.length + 1);
    out[rows.length] = row;
    return out;
  }

  static boolean hasRelation(Taxonomy taxonomy, int[] rows, boolean exact) {
    for (int r : rows) {
      if ((taxonomy.crosswalk().get(r).relation() == Relation.EXACT) == exact) {
        return true;
      }
    }
    return false;
  }
}
