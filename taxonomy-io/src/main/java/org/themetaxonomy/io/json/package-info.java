/**
 * Taxonomy JSON, the product's own format: {@link org.themetaxonomy.io.json.JsonFormat} and its
 * streaming reader and canonical writer, both driven by the field declarations of {@code
 * io.internal.Fields}.
 */
@NullMarked
package org.themetaxonomy.io.json;

import org.jspecify.annotations.NullMarked;
