package org.themetaxonomy.io;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import org.themetaxonomy.core.Diagnostic;
import org.themetaxonomy.core.Taxonomy;

/**
 * A file format a taxonomy can be read from, written to, or both. One class per format, each in a
 * package of its own; {@link Formats} lists them and picks one by a file's name or by its code.
 */
public interface Format {
  /**
   * Returns the short name used by {@code --from} and {@code --to}, such as {@code json}.
   *
   * @return the code, lower case
   */
  String code();

  /**
   * Returns the format's name for people, such as {@code taxonomy JSON}.
   *
   * @return the title
   */
  String title();

  /**
   * Returns the endings of the file names of this format, lower case with their dot, such as {@code
   * .json}; the longest matching ending picks the format, so {@code .sssom.tsv} wins over {@code
   * .tsv}.
   *
   * @return the endings
   */
  ImmutableList<String> suffixes();

  /**
   * Tells whether a folder, or a name with no ending, is this format (the CSV bundle).
   *
   * @return true for a folder format
   */
  default boolean isFolder() {
    return false;
  }

  /**
   * Tells whether this format can be read.
   *
   * @return true if {@link #read} works
   */
  boolean canRead();

  /**
   * Tells whether this format can be written.
   *
   * @return true if {@link #write} works
   */
  boolean canWrite();

  /**
   * Reads a taxonomy. Problems with the content are diagnostics in the result, never exceptions.
   *
   * @param path the file or folder, which exists
   * @param options the bounds
   * @param progress told of the bytes read
   * @return the taxonomy or every problem, each located
   * @throws IOException if it cannot be read
   * @throws UnsupportedOperationException if the format cannot be read
   */
  ReadResult read(Path path, ReadOptions options, Progress progress) throws IOException;

  /**
   * Writes a taxonomy atomically: into a temporary file or folder beside the target, then moved.
   * Nothing is left behind when it fails.
   *
   * @param taxonomy the taxonomy
   * @param target the file or folder to write
   * @param overwrite whether an existing target may be replaced
   * @return notes on what the format could not hold (severity info or warning), empty when it holds
   *     everything
   * @throws FileAlreadyExistsException if the target exists and {@code overwrite} is false
   * @throws IOException if writing fails; the target is then as it was
   * @throws UnsupportedOperationException if the format cannot be written
   */
  ImmutableList<Diagnostic> write(Taxonomy taxonomy, Path target, boolean overwrite)
      throws IOException;
}
