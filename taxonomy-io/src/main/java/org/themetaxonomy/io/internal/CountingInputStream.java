package org.themetaxonomy.io.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.themetaxonomy.io.Progress;

/** Counts the bytes read through it and reports them about once per megabyte. */
public final class CountingInputStream extends FilterInputStream {
  private static final long STEP = 1 << 20;

  private final Progress progress;
  private final long total;
  private long count;
  private long next;

  /**
   * Wraps a stream.
   *
   * @param in the stream
   * @param start bytes already read before this stream (earlier files of a bundle)
   * @param total the bytes of the whole read
   * @param progress told of the count
   */
  public CountingInputStream(InputStream in, long start, long total, Progress progress) {
    super(in);
    this.count = start;
    this.next = (start / STEP + 1) * STEP; // steps of the whole read, across a bundle's files
    this.total = total;
    this.progress = progress;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      advance(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) {
      advance(n);
    }
    return n;
  }

  private void advance(long n) {
    count += n;
    if (count >= next) {
      next = count + STEP;
      progress.update(count, total);
    }
  }

  /** Returns the bytes counted, including those before this stream. */
  public long count() {
    return count;
  }
}
