package org.themetaxonomy.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.Area;
import org.themetaxonomy.core.Evidence;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Location;
import org.themetaxonomy.core.Mapping;
import org.themetaxonomy.core.Source;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Subject.Kind;
import org.themetaxonomy.core.Suggestions;
import org.themetaxonomy.core.Texts;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.io.FileRules;
import org.themetaxonomy.io.ReadResult;

/**
 * Reads format version 1 JSON in one streaming pass, recording where every element and field was
 * and reporting every problem it can: it goes on after an unknown field, a duplicate key, a wrong
 * type or a bad value, and stops only where the JSON itself is broken.
 */
public final class JsonReader {
  private static final ImmutableList<String> ROOT =
      ImmutableList.<String>builder()
          .add("$schema")
          .addAll(Fields.TAXONOMY)
          .add("sources", "frameworks", "themes", "crosswalk")
          .build();

  private final Parsers parsers;

  /**
   * Creates a reader.
   *
   * @param parsers the configured factories
   */
  public JsonReader(Parsers parsers) {
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
  public ReadResult read(InputStream in, String file) throws IOException {
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
            limitMessage(e),
            at(file, p.currentLocation()));
        return new ReadResult(null, problems.list(), positions);
      } catch (JsonParseException e) {
        broken(problems, file, e, run.afterDocument);
        return new ReadResult(null, problems.list(), positions);
      } catch (JsonProcessingException e) {
        problems.error(
            FileRules.MALFORMED_JSON,
            Subject.file(),
            "the JSON is not well-formed: " + clean(e.getOriginalMessage()),
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
              + clean(original)
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
              + clean(original)
              + "; text values must be in double quotes";
    } else if (original.contains("CTRL-CHAR")) {
      message =
          "a text value holds a raw control character such as a line break; write it escaped"
              + " (\\n, \\t)";
    } else {
      message = "the JSON is not well-formed: " + clean(original);
    }
    problems.error(rule, Subject.file(), message, where);
  }

  /**
   * Says which bound a file broke, in words, and how to raise it; shared by both readers.
   *
   * @param e the exception
   * @return the message
   */
  static String limitMessage(StreamConstraintsException e) {
    String m = String.valueOf(e.getMessage());
    String what;
    if (m.contains("nesting depth")) {
      what = "nests arrays and objects deeper than the reader allows; a taxonomy needs 5 levels";
    } else if (m.contains("String value length")) {
      what = "holds a text value longer than the reader allows";
    } else if (m.contains("Name length")) {
      what = "holds a field name longer than the reader allows";
    } else if (m.contains("Number value length")) {
      what = "holds a number longer than the reader allows";
    } else {
      what = "is larger than the reader allows";
    }
    return "the file "
        + what
        + " ("
        + clean(m)
        + "); if it is genuine, raise the bound in ReadOptions";
  }

