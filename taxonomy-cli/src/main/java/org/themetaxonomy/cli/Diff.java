package org.themetaxonomy.cli;

import org.themetaxonomy.core.Area;
import org.themetaxonomy.core.AreaRef;
import org.themetaxonomy.core.Source;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.core.diff.TaxonomyDiff;

/**
 * What {@code taxonomy diff} shows: the changes, and the two taxonomies they were found in. The
 * taxonomies are there only to show labels beside ids that a change names in passing (a parent, a
 * replacement, an area, a source); the new one is asked first.
 *
 * @param diff the changes, already narrowed by {@code --only}
 * @param old the old version
 * @param neu the new version
 */
record Diff(TaxonomyDiff diff, Taxonomy old, Taxonomy neu) {
  /** Returns the label of a theme, or its id if neither version has it. */
  String themeLabel(String id) {
    return neu.theme(id).or(() -> old.theme(id)).map(Theme::label).orElse(id);
  }

  /** Returns the label of an area, or its id if neither version has it. */
  String areaLabel(String framework, String area) {
    AreaRef ref = new AreaRef(framework, area);
    return neu.area(ref).or(() -> old.area(ref)).map(Area::label).orElse(area);
  }

  /** Returns the title of a source, or its id if neither version has it. */
  String sourceTitle(String id) {
    return neu.source(id).or(() -> old.source(id)).map(Source::title).orElse(id);
  }
}
