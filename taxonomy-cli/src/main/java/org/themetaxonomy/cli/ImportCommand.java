package org.themetaxonomy.cli;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.themetaxonomy.core.Diagnostic;
import org.themetaxonomy.core.Relation;
import org.themetaxonomy.core.Report;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Validator;
import org.themetaxonomy.core.internal.Texts;
import org.themetaxonomy.io.Format;
import org.themetaxonomy.io.Formats;
import org.themetaxonomy.io.TaxonomyFiles;
import org.themetaxonomy.io.sheet.ColumnMap;
import org.themetaxonomy.io.sheet.ImportOptions;
import org.themetaxonomy.io.sheet.ImportResult;
import org.themetaxonomy.io.sheet.SpreadsheetImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Import a spreadsheet of themes whose columns are not ours.",
      "Reads .csv, .tsv and .xlsx.",
      "Columns are mapped with --column or --map, or guessed from common headers",
      "(name, code, theme, tag; parent, category, group; description, memo, comment;",
      "synonyms; id). It prints the map it used as options you can paste back, and",
      "every cell it could not use as a located warning. The result is validated",
      "before it is written, in the format OUT's name says (or --to)."
    },
    footer = {
      "",
      "Examples:",
      "  taxonomy import themes.csv themes.json",
      "  taxonomy import --column label='theme (m2m/edge_literature)' \\",
      "      --column parent=high-order_themes --column id=theme_ID \\",
      "      --column area='capabilities (ISO 30141)' --framework iso-30141 \\",
      "      edgeai-themes.csv edgeai.json",
      "  taxonomy import --column label=Code --column definition=Comment \\",
      "      --column parent='Code Groups' atlas-codebook.xlsx codebook.json",
      "  taxonomy import --sheet Codes --path-separator '\\' nvivo.xlsx nodes.json",
      "  taxonomy import --path-separator ' > ' --map columns.json maxqda.csv out/",
      "",
      "Fields: id, label, parent, definition, altLabels (split at | ; and line",
      "breaks), notes, area (repeatable: each area column a crosswalk row).",
      "",
      "Exit status: 0 written (maybe with warnings), 1 errors (nothing written),",
      "2 the options do not fit the sheet, or it cannot be read."
    })
