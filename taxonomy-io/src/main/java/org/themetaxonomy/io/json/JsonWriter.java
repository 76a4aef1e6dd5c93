package org.themetaxonomy.io.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.io.internal.Field;
import org.themetaxonomy.io.internal.Fields;
import org.themetaxonomy.io.internal.Schema;
import org.themetaxonomy.io.internal.Type;

/**
 * Writes the canonical JSON form: two-space indent, {@code "name": value}, the fields in the order
 * of their declarations in {@link Fields}, absent fields, defaults and empty lists left out, a
 * final newline. The same taxonomy always gives the same bytes.
 */
final class JsonWriter {
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
  static void write(Taxonomy t, OutputStream out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.setPrettyPrinter(PRETTY.createInstance());
      object(g, Fields.TAXONOMY, t);
      g.writeRaw('\n');
    }
  }

  private static <E> void object(JsonGenerator g, Schema<E> schema, E element) throws IOException {
    g.writeStartObject();
    for (Field<E, ?> f : schema.fields()) {
      if (f.inJson()) {
        field(g, f, element);
      }
    }
    g.writeEndObject();
  }

  private static <E, V> void field(JsonGenerator g, Field<E, V> f, E element) throws IOException {
    V value = f.get(element);
    if (value == null || f.type().isAbsent(value)) {
      return;
    }
    g.writeFieldName(f.name());
    if (f.type() instanceof Type.Nested<?> nested) {
      list(g, nested.schema(), (List<?>) value);
      return;
    }
    Object json = f.type().toJson(value);
    if (json instanceof String s) {
      g.writeString(s);
    } else if (json instanceof Integer i) {
      g.writeNumber(i);
    } else if (json instanceof Long l) {
      g.writeNumber(l);
    } else if (json instanceof Double d) {
      g.writeNumber(d);
    } else if (json instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (json instanceof List<?> list) {
      g.writeStartArray();
      for (Object item : list) {
        g.writeString((String) item);
      }
      g.writeEndArray();
    } else {
      throw new IllegalStateException(f.name() + " has no JSON form: " + json.getClass());
    }
  }

  @SuppressWarnings("unchecked")
  private static <C> void list(JsonGenerator g, Schema<C> schema, List<?> items)
      throws IOException {
    g.writeStartArray();
    for (Object item : items) {
      object(g, schema, (C) item);
    }
    g.writeEndArray();
  }
}
