/**
 * What every format shares: the field layer ({@link org.themetaxonomy.io.internal.Fields}, each
 * element's fields declared once as {@link org.themetaxonomy.io.internal.Field}s of a {@link
 * org.themetaxonomy.io.internal.Type}), the assembly of records from what a reader found, position
 * tables, bounded problem lists, strict parser settings, strict UTF-8 and atomic writes. Each
 * format's reader and writer live in its own package ({@code io.json}, {@code io.csv}).
 */
@NullMarked
package org.themetaxonomy.io.internal;

import org.jspecify.annotations.NullMarked;
