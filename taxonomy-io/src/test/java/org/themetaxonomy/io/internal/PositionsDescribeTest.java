package org.themetaxonomy.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.themetaxonomy.core.AreaRef;
import org.themetaxonomy.core.Location;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Subject.Kind;

class PositionsDescribeTest {
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
