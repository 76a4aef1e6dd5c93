/**
 * What a taxonomy adds up to, computed once and shared by every view of it: the counts, the
 * crosswalk matrix of each framework with its per-area coverage, and the use of each source.
 *
 * <p>The text {@code stats} and {@code crosswalk} commands and the HTML report all read these
 * values, so the numbers they show cannot drift apart.
 */
@NullMarked
package org.themetaxonomy.core.summary;

import org.jspecify.annotations.NullMarked;
