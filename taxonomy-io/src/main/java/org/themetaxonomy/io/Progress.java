package org.themetaxonomy.io;

/**
 * Told how far a read has got, for callers that show progress on long reads. Called from the
 * reading thread, about once per megabyte.
 */
@FunctionalInterface
public interface Progress {
  /** Reports nothing. */
  Progress NONE = (done, total) -> {};

  /**
   * Reports progress.
   *
   * @param bytesRead how many bytes have been read so far
   * @param totalBytes how many there are in all (the file, or every file of a bundle)
   */
  void update(long bytesRead, long totalBytes);
}
