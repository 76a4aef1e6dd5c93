/** Internals of the core module; not part of the public API. */
package org.themetaxonomy.core.internal;
