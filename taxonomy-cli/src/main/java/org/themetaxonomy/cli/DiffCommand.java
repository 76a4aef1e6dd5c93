package org.themetaxonomy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.themetaxonomy.core.Diagnostic;
import org.themetaxonomy.core.Report;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Validator;
import org.themetaxonomy.core.diff.ChangeKind;
import org.themetaxonomy.core.diff.Diffs;
import org.themetaxonomy.core.diff.TaxonomyDiff;
import org.themetaxonomy.core.internal.Texts;
import org.themetaxonomy.io.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Show what changed from one version of a taxonomy to another.",
      "Matched by id: themes added, removed, deprecated, merged, split, relabeled",
      "or moved; changed definitions, alternative labels and evidence; crosswalk",
      "rows, areas, frameworks, sources and the taxonomy's own fields.",
      "OLD and NEW may be in any format that can be read (a JSON file and a CSV",
      "bundle of the same taxonomy compare as equal)."
    },
    footer = {
      "",
      "Breaking changes: a theme id removed, or a framework or area removed that the",
      "old crosswalk mapped to. Deprecating, merging or splitting a theme is not",
      "breaking: its id still resolves.",
      "",
      "Examples:",
      "  taxonomy diff old.json new.json",
      "  taxonomy diff --format markdown v2017.json v2019.json > RELEASE-NOTES.md",
      "  taxonomy diff --format json --only mappings old.json new/",
      "  taxonomy diff --fail-on-breaking main.json branch.json   (in CI)",
      "",
      "Exit status: 0 it ran, 1 a breaking change with --fail-on-breaking,",
      "2 a file could not be read or has errors, or the options are wrong."
    })
final class DiffCommand implements Callable<Integer> {
  @ParentCommand TaxonomyCommand parent;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The old version.")
  Path oldFile;

  @Parameters(index = "1", paramLabel = "NEW", description = "The new version.")
  Path newFile;

  @Option(
      names = "--format",
      paramLabel = "text|markdown|json",
      defaultValue = "text",
      description =
          "text for people, markdown for release notes, json for programs."
              + " Default: ${DEFAULT-VALUE}.")
  Output output;

  /** The --format values; lower case, as typed. */
  enum Output {
    text,
    markdown,
    json
  }

  @Option(
      names = "--only",
      paramLabel = "GROUP",
      split = ",",
      description =
          "Show only themes, mappings, areas (with frameworks) or sources; repeatable or"
              + " comma-separated. Breaking then speaks of these alone.")
  List<String> only = new ArrayList<>();

  @Option(names = "--fail-on-breaking", description = "Exit 1 when a change is breaking.")
  boolean failOnBreaking;

  @Mixin FromOption from = new FromOption();

  @Override
  public Integer call() throws IOException {
    EnumSet<ChangeKind.Group> groups = groups();
    PrintWriter err = spec.commandLine().getErr();
    Taxonomy old = sound(oldFile, err);
    Taxonomy neu = sound(newFile, err);
    TaxonomyDiff diff = Diffs.compare(old, neu).only(groups);
    renderer().render(new Diff(diff, old, neu), spec.commandLine().getOut());
    return failOnBreaking && diff.breaking() ? Main.FINDINGS : Main.OK;
  }

  /** The renderer of the chosen --format. */
  private Renderer<Diff> renderer() {
    return switch (output) {
      case text -> new DiffRenderers.Text();
      case markdown -> new DiffRenderers.Markdown();
      case json -> new DiffRenderers.Json();
    };
  }

  private EnumSet<ChangeKind.Group> groups() {
    if (only.isEmpty()) {
      return EnumSet.allOf(ChangeKind.Group.class);
    }
    EnumSet<ChangeKind.Group> groups = EnumSet.noneOf(ChangeKind.Group.class);
    for (String g : only) {
      switch (g.strip().toLowerCase(Locale.ROOT)) {
        case "themes" -> groups.add(ChangeKind.Group.THEMES);
        case "mappings" -> groups.add(ChangeKind.Group.MAPPINGS);
        case "areas" -> groups.add(ChangeKind.Group.AREAS);
        case "sources" -> groups.add(ChangeKind.Group.SOURCES);
        default ->
            throw new Main.CannotRun(
                "--only takes themes, mappings, areas or sources, not " + Texts.quote(g));
      }
    }
    return groups;
  }

  /** Reads a file that must have no errors; prints them as validate does and stops if it has. */
  private Taxonomy sound(Path file, PrintWriter err) {
    ReadResult r = Inputs.read(file, from.format(), err, parent.env);
    Report report = r.validate(Validator.standard());
    List<Diagnostic> errors =
        report.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    if (r.taxonomy() == null || !errors.isEmpty()) {
      Render.diagnostics(errors, err, parent.env.colour());
      throw new Main.CannotRun(
          file
              + " has "
              + Render.plural(errors.size(), "error")
              + "; run 'taxonomy validate "
              + file
              + "' and mend them before comparing");
    }
    return r.taxonomy();
  }
}