  /** Drops Jackson's hints for programmers and escapes what the input put in the message. */
  static String clean(@Nullable String message) {
    String m = String.valueOf(message);
    for (String cut : new String[] {" (for ", "(not recognized", ", from `", " at [Source"}) {
      int i = m.indexOf(cut);
      if (i > 0) {
        m = m.substring(0, i);
      }
    }
    String quoted = Texts.quote(m.strip());
    return quoted.substring(1, quoted.length() - 1);
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
    private final Problems problems;
    private final Positions positions;
    private final Parts parts;
    private final Elements elements;
    private boolean afterDocument;
    // The element being read, for subjects made only when there is something to report.
    private Kind kind = Kind.TAXONOMY;
    private int index = -1;
    private int sub = -1;

    Run(JsonParser p, Problems problems, Parts parts) {
      this.p = p;
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
      JsonLocation start = p.currentTokenLocation();
      int slot = positions.element(Kind.TAXONOMY, 0, 0, start.getLineNr(), start.getColumnNr());
      long seen = 0;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        int r = ROOT.indexOf(name);
        Subject subject = Subject.taxonomy(name);
        kind = Kind.TAXONOMY;
        index = -1;
        sub = -1;
        if (r < 0) {
          problems.error(
              FileRules.UNKNOWN_FIELD,
              subject,
              "unknown field " + Texts.quote(name) + Suggestions.hint(name, ROOT),
              here());
          p.skipChildren();
          continue;
        }
        if ((seen & (1L << r)) != 0) {
          problems.error(
              FileRules.DUPLICATE_KEY,
              subject,
              "field " + Texts.quote(name) + " appears twice; keep one",
              here());
          p.skipChildren();
          continue;
        }
        seen |= 1L << r;
        switch (name) {
          case "$schema" -> text(value, name);
          case "sources" -> array(value, subject, this::source);
          case "frameworks" -> array(value, subject, this::framework);
          case "themes" -> array(value, subject, this::theme);
          case "crosswalk" -> array(value, subject, this::mapping);
          default -> {
            int f = Fields.TAXONOMY.indexOf(name);
            JsonLocation l = p.currentTokenLocation();
            positions.field(Kind.TAXONOMY, slot, f, l.getLineNr(), l.getColumnNr());
            parts.header[f] = f == 0 ? integer(value, name) : text(value, name);
          }
        }
      }
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

    private Location here() {
      return at(positions.fileOf(Kind.FILE), p.currentTokenLocation());
    }

    /** Reads one element of an array; the parser is on its START_OBJECT. */
    private interface ElementReader {
      void read(int index) throws IOException;
    }

    private void array(JsonToken t, Subject subject, ElementReader reader) throws IOException {
      if (t == JsonToken.VALUE_NULL) {
        return;
      }
      if (t != JsonToken.START_ARRAY) {
        wrongType(subject, "a list [...]", t);
        return;
      }
      int index = 0;
      for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
        if (e != JsonToken.START_OBJECT) {
          wrongType(subject, "each entry to be an object {...}", e);
          continue;
        }
        reader.read(index++);
      }
    }

    /** The current element, narrowed to a field. */
    private Subject subjectAt(String field) {
      if (kind == Kind.TAXONOMY) {
        return Subject.taxonomy(field);
      }
      String key =
          kind == Kind.AREA || kind == Kind.EVIDENCE
              ? "#" + (index + 1) + "/#" + (sub + 1)
              : "#" + (index + 1);
      return new Subject(kind, key, index, sub, field);
    }

    private void wrongType(String field, String expected, JsonToken found) throws IOException {
      wrongType(subjectAt(field), expected, found);
    }

    private void wrongType(Subject subject, String expected, JsonToken found) throws IOException {
      problems.error(
          FileRules.WRONG_TYPE,
          subject,
          "expected " + expected + ", found " + describe(found),
          here());
      p.skipChildren();
    }

