package org.themetaxonomy.io.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.Area;
import org.themetaxonomy.core.Evidence;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Mapping;
import org.themetaxonomy.core.Source;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;

/**
 * Writes the canonical JSON form: two-space indent, {@code "name": value}, model order, absent
 * fields and empty lists left out, a final newline. The same taxonomy always gives the same bytes.
 */
public final class JsonWriter {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private static final DefaultPrettyPrinter PRETTY = pretty();

  private static DefaultPrettyPrinter pretty() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter p =
        new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withRootSeparator(""));
    p.indentObjectsWith(indenter);
    p.indentArraysWith(indenter);
    return p;
  }

  private JsonWriter() {}

  /**
   * Writes a taxonomy.
   *
   * @param t the taxonomy
   * @param out where to; not closed
   * @throws IOException if writing fails
   */
  public static void write(Taxonomy t, OutputStream out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.setPrettyPrinter(PRETTY.createInstance());
      g.writeStartObject();
      g.writeNumberField("formatVersion", 1);
      g.writeStringField("id", t.id());
      g.writeStringField("title", t.title());
      text(g, "version", t.version());
      text(g, "description", t.description());
      g.writeStringField("language", t.language());
      if (!t.sources().isEmpty()) {
        g.writeArrayFieldStart("sources");
        for (Source s : t.sources()) {
          source(g, s);
        }
        g.writeEndArray();
      }
      if (!t.frameworks().isEmpty()) {
        g.writeArrayFieldStart("frameworks");
        for (Framework f : t.frameworks()) {
          framework(g, f);
        }
        g.writeEndArray();
      }
      if (!t.themes().isEmpty()) {
        g.writeArrayFieldStart("themes");
        for (Theme th : t.themes()) {
          theme(g, th);
        }
        g.writeEndArray();
      }
      if (!t.crosswalk().isEmpty()) {
        g.writeArrayFieldStart("crosswalk");
        for (Mapping m : t.crosswalk()) {
          mapping(g, m);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void source(JsonGenerator g, Source s) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.id());
    g.writeStringField("title", s.title());
    g.writeStringField("kind", s.kind().code());
    text(g, "date", s.date());
    text(g, "participants", s.participants());
    if (s.participantCount() != null) {
      g.writeNumberField("participantCount", s.participantCount());
    }
    text(g, "location", s.location());
    text(g, "url", s.url());
    text(g, "notes", s.notes());
    g.writeEndObject();
  }

  private static void framework(JsonGenerator g, Framework f) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", f.id());
    g.writeStringField("title", f.title());
    text(g, "version", f.version());
    text(g, "description", f.description());
    text(g, "url", f.url());
    if (!f.areas().isEmpty()) {
      g.writeArrayFieldStart("areas");
      for (Area a : f.areas()) {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("label", a.label());
        text(g, "description", a.description());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void theme(JsonGenerator g, Theme t) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", t.id());
    text(g, "parent", t.parent());
    g.writeStringField("label", t.label());
    text(g, "definition", t.definition());
    if (!t.altLabels().isEmpty()) {
      g.writeArrayFieldStart("altLabels");
      for (String alt : t.altLabels()) {
        g.writeString(alt);
      }
      g.writeEndArray();
    }
    if (!t.evidence().isEmpty()) {
      g.writeArrayFieldStart("evidence");
      for (Evidence e : t.evidence()) {
        g.writeStartObject();
        g.writeStringField("source", e.source());
        text(g, "locator", e.locator());
        text(g, "excerpt", e.excerpt());
        text(g, "note", e.note());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    text(g, "notes", t.notes());
    g.writeEndObject();
  }

  private static void mapping(JsonGenerator g, Mapping m) throws IOException {
    g.writeStartObject();
    g.writeStringField("theme", m.theme());
    g.writeStringField("framework", m.framework());
    g.writeStringField("area", m.area());
    g.writeStringField("relation", m.relation().code());
    if (m.confidence() != null) {
      g.writeNumberField("confidence", m.confidence());
    }
    text(g, "rationale", m.rationale());
    g.writeEndObject();
  }

  private static void text(JsonGenerator g, String name, @Nullable String value)
      throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }

  private static void text(JsonGenerator g, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }
}
