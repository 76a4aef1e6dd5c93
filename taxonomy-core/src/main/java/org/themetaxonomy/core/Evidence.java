package org.themetaxonomy.core;

import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.internal.Texts;

/**
 * What supports a theme: a source, where in it, and at most a short excerpt.
 *
 * @param source the id of the source
 * @param locator where in the source, such as a section heading
 * @param excerpt a short quotation
 * @param note a remark on this evidence
 */
public record Evidence(
    String source, @Nullable String locator, @Nullable String excerpt, @Nullable String note) {
  /** Checks the source id; blank optional text becomes null. */
  public Evidence {
    Ids.require(source, "evidence source");
    locator = Texts.optional(locator);
    excerpt = Texts.optional(excerpt);
    note = Texts.optional(note);
  }

  /**
   * Creates evidence with a source and a locator.
   *
   * @param source the source id
   * @param locator where in the source
   * @return the evidence
   */
  public static Evidence of(String source, @Nullable String locator) {
    return new Evidence(source, locator, null, null);
  }
}
