package org.themetaxonomy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "tree",
    mixinStandardHelpOptions = true,
    description = {
      "Show the theme hierarchy, as a tree or a diagram.",
      "Text is an indented tree, each theme with its areas; Mermaid and Graphviz (dot)",
      "give a diagram with one node per theme and one edge per parent link."
    },
    footer = {
      "",
      "Examples:",
      "  taxonomy tree seeds/safe-supportive-schools.json",
      "  taxonomy tree --depth 1 seeds/safe-supportive-schools/",
      "  taxonomy tree --format mermaid seeds/safe-supportive-schools.json > themes.mmd",
      "  taxonomy tree --format dot seeds/safe-supportive-schools.json > themes.dot"
    })
final class TreeCommand implements Callable<Integer> {
  @ParentCommand TaxonomyCommand parent;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The taxonomy.")
  Path file;

  @Option(
      names = "--depth",
      paramLabel = "N",
      description = "Show N levels below the top (0: top-level themes only). Default: all.")
  Integer depth;

  @Option(
      names = "--format",
      paramLabel = "text|mermaid|dot",
      defaultValue = "text",
      description = {
        "text: indented, with mapped areas; mermaid: a bare",
        "flowchart for Markdown pages; dot: a Graphviz digraph.",
        "Default: ${DEFAULT-VALUE}."
      })
  Output output;

  /** The --format values; lower case, as typed. */
  enum Output {
    text,
    mermaid,
    dot
  }

  @Mixin FromOption from = new FromOption();

  @Override
  public Integer call() {
    if (depth != null && depth < 0) {
      throw new Main.CannotRun("--depth takes 0 or more, not " + depth);
    }
    String format = output.name();
    PrintWriter out = spec.commandLine().getOut();
    Taxonomy t = Inputs.readSound(file, from.format(), spec.commandLine().getErr(), parent.env);
    if (t == null) {
      return Main.FINDINGS;
    }
    boolean oneFramework = t.frameworks().size() == 1;
    List<Integer> shown = new ArrayList<>();
    // Iterative pre-order walk: a very deep hierarchy costs heap, not stack.
    Deque<Theme> stack = new ArrayDeque<>();
    List<Theme> roots = t.roots();
    for (int i = roots.size() - 1; i >= 0; i--) {
      stack.push(roots.get(i));
    }
    while (!stack.isEmpty()) {
      Theme theme = stack.pop();
      int d = t.depth(theme.id());
      if (depth == null || d < depth) {
        List<Theme> children = t.children(theme.id());
        for (int i = children.size() - 1; i >= 0; i--) {
          stack.push(children.get(i));
        }
      }
      if (!format.equals("text")) {
        shown.add(t.indexOf(theme.id()));
        continue;
      }
      StringBuilder line = new StringBuilder("  ".repeat(d));
      line.append(theme.label()).append(" (").append(theme.id()).append(')');
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
    switch (format) {
      case "mermaid" -> Diagrams.mermaid(t, shown, out);
      case "dot" -> Diagrams.dot(t, shown, out);
      default -> {}
    }
    return Main.OK;
  }
}
