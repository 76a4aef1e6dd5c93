/** Taxonomy JSON, the product's own format. */
@NullMarked
package org.themetaxonomy.io.json;

import org.jspecify.annotations.NullMarked;
