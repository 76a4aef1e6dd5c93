package org.themetaxonomy.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/** Dates as the model keeps them: ISO 8601 {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
public final class PartialDates {
  private PartialDates() {}

  /**
   * Tells whether text is a valid partial date, including the day existing in its month.
   *
   * @param text the candidate, may be null
   * @return true if valid
   */
  public static boolean isValid(String text) {
    if (text == null) {
      return false;
    }
    try {
      switch (text.length()) {
        case 4 -> {
          return text.chars().allMatch(c -> c >= '0' && c <= '9');
        }
        case 7 -> {
          YearMonth.parse(text);
          return true;
        }
        case 10 -> {
          LocalDate.parse(text);
          return true;
        }
        default -> {
          return false;
        }
      }
    } catch (DateTimeException e) {
      return false;
    }
  }
}
