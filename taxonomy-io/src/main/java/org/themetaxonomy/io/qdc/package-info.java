/**
 * The REFI-QDA codebook ({@code .qdc}): the XML exchange format of QDA tools (NVivo, ATLAS.ti,
 * MAXQDA, QualCoder, Taguette), read with the JDK's StAX and written by hand, valid against the
 * official {@code Codebook.xsd}.
 */
@NullMarked
package org.themetaxonomy.io.qdc;

import org.jspecify.annotations.NullMarked;
