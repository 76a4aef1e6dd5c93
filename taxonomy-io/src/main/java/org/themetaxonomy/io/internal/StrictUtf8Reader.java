package org.themetaxonomy.io.internal;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly: a byte sequence that is not UTF-8 is an error that names its line and
 * column, never a silent replacement character. A leading byte-order mark is skipped.
 */
public final class StrictUtf8Reader extends Reader {
  /** Thrown at the first byte that is not UTF-8. */
  public static final class InvalidUtf8Exception extends CharConversionException {
    private static final long serialVersionUID = 1L;

    /** The 1-based line. */
    public final int line;

    /** The 1-based column, in characters. */
    public final int column;

    /** The offending byte. */
    public final int badByte;

    InvalidUtf8Exception(int line, int column, int badByte) {
      super(String.format("byte 0x%02X at line %d is not UTF-8", badByte, line));
      this.line = line;
      this.column = column;
      this.badByte = badByte;
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private final CharBuffer chars = CharBuffer.allocate(1 << 16);
  private boolean eof;
  private boolean first = true;
  private int line = 1;
  private int column = 1;
  private @org.jspecify.annotations.Nullable InvalidUtf8Exception pending;

  /**
   * Wraps a stream.
   *
   * @param in the bytes; closed with this reader
   */
  public StrictUtf8Reader(InputStream in) {
    this.in = in;
    chars.flip();
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (pending != null) {
        throw pending;
      }
      if (eof && bytes.position() == 0) {
        return -1;
      }
      fill();
    }
    int n = Math.min(len, chars.remaining());
    chars.get(buf, off, n);
    for (int i = off; i < off + n; i++) {
      if (buf[i] == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return n;
  }

  // Between calls, bytes is in filling mode and chars in draining mode.
  private void fill() throws IOException {
    chars.clear();
    if (!eof) {
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + n);
      }
    }
    bytes.flip();
    CoderResult r = decoder.decode(bytes, chars, eof);
    if (r.isError()) {
      // Deliver what decoded cleanly first, then fail where the bad byte is.
      int l = line;
      int c = column;
      for (int i = 0; i < chars.position(); i++) {
        if (chars.get(i) == '\n') {
          l++;
          c = 1;
        } else {
          c++;
        }
      }
      pending = new InvalidUtf8Exception(l, c, bytes.get(bytes.position()) & 0xff);
      bytes.position(bytes.limit());
    } else if (eof && !bytes.hasRemaining()) {
      decoder.flush(chars);
    }
    bytes.compact(); // back to filling: position is the count of bytes not yet decoded
    chars.flip();
    if (first && chars.hasRemaining()) {
      first = false;
      if (chars.get(chars.position()) == '\uFEFF') {
        chars.get();
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
