package org.themetaxonomy.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.themetaxonomy.core.Taxonomy;
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
  public Integer call() throws IOException {
    if (depth != null && depth < 0) {
      throw new Main.CannotRun("--depth takes 0 or more, not " + depth);
    }
    Taxonomy t = Inputs.readSound(file, from.format(), spec.commandLine().getErr(), parent.env);
    if (t == null) {
      return Main.FINDINGS;
    }
    renderer().render(Tree.of(t, depth), spec.commandLine().getOut());
    return Main.OK;
  }

  /** The renderer of the chosen --format. */
  private Renderer<Tree> renderer() {
    return switch (output) {
      case text -> new TreeRenderers.Text();
      case mermaid -> new TreeRenderers.Mermaid();
      case dot -> new TreeRenderers.Dot();
    };
  }
}
