package org.themetaxonomy.io.internal;

import org.jspecify.annotations.Nullable;

/**
 * What a reader found for one element, field by field, before it is checked: a CSV cell, or a JSON
 * value of the field's shape. A field whose JSON value had the wrong type is marked, not stored, so
 * that its problem is reported once.
 */
public final class Values {
  private final @Nullable Object[] raw;
  private long seen;
  private long wrong;

  /**
   * Creates an empty set of values for a schema.
   *
   * @param schema the element's schema
   */
  public Values(Schema<?> schema) {
    this.raw = new Object[schema.size()];
  }

  /** Forgets every value, so that a reader can use the same object for the next element. */
  public void clear() {
    java.util.Arrays.fill(raw, null);
    seen = 0;
    wrong = 0;
  }

  /**
   * Stores what was read for a field.
   *
   * @param field the field
   * @param value the raw value; null for JSON null
   */
  public void put(Field<?, ?> field, @Nullable Object value) {
    seen |= 1L << field.ordinal();
    raw[field.ordinal()] = value;
  }

  /**
   * Marks a field whose value was of the wrong type, already reported.
   *
   * @param field the field
   */
  public void wrong(Field<?, ?> field) {
    seen |= 1L << field.ordinal();
    wrong |= 1L << field.ordinal();
  }

  /**
   * Tells whether the element named the field (a duplicate check for JSON).
   *
   * @param field the field
   * @return true if it was stored or marked
   */
  public boolean has(Field<?, ?> field) {
    return (seen & (1L << field.ordinal())) != 0;
  }

  /**
   * Tells whether the field's value was of the wrong type.
   *
   * @param field the field
   * @return true if so
   */
  public boolean isWrong(Field<?, ?> field) {
    return (wrong & (1L << field.ordinal())) != 0;
  }

  /**
   * Returns what was read for a field.
   *
   * @param field the field
   * @return the raw value, or null
   */
  public @Nullable Object raw(Field<?, ?> field) {
    return raw[field.ordinal()];
  }

  /**
   * Returns the text read for a field, such as an id for messages or a CSV row's parent link.
   *
   * @param field the field
   * @return the text, or null if none or not text
   */
  public @Nullable String text(Field<?, ?> field) {
    return raw[field.ordinal()] instanceof String s ? s : null;
  }
}
