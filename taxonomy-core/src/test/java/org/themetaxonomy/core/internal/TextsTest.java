package org.themetaxonomy.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.themetaxonomy.core.rules.FormulaCellRule;

class TextsTest {
  @Test
  void startsLikeFormula_eachTrigger_true() {
    for (char c : Texts.FORMULA_PREFIXES.toCharArray()) {
      assertThat(Texts.startsLikeFormula(c + "1")).as("%s", (int) c).isTrue();
    }
    assertThat(Texts.FORMULA_PREFIXES).isEqualTo("=+-@\t\r");
  }

  @Test
  void startsLikeFormula_plainOrEmpty_false() {
    assertThat(Texts.startsLikeFormula("Funding")).isFalse();
    assertThat(Texts.startsLikeFormula("'=quoted")).isFalse();
    assertThat(Texts.startsLikeFormula("")).isFalse();
    assertThat(Texts.startsLikeFormula(null)).isFalse();
  }

  @Test
  void formulaCellRule_asksTexts() {
    assertThat(FormulaCellRule.isFormulaLike("=SUM(A1)")).isTrue();
    assertThat(FormulaCellRule.isFormulaLike("\tx")).isTrue();
    assertThat(FormulaCellRule.isFormulaLike("x=1")).isFalse();
  }
}
