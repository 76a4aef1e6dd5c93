package org.themetaxonomy.core.summary;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.themetaxonomy.core.Area;
import org.themetaxonomy.core.AreaRef;
import org.themetaxonomy.core.Coverage;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Mapping;
import org.themetaxonomy.core.Relation;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.core.internal.Texts;

/**
 * The crosswalk of one framework as a matrix of themes by areas, with how each area is covered.
 *
 * <p>Rows hold the themes that map to the framework themselves; a cell lists the relations of that
 * theme to that area in crosswalk order (usually one, more if the crosswalk repeats a pair).
 * Besides the rows, the matrix knows for every theme which areas it reaches directly or through a
 * descendant, so a view can mark a group whose sub-themes reach an area.
 */
public final class CrosswalkMatrix {
  private final Framework framework;
  private final Coverage coverage;
  private final ImmutableList<Row> rows;
  private final ImmutableList<AreaCoverage> areas;
  private final int[] rowOfTheme;
  // One bit set per area: the positions of the themes that reach it, themselves or below.
  private final BitSet[] reach;

  /**
   * A theme that maps to the framework itself.
   *
   * @param theme the theme
   * @param index its position in the taxonomy
   * @param depth its depth (0 for a top-level theme)
   * @param cells per area, in framework order, the relations of the theme to it (empty if none)
   */
  public record Row(
      Theme theme, int index, int depth, ImmutableList<ImmutableList<Relation>> cells) {
    /**
     * Copies the cells and checks the position and depth.
     *
     * @param theme the theme
     * @param index its position in the taxonomy
     * @param depth its depth (0 for a top-level theme)
     * @param cells per area, in framework order, the relations of the theme to it (empty if none)
     * @throws IllegalArgumentException if the position or depth is negative
     */
    public Row {
      cells = ImmutableList.copyOf(cells);
      if (index < 0 || depth < 0) {
        throw new IllegalArgumentException("a negative position or depth");
      }
    }
  }

  /**
   * How one area is covered.
   *
   * @param area the area
   * @param direct the themes mapped to it themselves
   * @param reached the themes that reach it themselves or through a descendant
   */
  public record AreaCoverage(Area area, int direct, int reached) {
    /**
     * Checks the counts.
     *
     * @param area the area
     * @param direct the themes mapped to it themselves
     * @param reached the themes that reach it themselves or through a descendant
     * @throws IllegalArgumentException if a count is negative or fewer themes reach the area than
     *     map to it directly
     */
    public AreaCoverage {
      if (direct < 0 || reached < direct) {
        throw new IllegalArgumentException("counts out of order: " + direct + ", " + reached);
      }
    }

    /**
     * Tells whether no theme reaches the area.
     *
     * @return true if no theme maps to it, neither itself nor through a descendant
     */
    public boolean isEmpty() {
      return reached == 0;
    }
  }

  private CrosswalkMatrix(
      Framework framework,
      Coverage coverage,
      ImmutableList<Row> rows,
      ImmutableList<AreaCoverage> areas,
      int[] rowOfTheme,
      BitSet[] reach) {
    this.framework = framework;
    this.coverage = coverage;
    this.rows = rows;
    this.areas = areas;
    this.rowOfTheme = rowOfTheme;
    this.reach = reach;
  }

