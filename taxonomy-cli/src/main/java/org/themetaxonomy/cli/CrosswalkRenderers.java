package org.themetaxonomy.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.themetaxonomy.core.Area;
import org.themetaxonomy.core.Coverage;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Relation;
import org.themetaxonomy.core.summary.CrosswalkMatrix;
import org.themetaxonomy.core.summary.CrosswalkMatrix.AreaCoverage;

/**
 * The renderers of {@code taxonomy crosswalk}: an aligned table for people, CSV for spreadsheets, a
 * Markdown table for pages. All three show the same cells: one row per theme that maps to the
 * framework itself, one column per area, the relations of a cell joined with {@code +}, and a last
 * row of themes per area.
 */
final class CrosswalkRenderers {
  private CrosswalkRenderers() {}

  private static List<String> header(CrosswalkMatrix m) {
    List<String> header = new ArrayList<>();
    header.add("theme");
    m.framework().areas().forEach(a -> header.add(a.id()));
    return header;
  }

  /** The rows of the matrix; with {@code indent}, each theme id indented by its depth. */
  private static List<List<String>> rows(CrosswalkMatrix m, boolean indent) {
    List<List<String>> rows = new ArrayList<>();
    for (CrosswalkMatrix.Row r : m.rows()) {
      List<String> row = new ArrayList<>();
      row.add(indent ? "  ".repeat(r.depth()) + r.theme().id() : r.theme().id());
      for (List<Relation> cell : r.cells()) {
        row.add(cell.stream().map(Relation::code).collect(Collectors.joining("+")));
      }
      rows.add(row);
    }
    return rows;
  }

  private static List<String> totals(CrosswalkMatrix m) {
    List<String> totals = new ArrayList<>();
    totals.add("themes per area");
    for (AreaCoverage a : m.areas()) {
      totals.add(String.valueOf(a.direct()));
    }
    return totals;
  }

  /**
   * The areas no theme reaches and the themes with no mapping, as a list with {@code bullet}, their
   * labels written through {@code escape}.
   */
  private static void footer(
      PrintWriter out, CrosswalkMatrix m, String bullet, UnaryOperator<String> escape) {
    Framework fw = m.framework();
    Coverage coverage = m.coverage();
    out.println();
    out.println(
        "Areas no theme reaches ("
            + coverage.emptyAreas().size()
            + " of "
            + fw.areas().size()
            + "):"
            + (coverage.emptyAreas().isEmpty() ? " none" : ""));
    coverage
        .emptyAreas()
        .forEach(a -> out.println(bullet + a.id() + ": " + escape.apply(a.label())));
    out.println(
        "Themes with no mapping to this framework ("
            + coverage.unmappedThemes().size()
            + "):"
            + (coverage.unmappedThemes().isEmpty() ? " none" : ""));
    coverage
        .unmappedThemes()
        .forEach(th -> out.println(bullet + th.id() + ": " + escape.apply(th.label())));
  }

  /**
   * The framework's title, the table in aligned columns with theme ids indented by depth, the
   * areas' labels, then the areas no theme reaches and the themes with no mapping.
   */
  static final class Text implements Renderer<CrosswalkMatrix> {
    @Override
    public void render(CrosswalkMatrix m, PrintWriter out) {
      Framework fw = m.framework();
      List<String> header = header(m);
      List<String> totals = totals(m);
      out.println(Escapes.terminal(fw.title()) + " (" + fw.id() + ")");
      out.println();
      List<List<String>> all = new ArrayList<>();
      all.add(header);
      all.addAll(rows(m, true));
      all.add(totals);
      int[] widths = new int[header.size()];
      for (List<String> r : all) {
        for (int c = 0; c < r.size(); c++) {
          widths[c] = Math.max(widths[c], r.get(c).length());
        }
      }
      for (List<String> r : all) {
        if (r == totals) {
          out.println("-".repeat(Arrays.stream(widths).sum() + 2 * (widths.length - 1)));
        }
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < r.size(); c++) {
          String cell = r.get(c);
          b.append(cell).append(" ".repeat(widths[c] - cell.length() + (c + 1 < r.size() ? 2 : 0)));
        }
        out.println(b.toString().stripTrailing());
      }
      out.println();
      out.println("Areas:");
      for (Area a : fw.areas()) {
        out.println("  " + a.id() + ": " + Escapes.terminal(a.label()));
      }
      footer(out, m, "  ", Escapes::terminal);
    }
  }

  /** RFC 4180 rows with CRLF line ends: the header, the themes, the totals; nothing else. */
  static final class Csv implements Renderer<CrosswalkMatrix> {
    @Override
    public void render(CrosswalkMatrix m, PrintWriter out) {
      out.print(row(header(m)));
      rows(m, false).forEach(r -> out.print(row(r)));
      out.print(row(totals(m)));
    }

    /** One record: a cell with a comma, quote or line break is quoted, its quotes doubled. */
    static String row(List<String> cells) {
      return cells.stream()
              .map(
                  c ->
                      c.contains(",") || c.contains("\"") || c.contains("\n")
                          ? "\"" + c.replace("\"", "\"\"") + "\""
                          : c)
              .collect(Collectors.joining(","))
          + "\r\n";
    }
  }

  /** A Markdown table with the totals in bold, then the same lists as the text, as bullets. */
  static final class Markdown implements Renderer<CrosswalkMatrix> {
    @Override
    public void render(CrosswalkMatrix m, PrintWriter out) {
      List<String> header = header(m);
      out.println("| " + String.join(" | ", header) + " |");
      out.println("|" + " --- |".repeat(header.size()));
      rows(m, false)
          .forEach(
              r ->
                  out.println(
                      "| "
                          + r.stream().map(Escapes::markdown).collect(Collectors.joining(" | "))
                          + " |"));
      out.println("| **" + String.join("** | **", totals(m)) + "** |");
      footer(out, m, "- ", Escapes::markdown);
    }
  }
}
