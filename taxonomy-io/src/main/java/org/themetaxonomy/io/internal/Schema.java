package org.themetaxonomy.io.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.Primitives;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.Subject.Kind;

/**
 * The fields of one kind of element, in the order writers write them, with what both formats need
 * to find them: the JSON name of the list that holds the elements, the CSV file, and lookups by
 * name. Like jackson-dataformats-text's {@code CsvSchema}, one value shared by readers and writers.
 *
 * <p>An element that is a record is built by its canonical constructor, each component taking the
 * field of its name (or its type's absent value), so that a field needs no code beyond its
 * declaration. The binding is checked when the schema is made: a component with no field, or a
 * field whose type does not fit its component, fails at once rather than at the first read.
 *
 * @param <E> the element type
 */
public final class Schema<E> {
  private final Kind kind;
  private final String list;
  private final String file;
  private final ImmutableList<Field<E, ?>> fields;
  private final ImmutableMap<String, Field<E, ?>> jsonFields;
  private final ImmutableMap<String, Field<E, ?>> csvFields;
  private final ImmutableList<String> jsonNames;
  private final ImmutableList<String> csvNames;
  private final @Nullable Constructor<E> constructor;
  private final int[] fieldOfComponent;

  @SafeVarargs
  Schema(Kind kind, @Nullable Class<E> record, String list, String file, Field<E, ?>... fields) {
    this.kind = kind;
    this.list = list;
    this.file = file;
    this.fields = ImmutableList.copyOf(fields);
    if (fields.length > 64) {
      throw new IllegalStateException("a schema holds at most 64 fields"); // Values' bit sets
    }
    ImmutableMap.Builder<String, Field<E, ?>> json = ImmutableMap.builder();
    ImmutableMap.Builder<String, Field<E, ?>> csv = ImmutableMap.builder();
    for (int i = 0; i < fields.length; i++) {
      fields[i].ordinal(i);
      if (fields[i].inJson()) {
        json.put(fields[i].name(), fields[i]);
      }
      if (fields[i].inCsv()) {
        csv.put(fields[i].name(), fields[i]);
      }
    }
    this.jsonFields = json.buildOrThrow();
    this.csvFields = csv.buildOrThrow();
    this.jsonNames = jsonFields.keySet().asList();
    this.csvNames = csvFields.keySet().asList();
    if (record == null) {
      this.constructor = null;
      this.fieldOfComponent = new int[0];
    } else {
      RecordComponent[] components = record.getRecordComponents();
      this.fieldOfComponent = new int[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int c = 0; c < components.length; c++) {
        RecordComponent rc = components[c];
        types[c] = rc.getType();
        Field<E, ?> f = jsonFields.get(rc.getName());
        if (f == null || !Primitives.wrap(rc.getType()).isAssignableFrom(f.type().valueClass())) {
          throw new IllegalStateException(
              record.getSimpleName() + "." + rc.getName() + " has no field of its name and type");
        }
        if (rc.getType().isPrimitive() && f.type().absent() == null) {
          throw new IllegalStateException(rc.getName() + " needs a default for absent values");
        }
        fieldOfComponent[c] = f.ordinal();
      }
      try {
        this.constructor = record.getDeclaredConstructor(types);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** Returns the kind of element. */
  public Kind kind() {
    return kind;
  }

  /** Returns the JSON name of the list that holds these elements, such as {@code themes}. */
  public String list() {
    return list;
  }

  /** Returns the CSV file that holds these elements, such as {@code themes.csv}. */
  public String file() {
    return file;
  }

  /** Returns every field, in writing order. */
  public ImmutableList<Field<E, ?>> fields() {
    return fields;
  }

  /** Returns how many components the record has (0 for the taxonomy, which is no record). */
  int componentCount() {
    return fieldOfComponent.length;
  }

  /** Returns how many fields there are. */
  public int size() {
    return fields.size();
  }

  /**
   * Finds a JSON field.
   *
   * @param name the name in the file
   * @return the field, or null if JSON has none of that name
   */
  public @Nullable Field<E, ?> jsonField(String name) {
    return jsonFields.get(name);
  }

  /**
   * Finds a CSV column.
   *
   * @param name the header
   * @return the field, or null if CSV has no column of that name
   */
  public @Nullable Field<E, ?> csvField(String name) {
    return csvFields.get(name);
  }

  /**
   * Finds a field by name in either format, for locating a diagnostic.
   *
   * @param name the name
   * @return the field's ordinal, or -1
   */
  public int ordinalOf(String name) {
    Field<E, ?> f = jsonFields.get(name);
    if (f == null) {
      f = csvFields.get(name);
    }
    return f == null ? -1 : f.ordinal();
  }

  /** Returns the JSON names, for "did you mean" hints and messages. */
  public ImmutableList<String> jsonNames() {
    return jsonNames;
  }

  /** Returns the CSV columns in writing order, for the header, hints and messages. */
  public ImmutableList<String> csvNames() {
    return csvNames;
  }

  /** Returns the CSV columns a file must have. */
  public List<String> requiredColumns() {
    return fields.stream().filter(f -> f.inCsv() && f.isRequired()).map(Field::name).toList();
  }

  /**
   * Builds a record from checked values.
   *
   * @param values the values by field ordinal, absent ones null
   * @return the element
   */
  E make(@Nullable Object[] values) {
    return make(values, new Object[fieldOfComponent.length]);
  }

  /**
   * Builds a record from checked values, with a scratch array for the arguments (the record keeps
   * none of it), so that reading a million elements makes no array per element for this.
   *
   * @param values the values by field ordinal, absent ones null
   * @param args scratch space of at least {@link #size()} slots
   * @return the element
   */
  E make(@Nullable Object[] values, @Nullable Object[] args) {
    if (constructor == null) {
      throw new UnsupportedOperationException(kind + " is not a record");
    }
    for (int c = 0; c < args.length; c++) {
      Field<E, ?> f = fields.get(fieldOfComponent[c]);
      Object v = values[fieldOfComponent[c]];
      args[c] = v == null ? f.type().absent() : v;
    }
    if (args.length != fieldOfComponent.length) {
      args = new Object[fieldOfComponent.length];
    }
    try {
      return constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r; // a value the checks let through and the record refuses: a bug
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return kind + Arrays.toString(fields.toArray());
  }
}
