package org.themetaxonomy.io.rdf;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.Area;
import org.themetaxonomy.core.Evidence;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Mapping;
import org.themetaxonomy.core.Relation;
import org.themetaxonomy.core.Source;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.core.ValueSyntax;

/**
 * Writes a taxonomy as SKOS in Turtle, one subject block at a time, straight to a writer: the
 * scheme, the themes in model order, each framework's scheme and areas, the crosswalk as one
 * mapping triple per row, then the sources.
 */
final class TurtleWriter {
  private static final String INDENT = " ;\n    ";

  private final Taxonomy taxonomy;
  private final Iris iris;
  private final Writer out;
  private final @Nullable String lang;
  private final String sourcePrefix = "source";
  private final String schemeTerm;
  private boolean first;

  TurtleWriter(Taxonomy taxonomy, Iris iris, Writer out) {
    this.taxonomy = taxonomy;
    this.iris = iris;
    this.out = out;
    this.lang = Text.isLangTag(taxonomy.language()) ? taxonomy.language() : null;
    this.schemeTerm = "<" + iris.base() + ">";
  }

  /** The SKOS property of a relation, as a prefixed name. */
  static String property(Relation relation) {
    return switch (relation) {
      case EXACT -> "skos:exactMatch";
      case CLOSE -> "skos:closeMatch";
      case BROAD -> "skos:broadMatch";
      case NARROW -> "skos:narrowMatch";
      case RELATED -> "skos:relatedMatch";
    };
  }

  void write() throws IOException {
    prefixes();
    scheme();
    for (Theme t : taxonomy.themes()) {
      theme(t);
    }
    for (Framework f : taxonomy.frameworks()) {
      framework(f);
    }
    crosswalk();
    for (Source s : taxonomy.sources()) {
      source(s);
    }
  }

  private void prefixes() throws IOException {
    out.write("@prefix skos: <" + Iris.SKOS + "> .\n");
    out.write("@prefix dct: <http://purl.org/dc/terms/> .\n");
    out.write("@prefix owl: <http://www.w3.org/2002/07/owl#> .\n");
    out.write("@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n");
    out.write("@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n");
    for (Map.Entry<String, String> p : iris.prefixes().entrySet()) {
      out.write("@prefix " + p.getKey() + ": <" + p.getValue() + "> .\n");
    }
    if (!taxonomy.sources().isEmpty()) {
      out.write("@prefix " + sourcePrefix + ": <" + iris.sourceBase() + "> .\n");
    }
    out.write('\n');
  }

  private void scheme() throws IOException {
    String scheme = "<" + iris.base() + ">";
    subject(scheme);
    po("a", "skos:ConceptScheme");
    literal("dct:title", taxonomy.title());
    literal("dct:description", taxonomy.description().orElse(null));
    if (taxonomy.version().isPresent()) {
      po("owl:versionInfo", plain(taxonomy.version().get()));
    }
    if (taxonomy.license().isPresent()) {
      po("dct:license", "<" + taxonomy.license().get() + ">");
    }
    objects("skos:hasTopConcept", taxonomy.roots());
    end();
  }

  private void theme(Theme t) throws IOException {
    String base = iris.base();
    subject(term(base, t.id()));
    po("a", "skos:Concept");
    po("skos:inScheme", schemeTerm);
    literal("skos:prefLabel", t.label());
    for (String alt : t.altLabels()) {
      literal("skos:altLabel", alt);
    }
    literal("skos:definition", t.definition());
    if (t.parent() == null) {
      po("skos:topConceptOf", schemeTerm);
    } else {
      po("skos:broader", term(base, t.parent()));
    }
    objects("skos:narrower", taxonomy.children(t.id()));
    if (t.deprecated()) {
      po("owl:deprecated", "true");
      for (String r : t.replacedBy()) {
        po("dct:isReplacedBy", term(base, r));
      }
    }
    literal("skos:note", t.notes());
    Set<String> cited = new LinkedHashSet<>();
    for (Evidence e : t.evidence()) {
      cited.add(e.source());
      literal("skos:editorialNote", evidenceText(e));
    }
    for (String s : cited) {
      po("dct:source", sourceTerm(s));
    }
    end();
  }

  private String evidenceText(Evidence e) {
    StringBuilder b = new StringBuilder("Evidence: ");
    b.append(taxonomy.source(e.source()).map(Source::title).orElse(e.source()));
    b.append(" [").append(e.source()).append(']');
    if (e.locator() != null) {
      b.append(", ").append(e.locator());
    }
    if (e.excerpt() != null) {
      b.append(": \u201c").append(e.excerpt()).append('\u201d');
    }
    if (e.note() != null) {
      b.append(" (").append(e.note()).append(')');
    }
    return b.toString();
  }

