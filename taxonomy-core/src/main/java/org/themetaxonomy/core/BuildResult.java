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
 * @param errors every structural error, sorted by {@link Diagnostic#ORDER}; empty if built
 */
public record BuildResult(@Nullable Taxonomy taxonomy, ImmutableList<Diagnostic> errors) {
  /** Checks that exactly one of the two is present. */
  public BuildResult {
    errors = ImmutableList.sortedCopyOf(Diagnostic.ORDER, errors);
    Preconditions.checkArgument(
        (taxonomy == null) != errors.isEmpty(), "a taxonomy or errors, not both");
  }

  /** Returns the taxonomy, if it was built. */
  public Optional<Taxonomy> asOptional() {
    return Optional.ofNullable(taxonomy);
  }

  /**
   * Returns the taxonomy or throws.
   *
   * @return the taxonomy
   * @throws TaxonomyException carrying the errors
   */
  public Taxonomy orElseThrow() {
    if (taxonomy == null) {
      throw new TaxonomyException(errors);
    }
    return taxonomy;
  }
}
