package org.themetaxonomy.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountingInputStreamTest {
  private static final int MB = 1 << 20;

  private final List<String> seen = new ArrayList<>();

  private CountingInputStream stream(int size, long start, long total) {
    return new CountingInputStream(
        new ByteArrayInputStream(new byte[size]), start, total, (d, t) -> seen.add(d + "/" + t));
  }

  @Test
  void read_chunks_reportedOnceAMegabyteFromTheLastReport() throws IOException {
    long total = 7L * MB;
    try (CountingInputStream in = stream(3_400_000, 0, total)) {
      byte[] buf = new byte[100_000];
      while (in.read(buf, 0, buf.length) > 0) {
        // drain
      }
      assertThat(in.read(buf, 0, buf.length)).isEqualTo(-1);
      assertThat(in.count()).isEqualTo(3_400_000);
    }
    // 11 chunks pass the first megabyte; the next report is a megabyte after that one
    assertThat(seen).containsExactly("1100000/" + total, "2200000/" + total, "3300000/" + total);
  }

  @Test
  void read_singleBytesAfterEarlierFiles_countsOnFromTheStart() throws IOException {
    long start = 3L * MB / 2;
    try (CountingInputStream in = stream(MB, start, 4L * MB)) {
      assertThat(in.count()).isEqualTo(start);
      int bytes = 0;
      while (in.read() >= 0) {
        bytes++;
      }
      assertThat(bytes).isEqualTo(MB);
      assertThat(in.read()).isEqualTo(-1);
      assertThat(in.count()).isEqualTo(start + MB);
    }
    // the steps are those of the whole read: the first one due is at 2 MB, not at start + 1 MB
    assertThat(seen).containsExactly(2L * MB + "/" + 4L * MB);
  }
}
