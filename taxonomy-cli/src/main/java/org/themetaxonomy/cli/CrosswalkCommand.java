package org.themetaxonomy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.themetaxonomy.core.Area;
import org.themetaxonomy.core.Coverage;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Relation;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.internal.Texts;
import org.themetaxonomy.core.summary.CrosswalkMatrix;
import org.themetaxonomy.core.summary.CrosswalkMatrix.AreaCoverage;
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
  public Integer call() {
    String format = output.name();
    Taxonomy t = Inputs.readSound(file, from.format(), spec.commandLine().getErr(), parent.env);
    if (t == null) {
      return Main.FINDINGS;
    }
    Framework fw = framework(t);
    CrosswalkMatrix matrix = CrosswalkMatrix.of(t, fw.id());
    Coverage coverage = matrix.coverage();
    List<Area> areas = fw.areas();
    List<String> header = new ArrayList<>();
    header.add("theme");
    areas.forEach(a -> header.add(a.id()));
    List<List<String>> rows = new ArrayList<>();
    for (CrosswalkMatrix.Row r : matrix.rows()) {
      List<String> row = new ArrayList<>();
      row.add(format.equals("text") ? "  ".repeat(r.depth()) + r.theme().id() : r.theme().id());
      for (List<Relation> cell : r.cells()) {
        row.add(cell.stream().map(Relation::code).collect(Collectors.joining("+")));
      }
      rows.add(row);
    }
    List<String> totals = new ArrayList<>();
    totals.add("themes per area");
    for (AreaCoverage a : matrix.areas()) {
      totals.add(String.valueOf(a.direct()));
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case "csv" -> {
        out.print(csvRow(header));
        rows.forEach(r -> out.print(csvRow(r)));
        out.print(csvRow(totals));
      }
      case "markdown" -> {
        out.println("| " + String.join(" | ", header) + " |");
        out.println("|" + " --- |".repeat(header.size()));
        rows.forEach(
            r ->
                out.println(
                    "| "
                        + r.stream().map(CrosswalkCommand::md).collect(Collectors.joining(" | "))
                        + " |"));
        out.println("| **" + String.join("** | **", totals) + "** |");
        footer(out, fw, coverage, "- ");
      }
      default -> {
        out.println(fw.title() + " (" + fw.id() + ")");
        out.println();
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        all.add(totals);
        int[] widths = new int[header.size()];
        for (List<String> r : all) {
          for (int c = 0; c < r.size(); c++) {
            widths[c] = Math.max(widths[c], r.get(c).length());
          }
        }
        for (List<String> r : all) {
          if (r == totals) {
            out.println(
                "-".repeat(java.util.Arrays.stream(widths).sum() + 2 * (widths.length - 1)));
          }
          StringBuilder b = new StringBuilder();
          for (int c = 0; c < r.size(); c++) {
            String cell = r.get(c);
            b.append(cell)
                .append(" ".repeat(widths[c] - cell.length() + (c + 1 < r.size() ? 2 : 0)));
          }
          out.println(b.toString().stripTrailing());
        }
        out.println();
        out.println("Areas:");
        for (Area a : areas) {
          out.println("  " + a.id() + ": " + a.label());
        }
        footer(out, fw, coverage, "  ");
      }
    }
    return Main.OK;
  }

  private static void footer(PrintWriter out, Framework fw, Coverage coverage, String bullet) {
    out.println();
    out.println(
        "Areas no theme reaches ("
            + coverage.emptyAreas().size()
            + " of "
            + fw.areas().size()
            + "):"
            + (coverage.emptyAreas().isEmpty() ? " none" : ""));
    coverage.emptyAreas().forEach(a -> out.println(bullet + a.id() + ": " + a.label()));
    out.println(
        "Themes with no mapping to this framework ("
            + coverage.unmappedThemes().size()
            + "):"
            + (coverage.unmappedThemes().isEmpty() ? " none" : ""));
    coverage.unmappedThemes().forEach(th -> out.println(bullet + th.id() + ": " + th.label()));
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

  private static String md(String cell) {
    return cell.replace("|", "\\|");
  }

  private static String csvRow(List<String> cells) {
    return cells.stream()
            .map(
                c ->
                    c.contains(",") || c.contains("\"") || c.contains("\n")
                        ? "\"" + c.replace("\"", "\"\"") + "\""
                        : c)
            .collect(Collectors.joining(","))
        + "\r\n";
  }
}
