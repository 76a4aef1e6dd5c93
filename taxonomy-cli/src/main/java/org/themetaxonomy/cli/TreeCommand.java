package org.themetaxonomy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "tree",
    mixinStandardHelpOptions = true,
    description = "Show the theme hierarchy as an indented tree, each theme with its areas.",
    footer = {
      "",
      "Examples:",
      "  taxonomy tree seeds/safe-supportive-schools.json",
      "  taxonomy tree --depth 1 seeds/safe-supportive-schools/"
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

  @Override
  public Integer call() {
    if (depth != null && depth < 0) {
      throw new Main.CannotRun("--depth takes 0 or more, not " + depth);
    }
    PrintWriter out = spec.commandLine().getOut();
    Taxonomy t = Inputs.readSound(file, spec.commandLine().getErr(), parent.env);
    if (t == null) {
      return Main.FINDINGS;
    }
    boolean oneFramework = t.frameworks().size() == 1;
    // Iterative pre-order walk: a very deep hierarchy costs heap, not stack.
    Deque<Theme> stack = new ArrayDeque<>();
    List<Theme> roots = t.roots();
    for (int i = roots.size() - 1; i >= 0; i--) {
      stack.push(roots.get(i));
    }
    while (!stack.isEmpty()) {
      Theme theme = stack.pop();
      int d = t.depth(theme.id());
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
      if (depth == null || d < depth) {
        List<Theme> children = t.children(theme.id());
        for (int i = children.size() - 1; i >= 0; i--) {
          stack.push(children.get(i));
        }
      }
    }
    return Main.OK;
  }
}
