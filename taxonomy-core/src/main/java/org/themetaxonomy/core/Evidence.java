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
  /**
   * Checks the source id; blank optional text becomes null.
   *
   * @param source the id of the source; need not name an existing source here (an unknown one is a
   *     reference error the validator reports)
   * @param locator where in the source, or null
   * @param excerpt a short quotation, or null
   * @param note a remark on this evidence, or null
   * @throws IllegalArgumentException if the source id is not a valid id
   */
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
