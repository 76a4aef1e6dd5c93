package org.themetaxonomy.io.sheet;

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
 * What importing a spreadsheet gave: the taxonomy unless there were errors, every located problem
 * in reading order, and every choice the import made, so that a user can check and correct them.
 *
 * @param taxonomy the taxonomy, or null if there were errors
 * @param diagnostics every problem, in the order of the sheet
 * @param columns the column map used, guesses included
 * @param choices what the import decided, one sentence each (delimiter, header row, columns...)
 * @param locator where each theme's row was, for locating validation findings
 */
public record ImportResult(
    @Nullable Taxonomy taxonomy,
    ImmutableList<Diagnostic> diagnostics,
    ColumnMap columns,
    ImmutableList<String> choices,
    Locator locator) {

  /**
   * Copies the lists; checks that a result with errors has no taxonomy.
   *
   * @param taxonomy the taxonomy, or null if there were errors
   * @param diagnostics every problem, in the order of the sheet; warnings may come with a taxonomy,
   *     errors may not
   * @param columns the column map used, guesses included
   * @param choices what the import decided, one sentence each
   * @param locator where each theme's row was, for locating validation findings
   * @throws IllegalArgumentException if there is a taxonomy and an error among the diagnostics
   */
  public ImportResult {
    diagnostics = ImmutableList.copyOf(diagnostics);
    choices = ImmutableList.copyOf(choices);
    if (taxonomy != null && diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
      throw new IllegalArgumentException("a taxonomy imported with errors");
    }
  }

  /** {@return the taxonomy, or empty if the import had errors} */
  public Optional<Taxonomy> asOptional() {
    return Optional.ofNullable(taxonomy);
  }

  /**
   * Returns the taxonomy or throws.
   *
   * @return the taxonomy
   * @throws TaxonomyException carrying every problem if the import failed
   */
  public Taxonomy orElseThrow() {
    if (taxonomy == null) {
      throw new TaxonomyException(diagnostics);
    }
    return taxonomy;
  }

  /**
   * Tells whether the import could not start because the options do not fit the sheet: no label
   * column, a mapped header that is not there, areas without a framework, no such sheet. The user
   * must change the options rather than the sheet.
   *
   * @return true if any problem is one of {@link ImportRules#CANNOT_RUN}
   */
  public boolean needsOptions() {
    return diagnostics.stream().anyMatch(d -> ImportRules.CANNOT_RUN.contains(d.ruleId()));
  }

  /**
   * Validates the result: the import's problems, then, if there is a taxonomy, the validator's
   * findings located at the rows.
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
