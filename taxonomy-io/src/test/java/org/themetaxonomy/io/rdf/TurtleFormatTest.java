package org.themetaxonomy.io.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themetaxonomy.io.rdf.RdfTesting.HOSTILE;
import static org.themetaxonomy.io.rdf.RdfTesting.VF;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.OWL;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.themetaxonomy.core.Diagnostic;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.core.testing.RandomTaxonomies;
import org.themetaxonomy.io.Formats;
import org.themetaxonomy.io.TaxonomyFiles;

class TurtleFormatTest {
  @TempDir Path dir;

  private Path write(Taxonomy t) throws IOException {
    Path out = dir.resolve("t" + System.nanoTime() + ".ttl");
    TurtleFormat.INSTANCE.write(t, out, false);
    return out;
  }

  @Test
  void registry_ttlEnding_picksTurtleWriteOnly() {
    assertThat(Formats.forWriting(Path.of("x.ttl"))).contains(TurtleFormat.INSTANCE);
    assertThat(Formats.byCode("ttl")).contains(TurtleFormat.INSTANCE);
    assertThat(Formats.forReading(Path.of("x.ttl"))).isEmpty();
  }

  @Test
  void seeds_parseWithRdf4j_andKeepSkosIntegrity() throws IOException {
    Taxonomy t = TaxonomyFiles.standard().read(RdfTesting.SEEDS_JSON).orElseThrow();
    Model m = RdfTesting.parse(write(t));
    RdfTesting.assertSkosIntegrity(t, m);
  }

  @Test
  void seedsWithHashBase_parseWithRdf4j_andKeepSkosIntegrity() throws IOException {
    Taxonomy seeds = TaxonomyFiles.standard().read(RdfTesting.SEEDS_JSON).orElseThrow();
    Taxonomy t = seeds.toBuilder().baseUri("https://example.org/sss#").build();
    Model m = RdfTesting.parse(write(t));
    RdfTesting.assertSkosIntegrity(t, m);
    // the framework's scheme sits at base + id + "/", even under a '#' base
    assertThat(
            m.contains(
                VF.createIRI("https://example.org/sss#ma-sss/"), RDF.TYPE, SKOS.CONCEPT_SCHEME))
        .isTrue();
  }

  @Test
  @Tag("slow")
  void random10000Themes_keepSkosIntegrity() throws IOException {
    Taxonomy t =
        RandomTaxonomies.generate(12, 10_000).toBuilder()
            .baseUri("http://example.org/vocab/")
            .build();
    RdfTesting.assertSkosIntegrity(t, RdfTesting.parse(write(t)));
  }

  @Test
  void randomHostileText_everyLabelReadsBackExactly() throws IOException {
    Taxonomy t = RandomTaxonomies.hostile(7, 500);
    Model m = RdfTesting.parse(write(t));
    RdfTesting.assertSkosIntegrity(t, m);
    for (Theme th : t.themes()) {
      IRI c = RdfTesting.theme(t, th.id());
      assertThat(m.filter(c, SKOS.PREF_LABEL, null).objects())
          .containsExactly(VF.createLiteral(th.label(), "en"));
      assertThat(m.filter(c, SKOS.DEFINITION, null).objects())
          .containsExactly(VF.createLiteral(th.definition(), "en"));
    }
  }

  @Test
  void hostileTaxonomy_parsesToExactlyTheExpectedGraph() throws IOException {
    Taxonomy t = RdfTesting.hostile("https://example.org/v/");
    Model actual = RdfTesting.parse(write(t));
    Model expected = expectedHostile(t);
    assertThat(Models.isomorphic(actual, expected))
        .as("missing %s%nextra %s", minus(expected, actual), minus(actual, expected))
        .isTrue();
    RdfTesting.assertSkosIntegrity(t, actual);
  }

  @Test
  void idEndingInDot_writtenAsFullIri() throws IOException {
    Taxonomy t = RdfTesting.hostile("https://example.org/v/");
    String text = Files.readString(write(t));
    assertThat(text).contains("<https://example.org/v/root.> a skos:Concept");
    assertThat(text).contains("<https://frameworks.example.org/fw1#a2.>");
    assertThat(text).contains("hostile_tax:1st-child_b");
  }

  @Test
  void sameTaxonomy_sameBytes() throws IOException {
    Taxonomy t = RdfTesting.hostile("https://example.org/v/");
    assertThat(Files.readAllBytes(write(t))).isEqualTo(Files.readAllBytes(write(t)));
  }

