package org.themetaxonomy.io.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.themetaxonomy.core.Area;
import org.themetaxonomy.core.Evidence;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Mapping;
import org.themetaxonomy.core.Relation;
import org.themetaxonomy.core.Source;
import org.themetaxonomy.core.SourceKind;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;

/**
 * What the rdf tests share: a hostile taxonomy, a Turtle parser (RDF4J), and the SKOS integrity
 * rules checked against the taxonomy with IRIs worked out here, independently of the writer.
 */
final class RdfTesting {
  static final ValueFactory VF = SimpleValueFactory.getInstance();
  static final Path SEEDS_JSON = Path.of("..", "seeds", "safe-supportive-schools.json");

  /** Text that breaks naive Turtle, YAML and TSV writers. */
  static final String HOSTILE =
      "say \"hi\" \\ back\\slash \"\"\" triple\nnew line\r\ncrlf\ttab \u0001ctl \u007f del"
          + " \uD83D\uDE00 emoji \uD801\uDC37 deseret \u05E2\u05D1\u05E8\u05D9\u05EA rtl"
          + " \u0627\u0644\u0639\u0631\u0628\u064A\u0629 \u202Eoverride\u202C \u2028ls\u2029ps"
          + " # hash: colon - dash ' apostrophe";

  private RdfTesting() {}

  /**
   * A small taxonomy with hostile text everywhere, an id ending in '.', a deprecated theme replaced
   * by two, a framework with its own base and one without, sources with every date form.
   */
  static Taxonomy hostile(String baseUri) {
    return Taxonomy.builder("hostile.tax", "Title " + HOSTILE)
        .version("2.0 \"beta\"")
        .description("Description " + HOSTILE)
        .language("pt-BR")
        .baseUri(baseUri)
        .license("https://creativecommons.org/licenses/by/4.0/")
        .addSource(
            new Source(
                "s1",
                "Source " + HOSTILE,
                SourceKind.FOCUS_GROUP,
                "2017-07-12",
                "people",
                12,
                "somewhere",
                "https://example.org/report.pdf",
                "notes"))
        .addSource(
            new Source("s2.", "Year only", SourceKind.REPORT, "2018", null, null, null, null, null))
        .addSource(
            new Source(
                "s3", "Month", SourceKind.OTHER, "2019-01", null, null, null, "not a url", null))
        .addFramework(
            new Framework(
                "fw1",
                "Framework " + HOSTILE,
                "1.0",
                "Framework description " + HOSTILE,
                "https://example.org/fw",
                "https://frameworks.example.org/fw1#",
                ImmutableList.of(
                    new Area("a1", "Area " + HOSTILE, "Area description " + HOSTILE),
                    new Area("a2.", "Area two", null))))
        .addFramework(
            new Framework(
                "2nd", "Second", null, null, null, ImmutableList.of(Area.of("x", "X area"))))
        .addTheme(
            Theme.builder("root.", "Root " + HOSTILE)
                .definition("Definition " + HOSTILE)
                .altLabels("Alt " + HOSTILE, "second alt")
                .notes("Notes " + HOSTILE)
                .evidence(
                    new Evidence("s1", "Section \"1\"", "Excerpt " + HOSTILE, "Note " + HOSTILE),
                    new Evidence("s2.", null, null, null))
                .build())
        .addTheme(Theme.builder("child", "Child").parent("root.").build())
        .addTheme(Theme.builder("1st-child_b", "Digit first").parent("root.").build())
        .addTheme(
            Theme.builder("old", "Old")
                .parent("child")
                .deprecated(true)
                .replacedBy("child", "1st-child_b")
                .color("#FF0000")
                .build())
        .addTheme(Theme.builder("other", "Other root").evidence(Evidence.of("s3", null)).build())
        .addMapping(new Mapping("root.", "fw1", "a1", Relation.EXACT, 0.9, "Why " + HOSTILE))
        .addMapping(new Mapping("child", "fw1", "a2.", Relation.BROAD, 1.0, null))
        .addMapping(new Mapping("child", "2nd", "x", Relation.NARROW, 0.0001, "\"quoted\""))
        .addMapping(new Mapping("1st-child_b", "fw1", "a1", Relation.CLOSE, null, "tab\there"))
        .addMapping(Mapping.of("other", "2nd", "x", Relation.RELATED))
        .build();
  }

