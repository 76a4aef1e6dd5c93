package org.themetaxonomy.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.themetaxonomy.core.AreaRef;
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
  void locate_elementNeverRecorded_isTheFileAlone() {
    Positions positions = new Positions("themes.csv", true);
    positions.element(Kind.THEME, 0, 0, 7, 1);
    assertThat(positions.locate(Subject.theme(1, "b")))
        .isEqualTo(new Location("themes.csv", 0, 0, null));
  }

  @Test
  void locate_manyThemes_eachAtItsOwnLineAndFieldAtItsColumn() {
    Positions p = new Positions("t.json", false);
    for (int i = 0; i < 100; i++) {
      int slot = p.element(Kind.THEME, -1, -1, 10 + i, 5);
      assertThat(slot).isEqualTo(i);
      p.field(Kind.THEME, slot, Fields.of(Kind.THEME).ordinalOf("label"), 10 + i, 17);
    }
    assertThat(p.locate(Subject.theme(0, "a"))).isEqualTo(Location.of("t.json", 10, 5));
    assertThat(p.locate(Subject.theme(99, "z").field("label")))
        .isEqualTo(Location.of("t.json", 109, 17));
    // a field not recorded: the element's own place
    assertThat(p.locate(Subject.theme(42, "m").field("parent")))
        .isEqualTo(Location.of("t.json", 52, 5));
    // an element not recorded: the file only
    assertThat(p.locate(Subject.theme(100, "x"))).isEqualTo(new Location("t.json", 0, 0, null));
    assertThat(p.locate(Subject.theme(-1, "x"))).isEqualTo(new Location("t.json", 0, 0, null));
  }

  @Test
  void locate_nestedElements_numberedWithinTheirParent() {
    Positions p = new Positions("t.json", false);
    // evidence of themes 0 and 40 only; theme 40 has three pieces
    p.element(Kind.EVIDENCE, 0, 0, 3, 1);
    p.element(Kind.EVIDENCE, 40, 0, 50, 2);
    p.element(Kind.EVIDENCE, 40, 1, 51, 3);
    p.element(Kind.EVIDENCE, 40, 2, 52, 4);
    assertThat(p.locate(Subject.evidence(0, 0, "a"))).isEqualTo(Location.of("t.json", 3, 1));
    assertThat(p.locate(Subject.evidence(40, 0, "b"))).isEqualTo(Location.of("t.json", 50, 2));
    assertThat(p.locate(Subject.evidence(40, 2, "b"))).isEqualTo(Location.of("t.json", 52, 4));
    assertThat(p.locate(Subject.evidence(7, 0, "c"))).isEqualTo(new Location("t.json", 0, 0, null));
    assertThat(p.locate(Subject.evidence(41, 0, "d")))
        .isEqualTo(new Location("t.json", 0, 0, null));
    assertThat(p.locate(Subject.evidence(9999, 0, "e")))
        .isEqualTo(new Location("t.json", 0, 0, null));
  }

  @Test
  void locate_csv_fileOfTheKindAndColumnName() {
    Positions p = new Positions("bundle", true);
    p.file(Kind.AREA, "bundle/areas.csv");
    p.file(Kind.TAXONOMY, "bundle/taxonomy.csv");
    int area = p.element(Kind.AREA, 0, 0, 2, 1);
    p.field(Kind.AREA, area, Fields.of(Kind.AREA).ordinalOf("label"), 2, 3);
    int top = p.element(Kind.TAXONOMY, -1, -1, 1, 1);
    p.field(Kind.TAXONOMY, top, Fields.of(Kind.TAXONOMY).ordinalOf("title"), 3, 2);

    Subject label = Subject.area(0, 0, new AreaRef("f", "a")).field("label");
    assertThat(p.locate(label)).isEqualTo(new Location("bundle/areas.csv", 2, 3, "label"));
    assertThat(p.locate(Subject.taxonomy("title")))
        .isEqualTo(new Location("bundle/taxonomy.csv", 3, 2, "value"));
    assertThat(p.fileOf(Kind.THEME)).isEqualTo("bundle");
    assertThat(p.describe(label)).isEqualTo("row 2 of areas.csv");
    assertThat(p.describe(Subject.taxonomy("title"))).isEqualTo("taxonomy.csv");
    assertThat(p.describe(Subject.file())).isEqualTo("the file");
    assertThat(p.describe(Subject.area(0, 5, new AreaRef("f", "z")))).isEqualTo("areas.csv");
  }

  @Test
  void describe_json_pathAndLine() {
    Positions p = new Positions("t.json", false);
    p.element(Kind.TAXONOMY, -1, -1, 1, 1);
    p.element(Kind.THEME, -1, -1, 7, 5);
    p.element(Kind.THEME, -1, -1, 9, 5);
    p.element(Kind.AREA, 0, 0, 4, 9);
    assertThat(p.describe(Subject.theme(1, "b").field("label"))).isEqualTo("themes[1] (line 9)");
    assertThat(p.describe(Subject.area(0, 0, new AreaRef("f", "a"))))
        .isEqualTo("frameworks[0].areas[0] (line 4)");
    assertThat(p.describe(Subject.taxonomy("title"))).isEqualTo("the taxonomy");
    assertThat(p.describe(Subject.theme(5, "z"))).isEqualTo("themes[5]");
  }
}
