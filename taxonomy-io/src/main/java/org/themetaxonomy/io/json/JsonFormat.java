package org.themetaxonomy.io.json;

import com.google.common.collect.ImmutableList;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.themetaxonomy.core.Diagnostic;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.io.Format;
import org.themetaxonomy.io.Progress;
import org.themetaxonomy.io.ReadOptions;
import org.themetaxonomy.io.ReadResult;
import org.themetaxonomy.io.internal.AtomicWrite;
import org.themetaxonomy.io.internal.CountingInputStream;
import org.themetaxonomy.io.internal.Parsers;

/** Taxonomy JSON, format version 1: read and written losslessly. */
public final class JsonFormat implements Format {
  /** The one instance. */
  public static final JsonFormat INSTANCE = new JsonFormat();

  private final JsonReader standard = new JsonReader(new Parsers(ReadOptions.DEFAULTS));

  private JsonFormat() {}

  @Override
  public String code() {
    return "json";
  }

  @Override
  public String title() {
    return "taxonomy JSON";
  }

  @Override
  public ImmutableList<String> suffixes() {
    return ImmutableList.of(".json");
  }

  @Override
  public boolean canRead() {
    return true;
  }

  @Override
  public boolean canWrite() {
    return true;
  }

  @Override
  public ReadResult read(Path path, ReadOptions options, Progress progress) throws IOException {
    try (InputStream in =
        new BufferedInputStream(
            new CountingInputStream(Files.newInputStream(path), 0, Files.size(path), progress),
            1 << 16)) {
      return read(in, path.toString(), options);
    }
  }

  /**
   * Reads JSON from a stream.
   *
   * @param in the bytes; not closed
   * @param name the name to give locations
   * @param options the bounds
   * @return the taxonomy or every problem
   * @throws IOException if the stream cannot be read
   */
  public ReadResult read(InputStream in, String name, ReadOptions options) throws IOException {
    JsonReader reader =
        options.equals(ReadOptions.DEFAULTS) ? standard : new JsonReader(new Parsers(options));
    return reader.read(in, name);
  }

  /**
   * Writes canonical JSON to a stream.
   *
   * @param taxonomy the taxonomy
   * @param out where to; not closed
   * @throws IOException if writing fails
   */
  public void write(Taxonomy taxonomy, OutputStream out) throws IOException {
    JsonWriter.write(taxonomy, out);
  }

  @Override
  public ImmutableList<Diagnostic> write(Taxonomy taxonomy, Path target, boolean overwrite)
      throws IOException {
    AtomicWrite.file(
        target,
        overwrite,
        out -> {
          OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
          JsonWriter.write(taxonomy, buffered);
          buffered.flush();
        });
    return ImmutableList.of();
  }
}
