package org.themetaxonomy.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.Area;
import org.themetaxonomy.core.Evidence;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Ids;
import org.themetaxonomy.core.Location;
import org.themetaxonomy.core.Mapping;
import org.themetaxonomy.core.Source;
import org.themetaxonomy.core.StructuralRules;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Subject.Kind;
import org.themetaxonomy.core.Suggestions;
import org.themetaxonomy.core.Texts;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.io.FileRules;
import org.themetaxonomy.io.Progress;
import org.themetaxonomy.io.ReadResult;

/**
 * Reads a CSV bundle (a folder) or a lone CSV file read as its {@code themes.csv}. Each file is
 * read in two steps, rows then model: the rows with their positions first, each checked against its
 * header, then the elements. A bad row is reported and skipped, and reading goes on.
 */
public final class CsvReader {
  /** One CSV file of a bundle. */
  public enum Table {
    /** The taxonomy's own fields, one row each. */
    TAXONOMY("taxonomy.csv", Kind.TAXONOMY, ImmutableList.of("field", "value"), "field", "value"),
    /** The sources. */
    SOURCES("sources.csv", Kind.SOURCE, Fields.SOURCE, "id", "title", "kind"),
    /** The frameworks. */
    FRAMEWORKS("frameworks.csv", Kind.FRAMEWORK, Fields.FRAMEWORK.subList(0, 5), "id", "title"),
    /** The frameworks' areas. */
    AREAS("areas.csv", Kind.AREA, Fields.AREA, "framework", "id", "label"),
    /** The themes. */
    THEMES(
        "themes.csv",
        Kind.THEME,
        ImmutableList.of("id", "parent", "label", "definition", "altLabels", "notes"),
        "id",
        "label"),
    /** The themes' evidence. */
    EVIDENCE("evidence.csv", Kind.EVIDENCE, Fields.EVIDENCE, "theme", "source"),
    /** The crosswalk. */
    CROSSWALK(
        "crosswalk.csv", Kind.MAPPING, Fields.MAPPING, "theme", "framework", "area", "relation");

    private final String file;
    private final Kind kind;
    private final ImmutableList<String> columns;
    private final ImmutableSet<String> required;

    Table(String file, Kind kind, ImmutableList<String> columns, String... required) {
      this.file = file;
      this.kind = kind;
      this.columns = columns;
      this.required = ImmutableSet.copyOf(required);
    }

    /** Returns the file's name in a bundle. */
    public String file() {
      return file;
    }

    /** Returns the columns, in the order the writer writes them. */
    public ImmutableList<String> columns() {
      return columns;
    }

    /** The list a row's values are indexed by: the model's fields, or the columns. */
    ImmutableList<String> index() {
      return kind == Kind.TAXONOMY ? columns : Fields.of(kind);
    }
  }

  /** One data row: values indexed by {@link Table#index()}, each cell's packed position. */
  private record Row(int line, @Nullable String[] values, long[] cells) {
    int lineOf(int f) {
      return cells[f] == 0 ? line : (int) (cells[f] >>> 32);
    }

    int columnOf(int f) {
      return (int) cells[f];
    }
  }

  private final Parsers parsers;

  /**
   * Creates a reader.
   *
   * @param parsers the configured factories
   */
  public CsvReader(Parsers parsers) {
    this.parsers = parsers;
  }

