/**
 * What changed between two versions of a taxonomy: {@link
 * org.themetaxonomy.core.diff.Diffs#compare} gives a {@link
 * org.themetaxonomy.core.diff.TaxonomyDiff}, an immutable list of {@link
 * org.themetaxonomy.core.diff.Change}s, one record type per {@link
 * org.themetaxonomy.core.diff.ChangeKind}, in a fixed order. Rendering a diff as text, Markdown or
 * JSON is the caller's job.
 */
@NullMarked
package org.themetaxonomy.core.diff;

import org.jspecify.annotations.NullMarked;
