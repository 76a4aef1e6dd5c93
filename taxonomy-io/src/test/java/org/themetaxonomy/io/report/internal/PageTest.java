package org.themetaxonomy.io.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;

/** The page counts its findings in words, singular where a count is one. */
class PageTest {
  @Test
  void findingCounts_singularForOne_pluralOtherwise() {
    assertThat(page(1, 1, 1).findingCounts()).isEqualTo("1 error, 1 warning, 1 information");
    assertThat(page(0, 2, 10).findingCounts()).isEqualTo("0 errors, 2 warnings, 10 information");
  }

  private static Page page(int errors, int warnings, int infos) {
    return new Page(
        "T",
        null,
        null,
        "t.json",
        "taxonomy",
        true,
        ImmutableList.of(),
        ImmutableList.of(),
        null,
        ImmutableList.of(),
        ImmutableList.of(),
        ImmutableList.of(),
        errors,
        warnings,
        infos);
  }
}
