package org.themetaxonomy.io.internal;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.Area;
import org.themetaxonomy.core.Evidence;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Ids;
import org.themetaxonomy.core.Mapping;
import org.themetaxonomy.core.PartialDates;
import org.themetaxonomy.core.Relation;
import org.themetaxonomy.core.Source;
import org.themetaxonomy.core.SourceKind;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Suggestions;
import org.themetaxonomy.core.Texts;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.io.FileRules;

/**
 * Turns the raw values of one element into a model record, or reports each bad value and returns
 * null. Both readers use it, so a value means the same in JSON and CSV. Raw values are indexed by
 * {@link Fields}: text (always from CSV), or a {@code Long}, {@code Double} or list of text from
 * JSON, whose reader has already checked the JSON types.
 */
public final class Elements {
  /** A raw value whose problem was already reported, such as a number where text belongs. */
  public static final Object SKIP = new Object();

  private final Problems problems;
  private boolean bad;
  // Repeated ids are kept once: a million-theme file repeats its few source, framework and area
  // ids millions of times, and every theme id again in its children and crosswalk rows.
  private final java.util.Map<String, String> vocabulary = new java.util.HashMap<>();
  private final java.util.Map<String, String> themeIds = new java.util.HashMap<>();
  // The element being built; made into a Subject only when there is something to report.
  private java.util.function.Supplier<Subject> element = () -> Subject.file();

  /**
   * Creates an assembler reporting to a collector.
   *
   * @param problems where bad values go
   */
  public Elements(Problems problems) {
    this.problems = problems;
  }

  /**
   * Returns a name for an element in messages: its id if it has one.
   *
   * @param raw the raw id
   * @param index the element's position
   * @return the id, or {@code #n}
   */
  public static String key(@Nullable Object raw, int index) {
    return raw instanceof String s && !s.isBlank() ? s : "#" + (index + 1);
  }

  /**
   * Builds a source.
   *
   * @param index its position
   * @param v its raw values
   * @return the source, or null if a value was bad
   */
  public @Nullable Source source(int index, @Nullable Object[] v) {
    bad = false;
    element = () -> Subject.source(index, key(v[0], index));
    String id = id(v, 0, "id", "source");
    String title = required(v, 1, "title", "source");
    SourceKind kind = null;
    String kindText = required(v, 2, "kind", "source");
    if (kindText != null) {
      kind = SourceKind.fromCode(kindText).orElse(null);
      if (kind == null) {
        invalid(
            "kind",
            "kind "
                + Texts.quote(kindText)
                + " is not one of "
                + SourceKind.codes()
                + hint(kindText, SourceKind.codes()));
      }
    }
    String date = optional(v, 3);
    if (date != null && !PartialDates.isValid(date)) {
      invalid(
          "date",
          "date "
              + Texts.quote(date)
              + " is not a real date written YYYY, YYYY-MM or YYYY-MM-DD (such as 2017-07-19)");
    }
    Integer count = count(v, 5, "participantCount");
    if (bad) {
      return null;
    }
    return new Source(
        vocab(id),
        title,
        kind,
        date,
        optional(v, 4),
        count,
        optional(v, 6),
        optional(v, 7),
        optional(v, 8));
  }

  /**
   * Builds an area.
   *
   * @param frameworkIndex its framework's position
   * @param areaIndex its position within the framework
   * @param frameworkKey its framework's name, for messages
   * @param v its raw values
   * @return the area, or null if a value was bad
   */
  public @Nullable Area area(
      int frameworkIndex, int areaIndex, String frameworkKey, @Nullable Object[] v) {
    bad = false;
    element =
        () ->
            new Subject(
                Subject.Kind.AREA,
                frameworkKey + "/" + key(v[1], areaIndex),
                frameworkIndex,
                areaIndex,
                null);
    String id = id(v, 1, "id", "area");
    String label = required(v, 2, "label", "area");
    return bad ? null : new Area(vocab(id), label, optional(v, 3));
  }

