package org.themetaxonomy.core.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.themetaxonomy.core.AreaRef;
import org.themetaxonomy.core.Mapping;
import org.themetaxonomy.core.Relation;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;

/**
 * The crosswalk rows that map one theme to one area, when there are two or more: what {@link
 * DuplicateMappingRule} and {@link ExactClashRule} compare. A group where {@code exact} meets
 * another relation {@link #clashes clashes} and belongs to the second rule; any other belongs to
 * the first.
 *
 * @param theme the theme's id
 * @param area the area
 * @param rows the rows' positions in the crosswalk, in model order, at least two
 */
record SameAreaRows(String theme, AreaRef area, int[] rows) {

  /** Returns every group of repeated rows, ordered by the group's first row. */
  static List<SameAreaRows> groups(Taxonomy taxonomy) {
    // Per theme, through the index: a theme has a handful of rows, so pairs are cheap.
    List<SameAreaRows> repeated = new ArrayList<>();
    List<Mapping> crosswalk = taxonomy.crosswalk();
    List<Theme> themes = taxonomy.themes();
    for (int t = 0; t < themes.size(); t++) {
      Theme theme = themes.get(t);
      int[] rows = taxonomy.mappingRowsAt(t);
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

  /** Tells whether the rows say {@code exact} and something else too (the SKOS clash). */
  boolean clashes(Taxonomy taxonomy) {
    return hasRelation(taxonomy, true) && hasRelation(taxonomy, false);
  }

  private boolean hasRelation(Taxonomy taxonomy, boolean exact) {
    for (int r : rows) {
      if ((taxonomy.crosswalk().get(r).relation() == Relation.EXACT) == exact) {
        return true;
      }
    }
    return false;
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
}
