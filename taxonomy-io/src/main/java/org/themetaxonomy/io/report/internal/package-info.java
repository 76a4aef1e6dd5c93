/**
 * The report's page model: plain values computed from a taxonomy and its findings before the
 * template runs, so the template only loops and prints. Public only so that the compiled templates,
 * in a package of their own, can read them; not part of the library's API.
 */
@NullMarked
package org.themetaxonomy.io.report.internal;

import org.jspecify.annotations.NullMarked;
