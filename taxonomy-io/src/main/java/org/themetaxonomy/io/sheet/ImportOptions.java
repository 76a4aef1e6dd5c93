package org.themetaxonomy.io.sheet;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.Ids;
import org.themetaxonomy.core.Relation;
import org.themetaxonomy.core.internal.Texts;

/**
 * How to import a spreadsheet. Start from {@link #DEFAULTS} and change what differs with the {@code
 * withX} methods.
 *
 * @param columns the columns given; fields left null are guessed from the headers
 * @param delimiter the CSV delimiter, or null to sniff it ({@code ,}, {@code ;} or tab)
 * @param headerRow the 1-based row (CSV record) of the header, or 0 to find it
 * @param sheet the XLSX sheet's name, or null for the first sheet
 * @param pathSeparator the separator of paths in label and parent cells, such as {@code " > "}, or
 *     null when cells are not paths
 * @param keepToolRoot whether a leading tool root of a path ({@code Nodes}, {@code Codes}) is kept
 *     as a theme
 * @param frameworkId the id of the framework that area columns fill, or null
 * @param frameworkTitle the framework's title, or null for its id
 * @param relation the relation of the crosswalk rows made from area cells
 * @param taxonomyId the taxonomy's id, or null for a slug of the file's name
 * @param title the taxonomy's title, or null for the file's name; blank titles and sheet names
 *     count as null
 */
public record ImportOptions(
    ColumnMap columns,
    @Nullable Character delimiter,
    int headerRow,
    @Nullable String sheet,
    @Nullable String pathSeparator,
    boolean keepToolRoot,
    @Nullable String frameworkId,
    @Nullable String frameworkTitle,
    Relation relation,
    @Nullable String taxonomyId,
    @Nullable String title) {

  /** Guess the columns, sniff the delimiter, find the header, first sheet, no paths. */
  public static final ImportOptions DEFAULTS =
      new ImportOptions(
          ColumnMap.EMPTY, null, 0, null, null, false, null, null, Relation.RELATED, null, null);

  /**
   * Checks the arguments; a blank sheet name, title or framework title becomes null. {@link
   * #DEFAULTS} and the {@code withX} methods are the usual way to make one.
   *
   * @param columns the columns given; fields left null are guessed from the headers
   * @param delimiter the CSV delimiter, or null to sniff it
   * @param headerRow the 1-based row of the header, or 0 to find it
   * @param sheet the XLSX sheet's name, or null for the first sheet
   * @param pathSeparator the separator of paths in label and parent cells, or null when cells are
   *     not paths
   * @param keepToolRoot whether a leading tool root of a path is kept as a theme
   * @param frameworkId the id of the framework that area columns fill, or null
   * @param frameworkTitle the framework's title, or null for its id
   * @param relation the relation of the crosswalk rows made from area cells
   * @param taxonomyId the taxonomy's id, or null for a slug of the file's name
   * @param title the taxonomy's title, or null for the file's name
   * @throws NullPointerException if {@code columns} or {@code relation} is null
   * @throws IllegalArgumentException if the header row is negative, the delimiter is a quote or a
   *     line break, the path separator is empty, or an id is not a valid id
   */
  public ImportOptions {
    requireNonNull(columns, "columns");
    requireNonNull(relation, "relation");
    checkArgument(headerRow >= 0, "headerRow must be 0 (find it) or a 1-based row");
    checkArgument(
        delimiter == null || (delimiter != '"' && delimiter != '\n' && delimiter != '\r'),
        "a delimiter cannot be a quote or a line break");
    checkArgument(pathSeparator == null || !pathSeparator.isEmpty(), "an empty path separator");
    frameworkTitle = Texts.optional(frameworkTitle);
    title = Texts.optional(title);
    sheet = Texts.optional(sheet);
    if (frameworkId != null) {
      Ids.require(frameworkId, "framework id");
    }
    if (taxonomyId != null) {
      Ids.require(taxonomyId, "taxonomy id");
    }
  }

  /**
   * Returns these options with other columns.
   *
   * @param map the columns
   * @return the options
   */
  public ImportOptions withColumns(ColumnMap map) {
    return new ImportOptions(
        map,
        delimiter,
        headerRow,
        sheet,
        pathSeparator,
        keepToolRoot,
        frameworkId,
        frameworkTitle,
        relation,
        taxonomyId,
        title);
  }

  /**
   * Returns these options with a forced delimiter.
   *
   * @param d the delimiter, or null to sniff it
   * @return the options
   */
  public ImportOptions withDelimiter(@Nullable Character d) {
    return new ImportOptions(
        columns,
        d,
        headerRow,
        sheet,
        pathSeparator,
        keepToolRoot,
        frameworkId,
        frameworkTitle,
        relation,
        taxonomyId,
        title);
  }

  /**
   * Returns these options with the header row given.
   *
   * @param row the 1-based row, or 0 to find it
   * @return the options
   */
  public ImportOptions withHeaderRow(int row) {
    return new ImportOptions(
        columns,
        delimiter,
        row,
        sheet,
        pathSeparator,
        keepToolRoot,
        frameworkId,
        frameworkTitle,
        relation,
        taxonomyId,
        title);
  }

  /**
   * Returns these options reading another sheet of a workbook.
   *
   * @param name the sheet's name, or null for the first
   * @return the options
   */
  public ImportOptions withSheet(@Nullable String name) {
    return new ImportOptions(
        columns,
        delimiter,
        headerRow,
        name,
        pathSeparator,
        keepToolRoot,
        frameworkId,
        frameworkTitle,
        relation,
        taxonomyId,
        title);
  }

  /**
   * Returns these options reading label and parent cells as paths.
   *
   * @param separator the separator, such as {@code " > "}, {@code "::"} or {@code "\\"}, or null
   * @param keepRoot whether a leading {@code Nodes} or {@code Codes} stays a theme
   * @return the options
   */
  public ImportOptions withPaths(@Nullable String separator, boolean keepRoot) {
    return new ImportOptions(
        columns,
        delimiter,
        headerRow,
        sheet,
        separator,
        keepRoot,
        frameworkId,
        frameworkTitle,
        relation,
        taxonomyId,
        title);
  }

  /**
   * Returns these options making a framework of the area columns.
   *
   * @param id the framework's id
   * @param frameworkTitle its title, or null for its id
   * @param rel the relation of the crosswalk rows
   * @return the options
   */
  public ImportOptions withFramework(
      @Nullable String id, @Nullable String frameworkTitle, Relation rel) {
    return new ImportOptions(
        columns,
        delimiter,
        headerRow,
        sheet,
        pathSeparator,
        keepToolRoot,
        id,
        frameworkTitle,
        rel,
        taxonomyId,
        title);
  }

  /**
   * Returns these options naming the taxonomy.
   *
   * @param id its id, or null for a slug of the file's name
   * @param taxonomyTitle its title, or null for the file's name
   * @return the options
   */
  public ImportOptions withTaxonomy(@Nullable String id, @Nullable String taxonomyTitle) {
    return new ImportOptions(
        columns,
        delimiter,
        headerRow,
        sheet,
        pathSeparator,
        keepToolRoot,
        frameworkId,
        frameworkTitle,
        relation,
        id,
        taxonomyTitle);
  }
}
