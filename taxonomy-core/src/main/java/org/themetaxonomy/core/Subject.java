package org.themetaxonomy.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.internal.Texts;

/**
 * The element a diagnostic concerns, named by its place in the model so that a {@link Locator} can
 * find it in the file it came from.
 *
 * <p>{@code index} is the element's position in its list in model order: the source, framework,
 * theme or crosswalk row. For an area it is the framework's position and {@code subIndex} the
 * area's within it; for evidence, the theme's position and the evidence's within the theme. {@code
 * key} is how a person would name the element ({@code funding}, {@code mass-sss/leadership}).
 *
 * @param kind what kind of element
 * @param key a human name for the element
 * @param index its position in its list, or -1 for the taxonomy or the file
 * @param subIndex its position within its parent element, or -1
 * @param field the field concerned, named as in the files ({@code parent}), or null for the whole
 *     element
 */
public record Subject(Kind kind, String key, int index, int subIndex, @Nullable String field) {

  /** The kinds of element. */
  public enum Kind {
    /** The file as a whole. */
    FILE,
    /** The taxonomy's own fields. */
    TAXONOMY,
    /** A source. */
    SOURCE,
    /** A framework. */
    FRAMEWORK,
    /** An area of a framework. */
    AREA,
    /** A theme. */
    THEME,
    /** One piece of evidence of a theme. */
    EVIDENCE,
    /** One crosswalk row. */
    MAPPING
  }

  /**
   * Checks the arguments. The factory methods ({@link #theme}, {@link #mapping}, ...) are the usual
   * way to make one.
   *
   * @param kind what kind of element
   * @param key a human name for the element; empty for the file
   * @param index its position in its list, or -1 for the taxonomy or the file
   * @param subIndex its position within its parent element, or -1
   * @param field the field concerned, or null for the whole element
   * @throws IllegalArgumentException if an index is below -1
   * @throws NullPointerException if the kind or key is null
   */
  public Subject {
    requireNonNull(kind, "kind");
    requireNonNull(key, "key");
    checkArgument(index >= -1 && subIndex >= -1, "negative index");
  }

  /**
   * The file as a whole, for findings that no element owns (malformed JSON, an empty file).
   *
   * @return the subject
   */
  public static Subject file() {
    return new Subject(Kind.FILE, "", -1, -1, null);
  }

  /**
   * The taxonomy's own fields.
   *
   * @param field the field, or null
   * @return the subject
   */
  public static Subject taxonomy(@Nullable String field) {
    return new Subject(Kind.TAXONOMY, "taxonomy", -1, -1, field);
  }

  /**
   * A source.
   *
   * @param index its position
   * @param id its id
   * @return the subject
   */
  public static Subject source(int index, String id) {
    return new Subject(Kind.SOURCE, id, index, -1, null);
  }

  /**
   * A framework.
   *
   * @param index its position
   * @param id its id
   * @return the subject
   */
  public static Subject framework(int index, String id) {
    return new Subject(Kind.FRAMEWORK, id, index, -1, null);
  }

  /**
   * An area.
   *
   * @param frameworkIndex its framework's position
   * @param areaIndex its position within the framework
   * @param ref the area
   * @return the subject
   */
  public static Subject area(int frameworkIndex, int areaIndex, AreaRef ref) {
    return new Subject(Kind.AREA, ref.toString(), frameworkIndex, areaIndex, null);
  }

  /**
   * A theme.
   *
   * @param index its position
   * @param id its id
   * @return the subject
   */
  public static Subject theme(int index, String id) {
    return new Subject(Kind.THEME, id, index, -1, null);
  }

  /**
   * A piece of evidence.
   *
   * @param themeIndex the theme's position
   * @param evidenceIndex the evidence's position within the theme
   * @param themeId the theme's id
   * @return the subject
   */
  public static Subject evidence(int themeIndex, int evidenceIndex, String themeId) {
    return new Subject(
        Kind.EVIDENCE,
        themeId + " evidence " + (evidenceIndex + 1),
        themeIndex,
        evidenceIndex,
        null);
  }

  /**
   * A crosswalk row.
   *
   * @param index its position
   * @return the subject
   */
  public static Subject mapping(int index) {
    return new Subject(Kind.MAPPING, "crosswalk row " + (index + 1), index, -1, null);
  }

  /**
   * The same element, narrowed to one field.
   *
   * @param name the field's name as in the files
   * @return the subject
   */
  public Subject field(String name) {
    return new Subject(kind, key, index, subIndex, name);
  }

  /**
   * The same subject without its field.
   *
   * @return this subject if it names no field, else a copy without it
   */
  public Subject element() {
    return field == null ? this : new Subject(kind, key, index, subIndex, null);
  }

  /** Returns a description such as {@code theme 'funding' (parent)}. */
  @Override
  public String toString() {
    String what =
        switch (kind) {
          case FILE -> "file";
          case TAXONOMY -> "taxonomy";
          case SOURCE -> "source " + Texts.quote(key);
          case FRAMEWORK -> "framework " + Texts.quote(key);
          case AREA -> "area " + Texts.quote(key);
          case THEME -> "theme " + Texts.quote(key);
          case EVIDENCE, MAPPING -> key;
        };
    return field == null ? what : what + " (" + field + ")";
  }
}
