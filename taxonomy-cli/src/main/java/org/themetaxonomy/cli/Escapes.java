package org.themetaxonomy.cli;

import java.util.Locale;

/**
 * How the renderers write text that came from a file: in a terminal, a control or bidirectional
 * character is shown escaped, so that a label cannot forge lines or reorder what follows it; in
 * Markdown, whatever Markdown would read as markup or HTML is escaped as well.
 */
final class Escapes {
  private Escapes() {}

  /**
   * Escapes control and bidirectional characters as {@code \n}, {@code \t} or {@code \}{@code
   * uXXXX}; other text is kept as it is, never shortened.
   */
  static String terminal(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (Character.isISOControl(c) || isFormatting(c)) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * Escapes what Markdown would read as markup or HTML with a backslash; line breaks, tabs and
   * other controls become spaces, and bidirectional controls are dropped.
   */
  static String markdown(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '#', '~', '!' ->
            out.append('\\').append(c);
        default -> {
          if (Character.isISOControl(c)) {
            out.append(' ');
          } else if (!isFormatting(c)) {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** Line and paragraph separators and the bidirectional controls. */
  private static boolean isFormatting(char c) {
    return c == '\u2028'
        || c == '\u2029'
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200e'
        || c == '\u200f'
        || c == '\u061c';
  }
}
