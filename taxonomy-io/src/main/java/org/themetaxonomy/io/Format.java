package org.themetaxonomy.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats a taxonomy can be read from and written to. */
public enum Format {
  /** One JSON document, format version 1. */
  JSON,
  /** A folder of CSV files (a bundle), or a lone CSV file read as its {@code themes.csv}. */
  CSV;

  /**
   * Tells the format of an existing path: a folder is a CSV bundle, a {@code .csv} file a lone CSV
   * file, anything else JSON.
   *
   * @param path the path
   * @return the format
   */
  public static Format of(Path path) {
    if (Files.isDirectory(path)) {
      return CSV;
    }
    return name(path).endsWith(".csv") ? CSV : JSON;
  }

  /**
   * Tells the format to write to a path from its name: {@code .json} is JSON, anything else a CSV
   * bundle folder.
   *
   * @param path the target
   * @return the format
   */
  public static Format forOutput(Path path) {
    return name(path).endsWith(".json") ? JSON : CSV;
  }

  /**
   * Looks a format up by its lower-case name.
   *
   * @param code {@code json} or {@code csv}
   * @return the format, or empty
   */
  public static Optional<Format> fromCode(String code) {
    for (Format f : values()) {
      if (f.code().equals(code)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** Returns the lower-case name used in options, such as {@code json}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  private static String name(Path path) {
    Path file = path.getFileName();
    return file == null ? "" : file.toString().toLowerCase(Locale.ROOT);
  }
}