  private void framework(Framework f) throws IOException {
    String base = iris.frameworkBase(f.id());
    String scheme = "<" + base + ">";
    subject(scheme);
    po("a", "skos:ConceptScheme");
    literal("dct:title", f.title());
    literal("dct:description", f.description());
    if (f.version() != null) {
      po("owl:versionInfo", plain(f.version()));
    }
    if (f.url() != null && ValueSyntax.isAbsoluteIri(f.url())) {
      po("rdfs:seeAlso", "<" + f.url() + ">");
    }
    if (!f.areas().isEmpty()) {
      out.write(INDENT);
      out.write("skos:hasTopConcept ");
      for (int i = 0; i < f.areas().size(); i++) {
        if (i > 0) {
          out.write(", ");
        }
        out.write(term(base, f.areas().get(i).id()));
      }
    }
    end();
    for (Area a : f.areas()) {
      subject(term(base, a.id()));
      po("a", "skos:Concept");
      po("skos:inScheme", scheme);
      po("skos:topConceptOf", scheme);
      literal("skos:prefLabel", a.label());
      literal("skos:definition", a.description());
      end();
    }
  }

  private void crosswalk() throws IOException {
    if (taxonomy.crosswalk().isEmpty()) {
      return;
    }
    out.write("# The crosswalk: one mapping triple per row, from theme to area.\n");
    String base = iris.base();
    for (Mapping m : taxonomy.crosswalk()) {
      out.write(term(base, m.theme()));
      out.write(' ');
      out.write(property(m.relation()));
      out.write(' ');
      out.write(term(iris.frameworkBase(m.framework()), m.area()));
      out.write(" .\n");
    }
    out.write('\n');
  }

  private void source(Source s) throws IOException {
    subject(sourceTerm(s.id()));
    literal("dct:title", s.title());
    po("dct:type", plain(s.kind().code()));
    if (s.date() != null) {
      po("dct:date", date(s.date()));
    }
    if (s.url() != null && ValueSyntax.isAbsoluteIri(s.url())) {
      po("rdfs:seeAlso", "<" + s.url() + ">");
    }
    end();
  }

  private static String date(String date) throws IOException {
    String type =
        switch (date.length()) {
          case 4 -> "xsd:gYear";
          case 7 -> "xsd:gYearMonth";
          default -> "xsd:date";
        };
    return "\"" + date + "\"^^" + type;
  }

  private String sourceTerm(String id) {
    return isLocalName(id) ? sourcePrefix + ":" + id : "<" + iris.sourceBase() + id + ">";
  }

  /** A prefixed name, or the full IRI where the id is no valid local name (it ends in '.'). */
  private String term(String base, String id) {
    return isLocalName(id) ? iris.curie(base, id) : "<" + base + id + ">";
  }

  /**
   * Whether an id, already [A-Za-z0-9][A-Za-z0-9._-]*, is a Turtle PN_LOCAL as it is: only a final
   * '.' is not (it would end the statement).
   */
  static boolean isLocalName(String id) {
    return !id.isEmpty() && id.charAt(id.length() - 1) != '.';
  }

  private void subject(String term) throws IOException {
    out.write(term);
    first = true;
  }

  private void po(String predicate, String object) throws IOException {
    out.write(first ? " " : INDENT);
    first = false;
    out.write(predicate);
    out.write(' ');
    out.write(object);
  }

  private void objects(String predicate, List<Theme> themes) throws IOException {
    if (themes.isEmpty()) {
      return;
    }
    out.write(first ? " " : INDENT);
    first = false;
    out.write(predicate);
    out.write(' ');
    String base = iris.base();
    for (int i = 0; i < themes.size(); i++) {
      if (i > 0) {
        out.write(", ");
      }
      out.write(term(base, themes.get(i).id()));
    }
  }

  /** A text in the taxonomy's language; nothing for null. */
  private void literal(String predicate, @Nullable String text) throws IOException {
    if (text == null) {
      return;
    }
    out.write(first ? " " : INDENT);
    first = false;
    out.write(predicate);
    out.write(' ');
    Text.turtleString(out, text);
    if (lang != null) {
      out.write('@');
      out.write(lang);
    }
  }

  private static String plain(String text) throws IOException {
    java.io.StringWriter w = new java.io.StringWriter(text.length() + 2);
    Text.turtleString(w, text);
    return w.toString();
  }

  private void end() throws IOException {
    out.write(" .\n\n");
  }
}
