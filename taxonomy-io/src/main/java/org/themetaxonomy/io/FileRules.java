package org.themetaxonomy.io;

import com.google.common.collect.ImmutableList;
import org.themetaxonomy.core.RuleInfo;
import org.themetaxonomy.core.Severity;

/**
 * The rules the readers check while they parse: the file itself and each value's syntax. All are
 * errors; a file that breaks one is not turned into a taxonomy.
 */
public final class FileRules {
  /** The file is empty or holds only white space. */
  public static final String EMPTY_FILE = "empty-file";

  /** The JSON is not well-formed: a truncated document, a comment, a trailing comma. */
  public static final String MALFORMED_JSON = "malformed-json";

  /** The CSV is not well-formed: an unterminated quote, a stray character after a quote. */
  public static final String MALFORMED_CSV = "malformed-csv";

  /** The file's bytes are not UTF-8. */
  public static final String INVALID_UTF8 = "invalid-utf8";

  /** A JSON object names a field twice, or taxonomy.csv names a field twice. */
  public static final String DUPLICATE_KEY = "duplicate-key";

  /** Something follows the JSON document. */
  public static final String TRAILING_CONTENT = "trailing-content";

  /** The file is deeper, longer or larger than the reader's bounds allow. */
  public static final String LIMIT_EXCEEDED = "limit-exceeded";

  /** The {@code formatVersion} is not one this reader knows. */
  public static final String UNSUPPORTED_FORMAT_VERSION = "unsupported-format-version";

  /** A required field has no value, or a blank one. */
  public static final String MISSING_FIELD = "missing-field";

  /** A value has the wrong JSON type, such as a number where text belongs. */
  public static final String WRONG_TYPE = "wrong-type";

  /** A field or column the format does not have. */
  public static final String UNKNOWN_FIELD = "unknown-field";

  /** An id that breaks the id pattern. */
  public static final String INVALID_ID = "invalid-id";

  /**
   * A date, count, confidence, kind, relation, list cell, colour, uuid, IRI or CSV boolean that is
   * out of range, unknown or malformed.
   */
  public static final String INVALID_VALUE = "invalid-value";

  /** A CSV header names a column twice. */
  public static final String DUPLICATE_HEADER = "duplicate-header";

  /** A CSV file lacks a required column, or a bundle lacks themes.csv. */
  public static final String MISSING_COLUMN = "missing-column";

  /** A CSV row with more or fewer cells than its header. */
  public static final String ROW_LENGTH = "row-length";

  /** Every file rule, for documentation and for the command line's list of rules. */
  public static final ImmutableList<RuleInfo> ALL =
      ImmutableList.of(
          info(EMPTY_FILE, "The file is empty or holds only white space."),
          info(MALFORMED_JSON, "The JSON is not well-formed (truncated, a comment, a comma)."),
          info(MALFORMED_CSV, "An unterminated quote or a stray character after a quote."),
          info(INVALID_UTF8, "The bytes are not UTF-8 (often a Windows-1252 export)."),
          info(DUPLICATE_KEY, "A JSON object, or taxonomy.csv, names a field twice."),
          info(TRAILING_CONTENT, "Something follows the JSON document."),
          info(LIMIT_EXCEEDED, "Deeper nesting, longer text or a larger file than allowed."),
          info(UNSUPPORTED_FORMAT_VERSION, "A formatVersion other than 1, or none."),
          info(MISSING_FIELD, "A required field is absent, null or blank."),
          info(WRONG_TYPE, "A value of the wrong JSON type."),
          info(UNKNOWN_FIELD, "A field or column the format does not have (with a hint)."),
          info(INVALID_ID, "An id that breaks [A-Za-z0-9][A-Za-z0-9._-]{0,63}."),
          info(
              INVALID_VALUE,
              "A bad date, count, confidence, kind, relation, list cell, colour, uuid, IRI or"
                  + " boolean cell."),
          info(DUPLICATE_HEADER, "A CSV header names a column twice."),
          info(MISSING_COLUMN, "A CSV file lacks a required column, or a bundle its themes.csv."),
          info(ROW_LENGTH, "A CSV row with more or fewer cells than its header."));

  private FileRules() {}

  private static RuleInfo info(String id, String summary) {
    return new RuleInfo(id, Severity.ERROR, summary);
  }
}
