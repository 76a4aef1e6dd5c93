package org.themetaxonomy.io.rdf;

import java.io.IOException;
import java.io.Writer;

/** The escaping of text in Turtle strings, YAML double-quoted scalars and TSV cells. */
final class Text {
  private Text() {}

  /**
   * Writes a Turtle short string ({@code "..."}) with its quotes: quotes, backslashes, line breaks
   * and other control characters escaped, so no content can end it or run into a {@code """}. A
   * lone surrogate, which no RDF string can hold, becomes U+FFFD.
   */
  static void turtleString(Writer out, String s) throws IOException {
    out.write('"');
    int start = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      String esc = null;
      if (c < 0x20 || c == '"' || c == '\\' || c == 0x7f) {
        esc = turtleEscape(c);
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
          continue;
        }
        esc = "\uFFFD";
      }
      if (esc != null) {
        out.write(s, start, i - start);
        out.write(esc);
        start = i + 1;
      }
    }
    out.write(s, start, n - start);
    out.write('"');
  }

  private static String turtleEscape(char c) {
    switch (c) {
      case '"':
        return "\\\"";
      case '\\':
        return "\\\\";
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      case '\b':
        return "\\b";
      case '\f':
        return "\\f";
      default:
        return String.format("\\u%04X", (int) c);
    }
  }

  /**
   * Returns a YAML double-quoted scalar: quotes and backslashes escaped, and everything PyYAML and
   * other YAML 1.1 readers would take as a line break or refuse as unprintable written as an
   * escape.
   */
  static String yamlString(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2);
    b.append('"');
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\t') {
        b.append("\\t");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c < 0x20
          || (c >= 0x7f && c <= 0x9f)
          || c == 0x2028
          || c == 0x2029
          || c == 0xfeff
          || c == 0xfffe
          || c == 0xffff) {
        b.append(String.format("\\u%04X", (int) c));
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          b.append(c).append(s.charAt(++i));
        } else {
          b.append('\uFFFD');
        }
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }

  /**
   * Writes a TSV cell as sssom-py (pandas, QUOTE_MINIMAL) writes and reads one: in double quotes,
   * with quotes doubled, when it holds a tab, a line break or a quote; as it is otherwise. A lone
   * surrogate becomes U+FFFD.
   */
  static void tsvCell(Writer out, String s) throws IOException {
    boolean quote = false;
    boolean lone = false;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r' || c == '"') {
        quote = true;
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          lone = true;
        }
      }
    }
    String v = lone ? replaceLoneSurrogates(s) : s;
    if (!quote) {
      out.write(v);
      return;
    }
    out.write('"');
    out.write(v.replace("\"", "\"\""));
    out.write('"');
  }

  private static String replaceLoneSurrogates(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else {
        b.append(Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    return b.toString();
  }

  /** Whether a language tag can follow {@code @} in Turtle: {@code [a-zA-Z]+('-'[a-zA-Z0-9]+)*}. */
  static boolean isLangTag(String tag) {
    return tag.matches("[a-zA-Z]+(-[a-zA-Z0-9]+)*");
  }
}
