package org.themetaxonomy.io.sheet;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.Location;

/**
 * A sheet's rows as text, before any column means anything.
 *
 * @param file the file as the user named it
 * @param sheet the XLSX sheet's name, or null for CSV
 * @param rows the non-blank rows, in order
 */
record Grid(String file, @Nullable String sheet, ImmutableList<Row> rows) {

  /**
   * One row.
   *
   * @param number the 1-based row of the sheet, or record of the CSV file
   * @param line the CSV line the record starts on (the row number for XLSX)
   * @param cells the cells' text, blanks as empty strings
   * @param errors the error values (such as {@code #REF!}) by column index; those cells are blank
   */
  record Row(
      int number, int line, ImmutableList<String> cells, ImmutableMap<Integer, String> errors) {
    String cell(int column) {
      return column < cells.size() ? cells.get(column) : "";
    }

    boolean isBlank() {
      return cells.stream().allMatch(String::isBlank) && errors.isEmpty();
    }
  }

  /** Where a cell is: {@code file.csv:7:3} with its header, or {@code book.xlsx:Sheet1!C7}. */
  Location locate(Row row, int column, @Nullable String header) {
    if (sheet == null) {
      return new Location(file, row.line(), column < 0 ? 0 : column + 1, header);
    }
    String where =
        column < 0
            ? file + ":" + sheet + "!" + row.number()
            : file + ":" + sheet + "!" + columnName(column) + row.number();
    return new Location(where, 0, 0, header);
  }

  /** Returns the spreadsheet name of a 0-based column: A, B, ..., Z, AA, AB... */
  static String columnName(int column) {
    StringBuilder b = new StringBuilder();
    for (int n = column + 1; n > 0; n = (n - 1) / 26) {
      b.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return b.toString();
  }
}
