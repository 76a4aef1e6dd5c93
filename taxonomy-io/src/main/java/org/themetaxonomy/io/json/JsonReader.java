package org.themetaxonomy.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.Location;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Subject.Kind;
import org.themetaxonomy.core.internal.Suggestions;
import org.themetaxonomy.core.internal.Texts;
import org.themetaxonomy.io.FileRules;
import org.themetaxonomy.io.ReadResult;
import org.themetaxonomy.io.internal.Elements;
import org.themetaxonomy.io.internal.Field;
import org.themetaxonomy.io.internal.Fields;
import org.themetaxonomy.io.internal.Parsers;
import org.themetaxonomy.io.internal.Parts;
import org.themetaxonomy.io.internal.Positions;
import org.themetaxonomy.io.internal.Problems;
import org.themetaxonomy.io.internal.Schema;
import org.themetaxonomy.io.internal.Type;
import org.themetaxonomy.io.internal.Values;

/**
 * Reads format version 1 JSON in one streaming pass, recording where every element and field was
 * and reporting every problem it can: it goes on after an unknown field, a duplicate key, a wrong
 * type or a bad value, and stops only where the JSON itself is broken.
 */
final class JsonReader {
  private final Parsers parsers;

  /**
   * Creates a reader.
   *
   * @param parsers the configured factories
   */
  JsonReader(Parsers parsers) {
    this.parsers = parsers;
  }

  /**
   * Reads a document.
   *
   * @param in the bytes; not closed
   * @param file the file's name for locations
   * @return the taxonomy or every problem
   * @throws IOException if the bytes cannot be read
   */
  ReadResult read(InputStream in, String file) throws IOException {
    Positions positions = new Positions(file, false);
    Problems problems = new Problems(positions, parsers.options().maxDiagnostics());
    Parts parts = new Parts();
    try (JsonParser p = parsers.json().createParser(in)) {
      Run run = new Run(p, problems, parts);
      try {
        if (!run.root()) {
          return new ReadResult(null, problems.list(), positions);
        }
      } catch (StreamConstraintsException e) {
        problems.error(
            FileRules.LIMIT_EXCEEDED,
            Subject.file(),
            Problems.limitMessage(e),
            at(file, p.currentLocation()));
        return new ReadResult(null, problems.list(), positions);
      } catch (JsonParseException e) {
        broken(problems, file, e, run.afterDocument);
        return new ReadResult(null, problems.list(), positions);
      } catch (JsonProcessingException e) {
        problems.error(
            FileRules.MALFORMED_JSON,
            Subject.file(),
            "the JSON is not well-formed: " + Problems.clean(e.getOriginalMessage()),
            at(file, p.currentLocation()));
        return new ReadResult(null, problems.list(), positions);
      }
    }
    return parts.finish(problems, true);
  }

  private static void broken(
      Problems problems, String file, JsonParseException e, boolean afterDocument) {
    String original = String.valueOf(e.getOriginalMessage());
    Location where = at(file, e.getLocation());
    String rule = FileRules.MALFORMED_JSON;
    String message;
    if (original.startsWith("Invalid UTF-8")) {
      rule = FileRules.INVALID_UTF8;
      message =
          "the file is not valid UTF-8 ("
              + Problems.clean(original)
              + "); it was probably saved as Windows-1252 or Latin-1: save it again as UTF-8";
    } else if (afterDocument) {
      rule = FileRules.TRAILING_CONTENT;
      message =
          "something follows the end of the JSON document; remove everything after its last '}'";
    } else if (original.contains("end-of-input")) {
      message =
          "the file ends in the middle of the document: it may be truncated, or a bracket, brace or"
              + " quote is not closed";
    } else if (original.contains("comment")) {
      message = "JSON does not allow comments; remove the comment";
    } else if (original.startsWith("Unexpected character ('}'")
        || original.startsWith("Unexpected character (']'")) {
      message =
          "unexpected "
              + original.charAt(22)
              + ": is there a comma after the last element? JSON allows none";
    } else if (original.contains("double-quote to start field name")) {
      message = "a field name must be in double quotes (\"name\": value)";
    } else if (original.startsWith("Unrecognized token")) {
      message =
          "the JSON is not well-formed: "
              + Problems.clean(original)
              + "; text values must be in double quotes";
    } else if (original.contains("CTRL-CHAR")) {
      message =
          "a text value holds a raw control character such as a line break; write it escaped"
              + " (\\n, \\t)";
    } else {
      message = "the JSON is not well-formed: " + Problems.clean(original);
    }
    problems.error(rule, Subject.file(), message, where);
  }

  private static Location at(String file, @Nullable JsonLocation l) {
    if (l == null) {
      return new Location(file, 0, 0, null);
    }
    return new Location(file, Math.max(l.getLineNr(), 0), Math.max(l.getColumnNr(), 0), null);
  }

