package org.themetaxonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapesTest {
  @Test
  void terminal_controlAndBidiCharacters_escapedSoInputCannotForgeLines() {
    assertThat(Escapes.terminal("a\u202eb\tc\u0007\nd\u2028e\r"))
        .isEqualTo("a\\u202eb\\tc\\u0007\\nd\\u2028e\\r");
  }

  @Test
  void terminal_plainTextAndNonLatinLetters_keptWhole() {
    String s = "Équité * [x] <b> – 学校 " + "y".repeat(200);
    assertThat(Escapes.terminal(s)).isEqualTo(s);
  }

  @Test
  void markdown_markupAndLineBreaks_escapedOrFlattened() {
    assertThat(Escapes.markdown("*a* <b> | `c` #1\nd\\e_f[g]~h!i"))
        .isEqualTo("\\*a\\* \\<b\\> \\| \\`c\\` \\#1 d\\\\e\\_f\\[g\\]\\~h\\!i");
  }

  @Test
  void markdown_bidiControls_dropped() {
    assertThat(Escapes.markdown("abc\u202edef\u2066g")).isEqualTo("abcdefg");
  }
}
