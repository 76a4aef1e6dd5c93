package org.themetaxonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.themetaxonomy.cli.ValidationRenderersTest.twoFiles;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.themetaxonomy.core.Report;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Validator;

class ValidationTest {
  @Test
  void count_twoFiles_summedOverFiles() {
    Validation v = twoFiles(Severity.ERROR);

    assertThat(v.count(Severity.ERROR)).isEqualTo(1);
    assertThat(v.count(Severity.WARNING)).isEqualTo(1);
    assertThat(v.count(Severity.INFO)).isEqualTo(1);
  }

  @Test
  void fails_findingAtThresholdInAnyFile_true() {
    assertThat(twoFiles(Severity.ERROR).fails()).isTrue();
  }

  @Test
  void fails_nothingAtThreshold_false() {
    Validation v =
        new Validation(
            ImmutableList.of(Path.of("a.json")),
            ImmutableList.of(
                Report.of(
                    List.of(ValidationRenderersTest.finding("w", Severity.WARNING, "a.json", 1)))),
            Severity.ERROR,
            Validator.standard());

    assertThat(v.fails()).isFalse();
  }

  @Test
  void new_moreFilesThanReports_refused() {
    assertThatThrownBy(
            () ->
                new Validation(
                    ImmutableList.of(Path.of("a.json")),
                    ImmutableList.of(),
                    Severity.ERROR,
                    Validator.standard()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("1 files but 0 reports");
  }
}
