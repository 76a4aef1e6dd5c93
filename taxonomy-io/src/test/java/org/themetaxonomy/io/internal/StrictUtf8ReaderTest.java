package org.themetaxonomy.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class StrictUtf8ReaderTest {
  private static byte[] bytes(String text, int... tail) {
    byte[] head = text.getBytes(StandardCharsets.UTF_8);
    byte[] out = java.util.Arrays.copyOf(head, head.length + tail.length);
    for (int i = 0; i < tail.length; i++) {
      out[head.length + i] = (byte) tail[i];
    }
    return out;
  }

  /** Reads two characters at a time into the middle of a larger buffer. */
  private static String readInPairs(StrictUtf8Reader r, StringBuilder seen) throws IOException {
    char[] buf = new char[8];
    for (int n; (n = r.read(buf, 3, 2)) > 0; ) {
      seen.append(buf, 3, n);
    }
    return seen.toString();
  }

  @Test
  void read_smallReadsAtAnOffset_badByteLocatedByLineAndColumn() {
    StringBuilder seen = new StringBuilder();
    StrictUtf8Reader r =
        new StrictUtf8Reader(new ByteArrayInputStream(bytes("ab\nc\u00e9d\nxyz", 0xff, 'q')));
    assertThatThrownBy(() -> readInPairs(r, seen))
        .isInstanceOfSatisfying(
            StrictUtf8Reader.InvalidUtf8Exception.class,
            e -> {
              assertThat(e.line).isEqualTo(3);
              assertThat(e.column).isEqualTo(4);
              assertThat(e.badByte).isEqualTo(0xff);
              assertThat(e).hasMessage("byte 0xFF at line 3 is not UTF-8");
            });
    assertThat(seen).hasToString("ab\ncéd\nxyz");
  }

  @Test
  void read_byteOrderMarkDropped_onlyAtTheStart() throws IOException {
    StrictUtf8Reader r = new StrictUtf8Reader(new ByteArrayInputStream(bytes("\uFEFFa\uFEFFb")));
    assertThat(readInPairs(r, new StringBuilder())).isEqualTo("a\uFEFFb");
    assertThat(r.read(new char[4], 0, 0)).isZero();
    assertThat(r.read(new char[4], 0, 4)).isEqualTo(-1);
  }

  @Test
  void read_truncatedSequenceAtTheEnd_refused() {
    StrictUtf8Reader r = new StrictUtf8Reader(new ByteArrayInputStream(bytes("ok\n", 0xe2, 0x82)));
    assertThatThrownBy(() -> readInPairs(r, new StringBuilder()))
        .isInstanceOfSatisfying(
            StrictUtf8Reader.InvalidUtf8Exception.class,
            e -> {
              assertThat(e.line).isEqualTo(2);
              assertThat(e.column).isEqualTo(1);
              assertThat(e.badByte).isEqualTo(0xe2);
            });
  }

  @Test
  void close_closesTheStream() throws IOException {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream in =
        new ByteArrayInputStream(new byte[0]) {
          @Override
          public void close() {
            closed.set(true);
          }
        };
    new StrictUtf8Reader(in).close();
    assertThat(closed).isTrue();
  }
}
