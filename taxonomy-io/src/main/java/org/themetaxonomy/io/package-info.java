/**
 * Reading and writing taxonomies as JSON and as CSV bundles. {@link
 * org.themetaxonomy.io.TaxonomyFiles} is the one door in and out: it detects the format, reports
 * every problem with its file, line and column, and writes atomically.
 */
@NullMarked
package org.themetaxonomy.io;

import org.jspecify.annotations.NullMarked;