  /** The state of one read. */
  private static final class Run {
    private final JsonParser p;
    // Jackson's own parsers tell the current token's line and column without making a
    // JsonLocation: a million-theme file has some twenty million fields.
    private final @Nullable ParserBase base;
    private final Problems problems;
    private final Positions positions;
    private final Parts parts;
    private final Elements elements;
    private boolean afterDocument;

    Run(JsonParser p, Problems problems, Parts parts) {
      this.p = p;
      this.base = p instanceof ParserBase b ? b : null;
      this.problems = problems;
      this.positions = problems.positions();
      this.parts = parts;
      this.elements = new Elements(problems);
    }

    /** Reads the document; false if it is not a taxonomy at all. */
    boolean root() throws IOException {
      JsonToken t = p.nextToken();
      if (t == null) {
        problems.error(
            FileRules.EMPTY_FILE,
            Subject.file(),
            "the file is empty; a taxonomy file is one JSON object, {\"formatVersion\": 1, ...}",
            new Location(positions.fileOf(Kind.FILE), 1, 1, null));
        return false;
      }
      if (t != JsonToken.START_OBJECT) {
        problems.error(
            FileRules.WRONG_TYPE,
            Subject.file(),
            "a taxonomy file is one JSON object, {\"formatVersion\": 1, ...}, but this one starts"
                + " with "
                + describe(t),
            here());
        return false;
      }
      object(Fields.TAXONOMY, parts.header, 0, -1, "");
      afterDocument = true;
      JsonToken after = p.nextToken();
      if (after != null) {
        problems.error(
            FileRules.TRAILING_CONTENT,
            Subject.file(),
            "something follows the end of the JSON document ("
                + describe(after)
                + "); remove everything after its last '}'",
            here());
      }
      return true;
    }

    private int tokenLine() {
      return base != null ? base.getTokenLineNr() : p.currentTokenLocation().getLineNr();
    }

    private int tokenColumn() {
      if (base == null) {
        return p.currentTokenLocation().getColumnNr();
      }
      if (columnShift == Integer.MIN_VALUE) {
        // Jackson's byte parser counts the token's column one less in its JsonLocation than in
        // getTokenColumnNr; messages use the JsonLocation's, so both must agree. Asked once.
        columnShift = p.currentTokenLocation().getColumnNr() - base.getTokenColumnNr();
      }
      return base.getTokenColumnNr() + columnShift;
    }

    private int columnShift = Integer.MIN_VALUE;

    private Location here() {
      return at(positions.fileOf(Kind.FILE), p.currentTokenLocation());
    }

    /**
     * Reads the fields of one object into its values, recording where each was; the parser is on
     * its START_OBJECT and ends on its END_OBJECT. Nested lists are read element by element.
     *
     * @param index the element's position; for areas and evidence, the parent's
     * @param sub for areas and evidence, the position within the parent; otherwise -1
     */
    private void object(Schema<?> schema, Values v, int index, int sub, String parentKey)
        throws IOException {
      Kind kind = schema.kind();
      int slot = positions.element(kind, index, Math.max(sub, 0), tokenLine(), tokenColumn());
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        Field<?, ?> f = schema.jsonField(name);
        // Set again each field: a nested list in the previous field moved them.
        curSchema = schema;
        curValues = v;
        curIndex = index;
        curSub = sub;
        curParentKey = parentKey;
        if (f == null) {
          problems.error(
              FileRules.UNKNOWN_FIELD,
              subject(schema, v, index, sub, parentKey, name),
              "unknown field " + Texts.quote(name) + Suggestions.hint(name, schema.jsonNames()),
              here());
          p.skipChildren();
          continue;
        }
        if (v.has(f)) {
          problems.error(
              FileRules.DUPLICATE_KEY,
              subject(schema, v, index, sub, parentKey, name),
              "field "
                  + Texts.quote(name)
                  + (kind == Kind.TAXONOMY ? " appears twice" : " appears twice in this object")
                  + "; keep one",
              here());
          p.skipChildren();
          continue;
        }
        positions.field(kind, slot, f.ordinal(), tokenLine(), tokenColumn());
        Type.Shape shape = f.type().shape();
        if (shape == Type.Shape.OBJECT_LIST) {
          list(t, (Type.Nested<?>) f.type(), f, schema, v, index, sub, parentKey);
        } else if (!value(t, shape, f, v)) {
          problems.error(
              FileRules.WRONG_TYPE,
              subject(schema, v, index, sub, parentKey, name),
              "expected "
                  + shape.expected()
                  + " for "
                  + Texts.quote(name)
                  + ", found "
                  + describe(t),
              here());
          p.skipChildren();
          v.wrong(f);
        }
      }
    }

    // The element being read, for subjects made only when there is something to report.
    private Schema<?> curSchema = Fields.TAXONOMY;
    private @Nullable Values curValues;
    private int curIndex;
    private int curSub = -1;
    private String curParentKey = "";

