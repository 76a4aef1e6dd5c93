package org.themetaxonomy.cli;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.themetaxonomy.core.Report;
import org.themetaxonomy.core.Validator;
import org.themetaxonomy.io.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check taxonomy files: the file itself, every reference, and the quality rules.",
      "FILE is a .json file, a CSV bundle folder, or a lone .csv file (read as",
      "themes.csv)."
    },
    footer = {
      "",
      "Examples:",
      "  taxonomy validate seeds/safe-supportive-schools.json",
      "  taxonomy validate --fail-on warning seeds/safe-supportive-schools/",
      "  taxonomy validate --disable missing-definition --format json my-themes.csv",
      "",
      "Exit status: 0 nothing at or above --fail-on, 1 findings at or above it,",
      "2 a file could not be read or the options are wrong."
    })
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand TaxonomyCommand parent;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "The files to check.")
  List<Path> files;

  @Option(
      names = "--format",
      paramLabel = "text|json|sarif",
      defaultValue = "text",
      description =
          "Output for people (text), programs (json, every field) or code-scanning tools"
              + " (sarif, SARIF 2.1.0). Default: ${DEFAULT-VALUE}.")
  Output output;

  /** The --format values; lower case, as typed. */
  enum Output {
    text,
    json,
    sarif
  }

  @Mixin FromOption from = new FromOption();

  @Mixin RuleOptions rules = new RuleOptions();

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only findings at or above --fail-on, and no summary.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    Format inFormat = from.format();
    Validator validator = rules.validator();
    PrintWriter err = spec.commandLine().getErr();
    ImmutableList.Builder<Report> reports = ImmutableList.builder();
    for (Path file : files) {
      reports.add(Inputs.read(file, inFormat, err, parent.env).validate(validator));
    }
    Validation validation =
        new Validation(ImmutableList.copyOf(files), reports.build(), rules.threshold(), validator);
    renderer().render(validation, spec.commandLine().getOut());
    return validation.fails() ? Main.FINDINGS : Main.OK;
  }

  /** The renderer of the chosen --format. */
  private Renderer<Validation> renderer() {
    return switch (output) {
      case text -> new ValidationRenderers.Text(parent.env.colour(), quiet);
      case json -> new ValidationRenderers.Json();
      case sarif -> new ValidationRenderers.Sarif();
    };
  }
}
