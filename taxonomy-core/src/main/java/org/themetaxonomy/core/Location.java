package org.themetaxonomy.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * Where in a file something is.
 *
 * @param file the file, as the user named it, or null if unknown
 * @param line the 1-based line, or 0 if unknown
 * @param column the 1-based column, or 0 if unknown
 * @param columnName the CSV column's header, or null
 */
public record Location(@Nullable String file, int line, int column, @Nullable String columnName) {
  /** No known location. */
  public static final Location UNKNOWN = new Location(null, 0, 0, null);

  /** Orders by file, then line, then column; unknown parts first. */
  public static final Comparator<Location> ORDER =
      Comparator.comparing(Location::file, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparingInt(Location::line)
          .thenComparingInt(Location::column);

  /**
   * Checks the numbers.
   *
   * @param file the file, as the user named it, or null if unknown
   * @param line the 1-based line, or 0 if unknown
   * @param column the 1-based column, or 0 if unknown
   * @param columnName the CSV column's header, or null
   * @throws IllegalArgumentException if the line or column is negative
   */
  public Location {
    checkArgument(line >= 0 && column >= 0, "negative line or column");
  }

  /**
   * A location in a file.
   *
   * @param file the file
   * @param line the line
   * @param column the column
   * @return the location
   */
  public static Location of(String file, int line, int column) {
    return new Location(file, line, column, null);
  }

  /**
   * Tells whether anything is known.
   *
   * @return true if the file or the line is known
   */
  public boolean isKnown() {
    return file != null || line > 0;
  }

  /** Returns {@code file:line:column}, leaving out what is unknown. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(file == null ? "" : file);
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    return b.toString();
  }
}