  /**
   * Reads a bundle folder or a lone CSV file.
   *
   * @param path the folder or file
   * @param name how the user named it, for locations
   * @param progress told of the bytes read across all files
   * @return the taxonomy or every problem
   * @throws IOException if a file cannot be read
   */
  public ReadResult read(Path path, String name, Progress progress) throws IOException {
    boolean bundle = Files.isDirectory(path);
    Positions positions = new Positions(name, true);
    Problems problems = new Problems(positions, parsers.options().maxDiagnostics());
    Map<Table, Path> files = new LinkedHashMap<>();
    if (bundle) {
      for (Table t : Table.values()) {
        Path f = path.resolve(t.file);
        positions.file(t.kind, join(name, t.file));
        if (Files.isRegularFile(f)) {
          files.put(t, f);
        }
      }
      positions.file(Kind.FILE, name);
      unknownFiles(path, name, problems);
      if (!files.containsKey(Table.THEMES)) {
        problems.error(
            FileRules.MISSING_COLUMN,
            Subject.file(),
            "the folder has no themes.csv; a CSV bundle needs at least themes.csv with columns id"
                + " and label",
            new Location(name, 0, 0, null));
        return new ReadResult(null, problems.list(), positions);
      }
    } else {
      files.put(Table.THEMES, path);
    }
    long total = 0;
    for (Path f : files.values()) {
      total += Files.size(f);
    }
    Run run = new Run(problems, positions, progress, total);
    Parts parts = run.parts;
    String stem = stem(path);
    parts.header[1] = Ids.isValid(stem) ? stem : "taxonomy";
    parts.header[2] = stem;
    for (Map.Entry<Table, Path> e : files.entrySet()) {
      run.table(e.getKey(), e.getValue());
    }
    run.assemble();
    return parts.finish(problems, false);
  }

  private static String join(String folder, String file) {
    return folder.endsWith("/") || folder.endsWith("\\") ? folder + file : folder + "/" + file;
  }

  private static String stem(Path path) {
    Path file = path.toAbsolutePath().normalize().getFileName();
    String s = file == null ? "taxonomy" : file.toString();
    return s.toLowerCase(Locale.ROOT).endsWith(".csv") ? s.substring(0, s.length() - 4) : s;
  }

  private static void unknownFiles(Path folder, String name, Problems problems) throws IOException {
    List<String> known = Arrays.stream(Table.values()).map(Table::file).toList();
    TreeSet<String> others = new TreeSet<>();
    try (DirectoryStream<Path> list = Files.newDirectoryStream(folder, "*.{csv,CSV}")) {
      for (Path p : list) {
        String file = String.valueOf(p.getFileName());
        if (!known.contains(file)) {
          others.add(file);
        }
      }
    }
    for (String file : others) {
      problems.error(
          FileRules.UNKNOWN_FIELD,
          Subject.file(),
          "the bundle has a file "
              + Texts.quote(file)
              + " that is not part of the format, and its rows would be lost"
              + Suggestions.hint(file, known)
              + "; rename it or move it out of the folder",
          new Location(join(name, file), 0, 0, null));
    }
  }

  /** The state of one read. */
  private final class Run {
    private final Problems problems;
    private final Positions positions;
    private final Parts parts = new Parts();
    private final Elements elements;
    private final Map<Table, List<Row>> rows = new HashMap<>();

    private final Progress progress;
    private final long total;
    private long done;

    Run(Problems problems, Positions positions, Progress progress, long total) {
      this.progress = progress;
      this.total = total;
      this.problems = problems;
      this.positions = positions;
      this.elements = new Elements(problems);
    }

    /** Reads one file's rows, checked against its header. */
    void table(Table table, Path path) throws IOException {
      String file = positions.fileOf(table.kind);
      List<Row> out = new ArrayList<>();
      rows.put(table, out);
      CountingInputStream counted =
          new CountingInputStream(Files.newInputStream(path), done, total, progress);
      try (InputStream in = counted;
          StrictUtf8Reader reader = new StrictUtf8Reader(in);
          CsvParser p = parsers.csv().createParser(reader)) {
        p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        p.disable(CsvParser.Feature.ALLOW_TRAILING_COMMA);
        p.setSchema(CsvSchema.emptySchema());
        new FileRows(table, file, p, out).read();
      } catch (StrictUtf8Reader.InvalidUtf8Exception e) {
        problems.error(
            FileRules.INVALID_UTF8,
            Subject.file(),
            String.format(
                "the file is not valid UTF-8 (byte 0x%02X): it was probably saved as Windows-1252"
                    + " or Latin-1; save it again as \"CSV UTF-8\"",
                e.badByte),
            new Location(file, e.line, e.column, null));
      }
      done = counted.count();
    }

