package org.themetaxonomy.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import org.themetaxonomy.io.ReadOptions;

/**
 * The one place where parsers are configured: explicit bounds on every read, no comments, no single
 * quotes, no leniency of any kind. Duplicate keys and trailing content are checked by the JSON
 * reader itself so that it can report them and go on.
 */
public final class Parsers {
  private final JsonFactory json;
  private final CsvFactory csv;
  private final ReadOptions options;

  /**
   * Builds the factories for a set of bounds.
   *
   * @param options the bounds
   */
  public Parsers(ReadOptions options) {
    this.options = options;
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(options.maxNestingDepth())
            .maxStringLength(options.maxStringLength())
            .maxNameLength(options.maxNameLength())
            .maxNumberLength(options.maxNumberLength())
            .maxDocumentLength(options.maxDocumentLength())
            .build();
    this.json =
        JsonFactory.builder()
            .streamReadConstraints(constraints)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            // Our own duplicate check reports every duplicate and goes on; Jackson's stops.
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    this.csv =
        CsvFactory.builder()
            .streamReadConstraints(constraints)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
  }

  /** Returns the JSON factory. */
  public JsonFactory json() {
    return json;
  }

  /** Returns the CSV factory. */
  public CsvFactory csv() {
    return csv;
  }

  /** Returns the bounds. */
  public ReadOptions options() {
    return options;
  }
}
