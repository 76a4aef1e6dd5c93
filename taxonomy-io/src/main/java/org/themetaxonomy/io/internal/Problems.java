package org.themetaxonomy.io.internal;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.Diagnostic;
import org.themetaxonomy.core.Location;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.internal.Texts;
import org.themetaxonomy.io.FileRules;

/**
 * Collects a reader's problems, up to a bound: past it, one last diagnostic says how many more
 * there were, so that a hostile file cannot fill memory with messages.
 */
public final class Problems {
  private final List<Diagnostic> found = new ArrayList<>();
  private final int limit;
  private int dropped;
  private final Positions positions;

  /**
   * Creates a collector.
   *
   * @param positions where elements are, to locate problems by subject
   * @param limit how many problems to keep
   */
  public Problems(Positions positions, int limit) {
    this.positions = positions;
    this.limit = limit;
  }

  /**
   * Reports an error about an element or field.
   *
   * @param rule the rule id
   * @param subject the element, narrowed to a field where one is concerned
   * @param message what is wrong and how to mend it
   */
  public void error(String rule, Subject subject, String message) {
    error(rule, subject, message, positions.locate(subject));
  }

  /**
   * Reports an error at a given place.
   *
   * @param rule the rule id
   * @param subject the element concerned
   * @param message what is wrong and how to mend it
   * @param location where
   */
  public void error(String rule, Subject subject, String message, Location location) {
    if (found.size() >= limit) {
      dropped++;
      return;
    }
    found.add(new Diagnostic(rule, Severity.ERROR, message, subject, location));
  }

  /** Tells whether any error was reported. */
  public boolean any() {
    return !found.isEmpty();
  }

  /** Returns every problem, with a last line for those past the bound. */
  public ImmutableList<Diagnostic> list() {
    if (dropped == 0) {
      return ImmutableList.copyOf(found);
    }
    Diagnostic last = found.get(found.size() - 1);
    return ImmutableList.<Diagnostic>builder()
        .addAll(found)
        .add(
            new Diagnostic(
                FileRules.LIMIT_EXCEEDED, // the cap is one of ReadOptions' bounds
                Severity.ERROR,
                dropped
                    + " more problems were found and not listed (ReadOptions.maxDiagnostics); mend"
                    + " these and run again",
                Subject.file(),
                new Location(last.location().file(), 0, 0, null)))
        .build();
  }

  /**
   * Says which bound a file broke, in words, and how to raise it; shared by the readers.
   *
   * @param e the exception
   * @return the message
   */
  public static String limitMessage(StreamConstraintsException e) {
    String m = String.valueOf(e.getMessage());
    String what;
    if (m.contains("nesting depth")) {
      what = "nests arrays and objects deeper than the reader allows; a taxonomy needs 5 levels";
    } else if (m.contains("String value length")) {
      what = "holds a text value longer than the reader allows";
    } else if (m.contains("Name length")) {
      what = "holds a field name longer than the reader allows";
    } else if (m.contains("Number value length")) {
      what = "holds a number longer than the reader allows";
    } else {
      what = "is larger than the reader allows";
    }
    return "the file "
        + what
        + " ("
        + clean(m)
        + "); if it is genuine, raise the bound in ReadOptions";
  }

  /**
   * Drops Jackson's hints for programmers from a parser's message and escapes what the input put in
   * it.
   *
   * @param message the parser's message
   * @return the cleaned message
   */
  public static String clean(@Nullable String message) {
    String m = String.valueOf(message);
    for (String cut : new String[] {" (for ", "(not recognized", ", from `", " at [Source"}) {
      int i = m.indexOf(cut);
      if (i > 0) {
        m = m.substring(0, i);
      }
    }
    String quoted = Texts.quote(m.strip());
    return quoted.substring(1, quoted.length() - 1);
  }

  /** Returns the position table problems are located with. */
  public Positions positions() {
    return positions;
  }
}
