/**
 * Reading and writing theme taxonomies: the format registry and one package per format. Internals
 * ({@code org.themetaxonomy.io.internal}) are not exported.
 */
module org.themetaxonomy.io {
  requires transitive org.themetaxonomy.core;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.csv;
  requires com.fasterxml.jackson.databind;
  requires gg.jte.runtime;
  requires java.xml;
  requires org.dhatim.fastexcel.reader;
  requires org.apache.commons.compress;
  // jte marks the classes it generates @Generated; the annotation is not kept at run time.
  requires static java.compiler;

  exports org.themetaxonomy.io;
  exports org.themetaxonomy.io.csv;
  exports org.themetaxonomy.io.json;
  exports org.themetaxonomy.io.qdc;
  exports org.themetaxonomy.io.rdf;
  exports org.themetaxonomy.io.report;
  exports org.themetaxonomy.io.sheet;
}
