package org.themetaxonomy.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.themetaxonomy.core.Diagnostic;
import org.themetaxonomy.core.Report;
import org.themetaxonomy.core.Severity;
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
    Severity threshold = rules.threshold();
    String format = output.name();
    Format inFormat = from.format();
    Validator validator = rules.validator();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Main.Env env = parent.env;
    List<Path> read = new ArrayList<>();
    List<Report> reports = new ArrayList<>();
    for (Path file : files) {
      reports.add(Inputs.read(file, inFormat, err, env).validate(validator));
      read.add(file);
    }
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    boolean fails = false;
    for (Report r : reports) {
      errors += r.count(Severity.ERROR);
      warnings += r.count(Severity.WARNING);
      infos += r.count(Severity.INFO);
      fails |= r.fails(threshold);
    }
    if (format.equals("sarif")) {
      Sarif.write(out, validator, reports);
    } else if (format.equals("json")) {
      try (JsonGenerator g = Render.json(out)) {
        g.writeStartObject();
        g.writeArrayFieldStart("files");
        for (int i = 0; i < read.size(); i++) {
          g.writeStartObject();
          g.writeStringField("file", read.get(i).toString());
          g.writeArrayFieldStart("diagnostics");
          for (Diagnostic d : reports.get(i).diagnostics()) {
            Render.diagnostic(g, d);
          }
          g.writeEndArray();
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("summary");
        g.writeNumberField("files", read.size());
        g.writeNumberField("errors", errors);
        g.writeNumberField("warnings", warnings);
        g.writeNumberField("info", infos);
        g.writeStringField("failOn", threshold.code());
        g.writeBooleanField("passed", !fails);
        g.writeEndObject();
        g.writeEndObject();
      }
      out.println();
    } else {
      for (Report r : reports) {
        for (Diagnostic d : r.diagnostics()) {
          if (!quiet || d.severity().atLeast(threshold)) {
            out.println(Render.line(d, env.colour()));
          }
        }
      }
      if (!quiet) {
        out.println(Render.summary(read.size(), errors, warnings, infos));
      }
    }
    return fails ? Main.FINDINGS : Main.OK;
  }
}
