package org.themetaxonomy.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReadOptionsTest {
  @Test
  void new_anyBoundZeroOrLess_refused() {
    long[] one = {1, 1, 1, 1, 1, 1};
    for (int i = 0; i < one.length; i++) {
      for (long bad : new long[] {0, -1}) {
        long[] b = one.clone();
        b[i] = bad;
        assertThatThrownBy(
                () ->
                    new ReadOptions(
                        (int) b[0], (int) b[1], (int) b[2], (int) b[3], b[4], (int) b[5]))
            .as("bound %d = %d", i, bad)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("every bound must be positive");
      }
    }
    assertThat(new ReadOptions(1, 1, 1, 1, 1, 1).maxDiagnostics()).isEqualTo(1);
  }

  @Test
  void with_sameValue_returnsThis_otherValue_changesOnlyThatBound() {
    ReadOptions d = ReadOptions.DEFAULTS;
    assertThat(d.withMaxNestingDepth(d.maxNestingDepth())).isSameAs(d);
    assertThat(d.withMaxStringLength(d.maxStringLength())).isSameAs(d);
    assertThat(d.withMaxDocumentLength(d.maxDocumentLength())).isSameAs(d);
    assertThat(d.withMaxDiagnostics(d.maxDiagnostics())).isSameAs(d);
    assertThat(d.withMaxNestingDepth(7))
        .isEqualTo(
            new ReadOptions(
                7,
                d.maxStringLength(),
                d.maxNameLength(),
                d.maxNumberLength(),
                d.maxDocumentLength(),
                d.maxDiagnostics()));
    assertThat(d.withMaxStringLength(8).maxStringLength()).isEqualTo(8);
    assertThat(d.withMaxDocumentLength(9).maxDocumentLength()).isEqualTo(9);
    assertThat(d.withMaxDiagnostics(10).maxDiagnostics()).isEqualTo(10);
  }
}
