package org.themetaxonomy.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.themetaxonomy.core.testing.RandomTaxonomies;

/**
 * A large taxonomy is checked by several rules at once, with the same findings in the same order.
 */
class ValidatorTest {
  @Test
  void validate_largeTaxonomy_sameFindingsInRuleOrderAsOneRuleAtATime() {
    // Random four-word labels repeat at this size, so similar-labels has findings among others.
    Taxonomy taxonomy = RandomTaxonomies.generate(7, Validator.CONCURRENT_FROM + 5_000);
    Validator validator = Validator.standard();

    List<Diagnostic> oneAtATime = new ArrayList<>();
    for (Rule rule : validator.rules()) {
      rule.check(
          taxonomy,
          (subject, message) ->
              oneAtATime.add(
                  new Diagnostic(
                      rule.info().id(),
                      rule.info().severity(),
                      message,
                      subject,
                      Locator.NONE.locate(subject))));
    }

    List<Diagnostic> found = validator.validate(taxonomy).diagnostics();
    assertThat(oneAtATime).extracting(Diagnostic::ruleId).contains("similar-labels");
    // Report sorts by Diagnostic.ORDER, stably: ties keep the order the rules found them in.
    assertThat(found).containsExactlyElementsOf(Report.of(oneAtATime).diagnostics());
  }
}