  /**
   * Computes the matrix of one framework.
   *
   * @param t the taxonomy
   * @param frameworkId the framework's id
   * @return the matrix
   * @throws IllegalArgumentException if there is no such framework
   */
  public static CrosswalkMatrix of(Taxonomy t, String frameworkId) {
    Framework fw =
        t.framework(frameworkId)
            .orElseThrow(
                () -> new IllegalArgumentException("no framework " + Texts.quote(frameworkId)));
    Coverage coverage = t.coverage(frameworkId);
    List<Area> areaList = fw.areas();
    int n = t.themes().size();
    int[] rowOfTheme = new int[n];
    Arrays.fill(rowOfTheme, -1);
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    int rowCount = 0;
    for (int i = 0; i < n; i++) {
      Theme theme = t.themes().get(i);
      List<List<Relation>> cells = null;
      for (Mapping m : t.mappingsOf(theme.id())) {
        if (m.framework().equals(frameworkId)) {
          if (cells == null) {
            cells = new ArrayList<>();
            for (int a = 0; a < areaList.size(); a++) {
              cells.add(new ArrayList<>(1));
            }
          }
          cells.get(areaIndex(areaList, m.area())).add(m.relation());
        }
      }
      if (cells != null) {
        ImmutableList.Builder<ImmutableList<Relation>> frozen = ImmutableList.builder();
        cells.forEach(c -> frozen.add(ImmutableList.copyOf(c)));
        rows.add(new Row(theme, i, t.depth(theme.id()), frozen.build()));
        rowOfTheme[i] = rowCount++;
      }
    }
    BitSet[] reach = new BitSet[areaList.size()];
    ImmutableList.Builder<AreaCoverage> areas = ImmutableList.builder();
    for (int a = 0; a < areaList.size(); a++) {
      Area area = areaList.get(a);
      BitSet reached = new BitSet(n);
      ImmutableList<Theme> direct = t.themesOf(new AreaRef(frameworkId, area.id()));
      for (Theme theme : direct) {
        // Up the ancestors until one is already marked: each theme is marked once per area.
        int at = t.indexOf(theme.id());
        while (at >= 0 && !reached.get(at)) {
          reached.set(at);
          at = t.parent(t.themes().get(at).id()).map(p -> t.indexOf(p.id())).orElse(-1);
        }
      }
      reach[a] = reached;
      areas.add(new AreaCoverage(area, direct.size(), reached.cardinality()));
    }
    return new CrosswalkMatrix(fw, coverage, rows.build(), areas.build(), rowOfTheme, reach);
  }

  private static int areaIndex(List<Area> areas, String id) {
    for (int i = 0; i < areas.size(); i++) {
      if (areas.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalStateException("a crosswalk row names an area its framework lacks: " + id);
  }

  /** {@return the framework whose areas are the columns} */
  public Framework framework() {
    return framework;
  }

  /** {@return the framework's coverage: themes per area, empty areas, themes reaching no area} */
  public Coverage coverage() {
    return coverage;
  }

  /** {@return the themes that map to the framework themselves, in model order} */
  public ImmutableList<Row> rows() {
    return rows;
  }

  /** {@return each area, in framework order, with how many themes reach it} */
  public ImmutableList<AreaCoverage> areas() {
    return areas;
  }

  /** {@return the number of areas some theme reaches, itself or through a descendant} */
  public int areasReached() {
    return (int) areas.stream().filter(a -> !a.isEmpty()).count();
  }

  /** {@return the number of themes that reach the framework, themselves or through a descendant} */
  public int themesReaching() {
    BitSet any = new BitSet();
    for (BitSet r : reach) {
      any.or(r);
    }
    return any.cardinality();
  }

  /**
   * Returns the row of a theme, if it maps to the framework itself.
   *
   * @param themeIndex the theme's position in the taxonomy
   * @return the row, or empty if the theme maps to none of the framework's areas itself
   */
  public Optional<Row> row(int themeIndex) {
    int r = themeIndex >= 0 && themeIndex < rowOfTheme.length ? rowOfTheme[themeIndex] : -1;
    return r < 0 ? Optional.empty() : Optional.of(rows.get(r));
  }

  /**
   * Tells whether a theme reaches an area, itself or through a descendant.
   *
   * @param themeIndex the theme's position in the taxonomy
   * @param areaIndex the area's position in the framework
   * @return true if it does
   */
  public boolean reaches(int themeIndex, int areaIndex) {
    return reach[areaIndex].get(themeIndex);
  }
}
