package org.themetaxonomy.io.qdc;

import com.google.common.collect.ImmutableList;
import org.themetaxonomy.core.RuleInfo;
import org.themetaxonomy.core.Severity;

/**
 * The rules the {@code .qdc} reader checks, beyond the shared file rules ({@code empty-file},
 * {@code invalid-utf8}, {@code missing-field}, {@code invalid-value}, {@code limit-exceeded},
 * {@code unknown-reference}), and the rule of the notes its writer returns. Errors keep a file from
 * being read; warnings say what was mended or skipped; the info says what the reader chose.
 */
public final class QdcRules {
  /** The XML is not well-formed. */
  public static final String MALFORMED_XML = "malformed-xml";

  /** The file has a DOCTYPE: DTDs and entities are refused (XXE, entity expansion). */
  public static final String XML_DOCTYPE = "xml-doctype";

  /** The root is not a REFI-QDA {@code CodeBook}. */
  public static final String NOT_A_CODEBOOK = "not-a-codebook";

  /** The codebook's namespace is none of those seen in the wild. */
  public static final String UNKNOWN_NAMESPACE = "unknown-namespace";

  /** Two codes, or two sets, share a guid. */
  public static final String DUPLICATE_GUID = "duplicate-guid";

  /** The namespace is one of the two old spellings real tools write. */
  public static final String LEGACY_NAMESPACE = "legacy-namespace";

  /** A guid that is missing or not a GUID: a guid is derived. */
  public static final String INVALID_GUID = "invalid-guid";

  /** A colour that is not {@code #RRGGBB} or {@code #RGB}: dropped. */
  public static final String UNSUPPORTED_COLOR = "unsupported-color";

  /** An element or attribute that a codebook does not have: skipped. */
  public static final String UNKNOWN_ELEMENT = "unknown-element";

  /** An empty {@code <Sets/>} or {@code <Codes/>}, which the schema does not allow. */
  public static final String EMPTY_ELEMENT = "empty-element";

  /** A required attribute the reader could fill in, such as a missing {@code isCodable}. */
  public static final String MISSING_ATTRIBUTE = "missing-attribute";

  /** A set naming the same code twice: kept once. */
  public static final String DUPLICATE_MEMBER = "duplicate-member";

  /** What the reader chose where a codebook says nothing, such as the taxonomy's id and title. */
  public static final String IMPORT_CHOICE = "import-choice";

  /** What a {@code .qdc} codebook cannot hold and the writer left out. */
  public static final String LEFT_OUT = "left-out";

  /** Every rule of this format, for documentation and the command line. */
  public static final ImmutableList<RuleInfo> ALL =
      ImmutableList.of(
          new RuleInfo(MALFORMED_XML, Severity.ERROR, "The XML is not well-formed."),
          new RuleInfo(XML_DOCTYPE, Severity.ERROR, "A DOCTYPE: DTDs and entities are refused."),
          new RuleInfo(NOT_A_CODEBOOK, Severity.ERROR, "The root is not a REFI-QDA CodeBook."),
          new RuleInfo(UNKNOWN_NAMESPACE, Severity.ERROR, "A namespace no codebook uses."),
          new RuleInfo(DUPLICATE_GUID, Severity.ERROR, "Two codes, or two sets, share a guid."),
          new RuleInfo(LEGACY_NAMESPACE, Severity.WARNING, "An old namespace spelling."),
          new RuleInfo(INVALID_GUID, Severity.WARNING, "A missing or malformed guid: derived."),
          new RuleInfo(
              UNSUPPORTED_COLOR, Severity.WARNING, "A colour not #RRGGBB or #RGB: dropped."),
          new RuleInfo(UNKNOWN_ELEMENT, Severity.WARNING, "An element or attribute: skipped."),
          new RuleInfo(EMPTY_ELEMENT, Severity.WARNING, "An empty <Sets/> or <Codes/>."),
          new RuleInfo(MISSING_ATTRIBUTE, Severity.WARNING, "A missing isCodable: read as true."),
          new RuleInfo(DUPLICATE_MEMBER, Severity.WARNING, "A set names a code twice: kept once."),
          new RuleInfo(IMPORT_CHOICE, Severity.INFO, "What the reader chose, such as the id."),
          new RuleInfo(LEFT_OUT, Severity.INFO, "What a .qdc codebook cannot hold."));

  private QdcRules() {}
}
