package org.themetaxonomy.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.themetaxonomy.core.Location;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Subject.Kind;

/** Positions kept compactly give back exactly what was recorded, near and far from the start. */
class PositionsTest {
  private static final String[] THEME_FIELDS = {"id", "label", "definition", "notes", "color"};

  @Test
  void locate_randomPositionsAcrossChunks_giveBackWhatWasRecorded() {
    SplittableRandom random = new SplittableRandom(20261125L);
    Positions positions = new Positions("big.json", false);
    int n = 40_000; // several chunks of starts and of fields
    int[][] expected = new int[n][2 + 2 * THEME_FIELDS.length];
    int line = 1;
    for (int i = 0; i < n; i++) {
      int column = 1 + random.nextInt(3) * (random.nextInt(10) == 0 ? 5_000_000 : 7);
      int slot = positions.element(Kind.THEME, i, 0, line, column);
      assertThat(slot).isEqualTo(i);
      expected[i][0] = line;
      expected[i][1] = column;
      for (int f = 0; f < THEME_FIELDS.length; f++) {
        if (random.nextInt(4) == 0) {
          continue; // a field the theme does not have
        }
        int fieldLine;
        int fieldColumn;
        switch (random.nextInt(5)) {
          case 0 -> { // minified: the same line, far to the right
            fieldLine = line;
            fieldColumn = column + random.nextInt(1, 2_000_000_000 - column);
          }
          case 1 -> { // a line thousands below: kept whole
            fieldLine = line + 2047 + random.nextInt(5000);
            fieldColumn = 1 + random.nextInt(80);
          }
          case 2 -> { // a later line, past a million columns: kept whole
            fieldLine = line + 1 + random.nextInt(3);
            fieldColumn = (1 << 20) + random.nextInt(1000);
          }
          default -> { // pretty-printed: a few lines below
            fieldLine = line + 1 + random.nextInt(2046);
            fieldColumn = 1 + random.nextInt((1 << 20) - 1);
          }
        }
        positions.field(
            Kind.THEME,
            slot,
            Fields.THEME.jsonField(THEME_FIELDS[f]).ordinal(),
            fieldLine,
            fieldColumn);
        expected[i][2 + 2 * f] = fieldLine;
        expected[i][3 + 2 * f] = fieldColumn;
      }
      line += 1 + random.nextInt(20);
    }
    for (int i = 0; i < n; i++) {
      Subject theme = Subject.theme(i, "t" + i);
      assertThat(positions.locate(theme))
          .isEqualTo(new Location("big.json", expected[i][0], expected[i][1], null));
      for (int f = 0; f < THEME_FIELDS.length; f++) {
        int fieldLine = expected[i][2 + 2 * f];
        Location want =
            fieldLine == 0
                ? new Location("big.json", expected[i][0], expected[i][1], null)
                : new Location("big.json", fieldLine, expected[i][3 + 2 * f], null);
        assertThat(positions.locate(theme.field(THEME_FIELDS[f])))
            .as("theme %d field %s", i, THEME_FIELDS[f])
            .isEqualTo(want);
      }
    }
  }

  @Test
  void encode_sameLineAndNearLines_fitAnInt_fartherOnesOverflow() {
    long start = (10L << 32) | 5;
    assertThat(Positions.encode(start, 10, 5)).isEqualTo(1);
    assertThat(Positions.decode(start, Positions.encode(start, 10, 900)))
        .isEqualTo((10L << 32) | 900);
    assertThat(Positions.decode(start, Positions.encode(start, 12, 3))).isEqualTo((12L << 32) | 3);
    assertThat(Positions.encode(start, 10 + 2047, 3)).isEqualTo(-1);
    assertThat(Positions.encode(start, 11, 1 << 20)).isEqualTo(-1);
    assertThat(Positions.encode(start, 9, 3)).isEqualTo(-1); // before the element: kept whole
    assertThat(Positions.decode(start, 0)).isZero();
  }

  @Test
  void locate_csvField_namesItsColumn() {
    Positions positions = new Positions("themes.csv", true);
    int slot = positions.element(Kind.THEME, 0, 0, 7, 1);
    positions.field(Kind.THEME, slot, Fields.THEME.jsonField("label").ordinal(), 7, 12);
    assertThat(positions.locate(Subject.theme(0, "a").field("label")))
        .isEqualTo(new Location("themes.csv", 7, 12, "label"));
    assertThat(positions.locate(Subject.theme(1, "b")))
        .isEqualTo(new Location("themes.csv", 0, 0, null));
  }
}