    /** Reads the rows of one file. */
    private final class FileRows {
      private final Table table;
      private final String file;
      private final CsvParser p;
      private final List<Row> out;
      private int @Nullable [] fieldOfColumn;
      private int width;
      private boolean unusable; // the header lacks a required column: rows are only counted

      FileRows(Table table, String file, CsvParser p, List<Row> out) {
        this.table = table;
        this.file = file;
        this.p = p;
        this.out = out;
      }

      void read() throws IOException {
        List<String> cells = new ArrayList<>();
        List<Long> at = new ArrayList<>();
        boolean broken = false;
        boolean sawAny = false;
        long lastError = -1;
        int depth = 0;
        while (true) {
          JsonToken t;
          try {
            t = p.nextToken();
          } catch (StreamConstraintsException e) {
            problems.error(
                FileRules.LIMIT_EXCEEDED,
                Subject.file(),
                JsonReader.limitMessage(e),
                new Location(file, Math.max(p.currentLocation().getLineNr(), 0), 0, null));
            return;
          } catch (JsonParseException e) {
            JsonLocation l = e.getLocation();
            long offset = l == null ? -2 : l.getCharOffset();
            String m = String.valueOf(e.getOriginalMessage());
            boolean unterminated = m.contains("Missing closing quote");
            int line = l == null ? 0 : l.getLineNr();
            problems.error(
                FileRules.MALFORMED_CSV,
                Subject.file(),
                unterminated
                    ? "a quoted cell is never closed: the file ends inside quotes that open on"
                        + " or before this row; add the closing '\"'"
                        + (at.isEmpty()
                            ? ""
                            : " (the row starts on line " + (at.get(0) >>> 32) + ")")
                    : "a stray character follows a closing quote; inside a quoted cell write a"
                        + " quote as \"\", or quote the whole cell",
                new Location(
                    file,
                    unterminated && !at.isEmpty() ? (int) (at.get(0) >>> 32) : line,
                    l == null ? 0 : l.getColumnNr(),
                    null));
            if (unterminated || offset == lastError) {
              return;
            }
            lastError = offset;
            broken = true;
            continue;
          }
          if (t == null) {
            break;
          }
          switch (t) {
            case START_ARRAY -> {
              depth++;
              cells.clear();
              at.clear();
              broken = false;
            }
            case VALUE_STRING -> {
              JsonLocation l = p.currentTokenLocation();
              cells.add(p.getText());
              at.add(((long) l.getLineNr() << 32) | (cells.size()));
            }
            case END_ARRAY -> {
              depth--;
              if (depth == 1) {
                sawAny = true;
                if (!broken) {
                  row(cells, at);
                }
              }
            }
            default -> {}
          }
        }
        if (!sawAny || fieldOfColumn == null) {
          problems.error(
              FileRules.EMPTY_FILE,
              Subject.file(),
              "the file is empty; it needs at least a header row: "
                  + String.join(",", table.columns),
              new Location(file, 1, 1, null));
        }
      }

      private void row(List<String> cells, List<Long> at) {
        int line = at.isEmpty() ? 0 : (int) (at.get(0) >>> 32);
        if (fieldOfColumn == null) {
          header(cells, line);
          return;
        }
        if (cells.stream().allMatch(String::isEmpty)) {
          return; // a blank row, as spreadsheets leave at the end
        }
        if (cells.size() != width) {
          boolean extraEmpty =
              cells.size() > width
                  && cells.subList(width, cells.size()).stream().allMatch(String::isEmpty);
          problems.error(
              FileRules.ROW_LENGTH,
              Subject.file(),
              "this row has "
                  + cells.size()
                  + " cells but the header has "
                  + width
                  + (cells.size() < width
                      ? "; a cell with a comma or line break inside must be quoted"
                      : extraEmpty
                          ? "; the extra cells are empty: delete the trailing commas"
                          : "; a cell with a comma inside must be quoted"),
              new Location(file, line, 0, null));
          return;
        }
        if (unusable) {
          return;
        }
        int size = table.index().size();
        String[] values = new String[size];
        long[] pos = new long[size];
        for (int c = 0; c < width; c++) {
          int f = fieldOfColumn[c];
          if (f >= 0) {
            values[f] = ListCells.unmark(cells.get(c));
            pos[f] = at.get(c);
          }
        }
        out.add(new Row(line, values, pos));
      }

