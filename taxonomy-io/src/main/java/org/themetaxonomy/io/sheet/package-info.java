/**
 * Importing a spreadsheet whose columns are not ours (CSV, TSV, XLSX) into a taxonomy, with a
 * column map or headers guessed: {@link org.themetaxonomy.io.sheet.SpreadsheetImport}.
 */
@NullMarked
package org.themetaxonomy.io.sheet;

import org.jspecify.annotations.NullMarked;
