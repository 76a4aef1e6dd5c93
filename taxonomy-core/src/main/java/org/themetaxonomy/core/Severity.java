package org.themetaxonomy.core;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is, from the least to the most. */
public enum Severity {
  /** Worth knowing; nothing is wrong. */
  INFO,
  /** Probably a mistake in the data; the file is still usable. */
  WARNING,
  /** The file is wrong and should not be published. */
  ERROR;

  /** {@return the lower-case name used in output and options, such as {@code warning}} */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Tells whether this severity is at or above a threshold.
   *
   * @param threshold the least severity that counts
   * @return true if this severity counts
   */
  public boolean atLeast(Severity threshold) {
    return compareTo(threshold) >= 0;
  }

  /**
   * Looks a severity up by its lower-case name.
   *
   * @param code {@code error}, {@code warning} or {@code info}
   * @return the severity, or empty
   */
  public static Optional<Severity> fromCode(String code) {
    for (Severity s : values()) {
      if (s.code().equals(code)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
