/**
 * The HTML report: one self-contained page with a taxonomy's hierarchy, crosswalk heatmap, sources
 * and findings, made from a compiled template that escapes every value by context.
 */
@NullMarked
package org.themetaxonomy.io.report;

import org.jspecify.annotations.NullMarked;
