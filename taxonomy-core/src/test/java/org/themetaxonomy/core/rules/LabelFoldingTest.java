package org.themetaxonomy.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LabelFoldingTest {
  @Test
  void fold_asciiFastPath_sameAsGeneralPath() {
    String alphabet = "aB -&\t\n\r\u000b\f&zZ9";
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(12);
      for (int k = 0; k < length; k++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String label = b.toString();
      assertThat(LabelFolding.fold(label))
          .as("%s", label)
          .isEqualTo(LabelFolding.foldGeneral(label));
    }
  }

  @Test
  void fold_everyCharacterAtTheAsciiBoundaries_sameAsGeneralPath() {
    for (char c = 0; c < 0xa0; c++) {
      for (String label :
          new String[] {
            String.valueOf(c), "a" + c, c + "a", "a" + c + "b", "A" + c + "B", "a " + c + " b"
          }) {
        assertThat(LabelFolding.fold(label))
            .as("U+%04X in \"%s\"", (int) c, label)
            .isEqualTo(LabelFolding.foldGeneral(label));
      }
    }
  }

  @Test
  void fold_examples() {
    assertThat(LabelFolding.fold("  Staff &  Training ")).isEqualTo("staff and training");
    assertThat(LabelFolding.fold("Pre\u2013K")).isEqualTo("pre-k");
    assertThat(LabelFolding.fold("ＡＢ")).isEqualTo("ab");
  }
}
