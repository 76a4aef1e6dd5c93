package org.themetaxonomy.io.qdc;

import com.google.common.collect.ImmutableList;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.themetaxonomy.core.Diagnostic;
import org.themetaxonomy.core.Location;
import org.themetaxonomy.core.Locator;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.io.FileRules;
import org.themetaxonomy.io.Format;
import org.themetaxonomy.io.Progress;
import org.themetaxonomy.io.ReadOptions;
import org.themetaxonomy.io.ReadResult;
import org.themetaxonomy.io.internal.AtomicWrite;
import org.themetaxonomy.io.internal.CountingInputStream;

/**
 * The REFI-QDA codebook ({@code .qdc}, namespace {@code urn:QDA-XML:codebook:1.0}), the exchange
 * format of QDA tools.
 *
 * <p>A code is a theme: {@code name} is its label, {@code guid} its {@code uuid}, {@code color},
 * {@code isCodable} its {@code codable}, {@code Description} its definition, and nesting its
 * parent. Writing, each framework area that themes map to becomes a set whose members are those
 * themes and whose description names the framework, the area and the relations; a theme or area
 * without a uuid gets a name-based guid (see {@code Guids}: UUID version 5 of the taxonomy and
 * theme ids, or of the framework and area ids), so the same taxonomy always gives the same guids.
 * Reading, the sets become the areas of a framework {@code sets}, each member a crosswalk row with
 * the relation {@code related}; theme ids are slugs of the code names, made unique. The taxonomy's
 * id and title come from the file's name. Writing returns a note for each kind of thing a codebook
 * cannot hold.
 *
 * <p>Reading is strict and safe: a DOCTYPE is refused, so no entity is ever read or expanded; the
 * namespace is checked ({@code urn:QDA-XML:codebook:1:0} and {@code urn:QDA-XML:codebook:0:4},
 * which tools write, are read with a warning); guids may be bare or in braces, in any case; {@code
 * #RGB} colours are spelled out and other colour forms dropped with a warning. Every problem is
 * located.
 */
public final class QdcFormat implements Format {
  /** The one instance. */
  public static final QdcFormat INSTANCE = new QdcFormat();

  private final QdcReader standard = new QdcReader(ReadOptions.DEFAULTS);

  private QdcFormat() {}

  @Override
  public String code() {
    return "qdc";
  }

  @Override
  public String title() {
    return "REFI-QDA codebook";
  }

  @Override
  public ImmutableList<String> suffixes() {
    return ImmutableList.of(".qdc");
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
    long size = Files.size(path);
    String name = path.toString();
    if (size > options.maxDocumentLength()) {
      return refused(
          name,
          FileRules.LIMIT_EXCEEDED,
          "the file has "
              + size
              + " bytes, more than "
              + options.maxDocumentLength()
              + " (ReadOptions.maxDocumentLength)");
    }
    if (size == 0) {
      return refused(name, FileRules.EMPTY_FILE, "the file is empty; a codebook is XML");
    }
    try (InputStream in =
        new BufferedInputStream(
            new CountingInputStream(Files.newInputStream(path), 0, size, progress), 1 << 16)) {
      return reader(options).read(in, name, base(path));
    }
  }

  /**
   * Reads a codebook from a stream.
   *
   * @param in the bytes; not closed
   * @param name the name locations carry; its last part, without {@code .qdc}, gives the taxonomy's
   *     id and title
   * @param options the bounds
   * @return the taxonomy, or every problem
   * @throws IOException if the stream cannot be read
   */
  public ReadResult read(InputStream in, String name, ReadOptions options) throws IOException {
    return reader(options).read(in, name, base(Path.of(name)));
  }

  private QdcReader reader(ReadOptions options) {
    return options.equals(ReadOptions.DEFAULTS) ? standard : new QdcReader(options);
  }

  private static String base(Path path) {
    Path f = path.getFileName();
    String n = f == null ? "" : f.toString();
    return n.toLowerCase(java.util.Locale.ROOT).endsWith(".qdc")
        ? n.substring(0, n.length() - 4)
        : n;
  }

  private static ReadResult refused(String file, String rule, String message) {
    return new ReadResult(
        null,
        ImmutableList.of(
            new Diagnostic(
                rule, Severity.ERROR, message, Subject.file(), new Location(file, 0, 0, null))),
        Locator.NONE);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IOException also if the taxonomy has no themes: the schema wants at least one code
   */
  @Override
  public ImmutableList<Diagnostic> write(Taxonomy taxonomy, Path target, boolean overwrite)
      throws IOException {
    if (taxonomy.themes().isEmpty()) {
      throw new IOException(
          "a .qdc codebook needs at least one code, and the taxonomy has no themes");
    }
    ImmutableList<Diagnostic>[] notes = new ImmutableList[1];
    AtomicWrite.file(
        target,
        overwrite,
        out -> {
          Writer w =
              new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
          notes[0] = QdcWriter.write(taxonomy, w, target.toString());
          w.flush();
        });
    return notes[0];
  }
}
