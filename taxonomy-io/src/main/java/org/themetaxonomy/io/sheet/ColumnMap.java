package org.themetaxonomy.io.sheet;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Which header of the sheet holds each field of a theme. A field that is null is not mapped (and
 * may be guessed); a field mapped to the empty string has no column and is never guessed. Several
 * columns may hold areas.
 *
 * @param id the column of theme ids
 * @param label the column of theme names
 * @param parent the column of parents (an id, a label or a path)
 * @param definition the column of definitions
 * @param altLabels the column of other names, split at {@code |}, {@code ;} and line breaks
 * @param notes the column of notes
 * @param area the columns of framework areas, each cell one area
 */
public record ColumnMap(
    @Nullable String id,
    @Nullable String label,
    @Nullable String parent,
    @Nullable String definition,
    @Nullable String altLabels,
    @Nullable String notes,
    ImmutableList<String> area) {

  /** The map with no column: everything guessed. */
  public static final ColumnMap EMPTY =
      new ColumnMap(null, null, null, null, null, null, ImmutableList.of());

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@%+,-]+");

  /** A field of a theme that a column can hold. */
  public enum Field {
    /** The theme's id. */
    ID("id"),
    /** The theme's label. */
    LABEL("label"),
    /** Its parent. */
    PARENT("parent"),
    /** Its definition. */
    DEFINITION("definition"),
    /** Its other names. */
    ALT_LABELS("altLabels"),
    /** Its notes. */
    NOTES("notes"),
    /** A framework area it maps to. */
    AREA("area");

    private final String code;

    Field(String code) {
      this.code = code;
    }

    /** {@return the name used by {@code --column} and map files, such as {@code altLabels}} */
    public String code() {
      return code;
    }

    /**
     * Finds a field by its name, ignoring case.
     *
     * @param code the name
     * @return the field, if there is one
     */
    public static Optional<Field> fromCode(String code) {
      return Arrays.stream(values()).filter(f -> f.code.equalsIgnoreCase(code.trim())).findFirst();
    }

    /** {@return every field's name in declaration order, comma-separated, for messages} */
    public static String codes() {
      return Arrays.stream(values()).map(Field::code).collect(Collectors.joining(", "));
    }
  }

  /**
   * Copies the area list. Each single-column field is a header, null when not mapped (it may then
   * be guessed), or the empty string for "no column" (never guessed).
   *
   * @param id the column of theme ids
   * @param label the column of theme names
   * @param parent the column of parents (an id, a label or a path)
   * @param definition the column of definitions
   * @param altLabels the column of other names
   * @param notes the column of notes
   * @param area the columns of framework areas, in the order given; empty if none
   */
  public ColumnMap {
    area = ImmutableList.copyOf(area);
  }

  /**
   * Returns the header mapped to a single-column field, null if not mapped, empty if "no column".
   *
   * @param field any field but {@link Field#AREA}
   * @return the header
   */
  public @Nullable String header(Field field) {
    return switch (field) {
      case ID -> id;
      case LABEL -> label;
      case PARENT -> parent;
      case DEFINITION -> definition;
      case ALT_LABELS -> altLabels;
      case NOTES -> notes;
      case AREA -> area.isEmpty() ? null : area.get(0);
    };
  }

  /**
   * Returns this map with a field mapped to a header; for {@link Field#AREA} the header is added to
   * the area columns.
   *
   * @param field the field
   * @param header the header, or the empty string for "no column"
   * @return the new map
   */
  public ColumnMap with(Field field, String header) {
    String h = header.strip();
    return switch (field) {
      case ID -> new ColumnMap(h, label, parent, definition, altLabels, notes, area);
      case LABEL -> new ColumnMap(id, h, parent, definition, altLabels, notes, area);
      case PARENT -> new ColumnMap(id, label, h, definition, altLabels, notes, area);
      case DEFINITION -> new ColumnMap(id, label, parent, h, altLabels, notes, area);
      case ALT_LABELS -> new ColumnMap(id, label, parent, definition, h, notes, area);
      case NOTES -> new ColumnMap(id, label, parent, definition, altLabels, h, area);
      case AREA ->
          new ColumnMap(
              id,
              label,
              parent,
              definition,
              altLabels,
              notes,
              h.isEmpty()
                  ? ImmutableList.of()
                  : ImmutableList.<String>builder().addAll(area).add(h).build());
    };
  }

  /**
   * Parses one {@code FIELD=HEADER} option.
   *
   * @param option the text, such as {@code label=Code}
   * @return this map with that column
   * @throws IllegalArgumentException if the field is unknown or the text has no {@code =}
   */
  public ColumnMap withOption(String option) {
    int eq = option.indexOf('=');
    if (eq < 0) {
      throw new IllegalArgumentException(
          "--column takes FIELD=HEADER (fields: " + Field.codes() + "), not '" + option + "'");
    }
    String name = option.substring(0, eq);
    Field field =
        Field.fromCode(name)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "'" + name.strip() + "' is not a field; fields are " + Field.codes()));
    return with(field, option.substring(eq + 1));
  }

  /**
   * Reads a map file: a flat JSON object from field to header, such as {@code {"label": "Code",
   * "parent": "Code Groups"}}; {@code area} may also be a list of headers.
   *
   * @param path the file
   * @return the map
   * @throws IOException if it cannot be read
   * @throws IllegalArgumentException if it is not such an object, with the reason
   */
  public static ColumnMap readJson(Path path) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    JsonNode root;
    try (InputStream in = Files.newInputStream(path)) {
      root = mapper.readTree(in);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(path + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(
          path + " must hold one JSON object from field to header, such as {\"label\": \"Code\"}");
    }
    ColumnMap map = EMPTY;
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Field field =
          Field.fromCode(e.getKey())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          path
                              + ": '"
                              + e.getKey()
                              + "' is not a field; fields are "
                              + Field.codes()));
      List<JsonNode> values = new ArrayList<>();
      if (e.getValue().isArray() && field == Field.AREA) {
        e.getValue().forEach(values::add);
      } else {
        values.add(e.getValue());
      }
      for (JsonNode v : values) {
        if (!v.isTextual()) {
          throw new IllegalArgumentException(
              path + ": the header of '" + e.getKey() + "' must be a string");
        }
        map = map.with(field, v.asText());
      }
    }
    return map;
  }

  /**
   * Returns the map as command-line options that give it back, quoted for a POSIX shell, such as
   * {@code --column label=theme --column parent='high-order themes'}.
   *
   * @return the options, space-separated
   */
  public String toOptions() {
    List<String> parts = new ArrayList<>();
    for (Field f : Field.values()) {
      if (f == Field.AREA) {
        area.forEach(h -> parts.add("--column area=" + shellQuote(h)));
      } else {
        String h = header(f);
        if (h != null && !h.isEmpty()) {
          parts.add("--column " + f.code() + "=" + shellQuote(h));
        }
      }
    }
    return String.join(" ", parts);
  }

  static String shellQuote(String s) {
    if (PLAIN.matcher(s).matches()) {
      return s;
    }
    return "'" + s.replace("'", "'\\''") + "'";
  }

  @Override
  public String toString() {
    String options = toOptions();
    return options.isEmpty() ? "(no columns)" : options;
  }
}
