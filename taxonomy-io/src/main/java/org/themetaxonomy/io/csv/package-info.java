/**
 * The CSV bundle: a folder of CSV files, or a lone CSV file read as its themes. {@link
 * org.themetaxonomy.io.csv.CsvFormat} and its reader and writer, whose files and columns come from
 * the field declarations of {@code io.internal.Fields}.
 */
@NullMarked
package org.themetaxonomy.io.csv;

import org.jspecify.annotations.NullMarked;
