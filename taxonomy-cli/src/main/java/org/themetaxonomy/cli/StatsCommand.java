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
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Count what a taxonomy holds: themes, depth, coverage, evidence per source.",
    footer = {
      "",
      "Examples:",
      "  taxonomy stats seeds/safe-supportive-schools.json",
      "  taxonomy stats --format json seeds/safe-supportive-schools/"
    })
final class StatsCommand implements Callable<Integer> {
  @ParentCommand TaxonomyCommand parent;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The taxonomy.")
  Path file;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      description = "Default: ${DEFAULT-VALUE}.")
  Output output;

  /** The --format values; lower case, as typed. */
  enum Output {
    text,
    json
  }

  @Mixin FromOption from = new FromOption();

  @Override
  public Integer call() throws IOException {
    Taxonomy t = Inputs.readSound(file, from.format(), spec.commandLine().getErr(), parent.env);
    if (t == null) {
      return Main.FINDINGS;
    }
    renderer().render(Stats.of(t), spec.commandLine().getOut());
    return Main.OK;
  }

  /** The renderer of the chosen --format. */
  private Renderer<Stats> renderer() {
    return switch (output) {
      case text -> new StatsRenderers.Text();
      case json -> new StatsRenderers.Json();
    };
  }
}
