package org.themetaxonomy.io.csv;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Ids;
import org.themetaxonomy.core.Location;
import org.themetaxonomy.core.StructuralRules;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Subject.Kind;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.core.internal.Suggestions;
import org.themetaxonomy.core.internal.Texts;
import org.themetaxonomy.io.FileRules;
import org.themetaxonomy.io.Progress;
import org.themetaxonomy.io.ReadResult;
import org.themetaxonomy.io.internal.CountingInputStream;
import org.themetaxonomy.io.internal.Elements;
import org.themetaxonomy.io.internal.Field;
import org.themetaxonomy.io.internal.Fields;
import org.themetaxonomy.io.internal.ListCells;
import org.themetaxonomy.io.internal.Parsers;
import org.themetaxonomy.io.internal.Parts;
import org.themetaxonomy.io.internal.Positions;
import org.themetaxonomy.io.internal.Problems;
import org.themetaxonomy.io.internal.Schema;
import org.themetaxonomy.io.internal.StrictUtf8Reader;
import org.themetaxonomy.io.internal.Values;

/**
 * Reads a CSV bundle (a folder) or a lone CSV file read as its {@code themes.csv}. Each row is
 * checked against its file's header; a bad row is reported and skipped, and reading goes on.
 *
 * <p>Rows become elements as they are read, so a big bundle is not held twice, once as rows and
 * once as a model. Only the rows of the two files whose elements belong to another file's ({@code
 * areas.csv} and {@code evidence.csv}) wait, grouped by their parent's id: those files are read
 * before their parents' ({@code frameworks.csv} and {@code themes.csv}), and each parent takes its
 * children when its own row is read.
 */
final class CsvReader {
  /** One data row: what was read for each field, and each cell's packed position. */
  private record Row(int line, Values values, long[] cells) {
    int lineOf(Field<?, ?> f) {
      long at = cells[f.ordinal()];
      return at == 0 ? line : (int) (at >>> 32);
    }

    int columnOf(Field<?, ?> f) {
      return (int) cells[f.ordinal()];
    }
  }

  // taxonomy.csv is a table of field names and values, not of elements.
  private static final String FIELD = "field";
  private static final String VALUE = "value";
  private static final ImmutableList<String> TAXONOMY_COLUMNS = ImmutableList.of(FIELD, VALUE);

  // Children before their parents, so that a parent's row can be built as soon as it is read.
  private static final ImmutableList<Schema<?>> READ_ORDER =
      ImmutableList.of(
          Fields.TAXONOMY,
          Fields.SOURCE,
          Fields.AREA,
          Fields.FRAMEWORK,
          Fields.EVIDENCE,
          Fields.THEME,
          Fields.MAPPING);

  static {
    if (!Set.copyOf(READ_ORDER).equals(Set.copyOf(Fields.ALL))) {
      throw new IllegalStateException("CsvReader.READ_ORDER must list every schema of Fields.ALL");
    }
  }

  private final Parsers parsers;

