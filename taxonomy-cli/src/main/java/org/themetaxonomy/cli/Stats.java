package org.themetaxonomy.cli;

import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.summary.Summary;

/**
 * What {@code taxonomy stats} shows: the taxonomy's name and its summary.
 *
 * @param id the taxonomy's id
 * @param title the taxonomy's title
 * @param summary the counts, the crosswalk matrix of each framework and the use of each source
 */
record Stats(String id, String title, Summary summary) {
  static Stats of(Taxonomy t) {
    return new Stats(t.id(), t.title(), Summary.of(t));
  }
}
