package org.themetaxonomy.io.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themetaxonomy.io.rdf.RdfTesting.VF;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.eclipse.rdf4j.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.themetaxonomy.core.Diagnostic;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Mapping;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.testing.RandomTaxonomies;
import org.themetaxonomy.io.Formats;
import org.themetaxonomy.io.TaxonomyFiles;

class SssomFormatTest {
  @TempDir Path dir;

  /** A written SSSOM file read back: the YAML header and the rows as column -> cell. */
  record Read(JsonNode header, List<String> columns, List<Map<String, String>> rows) {
    String expand(String curie) {
      int colon = curie.indexOf(':');
      JsonNode prefix = header.get("curie_map").get(curie.substring(0, colon));
      assertThat(prefix).as("prefix of %s in curie_map", curie).isNotNull();
      return prefix.asText() + curie.substring(colon + 1);
    }
  }

  private Path write(Taxonomy t) throws IOException {
    Path out = dir.resolve("m" + System.nanoTime() + ".sssom.tsv");
    SssomFormat.INSTANCE.write(t, out, false);
    return out;
  }

  /** Reads the header with a YAML parser and the table with a TSV parser honouring quotes. */
  static Read read(Path p) throws IOException {
    String text = Files.readString(p);
    StringBuilder yaml = new StringBuilder();
    int at = 0;
    while (text.startsWith("#", at)) {
      int nl = text.indexOf('\n', at);
      yaml.append(text, at + 1, nl + 1);
      at = nl + 1;
    }
    JsonNode header = new ObjectMapper(new YAMLFactory()).readTree(yaml.toString());
    CsvMapper csv = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator('\t').withQuoteChar('"');
    List<String> columns = null;
    List<Map<String, String>> rows = new ArrayList<>();
    try (MappingIterator<List<String>> it =
        csv.readerForListOf(String.class)
            .with(schema)
            .with(CsvParser.Feature.WRAP_AS_ARRAY)
            .readValues(text.substring(at))) {
      while (it.hasNext()) {
        List<String> cells = it.next();
        if (columns == null) {
          columns = cells;
          continue;
        }
        assertThat(cells).as("row %d length", rows.size() + 1).hasSameSizeAs(columns);
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
          row.put(columns.get(i), cells.get(i));
        }
        rows.add(row);
      }
    }
    return new Read(header, columns, rows);
  }

  @Test
  void registry_sssomEnding_picksSssomOverTsv() {
    assertThat(Formats.forWriting(Path.of("x.sssom.tsv"))).contains(SssomFormat.INSTANCE);
    assertThat(Formats.byCode("sssom")).contains(SssomFormat.INSTANCE);
    assertThat(Formats.forReading(Path.of("x.sssom.tsv"))).isEmpty();
  }

  @Test
  void seeds_headerAndEveryRowMatchTheCrosswalk() throws IOException {
    Taxonomy t = TaxonomyFiles.standard().read(RdfTesting.SEEDS_JSON).orElseThrow();
    assertRowsMatch(t, read(write(t)));
  }

  @Test
  void hostileText_headerAndRowsReadBackExactly() throws IOException {
    Taxonomy t = RdfTesting.hostile("https://example.org/v/");
    Read r = read(write(t));
    assertRowsMatch(t, r);
    assertThat(r.header().get("mapping_set_title").asText()).isEqualTo(t.title());
    assertThat(r.header().get("mapping_set_description").asText())
        .isEqualTo(t.description().orElseThrow());
    assertThat(r.header().get("mapping_set_version").asText()).isEqualTo("2.0 \"beta\"");
    assertThat(r.header().get("license").asText())
        .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
    assertThat(r.header().get("mapping_set_id").asText())
        .isEqualTo("https://example.org/v/_mappings");
  }

  @Test
  void randomHostile_everyRowReadsBack() throws IOException {
    Taxonomy t = RandomTaxonomies.hostile(3, 1_000);
    assertRowsMatch(t, read(write(t)));
  }

  @Test
  void noBaseUriNoLicenseNoVersion_urnPrefixesUnspecifiedLicenseNoVersion() throws IOException {
    Taxonomy t = RdfTesting.hostile(null).toBuilder().license(null).version(null).build();
    Path out = dir.resolve("u.sssom.tsv");
    ImmutableList<Diagnostic> notes = SssomFormat.INSTANCE.write(t, out, false);
    Read r = read(out);
    assertThat(r.header().get("license").asText())
        .isEqualTo("https://w3id.org/sssom/license/unspecified");
    assertThat(r.header().has("mapping_set_version")).isFalse();
    assertThat(r.columns()).doesNotContain("subject_source_version");
    assertThat(r.header().get("curie_map").get("hostile_tax").asText())
        .isEqualTo("urn:taxonomy:hostile.tax:");
    assertThat(r.header().get("curie_map").get("t2nd").asText())
        .isEqualTo("urn:taxonomy:hostile.tax:2nd/");
    assertThat(notes)
        .filteredOn(d -> d.severity() == Severity.WARNING)
        .extracting(Diagnostic::ruleId)
        .containsExactly("no-base-uri");
    assertRowsMatch(t, r);
  }

  @Test
  void notes_sayWhatIsLeftOutWithCounts() throws IOException {
    ImmutableList<Diagnostic> notes =
        SssomFormat.INSTANCE.write(
            RdfTesting.hostile("https://example.org/v/"), dir.resolve("n.sssom.tsv"), false);
    assertThat(notes)
        .extracting(d -> d.severity().code() + " " + d.ruleId() + " " + d.message())
        .containsExactly(
            "info left-out 1 theme has no crosswalk row, so it is not in the SSSOM mapping set",
            "info left-out 3 sources are not part of an SSSOM mapping set; the .ttl export keeps"
                + " them",
            "info left-out 3 pieces of evidence are not part of an SSSOM mapping set; the .ttl"
                + " export keeps them");
  }

  @Test
  void curies_expandToExactlyTheIrisOfTheTurtle() throws IOException {
    for (Taxonomy t :
        List.of(
            RdfTesting.hostile("https://example.org/v/"),
            RdfTesting.hostile(null),
            TaxonomyFiles.standard().read(RdfTesting.SEEDS_JSON).orElseThrow())) {
      Read r = read(write(t));
      Path ttl = dir.resolve("c" + System.nanoTime() + ".ttl");
      TurtleFormat.INSTANCE.write(t, ttl, false);
      Model m = RdfTesting.parse(ttl);
      RdfTesting.Graph g = new RdfTesting.Graph(m);
      int mappingTriples = 0;
      for (var p : RdfTesting.MAPPING_PROPERTIES) {
        mappingTriples += g.with(p).size();
      }
      assertThat(r.rows()).hasSize(mappingTriples);
      for (Map<String, String> row : r.rows()) {
        assertThat(
                g.contains(
                    VF.createIRI(r.expand(row.get("subject_id"))),
                    VF.createIRI(r.expand(row.get("predicate_id"))),
                    VF.createIRI(r.expand(row.get("object_id")))))
            .as("%s", row)
            .isTrue();
        assertThat(r.expand(row.get("subject_source"))).isEqualTo(RdfTesting.base(t));
      }
    }
  }

  @Test
  void sameTaxonomy_sameBytes() throws IOException {
    Taxonomy t = RdfTesting.hostile("https://example.org/v/");
    assertThat(Files.readAllBytes(write(t))).isEqualTo(Files.readAllBytes(write(t)));
  }

  @Test
  void cellWithTabNewlineOrQuote_quotedAsRfc4180() throws IOException {
    String text = Files.readString(write(RdfTesting.hostile("https://example.org/v/")));
    assertThat(text).contains("\t\"tab\there\"\t").contains("\t\"\"\"quoted\"\"\"\t");
  }

  @Test
  void confidence_plainDecimalThatReadsBackExactly() {
    assertThat(SssomWriter.confidence(0.0001)).isEqualTo("0.0001");
    assertThat(SssomWriter.confidence(1.0)).isEqualTo("1.0");
    assertThat(SssomWriter.confidence(0.35)).isEqualTo("0.35");
    assertThat(SssomWriter.confidence(0)).isEqualTo("0.0");
  }

  private static void assertRowsMatch(Taxonomy t, Read r) {
    String base = RdfTesting.base(t);
    assertThat(r.columns())
        .startsWith(
            "subject_id",
            "subject_label",
            "predicate_id",
            "object_id",
            "object_label",
            "mapping_justification",
            "confidence",
            "comment",
            "subject_source");
    assertThat(r.columns()).contains("object_source");
    JsonNode map = r.header().get("curie_map");
    assertThat(map.get("skos").asText()).isEqualTo("http://www.w3.org/2004/02/skos/core#");
    assertThat(map.get("semapv").asText()).isEqualTo("https://w3id.org/semapv/vocab/");
    assertThat(r.header().get("mapping_set_id").asText()).startsWith(base);
    assertThat(r.header().get("mapping_set_title").asText()).isEqualTo(t.title());
    assertThat(r.rows()).hasSize(t.crosswalk().size());
    Iterator<Map<String, String>> rows = r.rows().iterator();
    for (Mapping m : t.crosswalk()) {
      Map<String, String> row = rows.next();
      Framework f = t.framework(m.framework()).orElseThrow();
      assertThat(r.expand(row.get("subject_id"))).isEqualTo(base + m.theme());
      assertThat(row.get("subject_label")).isEqualTo(t.theme(m.theme()).orElseThrow().label());
      assertThat(r.expand(row.get("predicate_id")))
          .isEqualTo(RdfTesting.property(m.relation()).stringValue());
      assertThat(r.expand(row.get("object_id")))
          .isEqualTo(RdfTesting.frameworkBase(t, f) + m.area());
      assertThat(row.get("object_label")).isEqualTo(f.area(m.area()).orElseThrow().label());
      assertThat(r.expand(row.get("mapping_justification")))
          .isEqualTo("https://w3id.org/semapv/vocab/ManualMappingCuration");
      if (m.confidence() == null) {
        assertThat(row.get("confidence")).isEmpty();
      } else {
        assertThat(new BigDecimal(row.get("confidence")).doubleValue()).isEqualTo(m.confidence());
      }
      assertThat(row.get("comment")).isEqualTo(m.rationale() == null ? "" : m.rationale());
      assertThat(r.expand(row.get("subject_source"))).isEqualTo(base);
      assertThat(r.expand(row.get("object_source"))).isEqualTo(RdfTesting.frameworkBase(t, f));
    }
  }
}