    /**
     * Reads the fields of one object into raw values; the parser is on its START_OBJECT and ends on
     * its END_OBJECT. Nested lists go to {@code nested}.
     */
    private int fields(
        Kind kind,
        int parent,
        int sub,
        @Nullable Object[] v,
        ImmutableList<String> jsonNames,
        @Nullable ElementReader nested)
        throws IOException {
      JsonLocation start = p.currentTokenLocation();
      int slot = positions.element(kind, parent, sub, start.getLineNr(), start.getColumnNr());
      ImmutableList<String> names = Fields.of(kind);
      long seen = 0;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        // Set again each field: a nested list in the previous field moved them.
        this.kind = kind;
        this.index = kind == Kind.AREA || kind == Kind.EVIDENCE ? parent : current;
        this.sub = sub;
        String name = p.currentName();
        JsonToken t = p.nextToken();
        int f = jsonNames.contains(name) ? names.indexOf(name) : -1;
        if (f < 0) {
          problems.error(
              FileRules.UNKNOWN_FIELD,
              subjectAt(name),
              "unknown field " + Texts.quote(name) + Suggestions.hint(name, jsonNames),
              here());
          p.skipChildren();
          continue;
        }
        if ((seen & (1L << f)) != 0) {
          problems.error(
              FileRules.DUPLICATE_KEY,
              subjectAt(name),
              "field " + Texts.quote(name) + " appears twice in this object; keep one",
              here());
          p.skipChildren();
          continue;
        }
        seen |= 1L << f;
        JsonLocation l = p.currentTokenLocation();
        positions.field(kind, slot, f, l.getLineNr(), l.getColumnNr());
        String field = names.get(f);
        if (field.equals("areas") || field.equals("evidence")) {
          array(t, subjectAt(name), nested);
        } else if (field.equals("participantCount")) {
          v[f] = integer(t, name);
        } else if (field.equals("confidence")) {
          v[f] = number(t, name);
        } else if (field.equals("altLabels")) {
          v[f] = textList(t, name);
        } else {
          v[f] = text(t, name);
        }
      }
      return slot;
    }

    private @Nullable Object text(JsonToken t, String at) throws IOException {
      if (t == JsonToken.VALUE_STRING) {
        return p.getText();
      }
      if (t == JsonToken.VALUE_NULL) {
        return null;
      }
      wrongType(at, "text in double quotes", t);
      return Elements.SKIP;
    }

    private @Nullable Object integer(JsonToken t, String at) throws IOException {
      if (t == JsonToken.VALUE_NUMBER_INT) {
        return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            ? Long.MAX_VALUE
            : p.getLongValue();
      }
      if (t == JsonToken.VALUE_NULL) {
        return null;
      }
      wrongType(at, "a whole number", t);
      return Elements.SKIP;
    }

    private @Nullable Object number(JsonToken t, String at) throws IOException {
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        return p.getDoubleValue();
      }
      if (t == JsonToken.VALUE_NULL) {
        return null;
      }
      wrongType(at, "a number", t);
      return Elements.SKIP;
    }

    private @Nullable Object textList(JsonToken t, String at) throws IOException {
      if (t == JsonToken.VALUE_NULL) {
        return null;
      }
      if (t != JsonToken.START_ARRAY) {
        wrongType(at, "a list of text [\"...\"]", t);
        return Elements.SKIP;
      }
      List<String> out = new ArrayList<>();
      boolean ok = true;
      for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
        if (e == JsonToken.VALUE_STRING) {
          out.add(p.getText());
        } else {
          wrongType(at, "text in double quotes", e);
          ok = false;
        }
      }
      return ok ? out : Elements.SKIP;
    }

    private void source(int index) throws IOException {
      Object[] v = new Object[Fields.SOURCE.size()];
      current = index;
      fields(Kind.SOURCE, 0, 0, v, Fields.SOURCE, null);
      Source source = elements.source(index, v);
      if (source != null) {
        parts.sources.add(source);
      }
    }

    private static final ImmutableList<String> AREA_JSON = Fields.AREA.subList(1, 4);
    private static final ImmutableList<String> EVIDENCE_JSON = Fields.EVIDENCE.subList(1, 5);

    private void framework(int index) throws IOException {
      Object[] v = new Object[Fields.FRAMEWORK.size()];
      List<Area> areas = new ArrayList<>();
      current = index;
      fields(
          Kind.FRAMEWORK,
          0,
          0,
          v,
          Fields.FRAMEWORK,
          a -> {
            Object[] av = new Object[Fields.AREA.size()];
            String key = Elements.key(v[0], index);
            fields(Kind.AREA, index, a, av, AREA_JSON, null);
            Area area = elements.area(index, a, key, av);
            if (area != null) {
              areas.add(area);
            }
          });
      Framework framework = elements.framework(index, v, areas);
      if (framework != null) {
        parts.frameworks.add(framework);
      }
    }

    private void theme(int index) throws IOException {
      Object[] v = new Object[Fields.THEME.size()];
      List<Evidence> evidence = new ArrayList<>();
      current = index;
      fields(
          Kind.THEME,
          0,
          0,
          v,
          Fields.THEME,
          e -> {
            Object[] ev = new Object[Fields.EVIDENCE.size()];
            String key = Elements.key(v[0], index);
            fields(Kind.EVIDENCE, index, e, ev, EVIDENCE_JSON, null);
            Evidence item = elements.evidence(index, e, key, ev);
            if (item != null) {
              evidence.add(item);
            }
          });
      Theme theme = elements.theme(index, v, evidence);
      if (theme != null) {
        parts.themes.add(theme);
      }
    }

    private void mapping(int index) throws IOException {
      Object[] v = new Object[Fields.MAPPING.size()];
      current = index;
      fields(Kind.MAPPING, 0, 0, v, Fields.MAPPING, null);
      Mapping mapping = elements.mapping(index, v);
      if (mapping != null) {
        parts.crosswalk.add(mapping);
      }
    }

    // The position of the top-level element being read (source, framework, theme, row).
    private int current;

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
