package org.themetaxonomy.io;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.themetaxonomy.core.Diagnostic;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.io.json.JsonFormat;

/**
 * The one door in and out: reads and writes every format of the {@link Formats} registry, picking
 * the format from the file's name unless told. Immutable and safe to share; build one per set of
 * {@link ReadOptions}.
 *
 * <pre>{@code
 * ReadResult read = TaxonomyFiles.standard().read(Path.of("seeds/safe-supportive-schools.json"));
 * Taxonomy taxonomy = read.orElseThrow();
 * TaxonomyFiles.standard().write(taxonomy, Path.of("out"), Formats.CSV, false);
 * }</pre>
 */
public final class TaxonomyFiles {
  private static final TaxonomyFiles STANDARD = new TaxonomyFiles(ReadOptions.DEFAULTS);

  private final ReadOptions options;

  private TaxonomyFiles(ReadOptions options) {
    this.options = options;
  }

  /** {@return the door with the default bounds ({@link ReadOptions#DEFAULTS}), shared} */
  public static TaxonomyFiles standard() {
    return STANDARD;
  }

  /**
   * Returns a door with other bounds.
   *
   * @param options the bounds
   * @return the door
   */
  public static TaxonomyFiles with(ReadOptions options) {
    return options.equals(ReadOptions.DEFAULTS) ? STANDARD : new TaxonomyFiles(options);
  }

  /**
   * Reads a taxonomy, picking the format from the path (see {@link Formats#forReading(Path)}).
   * Problems with the content are diagnostics in the result, never exceptions.
   *
   * @param path the file or folder
   * @return the taxonomy or every problem, each located
   * @throws NoSuchFileException if there is nothing at the path
   * @throws UnknownFormatException if the name says no format that can be read
   * @throws IOException if it cannot be read
   */
  public ReadResult read(Path path) throws IOException {
    return read(path, Progress.NONE);
  }

  /**
   * Reads a taxonomy as {@link #read(Path)} does, telling a listener how far it has got.
   *
   * @param path the file or folder
   * @param progress told of the bytes read, about once per megabyte
   * @return the taxonomy or every problem, each located
   * @throws NoSuchFileException if there is nothing at the path
   * @throws UnknownFormatException if the name says no format that can be read
   * @throws IOException if it cannot be read
   */
  public ReadResult read(Path path, Progress progress) throws IOException {
    requireExists(path);
    Format format =
        Formats.forReading(path)
            .orElseThrow(
                () ->
                    new UnknownFormatException(
                        path,
                        path
                            + ": the name does not say which format to read; formats that can be"
                            + " read: "
                            + Formats.describe(Format::canRead)));
    return format.read(path, options, progress);
  }

  /**
   * Reads a taxonomy in a given format, whatever the path's name.
   *
   * @param path the file or folder
   * @param format the format
   * @param progress told of the bytes read
   * @return the taxonomy or every problem, each located
   * @throws NoSuchFileException if there is nothing at the path
   * @throws IOException if it cannot be read
   * @throws UnsupportedOperationException if the format cannot be read
   */
  public ReadResult read(Path path, Format format, Progress progress) throws IOException {
    requireExists(path);
    if (!format.canRead()) {
      throw new UnsupportedOperationException(format.title() + " cannot be read");
    }
    return format.read(path, options, progress);
  }

  private static void requireExists(Path path) throws NoSuchFileException {
    if (!Files.exists(path)) {
      throw new NoSuchFileException(path.toString(), null, "no such file or folder");
    }
  }

  /**
   * Reads JSON from a stream.
   *
   * @param in the bytes; not closed
   * @param name the name to give locations
   * @return the taxonomy or every problem
   * @throws IOException if the stream cannot be read
   */
  public ReadResult readJson(InputStream in, String name) throws IOException {
    return JsonFormat.INSTANCE.read(in, name, options);
  }

  /**
   * Writes a taxonomy atomically in the format its name says (see {@link
   * Formats#forWriting(Path)}).
   *
   * @param taxonomy the taxonomy
   * @param target the file, or a folder for a CSV bundle
   * @param overwrite whether an existing target may be replaced
   * @return notes on what the format could not hold, empty when it holds everything
   * @throws UnknownFormatException if the name says no format that can be written
   * @throws FileAlreadyExistsException if the target exists and {@code overwrite} is false
   * @throws IOException if writing fails; the target is then as it was
   */
  public ImmutableList<Diagnostic> write(Taxonomy taxonomy, Path target, boolean overwrite)
      throws IOException {
    Format format =
        Formats.forWriting(target)
            .orElseThrow(
                () ->
                    new UnknownFormatException(
                        target,
                        target
                            + ": the name does not say which format to write; formats that can be"
                            + " written: "
                            + Formats.describe(Format::canWrite)));
    return format.write(taxonomy, target, overwrite);
  }

  /**
   * Writes a taxonomy atomically: into a temporary file or folder beside the target, then moved.
   * Nothing is left behind when it fails.
   *
   * @param taxonomy the taxonomy
   * @param target the file, or a folder for a CSV bundle
   * @param format the format
   * @param overwrite whether an existing target may be replaced
   * @return notes on what the format could not hold, empty when it holds everything
   * @throws FileAlreadyExistsException if the target exists and {@code overwrite} is false
   * @throws IOException if writing fails; the target is then as it was
   * @throws UnsupportedOperationException if the format cannot be written
   */
  public ImmutableList<Diagnostic> write(
      Taxonomy taxonomy, Path target, Format format, boolean overwrite) throws IOException {
    if (!format.canWrite()) {
      throw new UnsupportedOperationException(format.title() + " cannot be written");
    }
    return format.write(taxonomy, target, overwrite);
  }

  /**
   * Writes canonical JSON to a stream.
   *
   * @param taxonomy the taxonomy
   * @param out where to; not closed
   * @throws IOException if writing fails
   */
  public static void writeJson(Taxonomy taxonomy, OutputStream out) throws IOException {
    JsonFormat.INSTANCE.write(taxonomy, out);
  }

  /**
   * Returns the canonical JSON of a taxonomy.
   *
   * @param taxonomy the taxonomy
   * @return the JSON text, ending with a newline
   */
  public static String toJson(Taxonomy taxonomy) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      JsonFormat.INSTANCE.write(taxonomy, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