final class ImportCommand implements Callable<Integer> {
  @ParentCommand TaxonomyCommand parent;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN", description = "The spreadsheet to import.")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT", description = "The taxonomy to write.")
  Path out;

  @Option(
      names = "--column",
      paramLabel = "FIELD=HEADER",
      description = "Which column holds a field; repeat it. An empty HEADER means none.")
  List<String> columns = new ArrayList<>();

  @Option(
      names = "--map",
      paramLabel = "FILE",
      description = "A JSON object from field to header, such as {\"label\": \"Code\"}.")
  Path map;

  @Option(
      names = "--sheet",
      paramLabel = "NAME",
      description = "The sheet of an .xlsx workbook to read (default: the first).")
  String sheet;

  @Option(
      names = "--delimiter",
      paramLabel = "CHAR",
      description = "The CSV delimiter: , ; tab or any one character (default: sniffed).")
  String delimiter;

  @Option(
      names = "--header-row",
      paramLabel = "N",
      description = "The row (line) of the column names (default: found).")
  int headerRow;

  @Option(
      names = "--path-separator",
      paramLabel = "SEP",
      description = "Label and parent cells are paths split at SEP, such as ' > ' or '::'.")
  String pathSeparator;

  @Option(
      names = "--keep-root",
      description = "Keep a leading Nodes or Codes folder of a path as a theme.")
  boolean keepRoot;

  @Option(
      names = "--framework",
      paramLabel = "ID",
      description = "The id of the framework the area columns fill.")
  String framework;

  @Option(
      names = "--framework-title",
      paramLabel = "TITLE",
      description = "The framework's title (default: its id).")
  String frameworkTitle;

  @Option(
      names = "--relation",
      paramLabel = "REL",
      defaultValue = "related",
      description = "The relation of the crosswalk rows (default: ${DEFAULT-VALUE}).")
  String relation;

  @Option(
      names = "--id",
      paramLabel = "ID",
      description = "The taxonomy's id (default: made from IN's name).")
  String id;

  @Option(
      names = "--title",
      paramLabel = "TITLE",
      description = "The taxonomy's title (default: IN's name).")
  String title;

  @Option(
      names = "--to",
      paramLabel = "FORMAT",
      description = "The output format, whatever OUT's name says.")
  String to;

  @Option(names = "--force", description = "Replace OUT if it exists.")
  boolean force;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    ImportOptions options = options();
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
    ImportResult result;
    try {
      result = SpreadsheetImport.read(in, options);
    } catch (NoSuchFileException e) {
      throw new Main.CannotRun(in + ": no such file");
    } catch (IOException e) {
      throw new Main.CannotRun(in + ": cannot be read (" + e.getMessage() + ")");
    }
    if (!result.choices().isEmpty()) {
      err.println("importing " + in + ":");
      result.choices().forEach(c -> err.println("  " + c));
    }
    boolean colour = parent.env.colour();
    Render.diagnostics(result.diagnostics(), err, colour);
    if (result.needsOptions()) {
      return Main.CANNOT_RUN;
    }
    Taxonomy taxonomy = result.taxonomy();
    if (taxonomy == null) {
      err.println("taxonomy: " + in + " could not be imported; nothing was written.");
      return Main.FINDINGS;
    }
    Report report = Validator.standard().validate(taxonomy, result.locator());
    if (report.fails(Severity.ERROR)) {
      Render.diagnostics(
          report.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList(),
          err,
          colour);
      err.println(
          "taxonomy: the imported taxonomy has "
              + Render.plural(report.count(Severity.ERROR), "error")
              + "; nothing was written.");
      return Main.FINDINGS;
    }
    ImmutableList<Diagnostic> notes;
    try {
      notes = TaxonomyFiles.standard().write(taxonomy, out, format, force);
    } catch (FileAlreadyExistsException e) {
      throw new Main.CannotRun(out + " already exists; use --force to replace it");
    } catch (IOException e) {
      throw new Main.CannotRun(
          "could not write " + out + " (" + e.getMessage() + "); nothing was changed");
    }
    Render.diagnostics(notes, err, colour);
    stdout.println(
        "wrote "
            + out
            + " ("
            + format.title()
            + ", "
            + Render.plural(taxonomy.themes().size(), "theme")
            + (taxonomy.crosswalk().isEmpty()
                ? ""
                : ", " + Render.plural(taxonomy.crosswalk().size(), "crosswalk row"))
            + ")");
    // The validator's own findings: the import's warnings were printed above.
    int warnings = report.count(Severity.WARNING);
    int infos = report.count(Severity.INFO);
    if (warnings + infos > 0) {
      err.println(
          "validation: "
              + Render.plural(warnings, "warning")
              + ", "
              + Render.plural(infos, "note")
              + "; run 'taxonomy validate "
              + out
              + "' to see them");
    }
    return Main.OK;
  }

  private ImportOptions options() {
    ColumnMap columnMap = ColumnMap.EMPTY;
    try {
      if (map != null) {
        columnMap = ColumnMap.readJson(map);
      }
      for (String c : columns) {
        columnMap = columnMap.withOption(c);
      }
    } catch (NoSuchFileException e) {
      throw new Main.CannotRun(map + ": no such file");
    } catch (IOException | IllegalArgumentException e) {
      throw new Main.CannotRun(e.getMessage());
    }
    Relation rel =
        Relation.fromCode(relation)
            .orElseThrow(
                () ->
                    new Main.CannotRun(
                        "--relation takes one of "
                            + Relation.codes()
                            + ", not "
                            + Texts.quote(relation)));
    if (headerRow < 0) {
      throw new Main.CannotRun("--header-row takes a row number from 1");
    }
    try {
      return ImportOptions.DEFAULTS
          .withColumns(columnMap)
          .withDelimiter(delimiter())
          .withHeaderRow(headerRow)
          .withSheet(sheet)
          .withPaths(
              pathSeparator == null || pathSeparator.isEmpty() ? null : pathSeparator, keepRoot)
          .withFramework(framework, frameworkTitle, rel)
          .withTaxonomy(id, title);
    } catch (IllegalArgumentException e) {
      throw new Main.CannotRun(e.getMessage());
    }
  }

  private Character delimiter() {
    if (delimiter == null) {
      return null;
    }
    return switch (delimiter) {
      case "tab", "\\t", "\t" -> '\t';
      default -> {
        if (delimiter.length() != 1) {
          throw new Main.CannotRun(
              "--delimiter takes one character, or tab, not " + Texts.quote(delimiter));
        }
        yield delimiter.charAt(0);
      }
    };
  }
}