    private Subject subjectAt(String field) {
      return Elements.subject(curSchema, curValues, curIndex, curSub, curParentKey).field(field);
    }

    private static Subject subject(
        Schema<?> schema, Values v, int index, int sub, String parentKey, String field) {
      return Elements.subject(schema, v, index, sub, parentKey).field(field);
    }

    /** Reads a value of a shape into the values; false if the token has another type. */
    private boolean value(JsonToken t, Type.Shape shape, Field<?, ?> f, Values v)
        throws IOException {
      if (t == JsonToken.VALUE_NULL) {
        v.put(f, null);
        return true;
      }
      switch (shape) {
        case TEXT -> {
          if (t != JsonToken.VALUE_STRING) {
            return false;
          }
          v.put(f, p.getText());
        }
        case WHOLE_NUMBER -> {
          if (t != JsonToken.VALUE_NUMBER_INT) {
            return false;
          }
          v.put(
              f,
              p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                  ? Long.MAX_VALUE
                  : p.getLongValue());
        }
        case NUMBER -> {
          if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            return false;
          }
          v.put(f, p.getDoubleValue());
        }
        case BOOLEAN -> {
          if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            return false;
          }
          v.put(f, t == JsonToken.VALUE_TRUE);
        }
        case TEXT_LIST -> {
          if (t != JsonToken.START_ARRAY) {
            return false;
          }
          List<String> out = new ArrayList<>();
          boolean ok = true;
          for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            if (e == JsonToken.VALUE_STRING) {
              out.add(p.getText());
            } else {
              problems.error(
                  FileRules.WRONG_TYPE,
                  subjectAt(f.name()),
                  "expected each entry of "
                      + Texts.quote(f.name())
                      + " to be text in double quotes, found "
                      + describe(e),
                  here());
              p.skipChildren();
              ok = false;
            }
          }
          if (ok) {
            v.put(f, out);
          } else {
            v.wrong(f);
          }
        }
        case OBJECT_LIST -> throw new IllegalStateException("lists are read by list()");
      }
      return true;
    }

    /** Reads a list of nested elements, building each one. */
    private <E> void list(
        JsonToken t,
        Type.Nested<E> type,
        Field<?, ?> f,
        Schema<?> parent,
        Values parentValues,
        int index,
        int sub,
        String parentKey)
        throws IOException {
      if (t == JsonToken.VALUE_NULL) {
        parentValues.put(f, null);
        return;
      }
      if (t != JsonToken.START_ARRAY) {
        problems.error(
            FileRules.WRONG_TYPE,
            subject(parent, parentValues, index, sub, parentKey, f.name()),
            "expected a list [...], found " + describe(t),
            here());
        p.skipChildren();
        parentValues.wrong(f);
        return;
      }
      Schema<E> schema = type.schema();
      boolean top = parent.kind() == Kind.TAXONOMY;
      List<E> out = new ArrayList<>();
      parentValues.put(f, out);
      int n = 0;
      for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
        if (e != JsonToken.START_OBJECT) {
          problems.error(
              FileRules.WRONG_TYPE,
              subject(parent, parentValues, index, sub, parentKey, f.name()),
              "expected each entry to be an object {...}, found " + describe(e),
              here());
          p.skipChildren();
          continue;
        }
        int i = n++;
        Values v = scratch(schema);
        // Top-level elements are numbered in their list; nested ones within their parent.
        int childIndex = top ? i : index;
        int childSub = top ? -1 : i;
        String key = top ? "" : Elements.key(parentValues.text(idOf(parent)), index);
        object(schema, v, childIndex, childSub, key);
        E element = elements.build(schema, v, childIndex, childSub, key);
        if (element != null) {
          out.add(element);
        }
      }
    }

    // One Values per kind of element, cleared for each: an element's children are of another kind.
    private final Values[] scratch = new Values[Kind.values().length];

    private Values scratch(Schema<?> schema) {
      Values v = scratch[schema.kind().ordinal()];
      if (v == null) {
        v = new Values(schema);
        scratch[schema.kind().ordinal()] = v;
      } else {
        v.clear();
      }
      return v;
    }

    private static Field<?, ?> idOf(Schema<?> schema) {
      Field<?, ?> id = schema.jsonField("id");
      if (id == null) {
        throw new IllegalStateException(schema.kind() + " has nested elements but no id");
      }
      return id;
    }

    private static String describe(JsonToken t) {
      return switch (t) {
        case START_OBJECT -> "an object {...}";
        case START_ARRAY -> "a list [...]";
        case VALUE_STRING -> "text";
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
        case VALUE_TRUE, VALUE_FALSE -> "true or false";
        case VALUE_NULL -> "null";
        default -> t.asString() == null ? t.name() : t.asString();
      };
    }
  }
}
