package org.themetaxonomy.io.sheet;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.Diagnostic;
import org.themetaxonomy.core.Location;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.io.FileRules;
import org.themetaxonomy.io.internal.StrictUtf8Reader;

/** Reads a CSV or TSV file into a grid: strict UTF-8, BOM, CRLF, quotes, a sniffed delimiter. */
final class CsvGrid {
  /** The most characters a sheet to import may have. */
  static final long MAX_CHARS = 256L << 20;

  private static final char[] CANDIDATES = {',', ';', '\t'};

  private CsvGrid() {}

  /** Reads the file; problems go to {@code problems}; returns null if it cannot be read. */
  static @Nullable Grid read(
      Path path,
      String name,
      @Nullable Character forced,
      List<Diagnostic> problems,
      List<String> choices)
      throws IOException {
    String text;
    try (InputStream in = Files.newInputStream(path);
        Reader r = new StrictUtf8Reader(in)) {
      StringBuilder b = new StringBuilder();
      char[] buf = new char[1 << 16];
      for (int n; (n = r.read(buf)) > 0; ) {
        b.append(buf, 0, n);
        if (b.length() > MAX_CHARS) {
          problems.add(
              error(
                  FileRules.LIMIT_EXCEEDED,
                  "the file is longer than " + (MAX_CHARS >> 20) + " M characters",
                  Location.of(name, 0, 0)));
          return null;
        }
      }
      text = b.toString();
    } catch (StrictUtf8Reader.InvalidUtf8Exception e) {
      problems.add(
          error(
              FileRules.INVALID_UTF8,
              String.format(
                  "byte 0x%02X is not UTF-8; save the sheet as \"CSV UTF-8\" and import again",
                  e.badByte),
              Location.of(name, e.line, e.column)));
      return null;
    }
    if (text.isBlank()) {
      problems.add(error(FileRules.EMPTY_FILE, "the file is empty", Location.of(name, 0, 0)));
      return null;
    }
    char delimiter;
    if (forced != null) {
      delimiter = forced;
      choices.add("delimiter: " + show(delimiter) + " (given)");
    } else {
      boolean tsv = name.toLowerCase(java.util.Locale.ROOT).endsWith(".tsv");
      delimiter = sniff(text, tsv);
      choices.add("delimiter: " + show(delimiter) + " (sniffed; --delimiter to force another)");
    }
    Parsed parsed = parse(text, delimiter, Integer.MAX_VALUE);
    if (parsed.unterminatedLine > 0) {
      problems.add(
          error(
              FileRules.MALFORMED_CSV,
              "a quoted cell that starts here is never closed: a stray '\"' in the file",
              Location.of(name, parsed.unterminatedLine, 0)));
      return null;
    }
    return new Grid(name, null, ImmutableList.copyOf(parsed.rows));
  }

  static String show(char d) {
    return d == '\t' ? "tab" : "'" + d + "'";
  }

  /**
   * Picks the candidate that splits the most of the first records into the same number (more than
   * one) of cells; ties go to tab in a .tsv file, else to the earlier candidate.
   */
  static char sniff(String text, boolean tsv) {
    String sample = text.length() > 65_536 ? text.substring(0, 65_536) : text;
    char best = tsv ? '\t' : ',';
    long bestScore = -1;
    char[] order = tsv ? new char[] {'\t', ',', ';'} : CANDIDATES;
    for (char c : order) {
      List<Grid.Row> rows = parse(sample, c, 50).rows;
      Map<Integer, Integer> counts = new HashMap<>();
      for (Grid.Row row : rows) {
        if (row.cells().size() > 1) {
          counts.merge(row.cells().size(), 1, Integer::sum);
        }
      }
      long score = 0;
      for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
        score = Math.max(score, (long) e.getValue() * 1000 + e.getKey());
      }
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    return best;
  }

  /** The records of a text, and the line of an unterminated quote (0 if none). */
  record Parsed(List<Grid.Row> rows, int unterminatedLine) {}

  /** Parses records, skipping blank lines; stops after {@code limit} records. */
  static Parsed parse(String text, char delimiter, int limit) {
    List<Grid.Row> rows = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int line = 1;
    int recordLine = 1;
    int i = 0;
    int n = text.length();
    boolean quoted = false;
    int quoteLine = 0;
    while (i < n && rows.size() < limit) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            cell.append('"');
            i += 2;
            continue;
          }
          quoted = false;
        } else {
          if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
            line++;
          }
          cell.append(c);
        }
        i++;
        continue;
      }
      if (c == '"' && cell.length() == 0) {
        quoted = true;
        quoteLine = line;
        i++;
      } else if (c == delimiter) {
        cells.add(cell.toString());
        cell.setLength(0);
        i++;
      } else if (c == '\r' || c == '\n') {
        i += (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? 2 : 1;
        cells.add(cell.toString());
        cell.setLength(0);
        addRecord(rows, recordLine, cells);
        cells = new ArrayList<>();
        line++;
        recordLine = line;
      } else {
        cell.append(c);
        i++;
      }
    }
    if (quoted) {
      return new Parsed(rows, quoteLine);
    }
    if (rows.size() < limit && (cell.length() > 0 || !cells.isEmpty())) {
      cells.add(cell.toString());
      addRecord(rows, recordLine, cells);
    }
    return new Parsed(rows, 0);
  }

  private static void addRecord(List<Grid.Row> rows, int line, List<String> cells) {
    Grid.Row row = new Grid.Row(line, line, ImmutableList.copyOf(cells), ImmutableMap.of());
    if (!row.isBlank()) {
      rows.add(row);
    }
  }

  private static Diagnostic error(String rule, String message, Location location) {
    return new Diagnostic(rule, Severity.ERROR, message, Subject.file(), location);
  }
}
