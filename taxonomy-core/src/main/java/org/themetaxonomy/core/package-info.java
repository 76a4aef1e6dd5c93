/**
 * The theme taxonomy model: sources, frameworks and their areas, themes with evidence, and the
 * crosswalk from themes to framework areas; the queries over it; and its validation.
 *
 * <p>Every value is immutable. A {@link org.themetaxonomy.core.Taxonomy} that exists is
 * structurally sound: its ids are unique, its references resolve and its themes form a forest. The
 * quality rules that a sound taxonomy may still break are run by {@link
 * org.themetaxonomy.core.Validator}. This package knows no file format and never prints.
 *
 * <p>Absence: every type in this library is null-marked (JSpecify). A value that may be absent is
 * {@code @Nullable} only on record components and builder arguments; queries and accessors of
 * classes return {@link java.util.Optional} or an empty collection instead.
 */
@NullMarked
package org.themetaxonomy.core;

import org.jspecify.annotations.NullMarked;
