package org.themetaxonomy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.themetaxonomy.core.Report;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Validator;
import org.themetaxonomy.io.ReadResult;
import org.themetaxonomy.io.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write one self-contained HTML page to share.",
      "It shows the counts, the hierarchy, the crosswalk heatmap of each framework, the",
      "sources and every finding, and opens from disk, offline.",
      "A file with errors still gets a page of its findings (and exit status 1)."
    },
    footer = {
      "",
      "Examples:",
      "  taxonomy report seeds/safe-supportive-schools.json",
      "      (writes safe-supportive-schools.html in the current folder)",
      "  taxonomy report --force -o sss.html seeds/safe-supportive-schools/",
      "",
      "Exit status: 0 written, 1 written but the file has errors, 2 could not run."
    })
final class ReportCommand implements Callable<Integer> {
  @ParentCommand TaxonomyCommand parent;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The taxonomy.")
  Path file;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "The HTML file. Default: FILE's name with .html, in the current folder.")
  Path output;

  @Mixin FromOption from = new FromOption();

  @Mixin RuleOptions rules = new RuleOptions();

  @Option(names = "--force", description = "Replace OUT if it exists.")
  boolean force;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Path out = output != null ? output : defaultName(file);
    Inputs.checkTarget(file, out, force, "-o");
    Validator validator = rules.validator();
    ReadResult read = Inputs.read(file, from.format(), err, parent.env);
    Report report = read.validate(validator);
    String generator = new TaxonomyCommand.Version().getVersion()[0];
    try {
      HtmlReport.write(
          new HtmlReport.Input(file.toString(), read.taxonomy(), report, generator), out, force);
    } catch (FileAlreadyExistsException e) {
      throw new Main.CannotRun(out + " already exists; use --force to replace it");
    } catch (IOException e) {
      throw new Main.CannotRun(
          "could not write " + out + " (" + e.getMessage() + "); nothing was changed");
    }
    int errors = report.count(Severity.ERROR);
    String findings =
        Render.plural(errors, "error")
            + ", "
            + Render.plural(report.count(Severity.WARNING), "warning")
            + ", "
            + report.count(Severity.INFO)
            + " information";
    if (read.taxonomy() == null) {
      err.println(
          "taxonomy: "
              + file
              + " has "
              + Render.plural(errors, "error")
              + ", so "
              + out
              + " shows only its findings; run 'taxonomy validate "
              + file
              + "' and mend them");
      return Main.FINDINGS;
    }
    spec.commandLine()
        .getOut()
        .println(
            "wrote "
                + out
                + " ("
                + Render.plural(read.taxonomy().themes().size(), "theme")
                + "; "
                + findings
                + ")");
    return report.fails(rules.threshold()) ? Main.FINDINGS : Main.OK;
  }

  /** FILE's name with its format's ending replaced by .html, in the current folder. */
  static Path defaultName(Path input) {
    Path name = input.toAbsolutePath().normalize().getFileName();
    String base = name == null ? "taxonomy" : name.toString();
    int dot = base.lastIndexOf('.');
    if (dot > 0) {
      base = base.substring(0, dot);
    }
    return Path.of(base + ".html");
  }
}