  /**
   * Creates a reader.
   *
   * @param parsers the configured factories
   */
  CsvReader(Parsers parsers) {
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
  ReadResult read(Path path, String name, Progress progress) throws IOException {
    boolean bundle = Files.isDirectory(path);
    Positions positions = new Positions(name, true);
    Problems problems = new Problems(positions, parsers.options().maxDiagnostics());
    Map<Schema<?>, Path> files = new LinkedHashMap<>();
    if (bundle) {
      for (Schema<?> t : Fields.ALL) {
        Path f = path.resolve(t.file());
        positions.file(t.kind(), join(name, t.file()));
        if (Files.isRegularFile(f)) {
          files.put(t, f);
        }
      }
      positions.file(Kind.FILE, name);
      unknownFiles(path, name, problems);
      if (!files.containsKey(Fields.THEME)) {
        problems.error(
            FileRules.MISSING_COLUMN,
            Subject.file(),
            "the folder has no themes.csv; a CSV bundle needs at least themes.csv with columns id"
                + " and label",
            new Location(name, 0, 0, null));
        return new ReadResult(null, problems.list(), positions);
      }
    } else {
      files.put(Fields.THEME, path);
    }
    long total = 0;
    for (Path f : files.values()) {
      total += Files.size(f);
    }
    Run run = new Run(problems, positions, progress, total);
    Parts parts = run.parts;
    String stem = stem(path);
    parts.header.put(Fields.TAXONOMY_ID, Ids.isValid(stem) ? stem : "taxonomy");
    parts.header.put(Fields.TAXONOMY_TITLE, stem);
    run.readAll(files);
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
    List<String> known = Fields.ALL.stream().map(Schema::file).toList();
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
    private final boolean[] taxonomySeen = new boolean[Fields.TAXONOMY.size()];
    private int taxonomySlot = -1;
    // The ids on rows skipped for their length, by kind, with their lines: a child row naming one
    // is told where its parent's row is, not that the parent is missing.
    private final Map<Kind, Map<String, Integer>> skippedIds = new EnumMap<>(Kind.class);

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

    /**
     * Reads the files present, children before parents, and puts the elements in the parts, in
     * model order.
     */
    void readAll(Map<Schema<?>, Path> files) throws IOException {
      TopLevel<?> sources = new TopLevel<>(Fields.SOURCE);
      Children areas = new Children(Fields.AREA, Fields.AREA_FRAMEWORK);
      Parents<Framework> frameworks =
          new Parents<>(Fields.FRAMEWORK, Fields.FRAMEWORK_ID, Fields.FRAMEWORK_AREAS, areas);
      Children evidence = new Children(Fields.EVIDENCE, Fields.EVIDENCE_THEME);
      Parents<Theme> themes =
          new Parents<>(Fields.THEME, Fields.THEME_ID_FIELD, Fields.THEME_EVIDENCE, evidence);
      TopLevel<?> crosswalk = new TopLevel<>(Fields.MAPPING);
      Map<Schema<?>, Consumer<Row>> sinks =
          Map.of(
              Fields.TAXONOMY, row -> {}, // its rows are fields, taken as they are read
              Fields.SOURCE, sources,
              Fields.AREA, areas,
              Fields.FRAMEWORK, frameworks,
              Fields.EVIDENCE, evidence,
              Fields.THEME, themes,
              Fields.MAPPING, crosswalk);
      for (Schema<?> t : READ_ORDER) {
        Path path = files.get(t);
        if (path != null) {
          table(t, path, sinks.get(t));
        }
      }
      parts.header.put(Fields.SOURCES, sources.out);
      parts.header.put(Fields.FRAMEWORKS, frameworks.out);
      parts.header.put(Fields.THEMES, themes.out);
      parts.header.put(Fields.CROSSWALK, crosswalk.out);
      areas.orphans(Fields.FRAMEWORK);
      evidence.orphans(Fields.THEME);
    }

    /** Reads one file's rows, checked against its header, and hands each good row on. */
    private void table(Schema<?> table, Path path, Consumer<Row> out) throws IOException {
      String file = positions.fileOf(table.kind());
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
      private final Schema<?> table;
      private final boolean taxonomy;
      private final ImmutableList<String> columns;
      private final String file;
      private final CsvParser p;
      private final Consumer<Row> out;
      // The field of each column by its header; null for an unknown column. For taxonomy.csv,
      // the column's name instead, in columnNames.
      private @Nullable Field<?, ?> @Nullable [] fieldOfColumn;
      private @Nullable String @Nullable [] columnNames;
      private int width;
      private boolean unusable; // the header lacks a required column: rows are only counted

      FileRows(Schema<?> table, String file, CsvParser p, Consumer<Row> out) {
        this.table = table;
        this.taxonomy = table.kind() == Kind.TAXONOMY;
        this.columns = taxonomy ? TAXONOMY_COLUMNS : table.csvNames();
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
                Problems.limitMessage(e),
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
              "the file is empty; it needs at least a header row: " + String.join(",", columns),
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
                          ? "; the extra cells are empty: delete them if they are trailing commas, or"
                              + " quote the cell that has a comma inside"
                          : "; a cell with a comma inside must be quoted"),
              new Location(file, line, 0, null));
          rememberSkipped(cells, line);
          return;
        }
        if (unusable) {
          return;
        }
        if (taxonomy) {
          taxonomyRow(cells, at, line);
          return;
        }
        Values values = new Values(table);
        long[] pos = new long[table.size()];
        for (int c = 0; c < width; c++) {
          Field<?, ?> f = fieldOfColumn[c];
          if (f != null) {
            values.put(f, ListCells.unmark(cells.get(c)));
            pos[f.ordinal()] = at.get(c);
          }
        }
        out.accept(new Row(line, values, pos));
      }

