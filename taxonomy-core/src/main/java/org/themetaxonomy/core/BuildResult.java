package org.themetaxonomy.core;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What building a taxonomy gave: the taxonomy, or the structural errors that kept it from being
 * built.
 *
 * @param taxonomy the taxonomy, or null if there were errors
 * @param diagnostics every structural error, sorted by {@link Diagnostic#ORDER}; empty if built
 *     (named as {@code ReadResult.diagnostics} is, so the two results read alike)
 */
public record BuildResult(@Nullable Taxonomy taxonomy, ImmutableList<Diagnostic> diagnostics) {
  /**
   * Sorts the diagnostics and checks that exactly one of the two is present.
   *
   * @param taxonomy the taxonomy, or null if it could not be built
   * @param diagnostics the structural errors, in any order; empty if the taxonomy was built
   * @throws IllegalArgumentException if there are both a taxonomy and diagnostics, or neither
   */
  public BuildResult {
    diagnostics = ImmutableList.sortedCopyOf(Diagnostic.ORDER, diagnostics);
    Preconditions.checkArgument(
        (taxonomy == null) != diagnostics.isEmpty(), "a taxonomy or diagnostics, not both");
  }

  /**
   * Returns the taxonomy, if it was built.
   *
   * @return the taxonomy, or empty if there were structural errors
   */
  public Optional<Taxonomy> asOptional() {
    return Optional.ofNullable(taxonomy);
  }

  /**
   * Returns the taxonomy or throws.
   *
   * @return the taxonomy
   * @throws TaxonomyException carrying the diagnostics
   */
  public Taxonomy orElseThrow() {
    if (taxonomy == null) {
      throw new TaxonomyException(diagnostics);
    }
    return taxonomy;
  }
}
