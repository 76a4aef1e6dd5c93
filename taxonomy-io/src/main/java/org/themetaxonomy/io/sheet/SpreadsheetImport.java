package org.themetaxonomy.io.sheet;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.Area;
import org.themetaxonomy.core.BuildResult;
import org.themetaxonomy.core.Diagnostic;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Ids;
import org.themetaxonomy.core.Location;
import org.themetaxonomy.core.Locator;
import org.themetaxonomy.core.Mapping;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.core.internal.Texts;
import org.themetaxonomy.io.sheet.ColumnMap.Field;

/**
 * Imports a spreadsheet whose columns are not ours: a CSV or TSV file, or one sheet of an XLSX
 * workbook. Columns are mapped by a {@link ColumnMap} or guessed from common headers; parents may
 * be ids, labels or paths; area columns become a framework and crosswalk rows. Every cell it cannot
 * use is a located warning and every choice it made is in the result.
 *
 * <pre>{@code
 * ImportOptions options =
 *     ImportOptions.DEFAULTS
 *         .withColumns(ColumnMap.EMPTY.withOption("label=Code").withOption("parent=Code Groups"));
 * ImportResult result = SpreadsheetImport.read(Path.of("codebook.csv"), options);
 * Taxonomy taxonomy = result.orElseThrow();
 * }</pre>
 *
 * <p>The import is not a {@link org.themetaxonomy.io.Format}: it needs a map. Write its taxonomy
 * with {@link org.themetaxonomy.io.TaxonomyFiles#write}.
 */
public final class SpreadsheetImport {
  /** The header row is looked for among this many first rows. */
  static final int HEADER_SEARCH = 20;

  private static final Set<String> TOOL_ROOTS =
      Set.of("nodes", "node", "codes", "code", "codebook", "themes", "tags");

  private SpreadsheetImport() {}

  /**
   * Imports a spreadsheet. {@code .xlsx} and {@code .xlsm} files (or any file that starts as a zip
   * does) are read as workbooks, anything else as CSV or TSV.
   *
   * @param path the file
   * @param options the columns and choices
   * @return the taxonomy or the problems, with every choice made
   * @throws NoSuchFileException if there is no file
   * @throws IOException if it cannot be read
   */
  public static ImportResult read(Path path, ImportOptions options) throws IOException {
    if (!Files.isRegularFile(path)) {
      throw new NoSuchFileException(path.toString(), null, "no such file");
    }
    return new Run(path, options).run();
  }

  /** One import: the state of reading one file. */
  private static final class Run {
    final Path path;
    final String name;
    final ImportOptions options;
    final List<Diagnostic> problems = new ArrayList<>();
    final List<String> choices = new ArrayList<>();
    @Nullable Grid grid;
    List<String> headers = List.of();
    final Map<Field, Integer> columns = new EnumMap<>(Field.class);
    final List<Integer> areaColumns = new ArrayList<>();
    @Nullable String separator;
    ColumnMap used = ColumnMap.EMPTY;

    Run(Path path, ImportOptions options) {
      this.path = path;
      this.name = path.toString();
      this.options = options;
      this.separator = options.pathSeparator();
    }

    ImportResult run() throws IOException {
      grid = readGrid();
      if (grid == null || grid.rows().isEmpty()) {
        if (grid != null) {
          problems.add(
              error(
                  org.themetaxonomy.io.FileRules.EMPTY_FILE,
                  "the sheet has no rows",
                  grid.locate(
                      new Grid.Row(
                          1, 1, ImmutableList.of(), com.google.common.collect.ImmutableMap.of()),
                      -1,
                      null)));
        }
        return failed();
      }
      int headerIndex = findHeader();
      if (headerIndex < 0) {
        return failed();
      }
      Grid.Row header = grid.rows().get(headerIndex);
      headers = header.cells().stream().map(String::strip).toList();
      choices.add(
          "header row: "
              + header.number()
              + (options.headerRow() > 0 ? " (given)" : " (found; --header-row N to choose)"));
      if (!mapColumns(header)) {
        return failed();
      }
      List<Grid.Row> data = grid.rows().subList(headerIndex + 1, grid.rows().size());
      if (data.isEmpty()) {
        problems.add(
            error(
                org.themetaxonomy.io.FileRules.EMPTY_FILE,
                "there are no rows under the header row, so there is nothing to import",
                grid.locate(header, -1, null)));
        return failed();
      }
      return assemble(data);
    }