      /** Notes the id of a row skipped for its length, as far as its id column still holds it. */
      private void rememberSkipped(List<String> cells, int line) {
        for (int c = 0; c < Math.min(width, cells.size()); c++) {
          Field<?, ?> f = fieldOfColumn[c];
          if (f != null && f.name().equals("id")) {
            String id = ListCells.unmark(cells.get(c)).strip();
            if (!id.isEmpty()) {
              skippedIds.computeIfAbsent(table.kind(), k -> new HashMap<>()).putIfAbsent(id, line);
            }
          }
        }
      }

      /** A row of taxonomy.csv: one of the taxonomy's own fields. */
      private void taxonomyRow(List<String> cells, List<Long> at, int line) {
        String name = null;
        String value = "";
        long valueAt = 0;
        for (int c = 0; c < width; c++) {
          if (FIELD.equals(columnNames[c])) {
            name = ListCells.unmark(cells.get(c));
          } else if (VALUE.equals(columnNames[c])) {
            value = ListCells.unmark(cells.get(c));
            valueAt = at.get(c);
          }
        }
        if (taxonomySlot < 0) {
          taxonomySlot = positions.element(Kind.TAXONOMY, 0, 0, line, 1);
        }
        Location where = new Location(file, line, 1, FIELD);
        Field<?, ?> f = name == null ? null : Fields.TAXONOMY.csvField(name);
        if (f == null) {
          problems.error(
              FileRules.UNKNOWN_FIELD,
              Subject.taxonomy(name),
              "unknown field "
                  + Texts.quote(name)
                  + Suggestions.hint(String.valueOf(name), table.csvNames())
                  + "; taxonomy.csv has rows for "
                  + String.join(", ", table.csvNames()),
              where);
        } else if (taxonomySeen[f.ordinal()]) {
          problems.error(
              FileRules.DUPLICATE_KEY,
              Subject.taxonomy(name),
              "field " + Texts.quote(name) + " has two rows; keep one",
              where);
        } else {
          taxonomySeen[f.ordinal()] = true;
          positions.field(
              Kind.TAXONOMY, taxonomySlot, f.ordinal(), (int) (valueAt >>> 32), (int) valueAt);
          parts.header.put(f, value);
        }
      }

