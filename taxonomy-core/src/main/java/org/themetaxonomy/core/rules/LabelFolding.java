package org.themetaxonomy.core.rules;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds labels so that labels differing only in case, dashes, {@code &} or spacing compare equal:
 * the folding of the similar-labels rule, shared with the diff's possible-rename.
 */
public final class LabelFolding {
  private static final Pattern DASHES = Pattern.compile("\\p{Pd}");
  private static final Pattern AMPERSAND = Pattern.compile("\\s*&\\s*");
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

  private LabelFolding() {}

  /**
   * Folds a label: NFKC, lower case, every Unicode dash as {@code -}, {@code &} as "and", runs of
   * spaces as one, no spaces at either end.
   *
   * @param label the label
   * @return the folded label
   */
  public static String fold(String label) {
    String ascii = foldAscii(label);
    return ascii != null ? ascii : foldGeneral(label);
  }

  /** The folding for any text: NFKC, lower case, dashes, {@code &}, spacing. */
  static String foldGeneral(String label) {
    String s = Normalizer.normalize(label, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    s = DASHES.matcher(s).replaceAll("-");
    if (s.indexOf('&') >= 0) {
      s = AMPERSAND.matcher(s).replaceAll(" and ");
    }
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  /**
   * The same folding for plain ASCII labels, the common case, in one pass without regular
   * expressions (NFKC leaves ASCII as it is). Returns null for any other label.
   */
  private static String foldAscii(String label) {
    if (isFoldedAscii(label)) {
      return label; // most labels of a big file: nothing to allocate
    }
    StringBuilder out = new StringBuilder(label.length() + 4);
    boolean space = false; // a space is pending: written before the next word
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (c >= 0x7f || (c < 0x20 && (c < '\t' || c > '\r'))) {
        return null; // other characters and controls: the general path below
      }
      if (c == ' ' || c >= '\t' && c <= '\r') {
        space = out.length() > 0;
      } else if (c == '&') {
        out.append(out.length() > 0 ? " and" : "and");
        space = true;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
      }
    }
    return out.toString();
  }

  /** Lower-case printable ASCII, no '&', single inner spaces, none at either end. */
  private static boolean isFoldedAscii(String label) {
    int n = label.length();
    if (n == 0 || label.charAt(0) == ' ' || label.charAt(n - 1) == ' ') {
      return false;
    }
    char previous = 'x';
    for (int i = 0; i < n; i++) {
      char c = label.charAt(i);
      if (c < ' '
          || c >= 0x7f
          || c == '&'
          || (c >= 'A' && c <= 'Z')
          || (c == ' ' && previous == ' ')) {
        return false;
      }
      previous = c;
    }
    return true;
  }
}
