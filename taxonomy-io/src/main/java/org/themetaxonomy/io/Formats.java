package org.themetaxonomy.io;

import com.google.common.collect.ImmutableList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.themetaxonomy.io.csv.CsvFormat;
import org.themetaxonomy.io.json.JsonFormat;
import org.themetaxonomy.io.qdc.QdcFormat;

/**
 * The registry of formats: every format the library reads or writes, picked by a file's name or by
 * its code. A new format is one class and one line in {@link #ALL}.
 */
public final class Formats {
  /** Taxonomy JSON, format version 1. */
  public static final Format JSON = JsonFormat.INSTANCE;

  /** The CSV bundle: a folder of CSV files, or a lone CSV file read as its themes. */
  public static final Format CSV = CsvFormat.INSTANCE;

  private static final ImmutableList<Format> ALL =
      ImmutableList.of(
          JSON,
          CSV,
          QdcFormat.INSTANCE,
          org.themetaxonomy.io.rdf.TurtleFormat.INSTANCE,
          org.themetaxonomy.io.rdf.SssomFormat.INSTANCE);

  private Formats() {}

  /**
   * Returns every format, in the order they are listed to users.
   *
   * @return the formats
   */
  public static ImmutableList<Format> all() {
    return ALL;
  }

  /**
   * Finds a format by its code, as {@code --from} and {@code --to} name it.
   *
   * @param code such as {@code json}; case does not matter
   * @return the format, or empty
   */
  public static Optional<Format> byCode(String code) {
    String c = code.strip().toLowerCase(Locale.ROOT);
    return ALL.stream().filter(f -> f.code().equals(c)).findFirst();
  }

  /**
   * Picks the format to read an existing path with: a folder is a CSV bundle, a file goes by the
   * longest known ending of its name.
   *
   * @param path the file or folder
   * @return the format, or empty if the name says nothing known
   */
  public static Optional<Format> forReading(Path path) {
    if (Files.isDirectory(path)) {
      return ALL.stream().filter(f -> f.isFolder() && f.canRead()).findFirst();
    }
    return bySuffix(path, Format::canRead);
  }

  /**
   * Picks the format to write a path with: the longest known ending of its name, and a name with no
   * ending (or an existing folder) is a CSV bundle folder.
   *
   * @param path the target
   * @return the format, or empty if the name's ending is none that can be written
   */
  public static Optional<Format> forWriting(Path path) {
    Optional<Format> bySuffix = bySuffix(path, Format::canWrite);
    if (bySuffix.isPresent()) {
      return bySuffix;
    }
    String name = name(path);
    boolean noEnding = name.lastIndexOf('.') <= 0;
    if (noEnding || Files.isDirectory(path)) {
      return ALL.stream().filter(f -> f.isFolder() && f.canWrite()).findFirst();
    }
    return Optional.empty();
  }

  /**
   * Lists the formats that can be read or written, for a message, such as {@code json (.json), csv
   * (.csv, or a folder)}.
   *
   * @param which the formats to list, such as {@code Format::canWrite}
   * @return the list
   */
  public static String describe(Predicate<Format> which) {
    return ALL.stream()
        .filter(which)
        .map(
            f ->
                f.code()
                    + " ("
                    + String.join(", ", f.suffixes())
                    + (f.isFolder() ? ", or a folder" : "")
                    + ")")
        .collect(Collectors.joining(", "));
  }

  private static Optional<Format> bySuffix(Path path, Predicate<Format> which) {
    String name = name(path);
    Format best = null;
    int bestLength = 0;
    for (Format f : ALL) {
      if (!which.test(f)) {
        continue;
      }
      for (String suffix : f.suffixes()) {
        if (name.endsWith(suffix)
            && name.length() > suffix.length()
            && suffix.length() > bestLength) {
          best = f;
          bestLength = suffix.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static String name(Path path) {
    Path file = path.getFileName();
    return file == null ? "" : file.toString().toLowerCase(Locale.ROOT);
  }
}
