package org.themetaxonomy.io.sheet;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.themetaxonomy.core.RuleInfo;
import org.themetaxonomy.core.Severity;

/**
 * The rules an import checks, besides the file rules of {@link org.themetaxonomy.io.FileRules}
 * (empty file, malformed CSV, invalid UTF-8, limits) that it shares with the readers.
 */
public final class ImportRules {
  /** No column holds the theme names, and none was named: the user must map one. */
  public static final String NO_LABEL_COLUMN = "import-no-label-column";

  /** A column the map names is not in the header row. */
  public static final String UNKNOWN_HEADER = "import-unknown-header";

  /** An area column is mapped but no framework is named. */
  public static final String NEEDS_FRAMEWORK = "import-needs-framework";

  /** The workbook has no sheet of the name asked for, or no sheet at all. */
  public static final String NO_SHEET = "import-no-sheet";

  /** The workbook is not a sound, safe XLSX: a zip bomb, a DTD, too many shared strings. */
  public static final String UNSAFE_WORKBOOK = "import-unsafe-workbook";

  /** A row has cells but no label; it is skipped. */
  public static final String EMPTY_LABEL = "import-empty-label";

  /** A CSV row has fewer or more cells than the header. */
  public static final String RAGGED_ROW = "import-ragged-row";

  /** A spreadsheet error value such as {@code #REF!}; the cell is read as blank. */
  public static final String CELL_ERROR = "import-cell-error";

  /** An id cell that is not a valid id; a slug of the label is used instead. */
  public static final String INVALID_ID = "import-invalid-id";

  /** An id cell that repeats an earlier row's id; a slug of the label is used instead. */
  public static final String DUPLICATE_ID = "import-duplicate-id";

  /** A label (or path) that an earlier row already has. */
  public static final String DUPLICATE_LABEL = "import-duplicate-label";

  /** A parent cell that names no theme's id; the theme is put at the top level. */
  public static final String UNKNOWN_PARENT = "import-unknown-parent";

  /** Parent cells that form a cycle; the row that closes it is put at the top level. */
  public static final String PARENT_CYCLE = "import-parent-cycle";

  /** The rules after which the import cannot run at all: the options must change (exit 2). */
  public static final ImmutableSet<String> CANNOT_RUN =
      ImmutableSet.of(NO_LABEL_COLUMN, UNKNOWN_HEADER, NEEDS_FRAMEWORK, NO_SHEET);

  /** Every import rule, for documentation. */
  public static final ImmutableList<RuleInfo> ALL =
      ImmutableList.of(
          new RuleInfo(NO_LABEL_COLUMN, Severity.ERROR, "No column holds the theme names."),
          new RuleInfo(UNKNOWN_HEADER, Severity.ERROR, "A mapped column is not in the header."),
          new RuleInfo(NEEDS_FRAMEWORK, Severity.ERROR, "An area column without --framework."),
          new RuleInfo(NO_SHEET, Severity.ERROR, "No sheet of that name, or none at all."),
          new RuleInfo(UNSAFE_WORKBOOK, Severity.ERROR, "A zip bomb, a DTD, a broken XLSX."),
          new RuleInfo(EMPTY_LABEL, Severity.WARNING, "A row without a label; skipped."),
          new RuleInfo(RAGGED_ROW, Severity.WARNING, "A row with fewer or more cells."),
          new RuleInfo(CELL_ERROR, Severity.WARNING, "An error value such as #REF!; blank."),
          new RuleInfo(INVALID_ID, Severity.WARNING, "An id cell that is not an id; slugged."),
          new RuleInfo(DUPLICATE_ID, Severity.WARNING, "An id used twice; the second slugged."),
          new RuleInfo(DUPLICATE_LABEL, Severity.WARNING, "A label or path used twice."),
          new RuleInfo(UNKNOWN_PARENT, Severity.WARNING, "A parent id naming nothing; top level."),
          new RuleInfo(PARENT_CYCLE, Severity.WARNING, "Parents in a cycle; broken at a row."));

  private ImportRules() {}
}
