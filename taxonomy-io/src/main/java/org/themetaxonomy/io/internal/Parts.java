package org.themetaxonomy.io.internal;

import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.BuildResult;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.internal.Texts;
import org.themetaxonomy.io.FileRules;
import org.themetaxonomy.io.ReadResult;

/**
 * What a reader collected for the taxonomy itself, its own fields and its lists of sound elements
 * in model order: the second of the two reading steps (rows, then model) that both formats share.
 */
public final class Parts {
  /** The taxonomy's own values and its lists, by the fields of {@link Fields#TAXONOMY}. */
  public final Values header = new Values(Fields.TAXONOMY);

  /** Creates empty parts. */
  public Parts() {}

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
    Object version = header.raw(Fields.FORMAT_VERSION);
    Subject versionSubject = Subject.taxonomy(Fields.FORMAT_VERSION.name());
    if (version == null || header.isWrong(Fields.FORMAT_VERSION)) {
      if (versionRequired && version == null && !header.isWrong(Fields.FORMAT_VERSION)) {
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
    @Nullable Object[] own = new Elements(problems).check(Fields.TAXONOMY, header, -1, -1, "");
    Positions positions = problems.positions();
    if (own == null || problems.any()) {
      return new ReadResult(null, problems.list(), positions);
    }
    Taxonomy.Builder b =
        Taxonomy.builder(
            (String) own[Fields.TAXONOMY_ID.ordinal()],
            (String) own[Fields.TAXONOMY_TITLE.ordinal()]);
    for (Field<Taxonomy, ?> f : Fields.TAXONOMY.fields()) {
      f.set(b, own[f.ordinal()]);
    }
    BuildResult built = b.tryBuild(positions);
    return new ReadResult(built.taxonomy(), built.diagnostics(), positions);
  }
}
