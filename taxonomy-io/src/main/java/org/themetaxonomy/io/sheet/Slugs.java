package org.themetaxonomy.io.sheet;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Ids made from labels: lowercase ASCII and hyphens, accents folded, unique, at most 64. */
final class Slugs {
  static final int MAX = 64;

  private Slugs() {}

  /**
   * Returns the slug of a text: {@code Équité & Care} gives {@code equite-care}. A text with no
   * ASCII letter or digit gives {@code theme-} and eight hex digits of its hash, stable and almost
   * surely unique.
   */
  static String of(String text, String prefix) {
    String folded =
        Normalizer.normalize(
                text.replace("ß", "ss")
                    .replace("Æ", "AE")
                    .replace("æ", "ae")
                    .replace("Œ", "OE")
                    .replace("œ", "oe")
                    .replace("Ø", "O")
                    .replace("ø", "o")
                    .replace("Ł", "L")
                    .replace("ł", "l")
                    .replace("Đ", "D")
                    .replace("đ", "d")
                    .replace("Þ", "Th")
                    .replace("þ", "th"),
                Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        b.append(c);
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
        b.append('-');
      }
    }
    String slug = trim(b.toString(), MAX);
    if (slug.isEmpty()) {
      return prefix
          + "-"
          + Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString().substring(0, 8);
    }
    return slug;
  }

  /** Cuts to {@code max} characters and drops a trailing hyphen. */
  static String trim(String slug, int max) {
    String s = slug.length() > max ? slug.substring(0, max) : slug;
    while (s.endsWith("-")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** Returns {@code base}, or {@code base-2}, {@code base-3}... the first not in {@code taken}. */
  static String unique(String base, Set<String> taken) {
    if (!taken.contains(base)) {
      return base;
    }
    for (int n = 2; ; n++) {
      String suffix = "-" + n;
      String candidate = trim(base, MAX - suffix.length()) + suffix;
      if (!taken.contains(candidate)) {
        return candidate;
      }
    }
  }
}
