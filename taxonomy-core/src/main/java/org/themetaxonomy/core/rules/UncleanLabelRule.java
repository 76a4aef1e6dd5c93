package org.themetaxonomy.core.rules;

import org.themetaxonomy.core.Rule;
import org.themetaxonomy.core.RuleInfo;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.core.internal.Texts;

/**
 * Warning: a theme label or alternative label with spaces at either end, runs of spaces, or control
 * characters (tabs and line breaks included): usually debris from copying.
 */
public final class UncleanLabelRule implements Rule {
  /** The rule's id. */
  public static final String ID = "unclean-label";

  private static final RuleInfo INFO =
      new RuleInfo(
          ID,
          Severity.WARNING,
          "A label with spaces at either end, repeated spaces, or control characters.");

  /** Creates the rule. */
  public UncleanLabelRule() {}

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Taxonomy taxonomy, Reporter reporter) {
    for (int i = 0; i < taxonomy.themes().size(); i++) {
      Theme theme = taxonomy.themes().get(i);
      Subject subject = Subject.theme(i, theme.id());
      check(theme.label(), subject.field("label"), "label", reporter);
      for (String alt : theme.altLabels()) {
        check(alt, subject.field("altLabels"), "alternative label", reporter);
      }
    }
  }

  private static void check(String label, Subject subject, String what, Reporter reporter) {
    String problem = problem(label);
    if (problem != null) {
      reporter.report(
          subject,
          subject.toString().replace(" (" + subject.field() + ")", "")
              + " has "
              + what
              + " "
              + Texts.quote(label)
              + " with "
              + problem
              + "; remove it");
    }
  }

  static String problem(String label) {
    if (label.isEmpty()) {
      return null;
    }
    for (int k = 0; k < label.length(); k++) {
      if (Character.isISOControl(label.charAt(k))) {
        return "a control character (a tab, line break or similar)";
      }
    }
    if (Character.isWhitespace(label.charAt(0))
        || Character.isWhitespace(label.charAt(label.length() - 1))
        || Character.isSpaceChar(label.charAt(0))
        || Character.isSpaceChar(label.charAt(label.length() - 1))) {
      return "a space at the start or end";
    }
    if (label.contains("  ")) {
      return "repeated spaces";
    }
    return null;
  }
}
