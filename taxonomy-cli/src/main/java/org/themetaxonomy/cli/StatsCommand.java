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
import org.themetaxonomy.core.Coverage;
import org.themetaxonomy.core.Evidence;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Source;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Texts;
import org.themetaxonomy.core.Theme;
import picocli.CommandLine.Command;
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
  String format;

  @Override
  public Integer call() throws IOException {
    if (!List.of("text", "json").contains(format)) {
      throw new Main.CannotRun("--format takes text or json, not " + Texts.quote(format));
    }
    Taxonomy t = Inputs.readSound(file, spec.commandLine().getErr(), parent.env);
    if (t == null) {
      return Main.FINDINGS;
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("themes", (long) t.themes().size());
    counts.put("topLevelThemes", (long) t.roots().size());
    counts.put("maxDepth", (long) Math.max(t.maxDepth(), 0));
    counts.put("sources", (long) t.sources().size());
    counts.put("frameworks", (long) t.frameworks().size());
    counts.put("areas", t.frameworks().stream().mapToLong(f -> f.areas().size()).sum());
    counts.put("crosswalkRows", (long) t.crosswalk().size());
    counts.put("evidence", t.themes().stream().mapToLong(th -> th.evidence().size()).sum());
    counts.put(
        "themesWithoutEvidence", t.themes().stream().filter(th -> th.evidence().isEmpty()).count());
    counts.put(
        "themesWithoutDefinition",
        t.themes().stream().filter(th -> th.definition() == null).count());
    Map<String, Integer> perSource = new LinkedHashMap<>();
    for (Source s : t.sources()) {
      perSource.put(s.id(), 0);
    }
    for (Theme th : t.themes()) {
      for (Evidence e : th.evidence()) {
        perSource.merge(e.source(), 1, Integer::sum);
      }
    }
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
        for (Framework f : t.frameworks()) {
          Coverage c = t.coverage(f.id());
          g.writeStartObject();
          g.writeStringField("framework", f.id());
          g.writeNumberField("areas", f.areas().size());
          g.writeNumberField("areasReached", f.areas().size() - c.emptyAreas().size());
          g.writeNumberField("themesReaching", t.themes().size() - c.unmappedThemes().size());
          g.writeObjectFieldStart("themesPerArea");
          for (var e : c.themesByArea().entrySet()) {
            g.writeNumberField(e.getKey().id(), e.getValue().size());
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
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      out.printf(Locale.ROOT, "  %-24s %,d%n", words(e.getKey()), e.getValue());
    }
    for (Framework f : t.frameworks()) {
      Coverage c = t.coverage(f.id());
      out.println();
      out.printf(
          Locale.ROOT,
          "Coverage of %s (%s): %d of %d areas reached; %,d of %,d themes reach it%n",
          f.title(),
          f.id(),
          f.areas().size() - c.emptyAreas().size(),
          f.areas().size(),
          t.themes().size() - c.unmappedThemes().size(),
          t.themes().size());
      for (var e : c.themesByArea().entrySet()) {
        out.printf(Locale.ROOT, "  %-40s %,d themes%n", e.getKey().id(), e.getValue().size());
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
