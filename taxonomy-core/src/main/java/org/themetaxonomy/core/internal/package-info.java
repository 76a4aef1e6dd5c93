/** Internals of the core module; not part of the public API. */
@NullMarked
package org.themetaxonomy.core.internal;

import org.jspecify.annotations.NullMarked;
