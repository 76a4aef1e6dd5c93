package org.themetaxonomy.io.rdf;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.themetaxonomy.core.Area;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Mapping;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;

/**
 * Writes a taxonomy's crosswalk as SSSOM TSV: the {@code #} YAML header, the column names, then one
 * row per crosswalk row, straight to a writer.
 */
final class SssomWriter {
  static final String UNSPECIFIED_LICENSE = "https://w3id.org/sssom/license/unspecified";
  static final String JUSTIFICATION = "semapv:ManualMappingCuration";

  private final Taxonomy taxonomy;
  private final Iris iris;
  private final Writer out;

  SssomWriter(Taxonomy taxonomy, Iris iris, Writer out) {
    this.taxonomy = taxonomy;
    this.iris = iris;
    this.out = out;
  }

  /** The columns written, in order; the version columns only when some row has a value. */
  List<String> columns() {
    List<String> c = new ArrayList<>();
    c.add("subject_id");
    c.add("subject_label");
    c.add("predicate_id");
    c.add("object_id");
    c.add("object_label");
    c.add("mapping_justification");
    c.add("confidence");
    c.add("comment");
    c.add("subject_source");
    if (taxonomy.version().isPresent()) {
      c.add("subject_source_version");
    }
    c.add("object_source");
    if (taxonomy.frameworks().stream().anyMatch(f -> f.version() != null)) {
      c.add("object_source_version");
    }
    return c;
  }

  void write() throws IOException {
    header();
    List<String> columns = columns();
    boolean subjectVersion = columns.contains("subject_source_version");
    boolean objectVersion = columns.contains("object_source_version");
    out.write(String.join("\t", columns));
    out.write('\n');
    Map<String, Map<String, String>> areaLabels = new HashMap<>();
    Map<String, Framework> frameworks = new HashMap<>();
    for (Framework f : taxonomy.frameworks()) {
      Map<String, String> labels = new HashMap<>();
      for (Area a : f.areas()) {
        labels.putIfAbsent(a.id(), a.label());
      }
      areaLabels.put(f.id(), labels);
      frameworks.put(f.id(), f);
    }
    String base = iris.base();
    String subjectSource = iris.curie(base, "");
    for (Mapping m : taxonomy.crosswalk()) {
      Theme theme = taxonomy.themes().get(taxonomy.indexOf(m.theme()));
      Framework f = frameworks.get(m.framework());
      String fBase = iris.frameworkBase(m.framework());
      out.write(iris.curie(base, m.theme()));
      out.write('\t');
      Text.tsvCell(out, theme.label());
      out.write('\t');
      out.write(TurtleWriter.property(m.relation()));
      out.write('\t');
      out.write(iris.curie(fBase, m.area()));
      out.write('\t');
      Text.tsvCell(out, areaLabels.get(m.framework()).getOrDefault(m.area(), ""));
      out.write('\t');
      out.write(JUSTIFICATION);
      out.write('\t');
      if (m.confidence() != null) {
        out.write(confidence(m.confidence()));
      }
      out.write('\t');
      if (m.rationale() != null) {
        Text.tsvCell(out, m.rationale());
      }
      out.write('\t');
      out.write(subjectSource);
      if (subjectVersion) {
        out.write('\t');
        Text.tsvCell(out, taxonomy.version().orElse(""));
      }
      out.write('\t');
      out.write(iris.curie(fBase, ""));
      if (objectVersion) {
        out.write('\t');
        if (f.version() != null) {
          Text.tsvCell(out, f.version());
        }
      }
      out.write('\n');
    }
  }

  /** A confidence as plain decimal text, as short as it reads back exactly: 0.8, 1.0, 0.0001. */
  static String confidence(double c) {
    String shortest = Double.toString(c);
    if (shortest.indexOf('E') < 0) {
      return shortest;
    }
    String s = BigDecimal.valueOf(c).stripTrailingZeros().toPlainString();
    return s.indexOf('.') < 0 ? s + ".0" : s;
  }

  private void header() throws IOException {
    out.write("#curie_map:\n");
    for (Map.Entry<String, String> p : iris.prefixes().entrySet()) {
      out.write("#  " + p.getKey() + ": " + Text.yamlString(p.getValue()) + "\n");
    }
    out.write("#  semapv: " + Text.yamlString(Iris.SEMAPV) + "\n");
    out.write("#  skos: " + Text.yamlString(Iris.SKOS) + "\n");
    out.write("#mapping_set_id: " + Text.yamlString(iris.mappingSetId()) + "\n");
    if (taxonomy.version().isPresent()) {
      out.write("#mapping_set_version: " + Text.yamlString(taxonomy.version().get()) + "\n");
    }
    out.write("#mapping_set_title: " + Text.yamlString(taxonomy.title()) + "\n");
    if (taxonomy.description().isPresent()) {
      out.write(
          "#mapping_set_description: " + Text.yamlString(taxonomy.description().get()) + "\n");
    }
    out.write(
        "#license: " + Text.yamlString(taxonomy.license().orElse(UNSPECIFIED_LICENSE)) + "\n");
  }
}
