package org.themetaxonomy.io.internal;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.Ids;
import org.themetaxonomy.core.internal.Suggestions;
import org.themetaxonomy.core.internal.Texts;
import org.themetaxonomy.io.FileRules;

/**
 * How one kind of value is read and written: the JSON shape it takes, how a JSON value or a CSV
 * cell becomes it (with the located error when it cannot), its value when absent, and how it is
 * written back. Every {@link Field} has one; both readers and both writers go through it.
 *
 * @param <V> the model's type for the value
 */
public abstract class Type<V> {
  /** What a value looks like in JSON; the JSON reader checks it and reports a wrong type. */
  public enum Shape {
    /** A string. */
    TEXT("text in double quotes"),
    /** An integer. */
    WHOLE_NUMBER("a whole number"),
    /** Any number. */
    NUMBER("a number"),
    /** {@code true} or {@code false}. */
    BOOLEAN("true or false"),
    /** An array of strings. */
    TEXT_LIST("a list of text [\"...\"]"),
    /** An array of objects: elements of another schema. */
    OBJECT_LIST("a list [...]");

    private final String expected;

    Shape(String expected) {
      this.expected = expected;
    }

    /** Returns what a message says was expected, such as {@code a whole number}. */
    public String expected() {
      return expected;
    }
  }

  /** Which table of repeated ids an id is kept in, so that a large file holds each id once. */
  public enum Pool {
    /** Not kept. */
    NONE,
    /** Source, framework and area ids. */
    VOCABULARY,
    /** A theme's own id. */
    THEME,
    /** A reference to a theme (parent, crosswalk row, replacedBy). */
    THEME_REFERENCE,
    /**
     * Short free text that often repeats, such as an evidence locator ("Section 4", "p. 12"): kept
     * once while the table is small, and as read after that.
     */
    REPEATED
  }

  /** Where a type reports a bad value and keeps an id; a reader's assembler implements it. */
  public interface Context {
    /**
     * Returns the field's name, for messages.
     *
     * @return the name
     */
    String name();

    /**
     * Reports a bad value of this field.
     *
     * @param rule the rule id
     * @param message what is wrong and how to mend it
     */
    void report(String rule, String message);

    /**
     * Returns the one copy of an id.
     *
     * @param pool the table
     * @param id the id
     * @return the copy kept
     */
    String intern(Pool pool, String id);

    /**
     * Returns one copy of a number that repeats, such as a confidence of 0.8.
     *
     * @param value the number
     * @return the copy kept
     */
    Double intern(Double value);
  }

  private final Shape shape;
  private final Class<?> valueClass;
  private final @Nullable V absent;

  private Type(Shape shape, Class<?> valueClass, @Nullable V absent) {
    this.shape = shape;
    this.valueClass = valueClass;
    this.absent = absent;
  }

  /** Returns the JSON shape. */
  public Shape shape() {
    return shape;
  }

  /** Returns the class of the values, to bind a field to a record component. */
  Class<?> valueClass() {
    return valueClass;
  }

  /** Returns the value when the file gives none: null, an empty list or a default. */
  public @Nullable V absent() {
    return absent;
  }

  /**
   * Tells whether a value is absent or the default, which writers leave out.
   *
   * @param value the value
   * @return true if it is not written
   */
  public boolean isAbsent(@Nullable Object value) {
    return value == null || Objects.equals(value, absent);
  }

  /**
   * Turns what a reader found into a value: a CSV cell (text, its formula mark removed) or a JSON
   * value already of the right shape ({@code String}, {@code Long}, {@code Double}, {@code
   * Boolean}, {@code List<String>}, a list of built elements).
   *
   * @param raw what was read; never null
   * @param c where to report a bad value
   * @return the value, {@link #absent()} for blank text, or null after a reported problem
   */
  public abstract @Nullable V read(Object raw, Context c);

  /**
   * Returns a value as JSON writes it: a {@code String}, {@code Number}, {@code Boolean} or {@code
   * List<String>}.
   *
   * @param value the value, not absent
   * @return the JSON value
   */
  public abstract Object toJson(V value);

  /**
   * Returns a value as a CSV cell, before the formula mark.
   *
   * @param value the value, not absent
   * @return the cell
   */
  public abstract String toCell(V value);

  /** Text; blank is absent. */
  public static final Type<String> TEXT = text(Pool.NONE, null, FileRules.INVALID_VALUE, "");

  /** Text, blank absent, that often repeats: kept once (see {@link Pool#REPEATED}). */
  static final Type<String> REPEATED_TEXT = text(Pool.REPEATED, null, FileRules.INVALID_VALUE, "");

