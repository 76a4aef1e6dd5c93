package org.themetaxonomy.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LocationTest {
  @Test
  void new_negativeLineOrColumn_refused() {
    assertThatThrownBy(() -> new Location("t.csv", -1, 1, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("negative line or column");
    assertThatThrownBy(() -> new Location("t.csv", 1, -1, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("negative line or column");
    assertThat(new Location("t.csv", 0, 0, "label"))
        .isEqualTo(new Location("t.csv", 0, 0, "label"));
  }

  @Test
  void isKnown_fileOrLine_butNotAColumnAlone() {
    assertThat(Location.UNKNOWN.isKnown()).isFalse();
    assertThat(new Location(null, 0, 7, null).isKnown()).isFalse();
    assertThat(new Location(null, 1, 0, null).isKnown()).isTrue();
    assertThat(new Location("t.json", 0, 0, null).isKnown()).isTrue();
  }

  @Test
  void toString_leavesOutWhatIsUnknown() {
    assertThat(Location.of("t.json", 3, 7)).hasToString("t.json:3:7");
    assertThat(Location.of("t.json", 3, 0)).hasToString("t.json:3");
    assertThat(Location.of("t.json", 0, 7)).hasToString("t.json");
    assertThat(new Location(null, 1, 1, null)).hasToString(":1:1");
    assertThat(Location.UNKNOWN).hasToString("");
  }

  @Test
  void order_fileThenLineThenColumn_unknownFileFirst() {
    assertThat(Location.ORDER.compare(Location.UNKNOWN, Location.of("a", 1, 1))).isNegative();
    assertThat(Location.ORDER.compare(Location.of("a", 9, 9), Location.of("b", 1, 1))).isNegative();
    assertThat(Location.ORDER.compare(Location.of("a", 2, 1), Location.of("a", 1, 9))).isPositive();
    assertThat(Location.ORDER.compare(Location.of("a", 2, 1), Location.of("a", 2, 3))).isNegative();
  }
}
