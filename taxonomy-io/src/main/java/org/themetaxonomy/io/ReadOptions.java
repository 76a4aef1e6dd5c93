package org.themetaxonomy.io;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Bounds that keep a hostile file from exhausting memory or stack. Every reader applies them; the
 * defaults suit any real taxonomy, a million themes included.
 *
 * @param maxNestingDepth the deepest nesting of JSON arrays and objects (default {@value
 *     #DEFAULT_MAX_NESTING_DEPTH}; the format itself needs 5)
 * @param maxStringLength the longest text value or CSV cell, in characters (default {@value
 *     #DEFAULT_MAX_STRING_LENGTH})
 * @param maxNameLength the longest JSON field name, in characters (default {@value
 *     #DEFAULT_MAX_NAME_LENGTH})
 * @param maxNumberLength the longest number, in characters (default {@value
 *     #DEFAULT_MAX_NUMBER_LENGTH})
 * @param maxDocumentLength the largest file, in bytes (default {@value
 *     #DEFAULT_MAX_DOCUMENT_LENGTH})
 * @param maxDiagnostics how many problems a file reports before it stops listing them (default
 *     {@value #DEFAULT_MAX_DIAGNOSTICS})
 */
public record ReadOptions(
    int maxNestingDepth,
    int maxStringLength,
    int maxNameLength,
    int maxNumberLength,
    long maxDocumentLength,
    int maxDiagnostics) {

  /** The default deepest nesting. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** The default longest text. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;

  /** The default longest field name. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 1_000;

  /** The default longest number. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;

  /** The default largest file: 4 GiB. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 4L << 30;

  /** The default number of problems listed per read. */
  public static final int DEFAULT_MAX_DIAGNOSTICS = 10_000;

  /** The defaults. */
  public static final ReadOptions DEFAULTS =
      new ReadOptions(
          DEFAULT_MAX_NESTING_DEPTH,
          DEFAULT_MAX_STRING_LENGTH,
          DEFAULT_MAX_NAME_LENGTH,
          DEFAULT_MAX_NUMBER_LENGTH,
          DEFAULT_MAX_DOCUMENT_LENGTH,
          DEFAULT_MAX_DIAGNOSTICS);

  /**
   * Checks that every bound is positive. {@link #DEFAULTS} and the {@code withX} methods are the
   * usual way to make one.
   *
   * @param maxNestingDepth the deepest nesting of JSON arrays and objects
   * @param maxStringLength the longest text value or CSV cell, in characters
   * @param maxNameLength the longest JSON field name, in characters
   * @param maxNumberLength the longest number, in characters
   * @param maxDocumentLength the largest file, in bytes
   * @param maxDiagnostics how many problems a file reports before it stops listing them
   * @throws IllegalArgumentException if any bound is 0 or negative
   */
  public ReadOptions {
    checkArgument(
        maxNestingDepth > 0
            && maxStringLength > 0
            && maxNameLength > 0
            && maxNumberLength > 0
            && maxDocumentLength > 0
            && maxDiagnostics > 0,
        "every bound must be positive");
  }

  /**
   * Returns these options with another nesting bound.
   *
   * @param depth the deepest nesting
   * @return the options, or this if nothing changes
   */
  public ReadOptions withMaxNestingDepth(int depth) {
    return depth == maxNestingDepth
        ? this
        : new ReadOptions(
            depth,
            maxStringLength,
            maxNameLength,
            maxNumberLength,
            maxDocumentLength,
            maxDiagnostics);
  }

  /**
   * Returns these options with another text bound.
   *
   * @param length the longest text
   * @return the options, or this if nothing changes
   */
  public ReadOptions withMaxStringLength(int length) {
    return length == maxStringLength
        ? this
        : new ReadOptions(
            maxNestingDepth,
            length,
            maxNameLength,
            maxNumberLength,
            maxDocumentLength,
            maxDiagnostics);
  }

  /**
   * Returns these options with another file-size bound.
   *
   * @param bytes the largest file
   * @return the options, or this if nothing changes
   */
  public ReadOptions withMaxDocumentLength(long bytes) {
    return bytes == maxDocumentLength
        ? this
        : new ReadOptions(
            maxNestingDepth,
            maxStringLength,
            maxNameLength,
            maxNumberLength,
            bytes,
            maxDiagnostics);
  }

  /**
   * Returns these options with another bound on listed problems.
   *
   * @param count how many problems to list
   * @return the options, or this if nothing changes
   */
  public ReadOptions withMaxDiagnostics(int count) {
    return count == maxDiagnostics
        ? this
        : new ReadOptions(
            maxNestingDepth,
            maxStringLength,
            maxNameLength,
            maxNumberLength,
            maxDocumentLength,
            count);
  }
}