  @Test
  void noBaseUri_urnIrisAndOneWarningSayingHowToSetIt() throws IOException {
    Taxonomy t = RdfTesting.hostile(null);
    Path out = dir.resolve("u.ttl");
    ImmutableList<Diagnostic> notes = TurtleFormat.INSTANCE.write(t, out, false);
    assertThat(notes).filteredOn(d -> d.severity() == Severity.WARNING).hasSize(1);
    Diagnostic w =
        notes.stream().filter(d -> d.ruleId().equals("no-base-uri")).findFirst().orElseThrow();
    assertThat(w.message()).contains("urn:taxonomy:hostile.tax:", "set baseUri", "\"baseUri\":");
    Model m = RdfTesting.parse(out);
    assertThat(m.contains(VF.createIRI("urn:taxonomy:hostile.tax:child"), RDF.TYPE, SKOS.CONCEPT))
        .isTrue();
    assertThat(m.contains(VF.createIRI("urn:taxonomy:hostile.tax:2nd/x"), RDF.TYPE, SKOS.CONCEPT))
        .isTrue();
    RdfTesting.assertSkosIntegrity(t, m);
  }

  @Test
  void withBaseUri_noWarning_andLeftOutListedWithCounts() throws IOException {
    ImmutableList<Diagnostic> notes =
        TurtleFormat.INSTANCE.write(
            RdfTesting.hostile("https://example.org/v/"), dir.resolve("n.ttl"), false);
    assertThat(notes).allMatch(d -> d.severity() == Severity.INFO);
    assertThat(notes)
        .extracting(Diagnostic::message)
        .anyMatch(s -> s.startsWith("4 crosswalk rows have a confidence or rationale"))
        .anyMatch(s -> s.startsWith("1 theme has a colour"))
        .anyMatch(s -> s.startsWith("1 source has participants"))
        .anyMatch(s -> s.startsWith("1 url is not an absolute IRI"));
  }

  @Test
  void languageThatIsNoTag_plainLiteralsAndAWarning() throws IOException {
    Taxonomy t =
        Taxonomy.builder("x", "X")
            .language("English (US)")
            .baseUri("https://example.org/x/")
            .addTheme(Theme.builder("a", "Alpha").build())
            .build();
    Path out = dir.resolve("l.ttl");
    ImmutableList<Diagnostic> notes = TurtleFormat.INSTANCE.write(t, out, false);
    assertThat(notes).extracting(Diagnostic::ruleId).containsExactly("no-language-tag");
    Model m = RdfTesting.parse(out);
    assertThat(m.filter(VF.createIRI("https://example.org/x/a"), SKOS.PREF_LABEL, null).objects())
        .containsExactly(VF.createLiteral("Alpha"));
  }

