package org.themetaxonomy.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.summary.Counts;
import org.themetaxonomy.core.summary.CrosswalkMatrix;
import org.themetaxonomy.core.summary.CrosswalkMatrix.AreaCoverage;

/** The renderers of {@code taxonomy stats}: text for people, JSON for programs. */
final class StatsRenderers {
  private StatsRenderers() {}

  /** The counts by their JSON names, in the order both formats show them. */
  static Map<String, Long> counts(Counts n) {
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
    return counts;
  }

  /** A title line, the counts in a column, the coverage of each framework, evidence per source. */
  static final class Text implements Renderer<Stats> {
    @Override
    public void render(Stats stats, PrintWriter out) {
      Counts n = stats.summary().counts();
      Map<String, Long> counts = counts(n);
      out.println(Escapes.terminal(stats.title()) + " (" + stats.id() + ")");
      // One column for the numbers, wide enough for the longest name.
      int width = counts.keySet().stream().mapToInt(k -> words(k).length()).max().orElse(0) + 1;
      for (Map.Entry<String, Long> e : counts.entrySet()) {
        out.printf(Locale.ROOT, "  %-" + width + "s %,d%n", words(e.getKey()), e.getValue());
      }
      for (CrosswalkMatrix m : stats.summary().matrices()) {
        Framework f = m.framework();
        out.println();
        out.printf(
            Locale.ROOT,
            "Coverage of %s (%s): %d of %d areas reached; %,d of %,d themes reach it%n",
            Escapes.terminal(f.title()),
            f.id(),
            m.areasReached(),
            f.areas().size(),
            m.themesReaching(),
            n.themes());
        for (AreaCoverage a : m.areas()) {
          out.printf(
              Locale.ROOT,
              "  %-40s %,d %s%n",
              a.area().id(),
              a.direct(),
              a.direct() == 1 ? "theme" : "themes");
        }
      }
      Map<String, Integer> perSource = stats.summary().sources().evidencePerSource();
      if (!perSource.isEmpty()) {
        out.println();
        out.println("Evidence per source:");
        for (Map.Entry<String, Integer> e : perSource.entrySet()) {
          out.printf(Locale.ROOT, "  %-40s %,d%n", e.getKey(), e.getValue());
        }
      }
    }

    /** {@code topLevelThemes} as {@code top level themes}. */
    static String words(String camel) {
      return camel.replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
    }
  }

  /** One object: id, title, the counts, {@code coverage} per framework, evidence per source. */
  static final class Json implements Renderer<Stats> {
    @Override
    public void render(Stats stats, PrintWriter out) throws IOException {
      try (JsonGenerator g = Render.json(out)) {
        g.writeStartObject();
        g.writeStringField("id", stats.id());
        g.writeStringField("title", stats.title());
        for (Map.Entry<String, Long> e : counts(stats.summary().counts()).entrySet()) {
          g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeArrayFieldStart("coverage");
        for (CrosswalkMatrix m : stats.summary().matrices()) {
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
        for (Map.Entry<String, Integer> e :
            stats.summary().sources().evidencePerSource().entrySet()) {
          g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      out.println();
    }
  }
}
