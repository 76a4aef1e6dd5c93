package org.themetaxonomy.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.internal.Texts;
import org.themetaxonomy.core.summary.CrosswalkMatrix;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "crosswalk",
    mixinStandardHelpOptions = true,
    description = {
      "Show the theme-by-area matrix of one framework.",
      "Each cell holds the relation; then come the number of themes per area, the areas",
      "no theme reaches and the themes with no mapping."
    },
    footer = {
      "",
      "Examples:",
      "  taxonomy crosswalk seeds/safe-supportive-schools.json",
      "  taxonomy crosswalk --format markdown seeds/safe-supportive-schools.json",
      "  taxonomy crosswalk --framework ma-sss --format csv \\",
      "      seeds/safe-supportive-schools/"
    })
final class CrosswalkCommand implements Callable<Integer> {
  @ParentCommand TaxonomyCommand parent;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The taxonomy.")
  Path file;

  @Option(
      names = "--framework",
      paramLabel = "ID",
      description = "The framework to show; needed only when there are several.")
  String frameworkId;

  @Option(
      names = "--format",
      paramLabel = "text|csv|markdown",
      defaultValue = "text",
      description = "Default: ${DEFAULT-VALUE}.")
  Output output;

  /** The --format values; lower case, as typed. */
  enum Output {
    text,
    csv,
    markdown
  }

  @Mixin FromOption from = new FromOption();

  @Override
  public Integer call() throws IOException {
    Taxonomy t = Inputs.readSound(file, from.format(), spec.commandLine().getErr(), parent.env);
    if (t == null) {
      return Main.FINDINGS;
    }
    CrosswalkMatrix matrix = CrosswalkMatrix.of(t, framework(t).id());
    renderer().render(matrix, spec.commandLine().getOut());
    return Main.OK;
  }

  /** The renderer of the chosen --format. */
  private Renderer<CrosswalkMatrix> renderer() {
    return switch (output) {
      case text -> new CrosswalkRenderers.Text();
      case csv -> new CrosswalkRenderers.Csv();
      case markdown -> new CrosswalkRenderers.Markdown();
    };
  }

  private Framework framework(Taxonomy t) {
    if (frameworkId != null) {
      return t.framework(frameworkId)
          .orElseThrow(
              () ->
                  new Main.CannotRun(
                      "there is no framework "
                          + Texts.quote(frameworkId)
                          + "; the frameworks are "
                          + ids(t)));
    }
    if (t.frameworks().isEmpty()) {
      throw new Main.CannotRun(file + " has no framework to cross-walk to");
    }
    if (t.frameworks().size() > 1) {
      throw new Main.CannotRun(
          file + " has several frameworks; pick one with --framework: " + ids(t));
    }
    return t.frameworks().get(0);
  }

  private static String ids(Taxonomy t) {
    return t.frameworks().stream().map(Framework::id).collect(Collectors.joining(", "));
  }
}
