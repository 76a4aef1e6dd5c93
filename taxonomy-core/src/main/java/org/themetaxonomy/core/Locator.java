package org.themetaxonomy.core;

/**
 * Finds where in its file an element of the model was written. Readers fill one while they parse,
 * so that rules in this package can report positions without knowing the file's format.
 */
@FunctionalInterface
public interface Locator {
  /** A locator that knows nothing, for taxonomies built in code. */
  Locator NONE = subject -> Location.UNKNOWN;

  /**
   * Finds a subject. An implementation that knows the element but not the field returns the
   * element's location.
   *
   * @param subject the element, possibly narrowed to a field
   * @return its location, or {@link Location#UNKNOWN}
   */
  Location locate(Subject subject);
}
