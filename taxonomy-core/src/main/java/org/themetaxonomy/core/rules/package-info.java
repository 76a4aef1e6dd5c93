/**
 * The reference and quality rules, one class each, composed by {@link
 * org.themetaxonomy.core.Validator}. The structural rules are checked while a taxonomy is built;
 * see {@link org.themetaxonomy.core.StructuralRules}.
 */
@NullMarked
package org.themetaxonomy.core.rules;

import org.jspecify.annotations.NullMarked;