  /**
   * Builds a framework.
   *
   * @param index its position
   * @param v its raw values
   * @param areas its areas, already built
   * @return the framework, or null if a value was bad
   */
  public @Nullable Framework framework(int index, @Nullable Object[] v, List<Area> areas) {
    bad = false;
    element = () -> Subject.framework(index, key(v[0], index));
    String id = id(v, 0, "id", "framework");
    String title = required(v, 1, "title", "framework");
    return bad
        ? null
        : new Framework(
            vocab(id),
            title,
            optional(v, 2),
            optional(v, 3),
            optional(v, 4),
            ImmutableList.copyOf(areas));
  }

  /**
   * Builds an evidence entry.
   *
   * @param themeIndex its theme's position
   * @param evidenceIndex its position within the theme
   * @param themeKey its theme's name, for messages
   * @param v its raw values
   * @return the evidence, or null if a value was bad
   */
  public @Nullable Evidence evidence(
      int themeIndex, int evidenceIndex, String themeKey, @Nullable Object[] v) {
    bad = false;
    element = () -> Subject.evidence(themeIndex, evidenceIndex, themeKey);
    String source = id(v, 1, "source", "evidence entry");
    return bad ? null : new Evidence(vocab(source), optional(v, 2), optional(v, 3), optional(v, 4));
  }

  /**
   * Builds a theme.
   *
   * @param index its position
   * @param v its raw values
   * @param evidence its evidence, already built
   * @return the theme, or null if a value was bad
   */
  public @Nullable Theme theme(int index, @Nullable Object[] v, List<Evidence> evidence) {
    bad = false;
    element = () -> Subject.theme(index, key(v[0], index));
    String id = id(v, 0, "id", "theme");
    String parent = optional(v, 1);
    if (v[1] == SKIP) {
      bad = true;
    } else if (parent != null && !Ids.isValid(parent)) {
      problems.error(
          FileRules.INVALID_ID,
          element.get().field("parent"),
          "parent " + Texts.quote(parent) + " is not a valid theme id; " + ID_RULE);
      bad = true;
    }
    String label = required(v, 2, "label", "theme");
    ImmutableList<String> altLabels = altLabels(v[4], "altLabels");
    if (bad) {
      return null;
    }
    String own = themeIds.putIfAbsent(id, id);
    return new Theme(
        own == null ? id : own,
        label,
        parent == null ? null : themeIds.getOrDefault(parent, parent),
        optional(v, 3),
        altLabels,
        ImmutableList.copyOf(evidence),
        optional(v, 6));
  }

  /**
   * Builds a crosswalk row.
   *
   * @param index its position
   * @param v its raw values
   * @return the row, or null if a value was bad
   */
  public @Nullable Mapping mapping(int index, @Nullable Object[] v) {
    bad = false;
    element = () -> Subject.mapping(index);
    String theme = id(v, 0, "theme", "crosswalk row");
    String framework = id(v, 1, "framework", "crosswalk row");
    String area = id(v, 2, "area", "crosswalk row");
    Relation relation = null;
    String relationText = required(v, 3, "relation", "crosswalk row");
    if (relationText != null) {
      relation = Relation.fromCode(relationText).orElse(null);
      if (relation == null) {
        invalid(
            "relation",
            "relation "
                + Texts.quote(relationText)
                + " is not one of "
                + Relation.codes()
                + hint(relationText, Relation.codes()));
      }
    }
    Double confidence = confidence(v[4], "confidence");
    return bad
        ? null
        : new Mapping(
            themeIds.getOrDefault(theme, theme),
            vocab(framework),
            vocab(area),
            relation,
            confidence,
            optional(v, 5));
  }

  /**
   * Checks a taxonomy's id.
   *
   * @param v the taxonomy's raw values, indexed by {@link Fields#TAXONOMY}
   * @return the id, or null if bad
   */
  public @Nullable String taxonomyId(@Nullable Object[] v) {
    element = () -> Subject.taxonomy(null);
    return id(v, 1, "id", "taxonomy");
  }

  /**
   * Checks a taxonomy's title.
   *
   * @param v the taxonomy's raw values, indexed by {@link Fields#TAXONOMY}
   * @return the title, or null if absent
   */
  public @Nullable String taxonomyTitle(@Nullable Object[] v) {
    element = () -> Subject.taxonomy(null);
    return required(v, 2, "title", "taxonomy");
  }