      private void header(List<String> cells, int line) {
        width = cells.size();
        fieldOfColumn = new int[width];
        ImmutableList<String> index = table.index();
        boolean[] present = new boolean[index.size()];
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int c = 0; c < width; c++) {
          String name = cells.get(c);
          fieldOfColumn[c] = -1;
          Location where = new Location(file, line, c + 1, null);
          if (!name.isBlank() && !names.add(name)) {
            problems.error(
                FileRules.DUPLICATE_HEADER,
                Subject.file(),
                "column " + Texts.quote(name) + " appears twice in the header; keep one",
                where);
            continue;
          }
          if (name.isBlank()) {
            problems.error(
                FileRules.UNKNOWN_FIELD,
                Subject.file(),
                "column " + (c + 1) + " has no header; name it or delete the column",
                where);
            continue;
          }
          int f = table.columns.contains(name) ? index.indexOf(name) : -1;
          if (f < 0) {
            problems.error(
                FileRules.UNKNOWN_FIELD,
                Subject.file(),
                "unknown column "
                    + Texts.quote(name)
                    + Suggestions.hint(name, table.columns)
                    + "; the columns of "
                    + table.file
                    + " are "
                    + String.join(", ", table.columns),
                where);
          } else {
            present[f] = true;
            fieldOfColumn[c] = f;
          }
        }
        List<String> missing = new ArrayList<>();
        for (String r : table.required) {
          if (!present[index.indexOf(r)]) {
            missing.add(r);
          }
        }
        if (!missing.isEmpty()) {
          boolean semicolons = cells.stream().anyMatch(h -> h.contains(";"));
          problems.error(
              FileRules.MISSING_COLUMN,
              Subject.file(),
              "the header lacks the required column"
                  + (missing.size() > 1 ? "s " : " ")
                  + String.join(", ", missing)
                  + (semicolons
                      ? "; the file looks semicolon-separated: save it with commas as separators"
                          + " (\"CSV UTF-8, comma delimited\")"
                      : ""),
              new Location(file, line, 1, null));
          unusable = true;
        }
      }
    }

    /** Builds the elements from the rows, in model order, and records their positions. */
    void assemble() {
      taxonomy();
      sources();
      frameworks();
      themes();
      crosswalk();
    }

    private int element(Kind kind, int parent, int sub, Row row) {
      int slot = positions.element(kind, parent, sub, row.line, 1);
      for (int f = 0; f < row.cells.length; f++) {
        if (row.cells[f] != 0) {
          positions.field(kind, slot, f, row.lineOf(f), row.columnOf(f));
        }
      }
      return slot;
    }

    private List<Row> rowsOf(Table t) {
      return rows.getOrDefault(t, List.of());
    }

    private void taxonomy() {
      List<Row> list = rowsOf(Table.TAXONOMY);
      if (list.isEmpty()) {
        return;
      }
      String file = positions.fileOf(Kind.TAXONOMY);
      int slot = positions.element(Kind.TAXONOMY, 0, 0, list.get(0).line, 1);
      boolean[] seen = new boolean[Fields.TAXONOMY.size()];
      for (Row row : list) {
        String field = row.values[0];
        Location where = new Location(file, row.line, 1, "field");
        int f = field == null ? -1 : Fields.TAXONOMY.indexOf(field);
        if (f < 0) {
          problems.error(
              FileRules.UNKNOWN_FIELD,
              Subject.taxonomy(field),
              "unknown field "
                  + Texts.quote(field)
                  + Suggestions.hint(String.valueOf(field), Fields.TAXONOMY)
                  + "; taxonomy.csv has rows for "
                  + String.join(", ", Fields.TAXONOMY),
              where);
        } else if (seen[f]) {
          problems.error(
              FileRules.DUPLICATE_KEY,
              Subject.taxonomy(field),
              "field " + Texts.quote(field) + " has two rows; keep one",
              where);
        } else {
          seen[f] = true;
          positions.field(Kind.TAXONOMY, slot, f, row.lineOf(1), row.columnOf(1));
          parts.header[f] = row.values[1] == null ? "" : row.values[1];
        }
      }
    }

