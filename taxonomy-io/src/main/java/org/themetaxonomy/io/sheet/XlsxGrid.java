package org.themetaxonomy.io.sheet;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.Diagnostic;
import org.themetaxonomy.core.Location;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.internal.Texts;
import org.themetaxonomy.io.FileRules;

/**
 * Reads one sheet of an XLSX workbook into a grid, treating the workbook as untrusted: before the
 * XLSX reader sees it, every zip entry is inflated once, counting, so that a zip bomb, a DTD or a
 * huge shared-string table is refused with bounded work.
 */
final class XlsxGrid {
  /** The most bytes all entries may inflate to. */
  static final long MAX_TOTAL = 256L << 20;

  /** The most an entry may grow by inflating, once it is over {@link #RATIO_FLOOR} bytes. */
  static final long MAX_RATIO = 100;

  /** Entries smaller than this are not held to {@link #MAX_RATIO}. */
  static final long RATIO_FLOOR = 1L << 20;

  /** The most strings the shared-string table may hold. */
  static final int MAX_SHARED_STRINGS = 1_000_000;

  /** The most rows a sheet may have. */
  static final int MAX_ROWS = 1_000_000;

  private static final Set<String> ERRORS =
      Set.of(
          "#NULL!",
          "#DIV/0!",
          "#VALUE!",
          "#REF!",
          "#NAME?",
          "#NUM!",
          "#N/A",
          "#GETTING_DATA",
          "#SPILL!",
          "#CALC!",
          "#FIELD!",
          "#BLOCKED!",
          "#UNKNOWN!",
          "#CONNECT!",
          "#BUSY!");

  private XlsxGrid() {}

  /** Reads the sheet; problems go to {@code problems}; returns null if it cannot be read. */
  static @Nullable Grid read(
      Path path,
      String name,
      @Nullable String sheetName,
      List<Diagnostic> problems,
      List<String> choices)
      throws IOException {
    Scan scan = check(path);
    if (scan.refusal() != null) {
      problems.add(error(ImportRules.UNSAFE_WORKBOOK, scan.refusal(), Location.of(name, 0, 0)));
      return null;
    }
    // Number formats (to tell dates) need the styles part; a workbook without one has no dates.
    ReadingOptions reading = new ReadingOptions(scan.styles(), true);
    try (ReadableWorkbook book = new ReadableWorkbook(path.toFile(), reading)) {
      List<Sheet> sheets = book.getSheets().toList();
      if (sheets.isEmpty()) {
        problems.add(
            error(ImportRules.NO_SHEET, "the workbook has no sheet", Location.of(name, 0, 0)));
        return null;
      }
      Sheet sheet;
      if (sheetName == null) {
        sheet = sheets.get(0);
        choices.add(
            "sheet: "
                + Texts.quote(sheet.getName())
                + (sheets.size() > 1
                    ? " (the first; the workbook has "
                        + sheets.stream()
                            .map(s -> Texts.quote(s.getName()))
                            .collect(Collectors.joining(", "))
                        + ": --sheet NAME picks another)"
                    : ""));
      } else {
        Optional<Sheet> found =
            sheets.stream().filter(s -> s.getName().equals(sheetName)).findFirst();
        if (found.isEmpty()) {
          found = sheets.stream().filter(s -> s.getName().equalsIgnoreCase(sheetName)).findFirst();
        }
        if (found.isEmpty()) {
          problems.add(
              error(
                  ImportRules.NO_SHEET,
                  "the workbook has no sheet "
                      + Texts.quote(sheetName)
                      + "; its sheets are "
                      + sheets.stream()
                          .map(s -> Texts.quote(s.getName()))
                          .collect(Collectors.joining(", ")),
                  Location.of(name, 0, 0)));
          return null;
        }
        sheet = found.get();
        choices.add("sheet: " + Texts.quote(sheet.getName()) + " (given)");
      }
      List<Grid.Row> rows = new ArrayList<>();
      try (Stream<org.dhatim.fastexcel.reader.Row> stream = sheet.openStream()) {
        Iterator<org.dhatim.fastexcel.reader.Row> it = stream.iterator();
        while (it.hasNext()) {
          org.dhatim.fastexcel.reader.Row r = it.next();
          if (rows.size() >= MAX_ROWS) {
            problems.add(
                error(
                    FileRules.LIMIT_EXCEEDED,
                    "the sheet has more than " + MAX_ROWS + " rows",
                    Location.of(name + ":" + sheet.getName(), 0, 0)));
            return null;
          }
          List<String> cells = new ArrayList<>();
          Map<Integer, String> errors = new HashMap<>();
          for (int i = 0; i < r.getCellCount(); i++) {
            Cell c = r.getCell(i);
            String error = errorOf(c);
            if (error != null) {
              errors.put(i, error);
              cells.add("");
            } else {
              cells.add(text(c));
            }
          }
          while (!cells.isEmpty()
              && cells.get(cells.size() - 1).isEmpty()
              && !errors.containsKey(cells.size() - 1)) {
            cells.remove(cells.size() - 1);
          }
          Grid.Row row =
              new Grid.Row(
                  r.getRowNum(),
                  r.getRowNum(),
                  ImmutableList.copyOf(cells),
                  ImmutableMap.copyOf(errors));
          if (!row.isBlank()) {
            rows.add(row);
          }
        }
      }
      return new Grid(name, sheet.getName(), ImmutableList.copyOf(rows));
    } catch (IOException | RuntimeException e) {
      // fastexcel reports a broken part as an unchecked ExcelReaderException, or worse.
      problems.add(
          error(
              ImportRules.UNSAFE_WORKBOOK,
              "cannot be read as an XLSX workbook: " + e.getMessage(),
              Location.of(name, 0, 0)));
      return null;
    }
  }