  /**
   * Returns optional text.
   *
   * @param v raw values
   * @param f the field
   * @return the text, or null if absent or blank
   */
  public static @Nullable String optional(@Nullable Object[] v, int f) {
    return v[f] instanceof String s ? Texts.optional(s) : null;
  }

  private String vocab(String id) {
    String known = vocabulary.putIfAbsent(id, id);
    return known == null ? id : known;
  }

  private static final String ID_RULE =
      "ids use letters, digits, '.', '_' and '-', start with a letter or digit, and have at most"
          + " 64 characters";

  private @Nullable String required(@Nullable Object[] v, int f, String field, String what) {
    if (v[f] == SKIP) {
      bad = true;
      return null;
    }
    String text = optional(v, f);
    if (text == null) {
      problems.error(
          FileRules.MISSING_FIELD,
          element.get().field(field),
          (v[f] == null ? "has no " : "has a blank ")
              + Texts.quote(field)
              + ": every "
              + what
              + " needs one");
      bad = true;
    }
    return text;
  }

  private @Nullable String id(@Nullable Object[] v, int f, String field, String what) {
    String text = required(v, f, field, what);
    if (text != null && !Ids.isValid(text)) {
      problems.error(
          FileRules.INVALID_ID,
          element.get().field(field),
          field + " " + Texts.quote(text) + " is not a valid id; " + ID_RULE);
      bad = true;
      return null;
    }
    return text;
  }

  private void invalid(String field, String message) {
    problems.error(FileRules.INVALID_VALUE, element.get().field(field), message);
    bad = true;
  }

  private static String hint(String text, String codes) {
    return Suggestions.hint(text, List.of(codes.split(", ")));
  }

  private @Nullable Integer count(@Nullable Object[] v, int f, String s) {
    Object raw = v[f];
    if (raw == SKIP) {
      bad = true;
      return null;
    }
    long n;
    if (raw instanceof Long l) {
      n = l;
    } else if (raw instanceof String text && !text.isBlank()) {
      try {
        n = Long.parseLong(text.strip());
      } catch (NumberFormatException e) {
        invalid(s, "participantCount " + Texts.quote(text) + " is not a whole number");
        return null;
      }
    } else {
      return null;
    }
    if (n < 0 || n > Integer.MAX_VALUE) {
      invalid(s, "participantCount " + n + " must be a whole number from 0 up");
      return null;
    }
    return (int) n;
  }

  private @Nullable Double confidence(@Nullable Object raw, String s) {
    if (raw == SKIP) {
      bad = true;
      return null;
    }
    double d;
    if (raw instanceof Double x) {
      d = x;
    } else if (raw instanceof Long l) {
      d = l;
    } else if (raw instanceof String text && !text.isBlank()) {
      try {
        d = Double.parseDouble(text.strip());
      } catch (NumberFormatException e) {
        invalid(s, "confidence " + Texts.quote(text) + " is not a number; write one from 0 to 1");
        return null;
      }
    } else {
      return null;
    }
    if (!(d >= 0 && d <= 1)) {
      invalid(s, "confidence " + raw + " is out of range; write a number from 0 to 1");
      return null;
    }
    return d;
  }

  private ImmutableList<String> altLabels(@Nullable Object raw, String s) {
    if (raw == SKIP) {
      bad = true;
      return ImmutableList.of();
    }
    List<String> labels;
    if (raw instanceof String cell) {
      if (cell.isBlank()) {
        return ImmutableList.of();
      }
      labels = ListCells.split(cell);
      if (labels == null) {
        invalid(
            s,
            "altLabels "
                + Texts.quote(cell)
                + " has a backslash that escapes nothing; write \\| for a '|' inside a label"
                + " and \\\\ for a backslash");
        return ImmutableList.of();
      }
    } else if (raw instanceof List<?> list) {
      labels = new ArrayList<>(list.size());
      for (Object o : list) {
        labels.add((String) o);
      }
    } else {
      return ImmutableList.of();
    }
    for (String label : labels) {
      if (label.isBlank()) {
        invalid(
            s,
            "altLabels holds a blank label; remove it (in CSV, look for '||' or a '|' at an end)");
        return ImmutableList.of();
      }
    }
    return ImmutableList.copyOf(labels);
  }
}
