package org.themetaxonomy.core;

import java.util.regex.Pattern;
import org.themetaxonomy.core.internal.Texts;

/** The identifier syntax shared by every element: {@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}}. */
public final class Ids {
  /** The pattern every id matches. */
  public static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private Ids() {}

  /**
   * Tells whether a string is a valid id.
   *
   * @param id the candidate, may be null
   * @return true if {@code id} matches {@link #PATTERN}
   */
  public static boolean isValid(String id) {
    if (id == null || id.isEmpty() || id.length() > 64) {
      return false;
    }
    // A hand-written check: this runs for every id and reference of a million-theme file.
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!alnum && (i == 0 || (c != '.' && c != '_' && c != '-'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the id if it is valid.
   *
   * @param id the candidate
   * @param what what the id names, for the message
   * @return {@code id}
   * @throws IllegalArgumentException if the id is not valid
   */
  public static String require(String id, String what) {
    if (!isValid(id)) {
      throw new IllegalArgumentException(
          what + " " + Texts.quote(id) + " is not a valid id (" + PATTERN.pattern() + ")");
    }
    return id;
  }
}