  /** The taxonomy's base as the design settles it, worked out here rather than by the writer. */
  static String base(Taxonomy t) {
    return t.baseUri().orElse("urn:taxonomy:" + t.id() + ":");
  }

  static String frameworkBase(Taxonomy t, Framework f) {
    return f.baseUri() != null ? f.baseUri() : base(t) + f.id() + "/";
  }

  static IRI theme(Taxonomy t, String id) {
    return VF.createIRI(base(t) + id);
  }

  static IRI area(Taxonomy t, String framework, String area) {
    return VF.createIRI(frameworkBase(t, t.framework(framework).orElseThrow()) + area);
  }

  static IRI property(Relation r) {
    return switch (r) {
      case EXACT -> SKOS.EXACT_MATCH;
      case CLOSE -> SKOS.CLOSE_MATCH;
      case BROAD -> SKOS.BROAD_MATCH;
      case NARROW -> SKOS.NARROW_MATCH;
      case RELATED -> SKOS.RELATED_MATCH;
    };
  }

  static final Set<IRI> MAPPING_PROPERTIES =
      Set.of(
          SKOS.EXACT_MATCH,
          SKOS.CLOSE_MATCH,
          SKOS.BROAD_MATCH,
          SKOS.NARROW_MATCH,
          SKOS.RELATED_MATCH);

  static Model parse(Path ttl) throws IOException {
    try (InputStream in = Files.newInputStream(ttl)) {
      return Rio.parse(in, "", RDFFormat.TURTLE);
    }
  }

  /** A parsed graph indexed once: objects by subject and predicate, statements by predicate. */
  static final class Graph {
    private final Map<Resource, Map<IRI, Set<Value>>> out = new HashMap<>();
    private final Map<IRI, List<Statement>> byPredicate = new HashMap<>();

    Graph(Model m) {
      for (Statement s : m) {
        out.computeIfAbsent(s.getSubject(), k -> new HashMap<>())
            .computeIfAbsent(s.getPredicate(), k -> new HashSet<>())
            .add(s.getObject());
        byPredicate.computeIfAbsent(s.getPredicate(), k -> new ArrayList<>()).add(s);
      }
    }

    Set<Value> objects(Resource s, IRI p) {
      return out.getOrDefault(s, Map.of()).getOrDefault(p, Set.of());
    }

    boolean contains(Resource s, IRI p, Value o) {
      return objects(s, p).contains(o);
    }

    List<Statement> with(IRI p) {
      return byPredicate.getOrDefault(p, List.of());
    }

    Set<Resource> subjects(IRI p, Value o) {
      Set<Resource> r = new HashSet<>();
      for (Statement s : with(p)) {
        if (s.getObject().equals(o)) {
          r.add(s.getSubject());
        }
      }
      return r;
    }
  }