  private static @Nullable String errorOf(@Nullable Cell c) {
    if (c == null) {
      return null;
    }
    if (c.getType() == CellType.ERROR) {
      String raw = c.getRawValue();
      return raw == null || raw.isEmpty() ? "#ERROR" : raw;
    }
    if (c.getType() == CellType.FORMULA) {
      String raw = c.getRawValue();
      if (raw != null && ERRORS.contains(raw.strip().toUpperCase(Locale.ROOT))) {
        return raw.strip();
      }
    }
    return null;
  }

  /** The text of a cell: a formula's saved value, a date as an ISO date, a number plainly. */
  static String text(@Nullable Cell c) {
    if (c == null) {
      return "";
    }
    String raw = c.getRawValue();
    switch (c.getType()) {
      case EMPTY:
        return "";
      case STRING:
        return c.getText();
      case BOOLEAN:
        return "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "TRUE" : "FALSE";
      case NUMBER:
      case FORMULA:
        if (raw == null) {
          return "";
        }
        if (isNumber(raw)) {
          if (isDate(c.getDataFormatId(), c.getDataFormatString())) {
            try {
              LocalDateTime t = c.asDate();
              return t.toLocalTime().toSecondOfDay() == 0
                  ? t.toLocalDate().toString()
                  : t.toString();
            } catch (RuntimeException e) {
              // A serial no calendar holds (say, 1e300): keep the number.
            }
          }
          return new BigDecimal(raw).stripTrailingZeros().toPlainString();
        }
        return raw;
      default:
        return c.getText();
    }
  }

