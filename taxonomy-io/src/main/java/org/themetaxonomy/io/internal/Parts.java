package org.themetaxonomy.io.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.BuildResult;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Mapping;
import org.themetaxonomy.core.Source;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Texts;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.io.FileRules;
import org.themetaxonomy.io.ReadResult;

/**
 * What a reader collected, in model order, before the taxonomy is built: the second of the two
 * reading steps (rows, then model) that both formats share.
 */
public final class Parts {
  /** The taxonomy's own raw values, indexed by {@link Fields#TAXONOMY}. */
  public final @Nullable Object[] header = new Object[Fields.TAXONOMY.size()];

  /** The sources that were sound. */
  public final List<Source> sources = new ArrayList<>();

  /** The frameworks that were sound. */
  public final List<Framework> frameworks = new ArrayList<>();

  /** The themes that were sound. */
  public final List<Theme> themes = new ArrayList<>();

  /** The crosswalk rows that were sound. */
  public final List<Mapping> crosswalk = new ArrayList<>();

  /**
   * Checks the taxonomy's own fields, then builds it if nothing was wrong so far. A file with
   * syntax errors is not built: its references would be checked against elements that were left
   * out, and every such finding would be noise.
   *
   * @param problems what the reader found
   * @param versionRequired whether a missing {@code formatVersion} is an error (JSON) or means 1
   *     (CSV, where a spreadsheet may have only themes.csv)
   * @return the result
   */
  public ReadResult finish(Problems problems, boolean versionRequired) {
    Elements elements = new Elements(problems);
    Object version = header[0];
    Subject versionSubject = Subject.taxonomy("formatVersion");
    if (version == null || version == Elements.SKIP) {
      if (versionRequired && version == null) {
        problems.error(
            FileRules.UNSUPPORTED_FORMAT_VERSION,
            versionSubject,
            "the file has no formatVersion; add \"formatVersion\": 1 as its first field");
      }
    } else if (!(version.equals(1L) || "1".equals(version))) {
      problems.error(
          FileRules.UNSUPPORTED_FORMAT_VERSION,
          versionSubject,
          "formatVersion "
              + Texts.quote(String.valueOf(version))
              + " is not supported; this version of the tool reads format version 1");
    }
    String id = elements.taxonomyId(header);
    String title = elements.taxonomyTitle(header);
    Positions positions = problems.positions();
    if (problems.any()) {
      return new ReadResult(null, problems.list(), positions);
    }
    BuildResult built =
        Taxonomy.builder(id, title)
            .version(Elements.optional(header, 3))
            .description(Elements.optional(header, 4))
            .language(Elements.optional(header, 5))
            .addSources(sources)
            .addFrameworks(frameworks)
            .addThemes(themes)
            .addMappings(crosswalk)
            .tryBuild(positions);
    return new ReadResult(built.taxonomy(), built.errors(), positions);
  }
}
