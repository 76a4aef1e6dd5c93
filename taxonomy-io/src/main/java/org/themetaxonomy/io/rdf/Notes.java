package org.themetaxonomy.io.rdf;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.Diagnostic;
import org.themetaxonomy.core.Location;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Subject;

/** The notes a write returns: one line per kind of thing left out, with its count. */
final class Notes {
  /** The rule id of every note on what an export left out. */
  static final String LEFT_OUT = "left-out";

  private final ImmutableList.Builder<Diagnostic> notes = ImmutableList.builder();

  Notes add(@Nullable Diagnostic d) {
    if (d != null) {
      notes.add(d);
    }
    return this;
  }

  /** Adds an info note when the count is not zero; the message follows the count. */
  Notes addAll(List<Diagnostic> ds) {
    notes.addAll(ds);
    return this;
  }

  Notes leftOut(int count, String one, String many) {
    if (count > 0) {
      notes.add(
          new Diagnostic(
              LEFT_OUT,
              Severity.INFO,
              count + " " + (count == 1 ? one : many),
              Subject.file(),
              Location.UNKNOWN));
    }
    return this;
  }

  Notes warning(String ruleId, String message, Subject subject) {
    notes.add(new Diagnostic(ruleId, Severity.WARNING, message, subject, Location.UNKNOWN));
    return this;
  }

  ImmutableList<Diagnostic> build() {
    return notes.build();
  }

  /** The same notes, located at the file written, as the other formats' notes are. */
  static ImmutableList<Diagnostic> at(ImmutableList<Diagnostic> notes, java.nio.file.Path target) {
    Location where = new Location(target.toString(), 0, 0, null);
    return notes.stream()
        .map(d -> new Diagnostic(d.ruleId(), d.severity(), d.message(), d.subject(), where))
        .collect(ImmutableList.toImmutableList());
  }
}
