package org.themetaxonomy.io.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.internal.Texts;

/**
 * List cells ({@code altLabels}) and formula-safe cells, exactly as the CSV format specifies: list
 * values are joined with {@code |}, escaping {@code |} and {@code \} with {@code \}; a cell that a
 * spreadsheet would run as a formula gets one {@code '} in front, which the reader removes.
 */
public final class ListCells {
  private ListCells() {}

  /**
   * Joins values into one cell.
   *
   * @param values the values
   * @return the cell
   */
  public static String join(List<String> values) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append('|');
      }
      String v = values.get(i);
      for (int k = 0; k < v.length(); k++) {
        char c = v.charAt(k);
        if (c == '|' || c == '\\') {
          out.append('\\');
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Splits a cell into values.
   *
   * @param cell the cell
   * @return the values, or null if a backslash escapes something other than {@code |} or {@code \}
   */
  public static @Nullable List<String> split(String cell) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '\\') {
        if (i + 1 == cell.length() || (cell.charAt(i + 1) != '|' && cell.charAt(i + 1) != '\\')) {
          return null;
        }
        cur.append(cell.charAt(++i));
      } else if (c == '|') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }

  /**
   * Tells whether a spreadsheet could run a cell as a formula, or the cell starts with the quote
   * that marks such cells: either way the writer puts one {@code '} in front.
   *
   * @param cell the cell
   * @return true if the cell needs the mark
   */
  private static boolean needsMark(String cell) {
    return Texts.startsLikeFormula(cell) || cell.startsWith("'");
  }

  /**
   * Returns a cell as written: marked if it needs it.
   *
   * @param cell the value
   * @return the cell
   */
  public static String mark(String cell) {
    return needsMark(cell) ? "'" + cell : cell;
  }

  /**
   * Returns a cell as read: one leading {@code '} removed.
   *
   * @param cell the cell
   * @return the value
   */
  public static String unmark(String cell) {
    return cell.startsWith("'") ? cell.substring(1) : cell;
  }
}
