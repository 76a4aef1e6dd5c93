package org.themetaxonomy.cli;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import org.themetaxonomy.core.Report;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Validator;

/**
 * What {@code taxonomy validate} found: one report per file, in the order the files were given.
 *
 * @param files the files, as the user named them
 * @param reports the report of each file, at the same position
 * @param threshold the lowest severity that fails the run ({@code --fail-on})
 * @param validator the validator that made the reports, whose rules a SARIF log lists
 */
record Validation(
    ImmutableList<Path> files,
    ImmutableList<Report> reports,
    Severity threshold,
    Validator validator) {
  /** Copies the lists and checks that there is one report per file. */
  Validation {
    files = ImmutableList.copyOf(files);
    reports = ImmutableList.copyOf(reports);
    if (files.size() != reports.size()) {
      throw new IllegalArgumentException(
          files.size() + " files but " + reports.size() + " reports");
    }
  }

  /** Returns the number of findings of a severity, in all files. */
  int count(Severity severity) {
    return reports.stream().mapToInt(r -> r.count(severity)).sum();
  }

  /** Tells whether some file has a finding at or above the threshold. */
  boolean fails() {
    return reports.stream().anyMatch(r -> r.fails(threshold));
  }
}
