/**
 * The theme taxonomy model, its queries, its validation rules and diagnostics. Knows no file format
 * and never prints. Internals ({@code org.themetaxonomy.core.internal}) are not exported.
 */
module org.themetaxonomy.core {
  requires transitive com.google.common;
  requires transitive org.jspecify;
  requires org.apache.commons.text;

  exports org.themetaxonomy.core;
  exports org.themetaxonomy.core.diff;
  exports org.themetaxonomy.core.rules;
  exports org.themetaxonomy.core.summary;
  // Text helpers (quoting, "did you mean") that io and the command line share; not API.
  exports org.themetaxonomy.core.internal to
      org.themetaxonomy.io,
      org.themetaxonomy.cli;
}