      private void header(List<String> cells, int line) {
        width = cells.size();
        fieldOfColumn = new Field<?, ?>[width];
        columnNames = new String[width];
        java.util.Set<String> present = new java.util.HashSet<>();
        for (int c = 0; c < width; c++) {
          String name = cells.get(c);
          Location where = new Location(file, line, c + 1, null);
          if (name.isBlank()) {
            problems.error(
                FileRules.UNKNOWN_FIELD,
                Subject.file(),
                "column " + (c + 1) + " has no header; name it or delete the column",
                where);
            continue;
          }
          if (present.contains(name)) {
            problems.error(
                FileRules.DUPLICATE_HEADER,
                Subject.file(),
                "column " + Texts.quote(name) + " appears twice in the header; keep one",
                where);
            continue;
          }
          Field<?, ?> f = taxonomy ? null : table.csvField(name);
          if (f == null && !(taxonomy && columns.contains(name))) {
            present.add(name);
            problems.error(
                FileRules.UNKNOWN_FIELD,
                Subject.file(),
                "unknown column "
                    + Texts.quote(name)
                    + Suggestions.hint(name, columns)
                    + "; the columns of "
                    + table.file()
                    + " are "
                    + String.join(", ", columns),
                where);
          } else {
            present.add(name);
            fieldOfColumn[c] = f;
            columnNames[c] = name;
          }
        }
        List<String> missing = new ArrayList<>();
        for (String r : taxonomy ? TAXONOMY_COLUMNS : table.requiredColumns()) {
          if (!java.util.Arrays.asList(columnNames).contains(r)) {
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

    /** Records the positions of a row's element and of its cells. */
    private void element(Kind kind, int parent, int sub, Row row) {
      int slot = positions.element(kind, parent, sub, row.line, 1);
      for (int f = 0; f < row.cells.length; f++) {
        long at = row.cells[f];
        if (at != 0) {
          positions.field(kind, slot, f, (int) (at >>> 32), (int) at);
        }
      }
    }

    /** The elements of a file that belongs to no other, built as their rows are read. */
    private final class TopLevel<E> implements Consumer<Row> {
      private final Schema<E> schema;
      final List<E> out = new ArrayList<>();
      private int index;

      TopLevel(Schema<E> schema) {
        this.schema = schema;
      }

      @Override
      public void accept(Row row) {
        element(schema.kind(), 0, 0, row);
        E e = elements.build(schema, row.values, index++, -1, "");
        if (e != null) {
          out.add(e);
        }
      }
    }

    /** The rows of a file whose elements belong to another's, waiting by their parent's id. */
    private final class Children implements Consumer<Row> {
      private final Schema<?> schema;
      private final Field<?, String> link;
      // A parent's one row, or the list of its rows: most themes cite one piece of evidence, and
      // at a million rows a list each is a hundred megabytes that the collector must copy.
      private final Map<String, Object> byParent = new HashMap<>();

      Children(Schema<?> schema, Field<?, String> link) {
        this.schema = schema;
        this.link = link;
      }

      @Override
      @SuppressWarnings("unchecked")
      public void accept(Row row) {
        byParent.merge(
            Objects.toString(row.values.text(link), ""),
            row,
            (had, one) -> {
              List<Row> rows;
              if (had instanceof Row first) {
                rows = new ArrayList<>();
                rows.add(first);
              } else {
                rows = (List<Row>) had;
              }
              rows.add((Row) one);
              return rows;
            });
      }

      /** Hands over, once, the rows waiting for a parent, in row order. */
      @SuppressWarnings("unchecked")
      @Nullable List<Row> take(@Nullable String parentId) {
        Object rows = parentId == null ? null : byParent.remove(parentId);
        return rows == null ? null : rows instanceof Row one ? List.of(one) : (List<Row>) rows;
      }

      /** Reports the rows that no parent took; {@code parent} is the schema of their parents. */
      void orphans(Schema<?> parent) {
        List<Row> left = new ArrayList<>();
        for (String parentId : new TreeSet<>(byParent.keySet())) {
          left.addAll(take(parentId));
        }
        CsvReader.Run.this.orphans(left, schema, link, parent);
      }
    }

    /**
     * The elements of a file whose children are in another file, built as their rows are read:
     * areas go to their framework and evidence to its theme in row order, numbered within their
     * parent.
     */
    private final class Parents<P> implements Consumer<Row> {
      private final Schema<P> schema;
      private final Field<P, String> id;
      private final Field<P, ? extends ImmutableList<?>> children;
      private final Children waiting;
      final List<P> out = new ArrayList<>();
      private int index;

      Parents(
          Schema<P> schema,
          Field<P, String> id,
          Field<P, ? extends ImmutableList<?>> children,
          Children waiting) {
        this.schema = schema;
        this.id = id;
        this.children = children;
        this.waiting = waiting;
      }

      @Override
      public void accept(Row row) {
        int at = index++;
        element(schema.kind(), 0, 0, row);
        String parentId = row.values.text(id);
        List<Row> childRows = waiting.take(parentId);
        List<Object> built = new ArrayList<>();
        if (childRows != null) {
          String key = Elements.key(parentId, at);
          for (int c = 0; c < childRows.size(); c++) {
            Row child = childRows.get(c);
            element(waiting.schema.kind(), at, c, child);
            Object e = elements.build(waiting.schema, child.values, at, c, key);
            if (e != null) {
              built.add(e);
            }
          }
        }
        row.values.put(children, built);
        P p = elements.build(schema, row.values, at, -1, "");
        if (p != null) {
          out.add(p);
        }
      }
    }

    private void orphans(List<Row> left, Schema<?> table, Field<?, String> link, Schema<?> parent) {
      String file = positions.fileOf(table.kind());
      String parentFile = parent.file();
      Map<String, Integer> skipped = skippedIds.getOrDefault(parent.kind(), Map.of());
      for (Row row : left) {
        String ref = row.values.text(link);
        if (ref == null || ref.isBlank()) {
          problems.error(
              FileRules.MISSING_FIELD,
              Subject.file(),
              "row "
                  + row.line
                  + " of "
                  + table.file()
                  + " has no "
                  + Texts.quote(link.name())
                  + ": every row of "
                  + table.file()
                  + " needs one",
              new Location(file, row.line, row.columnOf(link), link.name()));
        } else {
          Integer skippedAt = skipped.get(ref);
          problems.error(
              StructuralRules.UNKNOWN_REFERENCE,
              Subject.file(),
              link.name()
                  + " "
                  + Texts.quote(ref)
                  + (skippedAt == null
                      ? " is not in " + parentFile
                      : " is on line "
                          + skippedAt
                          + " of "
                          + parentFile
                          + ", a row that was skipped for its length; mend that row"),
              new Location(file, row.lineOf(link), row.columnOf(link), link.name()));
        }
      }
    }
  }
}
