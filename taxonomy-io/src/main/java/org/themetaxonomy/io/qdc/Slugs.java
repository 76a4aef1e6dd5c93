package org.themetaxonomy.io.qdc;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Ids made from names: lower-case ASCII letters and digits joined by {@code -}, accents folded
 * ({@code Équité} gives {@code equite}), at most 64 characters with the {@code -2}, {@code -3} that
 * keeps them unique. A name with no ASCII letter or digit gets {@code PREFIX-} and eight hex digits
 * of a hash of the name, so its id is valid and the same every time.
 */
final class Slugs {
  private static final int MAX = 64;

  private final Set<String> used = new HashSet<>();
  // The next suffix to try per base, so that 100,000 codes named "Other" take linear time.
  private final Map<String, Integer> next = new HashMap<>();
  private final String prefix;

  /**
   * Starts an empty set of ids.
   *
   * @param prefix the start of the id of a name with no ASCII letter or digit, such as {@code code}
   */
  Slugs(String prefix) {
    this.prefix = prefix;
  }

  /** Marks an id as taken, so no slug uses it. */
  void reserve(String id) {
    used.add(id);
  }

  /** Returns the slug of a name, made unique among the ids handed out or reserved. */
  String unique(String name) {
    String base = slug(name);
    if (base.isEmpty()) {
      base = prefix + "-" + Guids.v5("name:" + name).substring(0, 8);
    }
    String id = base;
    int n = next.getOrDefault(base, 2);
    while (!used.add(id)) {
      String suffix = "-" + n++;
      id = cut(base, MAX - suffix.length()) + suffix;
    }
    next.put(base, n);
    return id;
  }

  /** The bare slug of a name, up to 64 characters; empty if it has no ASCII letter or digit. */
  static String slug(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder(Math.min(n.length(), MAX + 1));
    boolean gap = false;
    for (int i = 0; i < n.length() && b.length() <= MAX; ) {
      int c = n.codePointAt(i);
      i += Character.charCount(c);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue; // the accent of a folded letter
      }
      String ascii = ascii(c);
      if (ascii == null) {
        gap = true;
        continue;
      }
      if (gap && b.length() > 0) {
        b.append('-');
      }
      gap = false;
      b.append(ascii);
    }
    return cut(b.toString(), MAX);
  }

  /** Letters that NFKD does not split into a base letter and an accent. */
  private static @Nullable String ascii(int c) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      return String.valueOf((char) c);
    }
    if (c >= 'A' && c <= 'Z') {
      return String.valueOf((char) (c + 32));
    }
    return switch (c) {
      case 'ß' -> "ss";
      case 'æ', 'Æ' -> "ae";
      case 'œ', 'Œ' -> "oe";
      case 'ø', 'Ø' -> "o";
      case 'ł', 'Ł' -> "l";
      case 'đ', 'Đ', 'ð', 'Ð' -> "d";
      case 'þ', 'Þ' -> "th";
      case 'ı' -> "i";
      default -> null;
    };
  }

  private static String cut(String s, int max) {
    String t = s.length() <= max ? s : s.substring(0, max);
    int end = t.length();
    while (end > 0 && t.charAt(end - 1) == '-') {
      end--;
    }
    return t.substring(0, end);
  }
}
