package org.themetaxonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.themetaxonomy.core.RuleInfo;
import org.themetaxonomy.core.StructuralRules;
import org.themetaxonomy.core.Validator;
import org.themetaxonomy.io.FileRules;
import org.themetaxonomy.io.qdc.QdcRules;
import org.themetaxonomy.io.sheet.ImportRules;

/** docs/rules.md lists every rule there is, with its severity. */
class RulesDocTest {
  @Test
  void rulesPage_listsEveryRuleWithItsSeverity() throws IOException {
    String page = Files.readString(CliTesting.SEEDS.getParent().resolve("docs/rules.md"));
    List<RuleInfo> all = new ArrayList<>(FileRules.ALL);
    all.addAll(StructuralRules.ALL);
    all.addAll(ImportRules.ALL);
    all.addAll(QdcRules.ALL);
    Validator.standard().rules().forEach(r -> all.add(r.info()));
    for (RuleInfo r : all) {
      assertThat(page).contains("| `" + r.id() + "` |");
    }
    for (var r : Validator.standard().rules()) {
      assertThat(page).contains("| `" + r.info().id() + "` | " + r.info().severity().code() + " |");
    }
  }
}
