package org.themetaxonomy.io.rdf;

import com.google.common.collect.ImmutableList;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.BitSet;
import org.themetaxonomy.core.Diagnostic;
import org.themetaxonomy.core.Mapping;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.io.Format;
import org.themetaxonomy.io.Progress;
import org.themetaxonomy.io.ReadOptions;
import org.themetaxonomy.io.ReadResult;
import org.themetaxonomy.io.internal.AtomicWrite;

/**
 * The crosswalk as an SSSOM mapping set in TSV, written only: a {@code #}-prefixed YAML header
 * ({@code curie_map} with a prefix for the taxonomy and one per framework, {@code mapping_set_id},
 * {@code mapping_set_version}, {@code mapping_set_title}, {@code license}), then one row per
 * crosswalk row with the SKOS mapping property of its relation as {@code predicate_id}. The CURIEs
 * expand to the IRIs {@link TurtleFormat} writes. Cells holding a tab, line break or quote are
 * quoted as in RFC 4180. Themes without crosswalk rows, sources and evidence are not mappings; the
 * write returns a note for each kind left out. See {@code docs/linked-data.md}.
 */
public final class SssomFormat implements Format {
  /** The one instance. */
  public static final SssomFormat INSTANCE = new SssomFormat();

  private SssomFormat() {}

  @Override
  public String code() {
    return "sssom";
  }

  @Override
  public String title() {
    return "SSSOM mapping set (TSV)";
  }

  @Override
  public ImmutableList<String> suffixes() {
    return ImmutableList.of(".sssom.tsv");
  }

  @Override
  public boolean canRead() {
    return false;
  }

  @Override
  public boolean canWrite() {
    return true;
  }

  /**
   * Not supported: SSSOM is written only.
   *
   * @param path not read
   * @param options not used
   * @param progress not used
   * @return nothing: it always throws
   * @throws UnsupportedOperationException always
   */
  @Override
  public ReadResult read(Path path, ReadOptions options, Progress progress) {
    throw new UnsupportedOperationException("SSSOM is written, not read");
  }

  @Override
  public ImmutableList<Diagnostic> write(Taxonomy taxonomy, Path target, boolean overwrite)
      throws IOException {
    Iris iris = new Iris(taxonomy);
    AtomicWrite.file(target, overwrite, out -> body(taxonomy, iris, out));
    return Notes.at(notes(taxonomy, iris), target);
  }

  /**
   * Writes a taxonomy's crosswalk as SSSOM TSV to a stream, in UTF-8.
   *
   * @param taxonomy the taxonomy
   * @param out where to; flushed, not closed
   * @return notes on what the mapping set leaves out, and a warning when the taxonomy has no base
   *     IRI
   * @throws IOException if writing fails
   */
  public ImmutableList<Diagnostic> write(Taxonomy taxonomy, OutputStream out) throws IOException {
    Iris iris = new Iris(taxonomy);
    body(taxonomy, iris, out);
    return notes(taxonomy, iris);
  }

  private static void body(Taxonomy taxonomy, Iris iris, OutputStream out) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    new SssomWriter(taxonomy, iris, w).write();
    w.flush();
  }

  private static ImmutableList<Diagnostic> notes(Taxonomy taxonomy, Iris iris) {
    BitSet mapped = new BitSet(taxonomy.themes().size());
    for (Mapping m : taxonomy.crosswalk()) {
      mapped.set(taxonomy.indexOf(m.theme()));
    }
    int unmapped = taxonomy.themes().size() - mapped.cardinality();
    long evidence = 0;
    for (Theme t : taxonomy.themes()) {
      evidence += t.evidence().size();
    }
    int e = (int) Math.min(Integer.MAX_VALUE, evidence);
    return new Notes()
        .add(iris.fallbackNote("the SSSOM export"))
        .addAll(iris.sharedBaseNotes("the SSSOM export"))
        .leftOut(
            unmapped,
            "theme has no crosswalk row, so it is not in the SSSOM mapping set",
            "themes have no crosswalk row, so they are not in the SSSOM mapping set")
        .leftOut(
            taxonomy.sources().size(),
            "source is not part of an SSSOM mapping set; the .ttl export keeps it",
            "sources are not part of an SSSOM mapping set; the .ttl export keeps them")
        .leftOut(
            e,
            "piece of evidence is not part of an SSSOM mapping set; the .ttl export keeps it",
            "pieces of evidence are not part of an SSSOM mapping set; the .ttl export keeps them")
        .build();
  }
}
