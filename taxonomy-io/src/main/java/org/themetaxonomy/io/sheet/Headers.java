package org.themetaxonomy.io.sheet;

import com.google.common.collect.ImmutableMap;
import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Guessing fields from headers, case, accents, punctuation and plurals folded. */
final class Headers {
  private static final ImmutableMap<String, ColumnMap.Field> GUESSES =
      ImmutableMap.<String, ColumnMap.Field>builder()
          .put("id", ColumnMap.Field.ID)
          .put("themeid", ColumnMap.Field.ID)
          .put("codeid", ColumnMap.Field.ID)
          .put("nodeid", ColumnMap.Field.ID)
          .put("tagid", ColumnMap.Field.ID)
          .put("identifier", ColumnMap.Field.ID)
          .put("label", ColumnMap.Field.LABEL)
          .put("code", ColumnMap.Field.LABEL)
          .put("codename", ColumnMap.Field.LABEL)
          .put("name", ColumnMap.Field.LABEL)
          .put("theme", ColumnMap.Field.LABEL)
          .put("themename", ColumnMap.Field.LABEL)
          .put("themelabel", ColumnMap.Field.LABEL)
          .put("tag", ColumnMap.Field.LABEL)
          .put("parent", ColumnMap.Field.PARENT)
          .put("parentid", ColumnMap.Field.PARENT)
          .put("parenttheme", ColumnMap.Field.PARENT)
          .put("parentcode", ColumnMap.Field.PARENT)
          .put("category", ColumnMap.Field.PARENT)
          .put("group", ColumnMap.Field.PARENT)
          .put("codegroup", ColumnMap.Field.PARENT)
          .put("highordertheme", ColumnMap.Field.PARENT)
          .put("higherordertheme", ColumnMap.Field.PARENT)
          .put("hierarchicalname", ColumnMap.Field.PARENT)
          .put("definition", ColumnMap.Field.DEFINITION)
          .put("description", ColumnMap.Field.DEFINITION)
          .put("memo", ColumnMap.Field.DEFINITION)
          .put("comment", ColumnMap.Field.DEFINITION)
          .put("synonym", ColumnMap.Field.ALT_LABELS)
          .put("altlabel", ColumnMap.Field.ALT_LABELS)
          .put("note", ColumnMap.Field.NOTES)
          .build();

  private Headers() {}

  /**
   * Folds a header: accents and case dropped, a bracketed remark dropped, only letters and digits
   * kept, a plural {@code s} dropped: {@code "High-order_Themes (2024)"} gives {@code
   * highordertheme}.
   */
  static String fold(String header) {
    String h = header.replaceAll("\\([^)]*\\)|\\[[^\\]]*\\]", " ");
    h = Normalizer.normalize(h, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    h = h.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    if (h.length() > 3 && h.endsWith("s") && !h.endsWith("ss")) {
      h = h.substring(0, h.length() - 1);
    }
    return h;
  }

  /** Returns the field a header suggests, or null. */
  static ColumnMap.@Nullable Field guess(String header) {
    return GUESSES.get(fold(header));
  }
}