  @Test
  void existingTarget_refusedWithoutOverwrite() throws IOException {
    Path out = dir.resolve("e.ttl");
    Files.writeString(out, "keep");
    Taxonomy t = RdfTesting.hostile(null);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> TurtleFormat.INSTANCE.write(t, out, false))
        .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
    assertThat(Files.readString(out)).isEqualTo("keep");
  }

  @Test
  void toStream_sameBytesAsToFile() throws IOException {
    Taxonomy t = RdfTesting.hostile("https://example.org/v/");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TurtleFormat.INSTANCE.write(t, bytes);
    assertThat(bytes.toByteArray()).isEqualTo(Files.readAllBytes(write(t)));
  }

  private static Model minus(Model a, Model b) {
    Model m = new LinkedHashModel(a);
    m.removeAll(b);
    return m;
  }

  /** The graph the design asks for, statement by statement. */
  private static Model expectedHostile(Taxonomy t) {
    Model m = new LinkedHashModel();
    String b = "https://example.org/v/";
    IRI scheme = VF.createIRI(b);
    IRI fw1 = VF.createIRI("https://frameworks.example.org/fw1#");
    IRI fw2 = VF.createIRI(b + "2nd/");
    IRI root = VF.createIRI(b + "root.");
    IRI child = VF.createIRI(b + "child");
    IRI digit = VF.createIRI(b + "1st-child_b");
    IRI old = VF.createIRI(b + "old");
    IRI other = VF.createIRI(b + "other");
    IRI a1 = VF.createIRI("https://frameworks.example.org/fw1#a1");
    IRI a2 = VF.createIRI("https://frameworks.example.org/fw1#a2.");
    IRI x = VF.createIRI(b + "2nd/x");
    IRI s1 = VF.createIRI(b + "_source/s1");
    IRI s2 = VF.createIRI(b + "_source/s2.");
    IRI s3 = VF.createIRI(b + "_source/s3");

    m.add(scheme, RDF.TYPE, SKOS.CONCEPT_SCHEME);
    m.add(scheme, DCTERMS.TITLE, pt("Title " + HOSTILE));
    m.add(scheme, DCTERMS.DESCRIPTION, pt("Description " + HOSTILE));
    m.add(scheme, OWL.VERSIONINFO, VF.createLiteral("2.0 \"beta\""));
    m.add(scheme, DCTERMS.LICENSE, VF.createIRI("https://creativecommons.org/licenses/by/4.0/"));
    for (IRI top : new IRI[] {root, other}) {
      m.add(scheme, SKOS.HAS_TOP_CONCEPT, top);
      m.add(top, SKOS.TOP_CONCEPT_OF, scheme);
    }
    for (IRI c : new IRI[] {root, child, digit, old, other}) {
      m.add(c, RDF.TYPE, SKOS.CONCEPT);
      m.add(c, SKOS.IN_SCHEME, scheme);
    }
    m.add(root, SKOS.PREF_LABEL, pt("Root " + HOSTILE));
    m.add(root, SKOS.ALT_LABEL, pt("Alt " + HOSTILE));
    m.add(root, SKOS.ALT_LABEL, pt("second alt"));
    m.add(root, SKOS.DEFINITION, pt("Definition " + HOSTILE));
    m.add(root, SKOS.NOTE, pt("Notes " + HOSTILE));
    m.add(
        root,
        SKOS.EDITORIAL_NOTE,
        pt(
            "Evidence: Source "
                + HOSTILE
                + " [s1], Section \"1\": \u201cExcerpt "
                + HOSTILE
                + "\u201d (Note "
                + HOSTILE
                + ")"));
    m.add(root, SKOS.EDITORIAL_NOTE, pt("Evidence: Year only [s2.]"));
    m.add(root, DCTERMS.SOURCE, s1);
    m.add(root, DCTERMS.SOURCE, s2);
    m.add(root, SKOS.NARROWER, child);
    m.add(root, SKOS.NARROWER, digit);
    m.add(child, SKOS.PREF_LABEL, pt("Child"));
    m.add(child, SKOS.BROADER, root);
    m.add(child, SKOS.NARROWER, old);
    m.add(digit, SKOS.PREF_LABEL, pt("Digit first"));
    m.add(digit, SKOS.BROADER, root);
    m.add(old, SKOS.PREF_LABEL, pt("Old"));
    m.add(old, SKOS.BROADER, child);
    m.add(old, OWL.DEPRECATED, VF.createLiteral(true));
    m.add(old, DCTERMS.IS_REPLACED_BY, child);
    m.add(old, DCTERMS.IS_REPLACED_BY, digit);
    m.add(other, SKOS.PREF_LABEL, pt("Other root"));
    m.add(other, SKOS.EDITORIAL_NOTE, pt("Evidence: Month [s3]"));
    m.add(other, DCTERMS.SOURCE, s3);

    m.add(fw1, RDF.TYPE, SKOS.CONCEPT_SCHEME);
    m.add(fw1, DCTERMS.TITLE, pt("Framework " + HOSTILE));
    m.add(fw1, DCTERMS.DESCRIPTION, pt("Framework description " + HOSTILE));
    m.add(fw1, OWL.VERSIONINFO, VF.createLiteral("1.0"));
    m.add(fw1, RDFS.SEEALSO, VF.createIRI("https://example.org/fw"));
    m.add(fw2, RDF.TYPE, SKOS.CONCEPT_SCHEME);
    m.add(fw2, DCTERMS.TITLE, pt("Second"));
    area(m, fw1, a1, "Area " + HOSTILE, "Area description " + HOSTILE);
    area(m, fw1, a2, "Area two", null);
    area(m, fw2, x, "X area", null);

    m.add(root, SKOS.EXACT_MATCH, a1);
    m.add(child, SKOS.BROAD_MATCH, a2);
    m.add(child, SKOS.NARROW_MATCH, x);
    m.add(digit, SKOS.CLOSE_MATCH, a1);
    m.add(other, SKOS.RELATED_MATCH, x);

    m.add(s1, DCTERMS.TITLE, pt("Source " + HOSTILE));
    m.add(s1, DCTERMS.TYPE, VF.createLiteral("focus-group"));
    m.add(s1, DCTERMS.DATE, VF.createLiteral("2017-07-12", XSD.DATE));
    m.add(s1, RDFS.SEEALSO, VF.createIRI("https://example.org/report.pdf"));
    m.add(s2, DCTERMS.TITLE, pt("Year only"));
    m.add(s2, DCTERMS.TYPE, VF.createLiteral("report"));
    m.add(s2, DCTERMS.DATE, VF.createLiteral("2018", XSD.GYEAR));
    m.add(s3, DCTERMS.TITLE, pt("Month"));
    m.add(s3, DCTERMS.TYPE, VF.createLiteral("other"));
    m.add(s3, DCTERMS.DATE, VF.createLiteral("2019-01", XSD.GYEARMONTH));
    return m;
  }

  private static void area(Model m, IRI scheme, IRI a, String label, String definition) {
    m.add(scheme, SKOS.HAS_TOP_CONCEPT, a);
    m.add(a, RDF.TYPE, SKOS.CONCEPT);
    m.add(a, SKOS.IN_SCHEME, scheme);
    m.add(a, SKOS.TOP_CONCEPT_OF, scheme);
    m.add(a, SKOS.PREF_LABEL, pt(label));
    if (definition != null) {
      m.add(a, SKOS.DEFINITION, pt(definition));
    }
  }

  private static Literal pt(String text) {
    return VF.createLiteral(text, "pt-BR");
  }
}
