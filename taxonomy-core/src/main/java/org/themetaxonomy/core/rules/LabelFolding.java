package org.themetaxonomy.core.rules;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds labels so that labels differing only in case, dashes, "&" or spacing compare equal. */
final class LabelFolding {
  private static final Pattern DASHES = Pattern.compile("\\p{Pd}");
  private static final Pattern AMPERSAND = Pattern.compile("\\s*&\\s*");
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

  private LabelFolding() {}

  static String fold(String label) {
    String s = Normalizer.normalize(label, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    s = DASHES.matcher(s).replaceAll("-");
    if (s.indexOf('&') >= 0) {
      s = AMPERSAND.matcher(s).replaceAll(" and ");
    }
    return SPACES.matcher(s).replaceAll(" ").strip();
  }
}
