package org.themetaxonomy.cli;

import java.util.ArrayList;
import java.util.List;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.StructuralRules;
import org.themetaxonomy.core.Validator;
import org.themetaxonomy.core.internal.Suggestions;
import org.themetaxonomy.core.internal.Texts;
import picocli.CommandLine.Option;

/** The options that choose which rules run and which findings fail the run. */
final class RuleOptions {
  /** The least severity that fails a run, as {@code --fail-on} names it. */
  enum Threshold {
    error(Severity.ERROR),
    warning(Severity.WARNING),
    info(Severity.INFO);

    final Severity severity;

    Threshold(Severity severity) {
      this.severity = severity;
    }
  }

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      defaultValue = "error",
      description =
          "The least severity that fails the run (exit 1): ${COMPLETION-CANDIDATES}."
              + " Default: ${DEFAULT-VALUE}.")
  Threshold failOn = Threshold.error;

  @Option(
      names = "--disable",
      paramLabel = "RULE",
      description = "Switch a quality or reference rule off; repeatable.")
  List<String> disabled = new ArrayList<>();

  Severity threshold() {
    return failOn.severity;
  }

  /**
   * The standard validator without the rules switched off.
   *
   * @throws Main.CannotRun if a rule is unknown, or is one that cannot be switched off
   */
  Validator validator() {
    Validator standard = Validator.standard();
    List<String> ids = standard.rules().stream().map(r -> r.info().id()).toList();
    for (String id : disabled) {
      if (StructuralRules.isStructural(id) || Rules.fileRule(id)) {
        throw new Main.CannotRun(
            "rule "
                + Texts.quote(id)
                + " cannot be switched off: without it the file cannot be read into a taxonomy");
      }
      if (!ids.contains(id)) {
        throw new Main.CannotRun(
            "there is no rule "
                + Texts.quote(id)
                + Suggestions.hint(id, ids)
                + "; the rules that can be switched off are "
                + String.join(", ", ids));
      }
    }
    return standard.without(disabled);
  }
}
