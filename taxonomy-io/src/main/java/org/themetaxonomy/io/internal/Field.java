package org.themetaxonomy.io.internal;

import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.Taxonomy;

/**
 * One field of one kind of element, declared once: its name in JSON and as a CSV column, its {@link
 * Type}, whether it is required, where it appears, and how a writer gets it from the model. A
 * reader binds it to the record component of the same name (see {@link Schema}), so a new optional
 * field is one declaration in {@link Fields} plus its component in core.
 *
 * @param <E> the element type
 * @param <V> the value type
 */
public final class Field<E, V> {
  /** Where a field appears. */
  public enum Where {
    /** In JSON and as a CSV column. */
    BOTH,
    /** Only in JSON: nested lists, which CSV keeps in files of their own, and {@code $schema}. */
    JSON,
    /**
     * Only in CSV: the column that ties a row to its parent element (an area's framework, an
     * evidence row's theme), which JSON expresses by nesting.
     */
    CSV
  }

  private final String name;
  private final Type<V> type;
  private final boolean required;
  private final Where where;
  private final boolean sparse;
  private final Function<E, @Nullable V> get;
  private final @Nullable BiConsumer<Taxonomy.Builder, V> into;
  private int ordinal = -1;

  private Field(
      String name,
      Type<V> type,
      boolean required,
      Where where,
      boolean sparse,
      Function<E, @Nullable V> get,
      @Nullable BiConsumer<Taxonomy.Builder, V> into) {
    this.name = name;
    this.type = type;
    this.required = required;
    this.where = where;
    this.sparse = sparse;
    this.get = get;
    this.into = into;
  }

  /**
   * Declares a required field.
   *
   * @param <E> the element type
   * @param <V> the value type
   * @param name its name
   * @param type its type
   * @param get how a writer gets it
   * @return the field
   */
  public static <E, V> Field<E, V> required(String name, Type<V> type, Function<E, V> get) {
    return new Field<>(name, type, true, Where.BOTH, false, get, null);
  }

  /**
   * Declares an optional field.
   *
   * @param <E> the element type
   * @param <V> the value type
   * @param name its name
   * @param type its type
   * @param get how a writer gets it; null or {@link Type#absent()} is left out
   * @return the field
   */
  public static <E, V> Field<E, V> optional(
      String name, Type<V> type, Function<E, @Nullable V> get) {
    return new Field<>(name, type, false, Where.BOTH, false, get, null);
  }

  /**
   * Declares the CSV column that ties a row to its parent; its value is the parent's id.
   *
   * @param <E> the element type
   * @param name the column
   * @return the field
   */
  public static <E> Field<E, String> parentLink(String name) {
    return new Field<E, String>(
        name,
        Type.id(Type.Pool.NONE),
        true,
        Where.CSV,
        false,
        e -> {
          throw new UnsupportedOperationException("the parent's id is written by the format");
        },
        null);
  }

  /** Returns the same field, in JSON only. */
  public Field<E, V> jsonOnly() {
    return new Field<>(name, type, required, Where.JSON, sparse, get, into);
  }

  /**
   * Returns the same field, added in part two: a CSV writer writes its column (or its {@code
   * taxonomy.csv} row) only when some element has a value, so that files without it are written as
   * they always were.
   */
  public Field<E, V> sparse() {
    return new Field<>(name, type, required, where, true, get, into);
  }

  /**
   * Returns the same field, set on a taxonomy builder: the taxonomy is no record.
   *
   * @param setter the builder's setter
   * @return the field
   */
  public Field<E, V> into(BiConsumer<Taxonomy.Builder, V> setter) {
    return new Field<>(name, type, required, where, sparse, get, setter);
  }

  /** Returns its name, in JSON and as a CSV column. */
  public String name() {
    return name;
  }

  /** Returns its type. */
  public Type<V> type() {
    return type;
  }

  /** Tells whether every element needs a value. */
  public boolean isRequired() {
    return required;
  }

  /** Tells whether JSON has it. */
  public boolean inJson() {
    return where != Where.CSV;
  }

  /** Tells whether CSV has it as a column. */
  public boolean inCsv() {
    return where == Where.BOTH || where == Where.CSV;
  }

  /** Tells whether it is the column tying a CSV row to its parent. */
  public boolean isParentLink() {
    return where == Where.CSV;
  }

  /** Tells whether a CSV writer writes it only when some element has a value. */
  public boolean isSparse() {
    return sparse;
  }

  /** Tells whether the field holds nested elements. */
  public boolean isNested() {
    return type.shape() == Type.Shape.OBJECT_LIST;
  }

  /**
   * Returns the field's value in an element, as a writer writes it.
   *
   * @param element the element
   * @return the value, or null
   */
  public @Nullable V get(E element) {
    return get.apply(element);
  }

  /**
   * Returns whether an element has a value a writer writes: present and not the default.
   *
   * @param element the element
   * @return true if written
   */
  public boolean isWritten(E element) {
    return !type.isAbsent(get.apply(element));
  }

  /** Sets the value on a taxonomy builder, for the taxonomy's own fields. */
  @SuppressWarnings("unchecked")
  void set(Taxonomy.Builder builder, @Nullable Object value) {
    if (into != null && value != null) {
      into.accept(builder, (V) value);
    }
  }

  /** Returns its position in its schema. */
  public int ordinal() {
    return ordinal;
  }

  void ordinal(int ordinal) {
    if (this.ordinal >= 0) {
      throw new IllegalStateException(name + " is declared in two schemas");
    }
    this.ordinal = ordinal;
  }

  @Override
  public String toString() {
    return name;
  }
}
