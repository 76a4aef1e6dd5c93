package org.themetaxonomy.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.themetaxonomy.core.Diagnostic;
import org.themetaxonomy.core.Location;
import org.themetaxonomy.core.internal.Texts;

/** How findings look: {@code file:line:col: severity: message [rule-id]}, or JSON. */
final class Render {
  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private Render() {}

  static void diagnostics(List<Diagnostic> ds, PrintWriter out, boolean colour) {
    for (Diagnostic d : ds) {
      out.println(line(d, colour));
    }
  }

  static String line(Diagnostic d, boolean colour) {
    Location l = d.location();
    StringBuilder b = new StringBuilder();
    if (l.isKnown()) {
      b.append(l).append(": ");
    }
    String severity = d.severity().code();
    if (colour) {
      String code =
          switch (d.severity()) {
            case ERROR -> "\u001b[1;31m";
            case WARNING -> "\u001b[1;33m";
            case INFO -> "\u001b[1;36m";
          };
      severity = code + severity + "\u001b[0m";
    }
    b.append(severity).append(": ");
    if (l.columnName() != null) {
      b.append("column ").append(Texts.quote(l.columnName())).append(": ");
    }
    return b.append(d.message()).append(" [").append(d.ruleId()).append(']').toString();
  }

  static JsonGenerator json(PrintWriter out) {
    try {
      JsonGenerator g = JSON.createGenerator(out);
      g.useDefaultPrettyPrinter();
      return g;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void diagnostic(JsonGenerator g, Diagnostic d) throws IOException {
    g.writeStartObject();
    g.writeStringField("rule", d.ruleId());
    g.writeStringField("severity", d.severity().code());
    g.writeStringField("message", d.message());
    g.writeObjectFieldStart("subject");
    g.writeStringField("kind", d.subject().kind().name().toLowerCase(java.util.Locale.ROOT));
    g.writeStringField("key", d.subject().key());
    if (d.subject().field() != null) {
      g.writeStringField("field", d.subject().field());
    }
    g.writeEndObject();
    Location l = d.location();
    g.writeObjectFieldStart("location");
    if (l.file() != null) {
      g.writeStringField("file", l.file());
    }
    if (l.line() > 0) {
      g.writeNumberField("line", l.line());
    }
    if (l.column() > 0) {
      g.writeNumberField("column", l.column());
    }
    if (l.columnName() != null) {
      g.writeStringField("columnName", l.columnName());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  static String plural(int n, String word) {
    return n + " " + (n == 1 ? word : word + "s");
  }

  static String summary(int files, int errors, int warnings, int infos) {
    return plural(files, "file")
        + ": "
        + plural(errors, "error")
        + ", "
        + plural(warnings, "warning")
        + ", "
        + infos
        + " info";
  }
}
