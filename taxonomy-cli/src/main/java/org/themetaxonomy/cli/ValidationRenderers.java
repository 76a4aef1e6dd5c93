package org.themetaxonomy.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.themetaxonomy.core.Diagnostic;
import org.themetaxonomy.core.Location;
import org.themetaxonomy.core.Report;
import org.themetaxonomy.core.RuleInfo;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.StructuralRules;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Validator;

/**
 * The renderers of {@code taxonomy validate}: one line per finding for people, JSON with every
 * field for programs, SARIF for code-scanning tools.
 */
final class ValidationRenderers {
  private ValidationRenderers() {}

  /**
   * {@code file:line:col: severity: message [rule-id]} per finding, then a summary line.
   *
   * @param colour whether to colour the severities (on a terminal)
   * @param quiet whether to show only findings at or above the threshold, and no summary
   */
  record Text(boolean colour, boolean quiet) implements Renderer<Validation> {
    @Override
    public void render(Validation validation, PrintWriter out) {
      for (Report r : validation.reports()) {
        for (Diagnostic d : r.diagnostics()) {
          if (!quiet || d.severity().atLeast(validation.threshold())) {
            out.println(Render.line(d, colour));
          }
        }
      }
      if (!quiet) {
        out.println(
            Render.summary(
                validation.files().size(),
                validation.count(Severity.ERROR),
                validation.count(Severity.WARNING),
                validation.count(Severity.INFO)));
      }
    }
  }

  /** Every finding of every file with all its fields, then the counts and whether it passed. */
  static final class Json implements Renderer<Validation> {
    @Override
    public void render(Validation validation, PrintWriter out) throws IOException {
      try (JsonGenerator g = Render.json(out)) {
        g.writeStartObject();
        g.writeArrayFieldStart("files");
        for (int i = 0; i < validation.files().size(); i++) {
          g.writeStartObject();
          g.writeStringField("file", validation.files().get(i).toString());
          g.writeArrayFieldStart("diagnostics");
          for (Diagnostic d : validation.reports().get(i).diagnostics()) {
            Render.diagnostic(g, d);
          }
          g.writeEndArray();
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("summary");
        g.writeNumberField("files", validation.files().size());
        g.writeNumberField("errors", validation.count(Severity.ERROR));
        g.writeNumberField("warnings", validation.count(Severity.WARNING));
        g.writeNumberField("info", validation.count(Severity.INFO));
        g.writeStringField("failOn", validation.threshold().code());
        g.writeBooleanField("passed", !validation.fails());
        g.writeEndObject();
        g.writeEndObject();
      }
      out.println();
    }
  }

  /**
   * Renders findings as SARIF 2.1.0, the format code-scanning tools read to annotate pull requests:
   * one run, every rule with its metadata, one result per finding with its {@code file:line:column}
   * region and the element it concerns as a logical location.
   */
  static final class Sarif implements Renderer<Validation> {
    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    /** Every rule that can report, file rules first, in a stable order. */
    static List<RuleInfo> rules(Validator validator) {
      Map<String, RuleInfo> rules = new LinkedHashMap<>();
      for (RuleInfo r : Rules.READING) {
        rules.put(r.id(), r);
      }
      for (RuleInfo r : StructuralRules.ALL) {
        rules.put(r.id(), r);
      }
      validator.rules().forEach(r -> rules.put(r.info().id(), r.info()));
      return new ArrayList<>(rules.values());
    }

    @Override
    public void render(Validation validation, PrintWriter out) throws IOException {
      List<RuleInfo> rules = rules(validation.validator());
      List<String> ids = rules.stream().map(RuleInfo::id).toList();
      try (JsonGenerator g = Render.json(out)) {
        g.writeStartObject();
        g.writeStringField("$schema", SCHEMA);
        g.writeStringField("version", "2.1.0");
        g.writeArrayFieldStart("runs");
        g.writeStartObject();
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "taxonomy");
        g.writeStringField("semanticVersion", version());
        g.writeArrayFieldStart("rules");
        for (RuleInfo r : rules) {
          g.writeStartObject();
          g.writeStringField("id", r.id());
          g.writeObjectFieldStart("shortDescription");
          g.writeStringField("text", r.summary());
          g.writeEndObject();
          g.writeObjectFieldStart("defaultConfiguration");
          g.writeStringField("level", level(r.severity()));
          g.writeEndObject();
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeArrayFieldStart("results");
        for (Report report : validation.reports()) {
          for (Diagnostic d : report.diagnostics()) {
            result(g, d, ids.indexOf(d.ruleId()));
          }
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
      }
      out.println();
    }

    private static void result(JsonGenerator g, Diagnostic d, int ruleIndex) throws IOException {
      g.writeStartObject();
      g.writeStringField("ruleId", d.ruleId());
      if (ruleIndex >= 0) {
        g.writeNumberField("ruleIndex", ruleIndex);
      }
      g.writeStringField("level", level(d.severity()));
      g.writeObjectFieldStart("message");
      Location l = d.location();
      String column = l.columnName() == null ? "" : "column '" + l.columnName() + "': ";
      g.writeStringField("text", column + d.message());
      g.writeEndObject();
      g.writeArrayFieldStart("locations");
      g.writeStartObject();
      if (l.file() != null) {
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri(l.file()));
        g.writeEndObject();
        if (l.line() > 0) {
          g.writeObjectFieldStart("region");
          g.writeNumberField("startLine", l.line());
          if (l.column() > 0) {
            g.writeNumberField("startColumn", l.column());
          }
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      Subject s = d.subject();
      if (s.kind() != Subject.Kind.FILE) {
        g.writeArrayFieldStart("logicalLocations");
        g.writeStartObject();
        g.writeStringField("name", s.field() == null ? s.key() : s.field());
        g.writeStringField("fullyQualifiedName", s.toString());
        g.writeStringField("kind", "element");
        g.writeEndObject();
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }

    /** SARIF's levels: error, warning, note. */
    static String level(Severity s) {
      return switch (s) {
        case ERROR -> "error";
        case WARNING -> "warning";
        case INFO -> "note";
      };
    }

    /** A relative URI reference with forward slashes, as code-scanning tools resolve them. */
    static String uri(String file) {
      String slashed = file.replace('\\', '/');
      try {
        String path = Path.of(file).isAbsolute() ? Path.of(file).toUri().getRawPath() : slashed;
        return new URI(null, null, path, null).toASCIIString();
      } catch (URISyntaxException | RuntimeException e) {
        return slashed;
      }
    }

    private static String version() {
      Properties p = new Properties();
      try (InputStream in = Sarif.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        // the version is decoration; a SARIF log without it is still valid
      }
      String v = p.getProperty("version", "0.0.0");
      return v.startsWith("$") ? "0.0.0" : v;
    }
  }
}