  /** Text with a list of allowed codes, such as a source's kind. */
  static <E> Type<E> code(
      Class<E> type,
      Function<String, @Nullable E> parse,
      Function<E, String> code,
      List<String> codes) {
    return new Type<E>(Shape.TEXT, type, null) {
      @Override
      public @Nullable E read(Object raw, Context c) {
        String text = Texts.optional((String) raw);
        if (text == null) {
          return null;
        }
        E value = parse.apply(text);
        if (value == null) {
          c.report(
              FileRules.INVALID_VALUE,
              c.name()
                  + " "
                  + Texts.quote(text)
                  + " is not one of "
                  + String.join(", ", codes)
                  + Suggestions.hint(text, codes));
        }
        return value;
      }

      @Override
      public Object toJson(E value) {
        return code.apply(value);
      }

      @Override
      public String toCell(E value) {
        return code.apply(value);
      }
    };
  }

  /**
   * An id, kept in a pool.
   *
   * @param pool where repeated ids are kept once
   * @return the type
   */
  static Type<String> id(Pool pool) {
    return text(pool, Ids::isValid, FileRules.INVALID_ID, "is not a valid id; " + ID_RULE);
  }

  /**
   * Text that must pass a check; a failure is an {@code invalid-value} error.
   *
   * @param check the syntax
   * @param problem the message after the field's name and quoted value, saying how to mend it
   * @return the type
   */
  static Type<String> checked(Predicate<String> check, String problem) {
    return text(Pool.NONE, check, FileRules.INVALID_VALUE, problem);
  }

  static final String ID_RULE =
      "ids use letters, digits, '.', '_' and '-', start with a letter or digit, and have at most"
          + " 64 characters";

  private static Type<String> text(
      Pool pool, @Nullable Predicate<String> check, String rule, String problem) {
    return new Type<String>(Shape.TEXT, String.class, null) {
      @Override
      public @Nullable String read(Object raw, Context c) {
        String text = Texts.optional((String) raw);
        if (text == null) {
          return null;
        }
        if (check != null && !check.test(text)) {
          c.report(rule, c.name() + " " + Texts.quote(text) + " " + problem);
          return null;
        }
        return pool == Pool.NONE ? text : c.intern(pool, text);
      }

      @Override
      public Object toJson(String value) {
        return value;
      }

      @Override
      public String toCell(String value) {
        return value;
      }
    };
  }

  /**
   * A whole number within bounds.
   *
   * @param min the least allowed
   * @param max the most allowed
   * @return the type
   */
  static Type<Integer> wholeNumber(int min, int max) {
    return new Type<Integer>(Shape.WHOLE_NUMBER, Integer.class, null) {
      @Override
      public @Nullable Integer read(Object raw, Context c) {
        long n;
        if (raw instanceof Long l) {
          n = l;
        } else {
          String text = Texts.optional((String) raw);
          if (text == null) {
            return null;
          }
          try {
            n = Long.parseLong(text.strip());
          } catch (NumberFormatException e) {
            c.report(
                FileRules.INVALID_VALUE,
                c.name() + " " + Texts.quote(text) + " is not a whole number");
            return null;
          }
        }
        if (n < min || n > max) {
          c.report(
              FileRules.INVALID_VALUE,
              c.name() + " " + n + " must be a whole number from " + min + " up");
          return null;
        }
        return (int) n;
      }

      @Override
      public Object toJson(Integer value) {
        return value;
      }

      @Override
      public String toCell(Integer value) {
        return value.toString();
      }
    };
  }

  /**
   * A number within bounds.
   *
   * @param min the least allowed
   * @param max the most allowed
   * @return the type
   */
  static Type<Double> number(double min, double max) {
    return new Type<Double>(Shape.NUMBER, Double.class, null) {
      @Override
      public @Nullable Double read(Object raw, Context c) {
        double d;
        if (raw instanceof Double x) {
          d = x;
        } else if (raw instanceof Long l) {
          d = l;
        } else {
          String text = Texts.optional((String) raw);
          if (text == null) {
            return null;
          }
          try {
            d = Double.parseDouble(text.strip());
          } catch (NumberFormatException e) {
            c.report(
                FileRules.INVALID_VALUE,
                c.name()
                    + " "
                    + Texts.quote(text)
                    + " is not a number; write one from "
                    + plain(min)
                    + " to "
                    + plain(max));
            return null;
          }
        }
        if (!(d >= min && d <= max)) {
          c.report(
              FileRules.INVALID_VALUE,
              c.name()
                  + " "
                  + raw
                  + " is out of range; write a number from "
                  + plain(min)
                  + " to "
                  + plain(max));
          return null;
        }
        return c.intern(raw instanceof Double x ? x : Double.valueOf(d));
      }

      @Override
      public Object toJson(Double value) {
        return value;
      }

      @Override
      public String toCell(Double value) {
        return value.toString();
      }
    };
  }