  /** Checks the SKOS integrity rules of the design on a parsed export of a taxonomy. */
  static void assertSkosIntegrity(Taxonomy t, Model model) {
    Graph m = new Graph(model);
    IRI scheme = VF.createIRI(base(t));
    assertThat(m.contains(scheme, RDF.TYPE, SKOS.CONCEPT_SCHEME)).isTrue();
    Set<Resource> concepts = new HashSet<>();
    for (Theme th : t.themes()) {
      IRI c = theme(t, th.id());
      if (!m.contains(c, RDF.TYPE, SKOS.CONCEPT)) {
        throw new AssertionError(c + " is not a skos:Concept");
      }
      if (!m.objects(c, SKOS.IN_SCHEME).equals(Set.of(scheme))) {
        throw new AssertionError(c + " inScheme " + m.objects(c, SKOS.IN_SCHEME));
      }
      concepts.add(c);
      // broader equals parent; narrower equals children
      Set<Value> broader = th.parent() == null ? Set.of() : Set.of(theme(t, th.parent()));
      if (!m.objects(c, SKOS.BROADER).equals(broader)) {
        throw new AssertionError(c + " broader " + m.objects(c, SKOS.BROADER) + ", not " + broader);
      }
      Set<Value> narrower = new HashSet<>();
      for (Theme child : t.children(th.id())) {
        narrower.add(theme(t, child.id()));
      }
      if (!m.objects(c, SKOS.NARROWER).equals(narrower)) {
        throw new AssertionError(c + " narrower " + m.objects(c, SKOS.NARROWER));
      }
    }
    // every concept of the scheme is a theme; one prefLabel per language on every concept
    assertThat(m.subjects(SKOS.IN_SCHEME, scheme)).isEqualTo(concepts);
    for (Resource c : m.subjects(RDF.TYPE, SKOS.CONCEPT)) {
      Map<String, Integer> perLanguage = new HashMap<>();
      for (Value v : m.objects(c, SKOS.PREF_LABEL)) {
        perLanguage.merge(((Literal) v).getLanguage().orElse(""), 1, Integer::sum);
      }
      if (perLanguage.isEmpty() || !perLanguage.values().stream().allMatch(n -> n == 1)) {
        throw new AssertionError(c + " prefLabels per language " + perLanguage);
      }
    }
    // broader and narrower symmetric
    for (Statement s : m.with(SKOS.BROADER)) {
      assertThat(m.contains((Resource) s.getObject(), SKOS.NARROWER, s.getSubject())).isTrue();
    }
    for (Statement s : m.with(SKOS.NARROWER)) {
      assertThat(m.contains((Resource) s.getObject(), SKOS.BROADER, s.getSubject())).isTrue();
    }
    // top concepts are exactly the roots, both ways
    Set<Value> roots = new HashSet<>();
    for (Theme r : t.roots()) {
      roots.add(theme(t, r.id()));
    }
    assertThat(m.objects(scheme, SKOS.HAS_TOP_CONCEPT)).isEqualTo(roots);
    assertThat(m.subjects(SKOS.TOP_CONCEPT_OF, scheme)).isEqualTo(roots);
    // one mapping triple per crosswalk row, with the right property
    int mappingTriples = 0;
    for (IRI p : MAPPING_PROPERTIES) {
      mappingTriples += m.with(p).size();
    }
    assertThat(mappingTriples).isEqualTo(t.crosswalk().size());
    for (Mapping row : t.crosswalk()) {
      if (!m.contains(
          theme(t, row.theme()), property(row.relation()), area(t, row.framework(), row.area()))) {
        throw new AssertionError("no mapping triple for " + row);
      }
    }
    // no exactMatch beside another mapping between one pair
    for (Statement s : m.with(SKOS.EXACT_MATCH)) {
      for (IRI p : MAPPING_PROPERTIES) {
        if (!p.equals(SKOS.EXACT_MATCH)) {
          assertThat(m.contains(s.getSubject(), p, s.getObject())).as("%s and %s", s, p).isFalse();
        }
      }
    }
    // each framework a scheme whose areas are its concepts
    for (Framework f : t.frameworks()) {
      IRI fs = VF.createIRI(frameworkBase(t, f));
      assertThat(m.contains(fs, RDF.TYPE, SKOS.CONCEPT_SCHEME)).isTrue();
      Set<Value> areas = new HashSet<>();
      for (Area a : f.areas()) {
        areas.add(area(t, f.id(), a.id()));
      }
      assertThat(m.subjects(SKOS.IN_SCHEME, fs)).isEqualTo(areas);
    }
  }

  static List<String> lines(Path p) throws IOException {
    return Files.readAllLines(p);
  }
}
