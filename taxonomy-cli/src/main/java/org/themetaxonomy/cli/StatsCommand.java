package org.themetaxonomy.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.summary.Counts;
import org.themetaxonomy.core.summary.CrosswalkMatrix;
import org.themetaxonomy.core.summary.CrosswalkMatrix.AreaCoverage;
import org.themetaxonomy.core.summary.SourceUse;
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
    String format = output.name();
    Taxonomy t = Inputs.readSound(file, from.format(), spec.commandLine().getErr(), parent.env);
    if (t == null) {
      return Main.FINDINGS;
    }
    Counts n = Counts.of(t);
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("themes", (long) n.themes());
    counts.put("topLevelThemes", (long) n.topLevelThemes());
    counts.put("maxDepth", (long) n.maxDepth());
    counts.put("sources", (long) n.sources());
    counts.put("frameworks", (long) n.frameworks());
    counts.put("areas", (long) n.areas());
    counts.put("crosswalkRows", (long) n.crosswalkRows());
    counts.put("evidence", n.evidence());
    counts.put("themesWithoutEvidence", (long) n.themesWithoutEvidence());
    counts.put("themesWithoutDefinition", (long) n.themesWithoutDefinition());
    Map<String, Integer> perSource = SourceUse.of(t).evidencePerSource();
    List<CrosswalkMatrix> matrices =
        t.frameworks().stream().map(f -> CrosswalkMatrix.of(t, f.id())).toList();
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      try (JsonGenerator g = Render.json(out)) {
        g.writeStartObject();
        g.writeStringField("id", t.id());
        g.writeStringField("title", t.title());
        for (Map.Entry<String, Long> e : counts.entrySet()) {
          g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeArrayFieldStart("coverage");
        for (CrosswalkMatrix m : matrices) {
          g.writeStartObject();
          g.writeStringField("framework", m.framework().id());
          g.writeNumberField("areas", m.areas().size());
          g.writeNumberField("areasReached", m.areasReached());
          g.writeNumberField("themesReaching", m.themesReaching());
          g.writeObjectFieldStart("themesPerArea");
          for (AreaCoverage a : m.areas()) {
            g.writeNumberField(a.area().id(), a.direct());
          }
          g.writeEndObject();
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("evidencePerSource");
        for (Map.Entry<String, Integer> e : perSource.entrySet()) {
          g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      out.println();
      return Main.OK;
    }
    out.println(t.title() + " (" + t.id() + ")");
    // One column for the numbers, wide enough for the longest name.
    int width = counts.keySet().stream().mapToInt(k -> words(k).length()).max().orElse(0) + 1;
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      out.printf(Locale.ROOT, "  %-" + width + "s %,d%n", words(e.getKey()), e.getValue());
    }
    for (CrosswalkMatrix m : matrices) {
      Framework f = m.framework();
      out.println();
      out.printf(
          Locale.ROOT,
          "Coverage of %s (%s): %d of %d areas reached; %,d of %,d themes reach it%n",
          f.title(),
          f.id(),
          m.areasReached(),
          f.areas().size(),
          m.themesReaching(),
          n.themes());
      for (AreaCoverage a : m.areas()) {
        out.printf(Locale.ROOT, "  %-40s %,d themes%n", a.area().id(), a.direct());
      }
    }
    if (!perSource.isEmpty()) {
      out.println();
      out.println("Evidence per source:");
      for (Map.Entry<String, Integer> e : perSource.entrySet()) {
        out.printf(Locale.ROOT, "  %-40s %,d%n", e.getKey(), e.getValue());
      }
    }
    return Main.OK;
  }

  private static String words(String camel) {
    return camel.replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
  }
}