    private ImportResult failed() {
      return new ImportResult(
          null, ImmutableList.copyOf(problems), used, ImmutableList.copyOf(choices), Locator.NONE);
    }

    private @Nullable Grid readGrid() throws IOException {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".xls")) {
        problems.add(
            error(
                ImportRules.UNSAFE_WORKBOOK,
                "an Excel 97-2003 .xls workbook cannot be read; save it as .xlsx or CSV UTF-8",
                Location.of(name, 0, 0)));
        return null;
      }
      if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || startsAsZip()) {
        return XlsxGrid.read(path, name, options.sheet(), problems, choices);
      }
      return CsvGrid.read(path, name, options.delimiter(), problems, choices);
    }

    private boolean startsAsZip() throws IOException {
      try (InputStream in = Files.newInputStream(path)) {
        byte[] magic = in.readNBytes(4);
        return magic.length == 4
            && magic[0] == 'P'
            && magic[1] == 'K'
            && magic[2] == 3
            && magic[3] == 4;
      }
    }

    /** Returns the index of the header row in the grid, or -1 after a problem. */
    private int findHeader() {
      List<Grid.Row> rows = grid.rows();
      if (options.headerRow() > 0) {
        for (int i = 0; i < rows.size(); i++) {
          if (rows.get(i).number() == options.headerRow()) {
            return i;
          }
        }
        problems.add(
            error(
                ImportRules.UNKNOWN_HEADER,
                "row "
                    + options.headerRow()
                    + " is blank or past the end of the sheet; --header-row names the row of"
                    + " column names",
                Location.of(name, 0, 0)));
        return -1;
      }
      int search = Math.min(HEADER_SEARCH, rows.size());
      String label = options.columns().label();
      if (label != null && !label.isEmpty()) {
        for (int i = 0; i < search; i++) {
          if (find(rows.get(i).cells().stream().map(String::strip).toList(), label) >= 0) {
            return i;
          }
        }
      }
      // A header names every column, so it is at least as full as a typical row: a title line
      // above it has fewer cells. The first row as full as the median of the first rows wins.
      long[] filled = new long[search];
      for (int i = 0; i < search; i++) {
        filled[i] = rows.get(i).cells().stream().filter(c -> !c.isBlank()).count();
      }
      long[] sorted = filled.clone();
      Arrays.sort(sorted);
      long median = sorted[(search - 1) / 2];
      for (int i = 0; i < search; i++) {
        if (filled[i] >= median) {
          return i;
        }
      }
      return 0;
    }

    /** Finds a header: exactly, then ignoring case and spaces, then folded. */
    private static int find(List<String> headers, String wanted) {
      String w = wanted.strip();
      for (int i = 0; i < headers.size(); i++) {
        if (headers.get(i).equals(w)) {
          return i;
        }
      }
      for (int i = 0; i < headers.size(); i++) {
        if (headers.get(i).replaceAll("\\s+", " ").equalsIgnoreCase(w.replaceAll("\\s+", " "))) {
          return i;
        }
      }
      return -1;
    }

    private boolean mapColumns(Grid.Row header) {
      ColumnMap given = options.columns();
      Location where = grid.locate(header, -1, null);
      boolean ok = true;
      Set<Integer> taken = new HashSet<>();
      for (Field f : Field.values()) {
        List<String> wanted =
            f == Field.AREA
                ? given.area()
                : given.header(f) == null || given.header(f).isEmpty()
                    ? List.of()
                    : List.of(given.header(f));
        for (String h : wanted) {
          int at = find(headers, h);
          if (at < 0) {
            problems.add(
                error(
                    ImportRules.UNKNOWN_HEADER,
                    "there is no column "
                        + Texts.quote(h)
                        + " for "
                        + f.code()
                        + "; the headers are "
                        + quoted(headers),
                    where));
            ok = false;
          } else if (f == Field.AREA) {
            areaColumns.add(at);
            taken.add(at);
          } else {
            columns.put(f, at);
            taken.add(at);
          }
        }
      }
      // Guess the fields left null, first column first; a later look-alike is only mentioned.
      for (int i = 0; i < headers.size(); i++) {
        Field f = Headers.guess(headers.get(i));
        if (f == null || taken.contains(i) || given.header(f) != null) {
          continue;
        }
        if (columns.containsKey(f)) {
          if (headers.get(i).equals(headers.get(columns.get(f)))) {
            choices.add(
                "the header names "
                    + Texts.quote(headers.get(i))
                    + " twice; column "
                    + (columns.get(f) + 1)
                    + " is read as "
                    + f.code()
                    + ", column "
                    + (i + 1)
                    + " is not");
            continue;
          }
          choices.add(
              "column "
                  + Texts.quote(headers.get(i))
                  + " also looks like "
                  + f.code()
                  + " but "
                  + Texts.quote(headers.get(columns.get(f)))
                  + " came first");
          continue;
        }
        columns.put(f, i);
        taken.add(i);
      }
      if (!ok) {
        return false;
      }
      if (!columns.containsKey(Field.LABEL)) {
        String example =
            headers.stream()
                .filter(h -> !h.isBlank() && h.length() <= 40 && !h.contains("\n"))
                .findFirst()
                .orElse("HEADER");
        problems.add(
            error(
                ImportRules.NO_LABEL_COLUMN,
                "cannot tell which column holds the theme names; the headers are "
                    + quoted(headers)
                    + ". Name it with --column label=HEADER, for example --column label="
                    + ColumnMap.shellQuote(example),
                where));
        return false;
      }
      if (!areaColumns.isEmpty() && options.frameworkId() == null) {
        problems.add(
            error(
                ImportRules.NEEDS_FRAMEWORK,
                "the area column"
                    + (areaColumns.size() > 1 ? "s need" : " needs")
                    + " a framework to hold the areas; name it with --framework ID",
                where));
        return false;
      }
      ColumnMap map = ColumnMap.EMPTY;
      for (Map.Entry<Field, Integer> e : columns.entrySet()) {
        map = map.with(e.getKey(), headers.get(e.getValue()));
      }
      for (int a : areaColumns) {
        map = map.with(Field.AREA, headers.get(a));
      }
      used = map;
      choices.add("columns: " + map.toOptions());
      List<String> unused = new ArrayList<>();
      for (int i = 0; i < headers.size(); i++) {
        if (!taken.contains(i) && !headers.get(i).isBlank()) {
          unused.add(headers.get(i));
        }
      }
      if (!unused.isEmpty()) {
        choices.add("not imported: " + quoted(unused) + " (map one with --column FIELD=HEADER)");
      }
      if (separator == null
          && columns.containsKey(Field.PARENT)
          && Headers.fold(headers.get(columns.get(Field.PARENT))).equals("hierarchicalname")) {
        separator = "\\";
        choices.add("path separator: '\\' (NVivo's Hierarchical Name; --path-separator to change)");
      } else if (separator != null) {
        choices.add("path separator: " + Texts.quote(separator) + " (given)");
      }
      return true;
    }

    /** Quotes up to ten items, each cut to 40 characters, for a message that stays readable. */
    private static String quoted(java.util.Collection<String> items) {
      String shown =
          items.stream()
              .limit(10)
              .map(h -> Texts.quote(shorten(h)))
              .collect(Collectors.joining(", "));
      return items.size() > 10 ? shown + " and " + (items.size() - 10) + " more" : shown;
    }

    private static String shorten(String h) {
      String one = h.replaceAll("\\s+", " ").strip();
      return one.length() > 40 ? one.substring(0, 39) + "\u2026" : one;
    }

    // ---------------------------------------------------------------- building the taxonomy

    /** A theme in the making. */
    private static final class Node {
      final String label;
      final @Nullable Node pathParent;
      Grid.@Nullable Row row;
      @Nullable String givenId;
      @Nullable Node parent;
      String id = "";

      Node(String label, @Nullable Node pathParent) {
        this.label = label;
        this.pathParent = pathParent;
      }
    }

    private String cell(Grid.Row row, Field f) {
      Integer at = columns.get(f);
      return at == null ? "" : row.cell(at).strip();
    }

    private Location at(Grid.Row row, Field f) {
      Integer c = columns.get(f);
      return grid.locate(row, c == null ? -1 : c, c == null ? null : headers.get(c));
    }

    private ImportResult assemble(List<Grid.Row> data) {
      List<Node> order = new ArrayList<>();
      Map<String, Node> byKey = new LinkedHashMap<>();
      Map<String, Node> byId = new HashMap<>();
      List<Node> rowNodes = new ArrayList<>();
      boolean csv = grid.sheet() == null;
      int droppedRoots = 0;
      for (Grid.Row row : data) {
        checkCells(row, csv);
        String label = cell(row, Field.LABEL);
        if (label.isEmpty()) {
          boolean other =
              columns.entrySet().stream()
                      .anyMatch(e -> e.getKey() != Field.LABEL && !row.cell(e.getValue()).isBlank())
                  || areaColumns.stream().anyMatch(a -> !row.cell(a).isBlank());
          if (other) {
            problems.add(
                warning(
                    ImportRules.EMPTY_LABEL,
                    "this row has no label, so it is not imported",
                    at(row, Field.LABEL)));
          }
          continue;
        }
        Node node;
        if (separator != null) {
          List<String> labelPath = split(label);
          List<String> parentPath = split(cell(row, Field.PARENT));
          int before = labelPath.size() + parentPath.size();
          labelPath = dropRoot(labelPath);
          parentPath = dropRoot(parentPath);
          droppedRoots += before - labelPath.size() - parentPath.size();
          if (labelPath.isEmpty()) {
            problems.add(
                warning(
                    ImportRules.EMPTY_LABEL,
                    "this row's label is only a path separator, so it is not imported",
                    at(row, Field.LABEL)));
            continue;
          }
          List<String> full = new ArrayList<>(parentPath);
          if (!endsWith(parentPath, labelPath)) {
            full.addAll(labelPath);
          }
          Node parent = null;
          for (int k = 1; k <= full.size(); k++) {
            String key = String.join("\u001f", full.subList(0, k));
            Node n = byKey.get(key);
            if (n == null) {
              n = new Node(full.get(k - 1), parent);
              n.parent = parent;
              byKey.put(key, n);
              order.add(n);
            }
            parent = n;
          }
          node = parent;
          if (node.row != null) {
            problems.add(
                warning(
                    ImportRules.DUPLICATE_LABEL,
                    "row "
                        + node.row.number()
                        + " already has the theme "
                        + Texts.quote(String.join(" / ", full))
                        + "; this row is not imported",
                    at(row, Field.LABEL)));
            continue;
          }
        } else {
          node = new Node(label, null);
          if (byKey.containsKey(label)) {
            problems.add(
                warning(
                    ImportRules.DUPLICATE_LABEL,
                    "row "
                        + byKey.get(label).row.number()
                        + " has the same label; both are imported, and a parent cell naming it"
                        + " means the first",
                    at(row, Field.LABEL)));
          } else {
            byKey.put(label, node);
          }
          rowNodes.add(node);
        }
        node.row = row;
        String id = cell(row, Field.ID);
        if (!id.isEmpty()) {
          if (!Ids.isValid(id)) {
            problems.add(
                warning(
                    ImportRules.INVALID_ID,
                    Texts.quote(id)
                        + " is not a valid id (letters, digits, '.', '_', '-', at most 64);"
                        + " the theme gets an id made from its label",
                    at(row, Field.ID)));
          } else if (byId.containsKey(id)) {
            problems.add(
                warning(
                    ImportRules.DUPLICATE_ID,
                    "row "
                        + byId.get(id).row.number()
                        + " has the id "
                        + Texts.quote(id)
                        + " already; this theme gets an id made from its label",
                    at(row, Field.ID)));
          } else {
            node.givenId = id;
            byId.put(id, node);
          }
        }
      }
      if (droppedRoots > 0) {
        choices.add(
            "dropped the tool's root folder (Nodes, Codes) from "
                + droppedRoots
                + " paths (--keep-root keeps it)");
      }
      if (separator == null) {
        order = linkParents(rowNodes, byKey, byId);
      }
      assignIds(order);
      return build(order);
    }

    private void checkCells(Grid.Row row, boolean csv) {
      for (Map.Entry<Integer, String> e : row.errors().entrySet()) {
        int c = e.getKey();
        problems.add(
            warning(
                ImportRules.CELL_ERROR,
                "the cell holds the error "
                    + e.getValue()
                    + "; it is read as blank and the row is kept",
                grid.locate(row, c, c < headers.size() ? headers.get(c) : null)));
      }
      if (!csv || row.cells().size() == headers.size()) {
        return;
      }
      int n = row.cells().size();
      if (n > headers.size()) {
        boolean extra = row.cells().subList(headers.size(), n).stream().anyMatch(s -> !s.isBlank());
        if (!extra) {
          return;
        }
        problems.add(
            warning(
                ImportRules.RAGGED_ROW,
                "this row has "
                    + n
                    + " cells but the header "
                    + headers.size()
                    + "; the cells past the last column are not read (a delimiter inside an"
                    + " unquoted cell?)",
                grid.locate(row, headers.size(), null)));
      } else {
        problems.add(
            warning(
                ImportRules.RAGGED_ROW,
                "this row has "
                    + n
                    + " cells but the header "
                    + headers.size()
                    + "; the missing ones are read as blank",
                grid.locate(row, n - 1, headers.get(n - 1))));
      }
    }

    private List<String> split(String text) {
      if (text.isEmpty()) {
        return List.of();
      }
      return Arrays.stream(text.split(Pattern.quote(separator)))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .toList();
    }

    private List<String> dropRoot(List<String> path) {
      if (!options.keepToolRoot()
          && path.size() > 1
          && TOOL_ROOTS.contains(path.get(0).toLowerCase(Locale.ROOT))) {
        return path.subList(1, path.size());
      }
      return path;
    }

    private static boolean endsWith(List<String> path, List<String> tail) {
      if (path.isEmpty() || tail.size() > path.size()) {
        return false;
      }
      return path.subList(path.size() - tail.size(), path.size()).equals(tail);
    }

    /** Resolves parent cells (ids or labels), makes themes of names found only there. */
    private List<Node> linkParents(
        List<Node> rowNodes, Map<String, Node> byLabel, Map<String, Node> byId) {
      Map<String, Node> byFolded = new HashMap<>();
      byLabel.forEach((k, v) -> byFolded.putIfAbsent(foldLabel(k), v));
      int idHits = 0;
      int labelHits = 0;
      for (Node n : rowNodes) {
        String p = cell(n.row, Field.PARENT);
        if (!p.isEmpty()) {
          idHits += byId.containsKey(p) ? 1 : 0;
          labelHits += byLabel.containsKey(p) ? 1 : 0;
        }
      }
      boolean byIds = columns.containsKey(Field.ID) && idHits > 0 && idHits >= labelHits;
      if (columns.containsKey(Field.PARENT)) {
        choices.add(
            "parents: "
                + (byIds ? "by id" : "by label")
                + " (column "
                + Texts.quote(headers.get(columns.get(Field.PARENT)))
                + ")");
      }
      List<Node> order = new ArrayList<>();
      Map<String, Node> made = new LinkedHashMap<>();
      for (Node n : rowNodes) {
        String p = cell(n.row, Field.PARENT);
        Node parent = null;
        if (!p.isEmpty()) {
          parent = byIds ? byId.get(p) : byLabel.get(p);
          if (parent == null) {
            parent = byIds ? byLabel.get(p) : byId.get(p);
          }
          if (parent == null) {
            parent = byFolded.get(foldLabel(p));
          }
          if (parent == null && byIds) {
            problems.add(
                warning(
                    ImportRules.UNKNOWN_PARENT,
                    "the parent "
                        + Texts.quote(p)
                        + " is no theme's id or label; the theme is put at the top level",
                    at(n.row, Field.PARENT)));
          } else if (parent == null) {
            parent = made.get(p);
            if (parent == null) {
              parent = new Node(p, null);
              made.put(p, parent);
              order.add(parent);
            }
          } else if (parent == n) {
            parent = null; // a row naming itself as its parent is at the top level
          }
        }
        n.parent = parent;
        order.add(n);
      }
      if (!made.isEmpty()) {
        choices.add(
            "made "
                + made.size()
                + (made.size() == 1 ? " theme" : " themes")
                + " from names found only in the parent column: "
                + quoted(made.keySet()));
      }
      breakCycles(rowNodes);
      return order;
    }

    private static String foldLabel(String s) {
      return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Breaks each parent cycle at the row that closes it, the last one in the sheet. */
    private void breakCycles(List<Node> rowNodes) {
      for (Node start : rowNodes) {
        List<Node> chain = new ArrayList<>();
        Set<Node> seen = new HashSet<>();
        for (Node n = start; n != null; n = n.parent) {
          if (!seen.add(n)) {
            List<Node> cycle = chain.subList(chain.indexOf(n), chain.size());
            Node last = cycle.get(0);
            for (Node c : cycle) {
              if (c.row != null && (last.row == null || c.row.number() > last.row.number())) {
                last = c;
              }
            }
            problems.add(
                warning(
                    ImportRules.PARENT_CYCLE,
                    "the parents form a cycle ("
                        + cycle.stream()
                            .map(c -> Texts.quote(c.label))
                            .collect(Collectors.joining(" > "))
                        + " > "
                        + Texts.quote(n.label)
                        + "); this theme is put at the top level",
                    at(last.row, Field.PARENT)));
            last.parent = null;
            break;
          }
          chain.add(n);
        }
      }
    }

    private void assignIds(List<Node> order) {
      Set<String> taken = new HashSet<>();
      for (Node n : order) {
        if (n.givenId != null) {
          n.id = n.givenId;
          taken.add(n.id);
        }
      }
      for (Node n : order) {
        if (n.givenId == null) {
          n.id = Slugs.unique(Slugs.of(n.label, "theme"), taken);
          taken.add(n.id);
        }
      }
    }

    private ImportResult build(List<Node> order) {
      String stem = path.getFileName().toString().replaceFirst("\\.[^.]*$", "");
      String taxonomyId =
          options.taxonomyId() != null ? options.taxonomyId() : Slugs.of(stem, "taxonomy");
      String title = options.title() != null ? options.title() : stem.isBlank() ? taxonomyId : stem;
      Taxonomy.Builder b = Taxonomy.builder(taxonomyId, title);
      Map<Integer, Location> locations = new HashMap<>();
      Map<String, Area> areas = new LinkedHashMap<>();
      Set<String> areaIds = new HashSet<>();
      List<Mapping> mappings = new ArrayList<>();
      Set<String> seenMappings = new HashSet<>();
      List<Integer> mappingRows = new ArrayList<>();
      for (int i = 0; i < order.size(); i++) {
        Node n = order.get(i);
        Theme.Builder t = Theme.builder(n.id, n.label);
        if (n.parent != null) {
          t.parent(n.parent.id);
        }
        if (n.row != null) {
          Grid.Row row = n.row;
          locations.put(i, at(row, Field.LABEL));
          t.definition(cell(row, Field.DEFINITION));
          t.notes(cell(row, Field.NOTES));
          String alt = cell(row, Field.ALT_LABELS);
          if (!alt.isEmpty()) {
            t.altLabels(
                Arrays.stream(alt.split("[|;\\r\\n]+"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty() && !s.equals(n.label))
                    .distinct()
                    .toArray(String[]::new));
          }
          for (int a : areaColumns) {
            String v = row.cell(a).strip();
            if (v.isEmpty()) {
              continue;
            }
            Area area = areas.get(v);
            if (area == null) {
              String areaId = Slugs.unique(Slugs.of(v, "area"), areaIds);
              areaIds.add(areaId);
              area = Area.of(areaId, v);
              areas.put(v, area);
            }
            if (seenMappings.add(n.id + "\u001f" + area.id())) {
              mappings.add(Mapping.of(n.id, options.frameworkId(), area.id(), options.relation()));
              mappingRows.add(i);
            }
          }
        }
        b.addTheme(t.build());
      }
      if (options.frameworkId() != null && !areas.isEmpty()) {
        String ft =
            options.frameworkTitle() != null ? options.frameworkTitle() : options.frameworkId();
        b.addFramework(Framework.of(options.frameworkId(), ft, List.copyOf(areas.values())));
        b.addMappings(mappings);
        choices.add(
            "framework "
                + Texts.quote(options.frameworkId())
                + ": "
                + areas.size()
                + " areas, "
                + mappings.size()
                + " crosswalk rows, relation "
                + options.relation().code());
      }
      Locator locator =
          subject -> {
            int index =
                switch (subject.kind()) {
                  case THEME, EVIDENCE -> subject.index();
                  case MAPPING ->
                      subject.index() >= 0 && subject.index() < mappingRows.size()
                          ? mappingRows.get(subject.index())
                          : -1;
                  default -> -1;
                };
            return locations.getOrDefault(index, Location.UNKNOWN);
          };
      BuildResult built = b.tryBuild(locator);
      problems.addAll(built.diagnostics());
      Taxonomy taxonomy =
          problems.stream().anyMatch(d -> d.severity() == Severity.ERROR) ? null : built.taxonomy();
      return new ImportResult(
          taxonomy, ImmutableList.copyOf(problems), used, ImmutableList.copyOf(choices), locator);
    }

    private static Diagnostic error(String rule, String message, Location location) {
      return new Diagnostic(rule, Severity.ERROR, message, Subject.file(), location);
    }

    private static Diagnostic warning(String rule, String message, Location location) {
      return new Diagnostic(rule, Severity.WARNING, message, Subject.file(), location);
    }
  }
}
