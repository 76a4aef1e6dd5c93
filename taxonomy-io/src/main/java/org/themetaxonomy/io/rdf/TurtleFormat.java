package org.themetaxonomy.io.rdf;

import com.google.common.collect.ImmutableList;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.themetaxonomy.core.Area;
import org.themetaxonomy.core.Diagnostic;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Mapping;
import org.themetaxonomy.core.Source;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.core.ValueSyntax;
import org.themetaxonomy.io.Format;
import org.themetaxonomy.io.Progress;
import org.themetaxonomy.io.ReadOptions;
import org.themetaxonomy.io.ReadResult;
import org.themetaxonomy.io.internal.AtomicWrite;

/**
 * SKOS in Turtle, written only. The taxonomy is a {@code skos:ConceptScheme} named by its {@code
 * baseUri}; each theme a {@code skos:Concept} named {@code baseUri} + id, with its labels,
 * definition, hierarchy both ways, notes, and evidence as editorial notes citing {@code dct:source}
 * resources; each framework a scheme of its own whose areas are concepts; each crosswalk row one
 * SKOS mapping triple from theme to area. Without a {@code baseUri} the IRIs fall back to {@code
 * urn:taxonomy:<id>:} and the write returns a warning saying how to set one. The output is the same
 * bytes for the same taxonomy. See {@code docs/linked-data.md}.
 */
public final class TurtleFormat implements Format {
  /** The one instance. */
  public static final TurtleFormat INSTANCE = new TurtleFormat();

  private TurtleFormat() {}

  @Override
  public String code() {
    return "ttl";
  }

  @Override
  public String title() {
    return "SKOS in Turtle";
  }

  @Override
  public ImmutableList<String> suffixes() {
    return ImmutableList.of(".ttl");
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
   * Not supported: SKOS is written only.
   *
   * @param path not read
   * @param options not used
   * @param progress not used
   * @return nothing: it always throws
   * @throws UnsupportedOperationException always
   */
  @Override
  public ReadResult read(Path path, ReadOptions options, Progress progress) {
    throw new UnsupportedOperationException("SKOS in Turtle is written, not read");
  }

  @Override
  public ImmutableList<Diagnostic> write(Taxonomy taxonomy, Path target, boolean overwrite)
      throws IOException {
    Iris iris = new Iris(taxonomy);
    AtomicWrite.file(target, overwrite, out -> body(taxonomy, iris, out));
    return Notes.at(notes(taxonomy, iris), target);
  }

  /**
   * Writes a taxonomy as Turtle to a stream, in UTF-8.
   *
   * @param taxonomy the taxonomy
   * @param out where to; flushed, not closed
   * @return notes on what SKOS could not hold, and a warning when the taxonomy has no base IRI
   * @throws IOException if writing fails
   */
  public ImmutableList<Diagnostic> write(Taxonomy taxonomy, OutputStream out) throws IOException {
    Iris iris = new Iris(taxonomy);
    body(taxonomy, iris, out);
    return notes(taxonomy, iris);
  }

  private static void body(Taxonomy taxonomy, Iris iris, OutputStream out) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    new TurtleWriter(taxonomy, iris, w).write();
    w.flush();
  }

  private static ImmutableList<Diagnostic> notes(Taxonomy taxonomy, Iris iris) {
    Notes notes =
        new Notes()
            .add(iris.fallbackNote("the SKOS export"))
            .addAll(iris.sharedBaseNotes("the SKOS export"));
    if (!Text.isLangTag(taxonomy.language())) {
      notes.warning(
          "no-language-tag",
          "the taxonomy's language \""
              + taxonomy.language()
              + "\" is not a language tag such as en or pt-BR, so the SKOS labels carry none; set"
              + " language to a BCP 47 tag",
          Subject.taxonomy("language"));
    }
    int scored = 0;
    for (Mapping m : taxonomy.crosswalk()) {
      if (m.confidence() != null || m.rationale() != null) {
        scored++;
      }
    }
    int qda = 0;
    for (Theme t : taxonomy.themes()) {
      if (t.color() != null || t.uuid() != null || !t.codable()) {
        qda++;
      }
    }
    int areaUuids = 0;
    int frameworkUrls = 0;
    for (Framework f : taxonomy.frameworks()) {
      if (f.url() != null && !ValueSyntax.isAbsoluteIri(f.url())) {
        frameworkUrls++;
      }
      for (Area a : f.areas()) {
        if (a.uuid() != null) {
          areaUuids++;
        }
      }
    }
    int sourceDetails = 0;
    int sourceUrls = 0;
    for (Source s : taxonomy.sources()) {
      if (s.participants() != null
          || s.participantCount() != null
          || s.location() != null
          || s.notes() != null) {
        sourceDetails++;
      }
      if (s.url() != null && !ValueSyntax.isAbsoluteIri(s.url())) {
        sourceUrls++;
      }
    }
    return notes
        .leftOut(
            scored,
            "crosswalk row has a confidence or rationale, which SKOS mapping triples cannot"
                + " hold; the .sssom.tsv export keeps them",
            "crosswalk rows have a confidence or rationale, which SKOS mapping triples cannot"
                + " hold; the .sssom.tsv export keeps them")
        .leftOut(
            qda,
            "theme has a colour, uuid or codable flag (QDA details), which the SKOS export"
                + " leaves out",
            "themes have a colour, uuid or codable flag (QDA details), which the SKOS export"
                + " leaves out")
        .leftOut(
            areaUuids,
            "area uuid is left out of the SKOS export",
            "area uuids are left out of the SKOS export")
        .leftOut(
            sourceDetails,
            "source has participants, a participant count, a location or notes, which the"
                + " SKOS export leaves out (it keeps title, kind, date and url)",
            "sources have participants, a participant count, a location or notes, which the"
                + " SKOS export leaves out (it keeps title, kind, date and url)")
        .leftOut(
            sourceUrls + frameworkUrls,
            "url is not an absolute IRI and is left out of the SKOS export",
            "urls are not absolute IRIs and are left out of the SKOS export")
        .build();
  }
}
