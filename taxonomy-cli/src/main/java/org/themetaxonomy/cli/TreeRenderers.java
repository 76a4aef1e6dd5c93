package org.themetaxonomy.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;

/**
 * The renderers of {@code taxonomy tree}: an indented tree for people, or the hierarchy as a
 * diagram, a Mermaid flowchart or a Graphviz digraph, one node per theme and one edge per parent
 * link. Diagram node names come from the theme's position ({@code t0}, {@code t1}), never from its
 * id, so no id can break the syntax; labels are escaped for each language.
 */
final class TreeRenderers {
  private TreeRenderers() {}

  /**
   * One line per theme, indented by depth: label, id, and the areas it maps to (bare area ids when
   * the taxonomy has one framework, {@code framework/area} otherwise).
   */
  static final class Text implements Renderer<Tree> {
    @Override
    public void render(Tree tree, PrintWriter out) {
      Taxonomy t = tree.taxonomy();
      boolean oneFramework = t.frameworks().size() == 1;
      for (int i : tree.shown()) {
        Theme theme = t.themes().get(i);
        StringBuilder line = new StringBuilder("  ".repeat(t.depth(theme.id())));
        line.append(Escapes.terminal(theme.label())).append(" (").append(theme.id()).append(')');
        var areas = t.areasOf(theme.id());
        if (!areas.isEmpty()) {
          line.append("  -> ")
              .append(
                  areas.stream()
                      .map(a -> oneFramework ? a.area() : a.toString())
                      .collect(Collectors.joining(", ")));
        }
        out.println(line);
      }
    }
  }

  /** A bare Mermaid flowchart (no Markdown fence). */
  static final class Mermaid implements Renderer<Tree> {
    @Override
    public void render(Tree tree, PrintWriter out) {
      Taxonomy t = tree.taxonomy();
      out.println("flowchart LR");
      for (int i : tree.shown()) {
        out.println("  t" + i + "[\"" + text(t.themes().get(i).label()) + "\"]");
      }
      edges(tree, out, "  t%d --> t%d");
    }

    /**
     * Escapes a label for a quoted Mermaid node text: every character that Mermaid or the HTML it
     * makes could read as syntax becomes an entity code ({@code #quot;}, {@code #35;}), line breaks
     * and other controls become spaces.
     */
    static String text(String label) {
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
  }

  /** A Graphviz digraph, left to right, in boxes. */
  static final class Dot implements Renderer<Tree> {
    @Override
    public void render(Tree tree, PrintWriter out) {
      Taxonomy t = tree.taxonomy();
      out.println("digraph taxonomy {");
      out.println("  rankdir=LR;");
      out.println("  node [shape=box];");
      for (int i : tree.shown()) {
        out.println("  t" + i + " [label=\"" + text(t.themes().get(i).label()) + "\"];");
      }
      edges(tree, out, "  t%d -> t%d;");
      out.println("}");
    }

    /**
     * Escapes a label for a quoted Graphviz string: backslash (which would start {@code \N} or
     * {@code \l}) and the quote are escaped, line breaks and other controls become spaces.
     */
    static String text(String label) {
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

  /** One edge per shown theme that has a parent, from parent to child. */
  private static void edges(Tree tree, PrintWriter out, String pattern) {
    Taxonomy t = tree.taxonomy();
    for (int i : tree.shown()) {
      String parent = t.themes().get(i).parent();
      if (parent != null) {
        out.println(String.format(Locale.ROOT, pattern, t.indexOf(parent), i));
      }
    }
  }
}
