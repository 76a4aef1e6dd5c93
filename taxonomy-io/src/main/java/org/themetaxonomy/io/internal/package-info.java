/** Parsers, writers and position tables behind {@link org.themetaxonomy.io.TaxonomyFiles}. */
@NullMarked
package org.themetaxonomy.io.internal;

import org.jspecify.annotations.NullMarked;
