package org.themetaxonomy.io;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.Diagnostic;
import org.themetaxonomy.core.Locator;
import org.themetaxonomy.core.Report;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.TaxonomyException;
import org.themetaxonomy.core.Validator;

/**
 * What reading a file gave: the taxonomy if the file was sound, every problem found in it, and
 * where each element of the file was, for locating later findings.
 *
 * @param taxonomy the taxonomy, or null if the file has errors
 * @param diagnostics every problem with the file and its structure, in reading order
 * @param locator where the elements were in the file
 */
public record ReadResult(
    @Nullable Taxonomy taxonomy, ImmutableList<Diagnostic> diagnostics, Locator locator) {

  /**
   * Sorts the problems and checks that an unsound file gave no taxonomy.
   *
   * @param taxonomy the taxonomy, or null if the file has errors
   * @param diagnostics every problem with the file and its structure, in any order; warnings may
   *     come with a taxonomy, errors may not
   * @param locator where the elements were in the file; {@link Locator#NONE} when nothing could be
   *     located
   * @throws IllegalArgumentException if there is a taxonomy and an error among the diagnostics
   */
  public ReadResult {
    diagnostics = ImmutableList.sortedCopyOf(Diagnostic.ORDER, diagnostics);
    if (taxonomy != null && diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
      throw new IllegalArgumentException("a taxonomy read with errors");
    }
  }

  /** {@return the taxonomy, or empty if the file has errors} */
  public Optional<Taxonomy> asOptional() {
    return Optional.ofNullable(taxonomy);
  }

  /**
   * Returns the taxonomy or throws.
   *
   * @return the taxonomy
   * @throws TaxonomyException carrying every problem if the file was not sound
   */
  public Taxonomy orElseThrow() {
    if (taxonomy == null) {
      throw new TaxonomyException(diagnostics);
    }
    return taxonomy;
  }

  /**
   * Validates what was read: the reader's problems, then, if the file was sound, the validator's
   * findings, located in the file.
   *
   * @param validator the rules to run
   * @return every finding
   */
  public Report validate(Validator validator) {
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    if (taxonomy != null) {
      all.addAll(validator.validate(taxonomy, locator).diagnostics());
    }
    return Report.of(all);
  }
}
