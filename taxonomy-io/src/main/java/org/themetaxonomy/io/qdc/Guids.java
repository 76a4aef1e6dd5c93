package org.themetaxonomy.io.qdc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Guids as codebooks write them, and the name-based guids this format derives when a theme or area
 * has none.
 *
 * <p>A derived guid is a version 5 (SHA-1) UUID in the RFC 4122 URL namespace, over the name {@code
 * urn:x-theme-taxonomy:TAXONOMY:theme:THEME} for a theme and {@code
 * urn:x-theme-taxonomy:framework:FRAMEWORK:area:AREA} for an area ({@code :} never occurs in an id,
 * so no two names meet). The same ids always give the same guid, so exporting a taxonomy twice
 * gives a QDA tool the same codes and sets, not duplicates.
 */
final class Guids {
  /** The RFC 4122 name space for URLs (and other URIs). */
  private static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

  private Guids() {}

  /**
   * Reads a guid in the forms the schema allows: 8-4-4-4-12 hex digits, bare or in braces, any
   * case, with white space around it (the schema's type is a token).
   *
   * @return the guid bare and lower case, or null if the text is not a guid
   */
  static @Nullable String normalize(@Nullable String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip();
    if (t.length() == 38 && t.charAt(0) == '{' && t.charAt(37) == '}') {
      t = t.substring(1, 37);
    }
    if (t.length() != 36) {
      return null;
    }
    for (int i = 0; i < 36; i++) {
      char c = t.charAt(i);
      boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
      if (dash ? c != '-' : Character.digit(c, 16) < 0 || c > 'f') {
        return null;
      }
    }
    return t.toLowerCase(Locale.ROOT);
  }

  /** The guid of a theme that has none: name-based on the taxonomy id and the theme id. */
  static String forTheme(String taxonomyId, String themeId) {
    return v5("urn:x-theme-taxonomy:" + taxonomyId + ":theme:" + themeId);
  }

  /** The guid of an area that has none: name-based on the framework id and the area id. */
  static String forArea(String frameworkId, String areaId) {
    return v5("urn:x-theme-taxonomy:framework:" + frameworkId + ":area:" + areaId);
  }

  /** A version 5 UUID in the URL name space, lower case. */
  static String v5(String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-1", e);
    }
    long msb = URL_NAMESPACE.getMostSignificantBits();
    long lsb = URL_NAMESPACE.getLeastSignificantBits();
    for (int i = 7; i >= 0; i--) {
      sha1.update((byte) (msb >>> (8 * i)));
    }
    for (int i = 7; i >= 0; i--) {
      sha1.update((byte) (lsb >>> (8 * i)));
    }
    byte[] h = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    h[6] = (byte) ((h[6] & 0x0f) | 0x50); // version 5
    h[8] = (byte) ((h[8] & 0x3f) | 0x80); // the RFC 4122 variant
    long hi = 0;
    long lo = 0;
    for (int i = 0; i < 8; i++) {
      hi = (hi << 8) | (h[i] & 0xff);
      lo = (lo << 8) | (h[8 + i] & 0xff);
    }
    return new UUID(hi, lo).toString();
  }
}
