package org.themetaxonomy.cli;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.themetaxonomy.core.Diagnostic;
import org.themetaxonomy.core.Report;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Validator;
import org.themetaxonomy.io.Format;
import org.themetaxonomy.io.Formats;
import org.themetaxonomy.io.ReadResult;
import org.themetaxonomy.io.TaxonomyFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Convert a taxonomy from one format to another.",
      "Each side's format comes from its name unless --from or --to says:",
      ".json is taxonomy JSON; a folder, a name with no ending or .csv is a CSV",
      "bundle; .qdc is a REFI-QDA codebook (QDA tools' codes and sets, see",
      "docs/qda.md). Written only: .ttl (SKOS in Turtle) and .sssom.tsv (the",
      "crosswalk as SSSOM). JSON and CSV hold everything; a format that cannot",
      "says what it left out. IN is validated first: a file with errors is refused.",
      "The output is written atomically, never over IN, and never over an existing OUT",
      "without --force."
    },
    footer = {
      "",
      "Examples:",
      "  taxonomy convert seeds/safe-supportive-schools.json sss-bundle",
      "  taxonomy convert sss-bundle sss.json",
      "  taxonomy convert seeds/safe-supportive-schools.json codebook.qdc",
      "  taxonomy convert --force --to csv sss.json sss-bundle",
      "  taxonomy convert seeds/safe-supportive-schools.json sss.ttl",
      "",
      "Exit status: 0 written, 1 IN has errors (nothing written), 2 refused or",
      "unreadable."
    })
final class ConvertCommand implements Callable<Integer> {
  @ParentCommand TaxonomyCommand parent;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN", description = "The taxonomy to read.")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT", description = "The file or folder to write.")
  Path out;

  @Mixin FromOption from = new FromOption();

  @Option(
      names = "--to",
      paramLabel = "FORMAT",
      description = "The output format, whatever OUT's name says.")
  String to;

  @Option(names = "--force", description = "Replace OUT if it exists (never IN).")
  boolean force;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    Format inFormat = from.format();
    Format format =
        to == null
            ? Formats.forWriting(out)
                .orElseThrow(
                    () ->
                        new Main.CannotRun(
                            out
                                + ": the name does not say which format to write; use one of "
                                + Formats.describe(Format::canWrite)
                                + ", or --to"))
            : Inputs.format("--to", to, Format::canWrite);
    Inputs.checkTarget(in, out, force, "OUT");
    ReadResult read = Inputs.read(in, inFormat, err, parent.env);
    Report report = read.validate(Validator.standard());
    if (read.taxonomy() == null || report.fails(Severity.ERROR)) {
      Render.diagnostics(
          report.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList(),
          err,
          parent.env.colour());
      err.println(
          "taxonomy: "
              + in
              + " has "
              + Render.plural(report.count(Severity.ERROR), "error")
              + "; nothing was written. Mend them and convert again.");
      return Main.FINDINGS;
    }
    // What the reader mended or chose (a codebook's warnings, its id from the file name).
    Render.diagnostics(read.diagnostics(), err, parent.env.colour());
    ImmutableList<Diagnostic> notes;
    try {
      notes = TaxonomyFiles.standard().write(read.taxonomy(), out, format, force);
    } catch (FileAlreadyExistsException e) {
      throw new Main.CannotRun(
          force
              ? out
                  + " exists and is not a folder, so a CSV bundle cannot replace it; remove it"
                  + " or choose another name"
              : out + " already exists; use --force to replace it");
    } catch (IOException e) {
      throw new Main.CannotRun(
          "could not write " + out + " (" + e.getMessage() + "); nothing was changed");
    }
    Render.diagnostics(notes, err, parent.env.colour());
    stdout.println(
        "wrote "
            + out
            + " ("
            + format.title()
            + ", "
            + Render.plural(read.taxonomy().themes().size(), "theme")
            + ")");
    return Main.OK;
  }
}
