package org.themetaxonomy.core;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The findings of a validation, in reading order.
 *
 * @param diagnostics every finding, sorted by {@link Diagnostic#ORDER}
 */
public record Report(ImmutableList<Diagnostic> diagnostics) {
  /**
   * Sorts and copies the findings.
   *
   * @param diagnostics the findings, in any order; empty for a clean taxonomy
   */
  public Report {
    diagnostics = ImmutableList.sortedCopyOf(Diagnostic.ORDER, diagnostics);
  }

  /**
   * Creates a report.
   *
   * @param diagnostics the findings, in any order
   * @return the report
   */
  public static Report of(List<Diagnostic> diagnostics) {
    return new Report(ImmutableList.copyOf(diagnostics));
  }

  /**
   * Counts the findings of one severity.
   *
   * @param severity the severity
   * @return how many
   */
  public int count(Severity severity) {
    return (int) diagnostics.stream().filter(d -> d.severity() == severity).count();
  }

  /**
   * Tells whether any finding is at or above a threshold.
   *
   * @param threshold the least severity that fails
   * @return true if the report fails at that threshold
   */
  public boolean fails(Severity threshold) {
    return diagnostics.stream().anyMatch(d -> d.severity().atLeast(threshold));
  }

  /**
   * Throws if the report fails at a threshold.
   *
   * @param threshold the least severity that fails
   * @throws TaxonomyException carrying the failing findings
   */
  public void throwIfFails(Severity threshold) {
    if (fails(threshold)) {
      throw new TaxonomyException(
          diagnostics.stream().filter(d -> d.severity().atLeast(threshold)).toList());
    }
  }
}
