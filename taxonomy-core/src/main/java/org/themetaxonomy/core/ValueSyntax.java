package org.themetaxonomy.core;

import java.net.URI;
import java.net.URISyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * The syntax of the typed text values of part two: colours, UUIDs and IRIs. Readers check values
 * with these predicates to report a located error; the record constructors check them again.
 */
public final class ValueSyntax {
  private ValueSyntax() {}

  /**
   * Tells whether a text is a colour written {@code #RRGGBB} (hex digits, any case).
   *
   * @param text the candidate, may be null
   * @return true if it is one
   */
  public static boolean isColor(@Nullable String text) {
    if (text == null || text.length() != 7 || text.charAt(0) != '#') {
      return false;
    }
    for (int i = 1; i < 7; i++) {
      if (Character.digit(text.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether a text is a UUID in its RFC 4122 text form: 8-4-4-4-12 hex digits, any case, no
   * braces.
   *
   * @param text the candidate, may be null
   * @return true if it is one
   */
  public static boolean isUuid(@Nullable String text) {
    if (text == null || text.length() != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = text.charAt(i);
      boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
      if (dash ? c != '-' : Character.digit(c, 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether a text is an absolute IRI: a scheme, then no spaces, angle brackets, quotes or
   * control characters.
   *
   * @param text the candidate, may be null
   * @return true if it is one
   */
  public static boolean isAbsoluteIri(@Nullable String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= ' ' || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|'
          || c == '\\' || c == '^' || c == '`' || c == 0x7f) {
        return false;
      }
    }
    try {
      // Non-ASCII is allowed in an IRI; URI checks the rest of the syntax once it is escaped.
      URI uri = new URI(asciiOnly(text));
      return uri.isAbsolute() && uri.getScheme().matches("[A-Za-z][A-Za-z0-9+.-]*");
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /**
   * Tells whether a text can be a base IRI: absolute and ending in {@code /} or {@code #}, so that
   * appending an id gives an IRI.
   *
   * @param text the candidate, may be null
   * @return true if it is one
   */
  public static boolean isBaseIri(@Nullable String text) {
    return isAbsoluteIri(text) && (text.endsWith("/") || text.endsWith("#"));
  }

  private static String asciiOnly(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      b.append(c < 0x80 ? c : 'x');
    }
    return b.toString();
  }
}
