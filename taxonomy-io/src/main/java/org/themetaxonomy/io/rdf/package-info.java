/**
 * Linked-data exports: the taxonomy as SKOS in Turtle ({@link TurtleFormat}) and its crosswalk as
 * an SSSOM mapping set ({@link SssomFormat}). Both are written by hand, streaming, and name every
 * theme and area by the same IRIs.
 */
@NullMarked
package org.themetaxonomy.io.rdf;

import org.jspecify.annotations.NullMarked;