  private static boolean isNumber(String raw) {
    try {
      new BigDecimal(raw);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Tells whether a number format shows a date: the built-in ids, or d, m and y in the code. */
  static boolean isDate(@Nullable Integer id, @Nullable String format) {
    if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))) {
      return true;
    }
    if (format == null) {
      return false;
    }
    // Drop quoted text, escapes and [colour]/[locale] parts, then look for date letters.
    String f = format.replaceAll("\"[^\"]*\"|\\\\.|\\[[^\\]]*\\]", "").toLowerCase(Locale.ROOT);
    return f.contains("y") || f.contains("d") || (f.contains("m") && !f.contains("h"));
  }

  /**
   * What the first pass found.
   *
   * @param refusal why the workbook is refused, or null if it is within bounds
   * @param styles whether it has a styles part
   */
  record Scan(@Nullable String refusal, boolean styles) {
    static Scan refuse(String why) {
      return new Scan(why, false);
    }
  }

  /** Inflates every entry once, counting, and says whether the workbook is within bounds. */
  static Scan check(Path path) throws IOException {
    long total = 0;
    boolean styles = false;
    try (ZipFile zip = ZipFile.builder().setPath(path).get()) {
      byte[] buf = new byte[1 << 16];
      for (Enumeration<ZipArchiveEntry> en = zip.getEntries(); en.hasMoreElements(); ) {
        ZipArchiveEntry e = en.nextElement();
        if (e.isDirectory()) {
          continue;
        }
        long compressed = Math.max(e.getCompressedSize(), 1);
        long size = 0;
        String entryName = e.getName();
        styles |= entryName.toLowerCase(Locale.ROOT).endsWith("styles.xml");
        boolean xml = entryName.endsWith(".xml") || entryName.endsWith(".rels");
        boolean sst = entryName.toLowerCase(Locale.ROOT).endsWith("sharedstrings.xml");
        Scanner scan = new Scanner();
        try (InputStream in = zip.getInputStream(e)) {
          if (in == null) {
            continue;
          }
          for (int n; (n = in.read(buf)) > 0; ) {
            size += n;
            total += n;
            if (size > RATIO_FLOOR && size > MAX_RATIO * compressed) {
              return Scan.refuse(
                  "refused: the part "
                      + entryName
                      + " inflates more than "
                      + MAX_RATIO
                      + " times (a zip bomb?)");
            }
            if (total > MAX_TOTAL) {
              return Scan.refuse(
                  "refused: the workbook inflates to more than " + (MAX_TOTAL >> 20) + " MB");
            }
            if (xml) {
              scan.feed(buf, n);
              if (scan.doctype) {
                return Scan.refuse(
                    "refused: the part "
                        + entryName
                        + " declares a DTD (<!DOCTYPE or <!ENTITY), which no spreadsheet needs");
              }
              if (sst && scan.strings > MAX_SHARED_STRINGS) {
                return Scan.refuse(
                    "refused: the shared-string table holds more than "
                        + MAX_SHARED_STRINGS
                        + " strings");
              }
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return Scan.refuse("cannot be read as an XLSX workbook (a zip file): " + e.getMessage());
    }
    return new Scan(null, styles);
  }

  /** Looks through XML bytes for a DTD and counts shared-string items, across buffer ends. */
  private static final class Scanner {
    private static final byte[] DOCTYPE = "<!doctype".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENTITY = "<!entity".getBytes(StandardCharsets.US_ASCII);
    private final byte[] tail = new byte[16];
    private int tailLength;
    boolean doctype;
    long strings;

    void feed(byte[] buf, int n) {
      byte[] all = new byte[tailLength + n];
      System.arraycopy(tail, 0, all, 0, tailLength);
      System.arraycopy(buf, 0, all, tailLength, n);
      int start = tailLength;
      for (int i = 0; i < all.length; i++) {
        if (all[i] != '<') {
          continue;
        }
        // Only matches that end in the new bytes count, so none is counted twice.
        if (matches(all, i, DOCTYPE) && i + DOCTYPE.length > start) {
          doctype = true;
        }
        if (matches(all, i, ENTITY) && i + ENTITY.length > start) {
          doctype = true;
        }
        if (isSi(all, i) && i + 4 > start) {
          strings++;
        }
      }
      tailLength = Math.min(all.length, tail.length);
      System.arraycopy(all, all.length - tailLength, tail, 0, tailLength);
    }

    private static boolean matches(byte[] a, int at, byte[] word) {
      if (at + word.length > a.length) {
        return false;
      }
      for (int k = 0; k < word.length; k++) {
        int b = a[at + k];
        if (b >= 'A' && b <= 'Z') {
          b += 'a' - 'A';
        }
        if (b != word[k]) {
          return false;
        }
      }
      return true;
    }

    /** {@code <si>} or {@code <si } or a prefixed {@code <x:si>}. */
    private static boolean isSi(byte[] a, int at) {
      int k = at + 1;
      for (int j = k; j < a.length && j < k + 12; j++) {
        if (a[j] == ':') {
          k = j + 1;
          break;
        }
        if (a[j] == '>' || a[j] == ' ' || a[j] == '/') {
          break;
        }
      }
      return k + 2 < a.length
          && a[k] == 's'
          && a[k + 1] == 'i'
          && (a[k + 2] == '>' || a[k + 2] == ' ');
    }
  }

  private static Diagnostic error(String rule, String message, Location location) {
    return new Diagnostic(rule, Severity.ERROR, message, Subject.file(), location);
  }
}
