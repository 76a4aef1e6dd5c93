package org.themetaxonomy.core.internal;

import org.jspecify.annotations.Nullable;

/** Small text helpers shared by the model, the rules and the readers. */
public final class Texts {
  private Texts() {}

  /**
   * Normalises optional text: blank text is the same as absent.
   *
   * @param text the text, may be null
   * @return {@code text}, or null if it is null or blank
   */
  public static @Nullable String optional(@Nullable String text) {
    return text == null || text.isBlank() ? null : text;
  }

  /**
   * Checks required text.
   *
   * @param text the text
   * @param what the field's name, for the message
   * @return {@code text}
   * @throws IllegalArgumentException if the text is null or blank
   */
  public static String required(@Nullable String text, String what) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(what + " is required and may not be blank");
    }
    return text;
  }

  /**
   * The characters that make a spreadsheet run a cell as a formula when the cell starts with one:
   * {@code =}, {@code +}, {@code -}, {@code @}, tab and carriage return. The CSV writer protects
   * such cells and the {@code formula-cell} rule warns about them; both ask here.
   */
  public static final String FORMULA_PREFIXES = "=+-@\t\r";

  /**
   * Tells whether a spreadsheet would run text as a formula: it starts with one of {@link
   * #FORMULA_PREFIXES}.
   *
   * @param text the text, may be null
   * @return true if it starts with a formula trigger
   */
  public static boolean startsLikeFormula(@Nullable String text) {
    return text != null && !text.isEmpty() && FORMULA_PREFIXES.indexOf(text.charAt(0)) >= 0;
  }

  /**
   * Quotes text for a message, escaping control characters so that input echoed back can never move
   * the cursor or forge a line of output. Long text is shortened.
   *
   * @param text the text, may be null
   * @return the quoted, escaped text
   */
  public static String quote(@Nullable String text) {
    if (text == null) {
      return "(none)";
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), 80) + 2).append('\'');
    int limit = 80;
    for (int i = 0; i < text.length(); i++) {
      if (i == limit) {
        out.append('…');
        break;
      }
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\\' -> out.append("\\\\");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || isBidiControl(c)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('\'').toString();
  }

  /**
   * Tells whether a character is a Unicode bidirectional formatting control, which can reorder how
   * a terminal shows the rest of a line.
   */
  static boolean isBidiControl(char c) {
    return (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200e'
        || c == '\u200f'
        || c == '\u061c';
  }
}