    private void sources() {
      int i = 0;
      for (Row row : rowsOf(Table.SOURCES)) {
        element(Kind.SOURCE, 0, 0, row);
        Source s = elements.source(i++, row.values);
        if (s != null) {
          parts.sources.add(s);
        }
      }
    }

    private void frameworks() {
      // Areas go to their framework in row order; a framework's areas are numbered within it.
      Map<String, List<Row>> areasOf = new HashMap<>();
      for (Row row : rowsOf(Table.AREAS)) {
        areasOf
            .computeIfAbsent(java.util.Objects.toString(row.values[0], ""), k -> new ArrayList<>())
            .add(row);
      }
      int i = 0;
      for (Row row : rowsOf(Table.FRAMEWORKS)) {
        int index = i++;
        element(Kind.FRAMEWORK, 0, 0, row);
        String id = row.values[0];
        List<Row> areaRows = id == null ? List.of() : areasOf.remove(id);
        List<Area> areas = new ArrayList<>();
        if (areaRows != null) {
          String key = Elements.key(id, index);
          for (int a = 0; a < areaRows.size(); a++) {
            element(Kind.AREA, index, a, areaRows.get(a));
            Area area = elements.area(index, a, key, areaRows.get(a).values);
            if (area != null) {
              areas.add(area);
            }
          }
        }
        Framework f = elements.framework(index, row.values, areas);
        if (f != null) {
          parts.frameworks.add(f);
        }
      }
      orphans(areasOf, Table.AREAS, "framework", "frameworks.csv");
    }

    private void orphans(
        Map<String, List<Row>> left, Table table, String column, String parentFile) {
      String file = positions.fileOf(table.kind);
      for (List<Row> list : left.values()) {
        for (Row row : list) {
          String ref = row.values[0];
          if (ref == null) {
            problems.error(
                FileRules.MISSING_FIELD,
                Subject.file(),
                "has no " + Texts.quote(column) + ": every row of " + table.file + " needs one",
                new Location(file, row.line, row.columnOf(0), column));
          } else {
            problems.error(
                StructuralRules.UNKNOWN_REFERENCE,
                Subject.file(),
                column + " " + Texts.quote(ref) + " is not in " + parentFile,
                new Location(file, row.lineOf(0), row.columnOf(0), column));
          }
        }
      }
    }

    private void themes() {
      Map<String, List<Row>> evidenceOf = new HashMap<>();
      for (Row row : rowsOf(Table.EVIDENCE)) {
        evidenceOf
            .computeIfAbsent(java.util.Objects.toString(row.values[0], ""), k -> new ArrayList<>())
            .add(row);
      }
      int i = 0;
      for (Row row : rowsOf(Table.THEMES)) {
        int index = i++;
        element(Kind.THEME, 0, 0, row);
        String id = row.values[0];
        List<Row> evidenceRows = id == null ? null : evidenceOf.remove(id);
        List<Evidence> evidence = new ArrayList<>();
        if (evidenceRows != null) {
          String key = Elements.key(id, index);
          for (int e = 0; e < evidenceRows.size(); e++) {
            element(Kind.EVIDENCE, index, e, evidenceRows.get(e));
            Evidence item = elements.evidence(index, e, key, evidenceRows.get(e).values);
            if (item != null) {
              evidence.add(item);
            }
          }
        }
        Theme t = elements.theme(index, row.values, evidence);
        if (t != null) {
          parts.themes.add(t);
        }
      }
      orphans(evidenceOf, Table.EVIDENCE, "theme", "themes.csv");
    }

    private void crosswalk() {
      int i = 0;
      for (Row row : rowsOf(Table.CROSSWALK)) {
        element(Kind.MAPPING, 0, 0, row);
        Mapping m = elements.mapping(i++, row.values);
        if (m != null) {
          parts.crosswalk.add(m);
        }
      }
    }
  }
}
