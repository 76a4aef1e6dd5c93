package org.themetaxonomy.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import org.themetaxonomy.core.internal.Texts;
import org.themetaxonomy.core.rules.AltLabelClashRule;
import org.themetaxonomy.core.rules.DeprecatedMappingRule;
import org.themetaxonomy.core.rules.DeprecatedParentRule;
import org.themetaxonomy.core.rules.DuplicateMappingRule;
import org.themetaxonomy.core.rules.DuplicateUuidRule;
import org.themetaxonomy.core.rules.ExactClashRule;
import org.themetaxonomy.core.rules.FormulaCellRule;
import org.themetaxonomy.core.rules.MissingDefinitionRule;
import org.themetaxonomy.core.rules.MissingEvidenceRule;
import org.themetaxonomy.core.rules.ReplacedByDeprecatedRule;
import org.themetaxonomy.core.rules.ReplacedByOnLiveThemeRule;
import org.themetaxonomy.core.rules.ReplacedByRepeatedRule;
import org.themetaxonomy.core.rules.SimilarLabelsRule;
import org.themetaxonomy.core.rules.UncitedSourceRule;
import org.themetaxonomy.core.rules.UncleanLabelRule;
import org.themetaxonomy.core.rules.UnmappedAreaRule;
import org.themetaxonomy.core.rules.UnmappedThemeRule;

/**
 * Runs rules over a taxonomy and collects every finding. Immutable; {@link #without(Collection)}
 * returns a validator with rules switched off.
 *
 * <pre>{@code
 * Report report = Validator.standard().without(Set.of("missing-definition")).validate(taxonomy);
 * report.throwIfFails(Severity.WARNING);
 * }</pre>
 */
public final class Validator {
  /**
   * From this many themes, rules run at the same time (below it, threads cost more than they save).
   */
  static final int CONCURRENT_FROM = 20_000;

  private final ImmutableList<Rule> rules;

  private Validator(ImmutableList<Rule> rules) {
    this.rules = rules;
  }

  /** {@return a validator with every reference and quality rule on, in a fixed order} */
  public static Validator standard() {
    return new Validator(
        ImmutableList.of(
            new DuplicateMappingRule(),
            new ExactClashRule(),
            new DuplicateUuidRule(),
            new ReplacedByOnLiveThemeRule(),
            new ReplacedByDeprecatedRule(),
            new ReplacedByRepeatedRule(),
            new DeprecatedParentRule(),
            new DeprecatedMappingRule(),
            new UnmappedThemeRule(),
            new UnmappedAreaRule(),
            new SimilarLabelsRule(),
            new AltLabelClashRule(),
            new UncleanLabelRule(),
            new FormulaCellRule(),
            new UncitedSourceRule(),
            new MissingEvidenceRule(),
            new MissingDefinitionRule()));
  }

  /**
   * Returns a validator with the given rules.
   *
   * @param rules the rules
   * @return the validator
   */
  public static Validator of(List<Rule> rules) {
    return new Validator(ImmutableList.copyOf(rules));
  }

  /** {@return the rules this validator runs, in the order it runs them} */
  public ImmutableList<Rule> rules() {
    return rules;
  }

  /**
   * Returns a validator without some rules.
   *
   * @param ruleIds the ids of the rules to switch off
   * @return the validator
   * @throws IllegalArgumentException if an id names none of this validator's rules
   */
  public Validator without(Collection<String> ruleIds) {
    ImmutableSet<String> off = ImmutableSet.copyOf(ruleIds);
    for (String id : off) {
      if (rules.stream().noneMatch(r -> r.info().id().equals(id))) {
        throw new IllegalArgumentException("no rule " + Texts.quote(id) + " to switch off");
      }
    }
    return new Validator(
        rules.stream()
            .filter(r -> !off.contains(r.info().id()))
            .collect(ImmutableList.toImmutableList()));
  }

  /**
   * Validates a taxonomy built in code.
   *
   * @param taxonomy the taxonomy
   * @return every finding
   */
  public Report validate(Taxonomy taxonomy) {
    return validate(taxonomy, Locator.NONE);
  }

  /**
   * Validates a taxonomy read from a file.
   *
   * @param taxonomy the taxonomy
   * @param locator where its elements are in the file
   * @return every finding, located
   */
  public Report validate(Taxonomy taxonomy, Locator locator) {
    int n = rules.size();
    @SuppressWarnings("unchecked")
    List<Diagnostic>[] byRule = new List[n];
    // Each thread takes the next rule not yet taken, so a slow rule does not hold up the rest;
    // the findings are gathered rule by rule, in the validator's order, either way.
    AtomicInteger next = new AtomicInteger();
    Runnable worker =
        () -> {
          for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
            byRule[i] = check(rules.get(i), taxonomy, locator);
          }
        };
    int helpers =
        taxonomy.themes().size() < CONCURRENT_FROM
            ? 0
            : Math.min(n, Runtime.getRuntime().availableProcessors()) - 1;
    List<ForkJoinTask<?>> started = new ArrayList<>();
    for (int k = 0; k < helpers; k++) {
      started.add(ForkJoinPool.commonPool().submit(worker));
    }
    try {
      worker.run();
    } finally {
      started.forEach(ForkJoinTask::join);
    }
    List<Diagnostic> found = new ArrayList<>();
    for (List<Diagnostic> each : byRule) {
      found.addAll(each);
    }
    return Report.of(found);
  }

  private static List<Diagnostic> check(Rule rule, Taxonomy taxonomy, Locator locator) {
    RuleInfo info = rule.info();
    List<Diagnostic> found = new ArrayList<>();
    rule.check(
        taxonomy,
        (subject, message) ->
            found.add(
                new Diagnostic(
                    info.id(), info.severity(), message, subject, locator.locate(subject))));
    return found;
  }
}
