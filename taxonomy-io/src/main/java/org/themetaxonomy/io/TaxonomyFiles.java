package org.themetaxonomy.io;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
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
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.io.internal.AtomicWrite;
import org.themetaxonomy.io.internal.CountingInputStream;
import org.themetaxonomy.io.internal.CsvReader;
import org.themetaxonomy.io.internal.CsvWriter;
import org.themetaxonomy.io.internal.JsonReader;
import org.themetaxonomy.io.internal.JsonWriter;
import org.themetaxonomy.io.internal.Parsers;

/**
 * The one door in and out: reads a JSON file, a CSV bundle folder or a lone CSV file, and writes
 * either format atomically. Immutable and safe to share; build one per set of {@link ReadOptions}.
 *
 * <pre>{@code
 * ReadResult read = TaxonomyFiles.standard().read(Path.of("seeds/safe-supportive-schools.json"));
 * Taxonomy taxonomy = read.orElseThrow();
 * TaxonomyFiles.standard().write(taxonomy, Path.of("out"), Format.CSV, false);
 * }</pre>
 */
public final class TaxonomyFiles {
  private static final TaxonomyFiles STANDARD = new TaxonomyFiles(ReadOptions.DEFAULTS);

  private final JsonReader json;
  private final CsvReader csv;

  private TaxonomyFiles(ReadOptions options) {
    Parsers parsers = new Parsers(options);
    this.json = new JsonReader(parsers);
    this.csv = new CsvReader(parsers);
  }

  /** Returns the door with the default bounds. */
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
   * Reads a taxonomy, detecting the format from the path: a folder is a CSV bundle, a {@code .csv}
   * file a lone themes file, anything else JSON. Problems with the content are diagnostics in the
   * result, never exceptions.
   *
   * @param path the file or folder
   * @return the taxonomy or every problem, each located
   * @throws NoSuchFileException if there is nothing at the path
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
   * @throws IOException if it cannot be read
   */
  public ReadResult read(Path path, Progress progress) throws IOException {
    String name = path.toString();
    if (!Files.exists(path)) {
      throw new NoSuchFileException(name, null, "no such file or folder");
    }
    if (Format.of(path) == Format.CSV) {
      return csv.read(path, name, progress);
    }
    try (InputStream in =
        new BufferedInputStream(
            new CountingInputStream(Files.newInputStream(path), 0, Files.size(path), progress),
            1 << 16)) {
      return json.read(in, name);
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
    return json.read(in, name);
  }

  /**
   * Writes a taxonomy atomically: into a temporary file or folder beside the target, then moved.
   * Nothing is left behind when it fails.
   *
   * @param taxonomy the taxonomy
   * @param target a {@code .json} file, or a folder for a CSV bundle
   * @param format the format
   * @param overwrite whether an existing target may be replaced
   * @throws FileAlreadyExistsException if the target exists and {@code overwrite} is false
   * @throws IOException if writing fails; the target is then as it was
   */
  public void write(Taxonomy taxonomy, Path target, Format format, boolean overwrite)
      throws IOException {
    if (format == Format.JSON) {
      AtomicWrite.file(
          target,
          overwrite,
          out -> {
            OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
            JsonWriter.write(taxonomy, buffered);
            buffered.flush();
          });
    } else {
      AtomicWrite.folder(target, overwrite, folder -> CsvWriter.write(taxonomy, folder));
    }
  }

  /**
   * Writes canonical JSON to a stream.
   *
   * @param taxonomy the taxonomy
   * @param out where to; not closed
   * @throws IOException if writing fails
   */
  public static void writeJson(Taxonomy taxonomy, OutputStream out) throws IOException {
    JsonWriter.write(taxonomy, out);
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
      JsonWriter.write(taxonomy, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
