package org.themetaxonomy.core;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** Thrown by callers who asked to fail fast; carries every diagnostic that was found. */
public final class TaxonomyException extends RuntimeException {
  /** The findings, in the order the thrower gave them. */
  private final ImmutableList<Diagnostic> diagnostics;

  /**
   * Creates the exception.
   *
   * @param diagnostics the findings, at least one
   */
  public TaxonomyException(List<Diagnostic> diagnostics) {
    super(summary(diagnostics));
    this.diagnostics = ImmutableList.copyOf(diagnostics);
  }

  /** {@return every finding, in the order the thrower gave them} */
  public ImmutableList<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static String summary(List<Diagnostic> diagnostics) {
    if (diagnostics.isEmpty()) {
      return "invalid taxonomy";
    }
    String first = diagnostics.get(0).toString();
    return diagnostics.size() == 1 ? first : first + " (and " + (diagnostics.size() - 1) + " more)";
  }
}
