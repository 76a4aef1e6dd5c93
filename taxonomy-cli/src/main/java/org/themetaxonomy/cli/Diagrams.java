package org.themetaxonomy.cli;

import java.io.PrintWriter;
import java.util.List;
import org.themetaxonomy.core.Taxonomy;

/**
 * The hierarchy as a diagram: a Mermaid flowchart or a Graphviz digraph, one node per theme and one
 * edge per parent link. Node names come from the theme's position ({@code t0}, {@code t1}), never
 * from its id, so no id can break the syntax; labels are escaped for each language.
 */
final class Diagrams {
  private Diagrams() {}

  /**
   * Writes a bare Mermaid flowchart (no Markdown fence).
   *
   * @param t the taxonomy
   * @param shown the themes to draw, by position, parents before children
   * @param out where to write
   */
  static void mermaid(Taxonomy t, List<Integer> shown, PrintWriter out) {
    out.println("flowchart LR");
    for (int i : shown) {
      out.println("  t" + i + "[\"" + mermaidText(t.themes().get(i).label()) + "\"]");
    }
    edges(t, shown, out, "  t%d --> t%d");
  }

  /**
   * Writes a Graphviz digraph.
   *
   * @param t the taxonomy
   * @param shown the themes to draw, by position, parents before children
   * @param out where to write
   */
  static void dot(Taxonomy t, List<Integer> shown, PrintWriter out) {
    out.println("digraph taxonomy {");
    out.println("  rankdir=LR;");
    out.println("  node [shape=box];");
    for (int i : shown) {
      out.println("  t" + i + " [label=\"" + dotText(t.themes().get(i).label()) + "\"];");
    }
    edges(t, shown, out, "  t%d -> t%d;");
    out.println("}");
  }

  private static void edges(Taxonomy t, List<Integer> shown, PrintWriter out, String pattern) {
    for (int i : shown) {
      String parent = t.themes().get(i).parent();
      if (parent != null) {
        out.println(String.format(java.util.Locale.ROOT, pattern, t.indexOf(parent), i));
      }
    }
  }

  /**
   * Escapes a label for a quoted Mermaid node text: every character that Mermaid or the HTML it
   * makes could read as syntax becomes an entity code ({@code #quot;}, {@code #35;}), line breaks
   * and other controls become spaces.
   */
  static String mermaidText(String label) {
    StringBuilder b = new StringBuilder(label.length() + 8);
    label
        .codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '"' -> b.append("#quot;");
                case '#' -> b.append("#35;");
                case '&' -> b.append("#amp;");
                case '<' -> b.append("#lt;");
                case '>' -> b.append("#gt;");
                case '`' -> b.append("#96;");
                case '%' -> b.append("#37;");
                case '\\' -> b.append("#92;");
                default -> {
                  if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                    b.append(' ');
                  } else {
                    b.appendCodePoint(c);
                  }
                }
              }
            });
    return b.toString();
  }

  /**
   * Escapes a label for a quoted Graphviz string: backslash (which would start {@code \N} or {@code
   * \l}) and the quote are escaped, line breaks and other controls become spaces.
   */
  static String dotText(String label) {
    StringBuilder b = new StringBuilder(label.length() + 8);
    label
        .codePoints()
        .forEach(
            c -> {
              if (c == '"' || c == '\\') {
                b.append('\\').appendCodePoint(c);
              } else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                b.append(' ');
              } else {
                b.appendCodePoint(c);
              }
            });
    return b.toString();
  }
}
