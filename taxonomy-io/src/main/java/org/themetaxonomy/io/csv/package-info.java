/** The CSV bundle: a folder of CSV files, or a lone CSV file read as its themes. */
@NullMarked
package org.themetaxonomy.io.csv;

import org.jspecify.annotations.NullMarked;
