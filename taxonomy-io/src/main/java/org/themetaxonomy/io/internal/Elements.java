package org.themetaxonomy.io.internal;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Subject.Kind;
import org.themetaxonomy.core.internal.Texts;
import org.themetaxonomy.io.FileRules;

/**
 * Turns what a reader found for one element into a model record, field by field through each
 * field's {@link Type}, or reports every bad value and returns null. Both readers use it, so a
 * value means the same in JSON and CSV.
 */
public final class Elements implements Type.Context {
  private final Problems problems;
  // Repeated ids are kept once: a million-theme file repeats its few source, framework and area
  // ids millions of times, and every theme id again in its children and crosswalk rows.
  private final StringPool vocabulary = new StringPool(Integer.MAX_VALUE);
  private final StringPool themeIds = new StringPool(Integer.MAX_VALUE);
  private String lastReference = "";
  // Short repeated text (locators) and numbers (confidences), kept once up to a bound, so that a
  // file where every value differs does not fill a table that saves nothing.
  private final StringPool repeated = new StringPool(TABLE_BOUND);
  private final Map<Double, Double> numbers = new HashMap<>();
  private static final int REPEATED_MAX_LENGTH = 40;
  private static final int TABLE_BOUND = 1 << 16;

  // The element being checked; its Subject is made only when there is something to report.
  private Schema<?> schema = Fields.TAXONOMY;
  private @Nullable Values values;
  private int index;
  private int sub;
  private String parentKey = "";
  private @Nullable Subject subject;
  private Field<?, ?> field = Fields.TAXONOMY_ID;
  private boolean reported;
  // Scratch arrays by kind, reused element after element: a large file makes none per element.
  private final @Nullable Object[][] outs = new Object[Kind.values().length][];
  private final @Nullable Object[][] args = new Object[Kind.values().length][];

  /**
   * Creates an assembler reporting to a collector.
   *
   * @param problems where bad values go
   */
  public Elements(Problems problems) {
    this.problems = problems;
    for (Schema<?> s : Fields.ALL) {
      outs[s.kind().ordinal()] = new Object[s.size()];
      args[s.kind().ordinal()] = new Object[s.componentCount()];
    }
  }

  /**
   * Returns a name for an element in messages: its id if it has one.
   *
   * @param id the raw id, may be null
   * @param index the element's position
   * @return the id, or {@code #n}
   */
  public static String key(@Nullable String id, int index) {
    return id != null && !id.isBlank() ? id : "#" + (index + 1);
  }

  /**
   * Returns the subject of an element, named by its id when it has one.
   *
   * @param schema its schema
   * @param values what was read, for its id
   * @param index its position; for areas and evidence, its parent's
   * @param sub for areas and evidence, its position within its parent
   * @param parentKey for areas and evidence, the parent's name
   * @return the subject
   */
  public static Subject subject(
      Schema<?> schema, @Nullable Values values, int index, int sub, String parentKey) {
    Field<?, ?> id = schema.jsonField("id");
    String key = key(id == null || values == null ? null : values.text(id), sub < 0 ? index : sub);
    return switch (schema.kind()) {
      case FILE -> Subject.file();
      case TAXONOMY -> Subject.taxonomy(null);
      case SOURCE -> Subject.source(index, key);
      case FRAMEWORK -> Subject.framework(index, key);
      case AREA -> new Subject(Kind.AREA, parentKey + "/" + key, index, sub, null);
      case THEME -> Subject.theme(index, key);
      case EVIDENCE -> Subject.evidence(index, sub, parentKey);
      case MAPPING -> Subject.mapping(index);
    };
  }

  /**
   * Builds a record element.
   *
   * @param <E> the element type
   * @param schema its schema
   * @param values what was read
   * @param index its position; for areas and evidence, its parent's
   * @param sub for areas and evidence, its position within its parent; otherwise -1
   * @param parentKey for areas and evidence, the parent's name; otherwise ""
   * @return the element, or null if a value was bad
   */
  public <E> @Nullable E build(
      Schema<E> schema, Values values, int index, int sub, String parentKey) {
    @Nullable Object[] checked = check(schema, values, index, sub, parentKey);
    return checked == null ? null : schema.make(checked, args[schema.kind().ordinal()]);
  }

  /**
   * Checks every value of an element and converts it to the model's type.
   *
   * @param schema its schema
   * @param values what was read
   * @param index its position; for areas and evidence, its parent's
   * @param sub for areas and evidence, its position within its parent; otherwise -1
   * @param parentKey for areas and evidence, the parent's name; otherwise ""
   * @return the values by field ordinal (null where absent), or null if one was bad; the array is
   *     this assembler's and holds them only until its next check of the same kind of element
   */
  public @Nullable Object @Nullable [] check(
      Schema<?> schema, Values values, int index, int sub, String parentKey) {
    this.schema = schema;
    this.values = values;
    this.index = index;
    this.sub = sub;
    this.parentKey = parentKey;
    this.subject = null;
    boolean bad = false;
    Object[] out = outs[schema.kind().ordinal()];
    java.util.Arrays.fill(out, null);
    for (Field<?, ?> f : schema.fields()) {
      if (f.isParentLink() || f == Fields.FORMAT_VERSION) {
        continue; // the reader matched the row to its parent; the version was checked first
      }
      if (values.isWrong(f)) {
        bad = true;
        continue;
      }
      Object raw = values.raw(f);
      if (raw == null || (raw instanceof String s && s.isBlank())) {
        if (f.isRequired()) {
          missing(f, raw == null);
          bad = true;
        }
        continue;
      }
      field = f;
      reported = false;
      Object value = f.type().read(raw, this);
      bad |= reported;
      out[f.ordinal()] = value;
    }
    return bad ? null : out;
  }

  private Subject subject() {
    if (subject == null) {
      subject = subject(schema, values, index, sub, parentKey);
    }
    return subject;
  }

  private void missing(Field<?, ?> f, boolean absent) {
    Subject s = subject();
    problems.error(
        FileRules.MISSING_FIELD,
        s.field(f.name()),
        problems.positions().describe(s)
            + (absent ? " has no " : " has a blank ")
            + Texts.quote(f.name())
            + ": every "
            + noun(schema.kind())
            + " needs one");
  }

  private static String noun(Kind kind) {
    return switch (kind) {
      case FILE, TAXONOMY -> "taxonomy";
      case SOURCE -> "source";
      case FRAMEWORK -> "framework";
      case AREA -> "area";
      case THEME -> "theme";
      case EVIDENCE -> "evidence entry";
      case MAPPING -> "crosswalk row";
    };
  }

  @Override
  public String name() {
    return field.name();
  }

  @Override
  public void report(String rule, String message) {
    reported = true;
    problems.error(rule, subject().field(field.name()), message);
  }

  @Override
  public String intern(Type.Pool pool, String id) {
    return switch (pool) {
      case NONE -> id;
      case VOCABULARY -> vocabulary.intern(id);
      case THEME -> themeIds.intern(id);
      case THEME_REFERENCE -> {
        // Crosswalk rows usually come grouped by theme: the last answer is often the next one.
        if (!id.equals(lastReference)) {
          lastReference = themeIds.get(id);
        }
        yield lastReference;
      }
      case REPEATED -> id.length() > REPEATED_MAX_LENGTH ? id : repeated.intern(id);
    };
  }

  @Override
  public Double intern(Double value) {
    Double known = numbers.get(value);
    if (known == null && numbers.size() < TABLE_BOUND) {
      numbers.put(value, value);
    }
    return known == null ? value : known;
  }
}