  private static String plain(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  /**
   * A boolean: JSON {@code true}/{@code false}, a CSV cell {@code true}/{@code false} in any case
   * (spreadsheets write {@code TRUE}); writers leave the default out.
   *
   * @param byDefault the value when absent
   * @return the type
   */
  static Type<Boolean> bool(boolean byDefault) {
    return new Type<Boolean>(Shape.BOOLEAN, Boolean.class, byDefault) {
      @Override
      public @Nullable Boolean read(Object raw, Context c) {
        if (raw instanceof Boolean b) {
          return b;
        }
        String text = Texts.optional((String) raw);
        if (text == null) {
          return byDefault;
        }
        String t = text.strip();
        if (t.equalsIgnoreCase("true")) {
          return true;
        }
        if (t.equalsIgnoreCase("false")) {
          return false;
        }
        c.report(
            FileRules.INVALID_VALUE,
            c.name()
                + " "
                + Texts.quote(text)
                + " is not true or false; write true or false, or leave the cell empty for "
                + byDefault);
        return null;
      }

      @Override
      public Object toJson(Boolean value) {
        return value;
      }

      @Override
      public String toCell(Boolean value) {
        return value.toString();
      }
    };
  }

  /**
   * A list of values of a text type: a JSON array of strings, or a CSV list cell (values joined
   * with {@code |}, escaping {@code |} and {@code \} with {@code \}). Blank items are errors.
   *
   * @param item the type of each item
   * @return the type
   */
  static Type<ImmutableList<String>> list(Type<String> item) {
    return new Type<ImmutableList<String>>(
        Shape.TEXT_LIST, ImmutableList.class, ImmutableList.of()) {
      @Override
      public @Nullable ImmutableList<String> read(Object raw, Context c) {
        List<?> items;
        if (raw instanceof String cell) {
          if (cell.isBlank()) {
            return ImmutableList.of();
          }
          items = ListCells.split(cell);
          if (items == null) {
            c.report(
                FileRules.INVALID_VALUE,
                c.name()
                    + " "
                    + Texts.quote(cell)
                    + " has a backslash that escapes nothing; write \\| for a '|' inside a value"
                    + " and \\\\ for a backslash");
            return null;
          }
        } else {
          items = (List<?>) raw;
        }
        ImmutableList.Builder<String> out = ImmutableList.builderWithExpectedSize(items.size());
        boolean ok = true;
        for (Object o : items) {
          String text = (String) o;
          if (text.isBlank()) {
            c.report(
                FileRules.INVALID_VALUE,
                c.name()
                    + " holds a blank value; remove it (in CSV, look for '||' or a '|' at an end)");
            return null;
          }
          String value = item.read(text, c);
          if (value == null) {
            ok = false;
          } else {
            out.add(value);
          }
        }
        return ok ? out.build() : null;
      }

      @Override
      public Object toJson(ImmutableList<String> value) {
        return value;
      }

      @Override
      public String toCell(ImmutableList<String> value) {
        return ListCells.join(value);
      }
    };
  }

  /**
   * A list of elements of another schema: JSON nests them; CSV keeps them in a file of their own,
   * so a CSV reader hands over the elements it built from that file.
   *
   * @param <E> the element type
   * @param schema the elements' schema
   * @return the type
   */
  static <E> Type<ImmutableList<E>> nested(Schema<E> schema) {
    return new Nested<>(schema);
  }

  /**
   * A list of elements of another schema.
   *
   * @param <E> the element type
   */
  public static final class Nested<E> extends Type<ImmutableList<E>> {
    private final Schema<E> schema;

    Nested(Schema<E> schema) {
      super(Shape.OBJECT_LIST, ImmutableList.class, ImmutableList.of());
      this.schema = schema;
    }

    /** Returns the elements' schema. */
    public Schema<E> schema() {
      return schema;
    }

    @Override
    @SuppressWarnings("unchecked")
    public ImmutableList<E> read(Object raw, Context c) {
      return ImmutableList.copyOf((List<E>) raw);
    }

    @Override
    public Object toJson(ImmutableList<E> value) {
      throw new UnsupportedOperationException("written by the format, element by element");
    }

    @Override
    public String toCell(ImmutableList<E> value) {
      throw new UnsupportedOperationException("written to a file of their own");
    }
  }
}
