package org.themetaxonomy.io.csv;

import com.google.common.collect.ImmutableList;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.io.internal.Field;
import org.themetaxonomy.io.internal.Fields;
import org.themetaxonomy.io.internal.ListCells;
import org.themetaxonomy.io.internal.Schema;
import org.themetaxonomy.io.internal.Type;

/**
 * Writes a CSV bundle: all seven files, the columns of {@link Fields} in their order, RFC 4180
 * quoting, CRLF line ends, UTF-8 with a byte-order mark so that spreadsheets open it as UTF-8.
 * Cells a spreadsheet would run as a formula are marked with a leading {@code '}. The same taxonomy
 * always gives the same bytes.
 */
final class CsvWriter {
  private CsvWriter() {}

  /**
   * Writes a bundle into an existing, empty folder.
   *
   * @param t the taxonomy
   * @param folder the folder
   * @throws IOException if writing fails
   */
  static void write(Taxonomy t, Path folder) throws IOException {
    taxonomy(t, folder);
    table(folder, Fields.SOURCE, t.sources(), null);
    table(folder, Fields.FRAMEWORK, t.frameworks(), null);
    children(folder, t.frameworks(), Fields.FRAMEWORK_ID, Fields.FRAMEWORK_AREAS);
    table(folder, Fields.THEME, t.themes(), null);
    children(folder, t.themes(), Fields.THEME_ID_FIELD, Fields.THEME_EVIDENCE);
    table(folder, Fields.MAPPING, t.crosswalk(), null);
  }

  /** taxonomy.csv: a row for each of the taxonomy's own fields; part-two rows only when set. */
  private static void taxonomy(Taxonomy t, Path folder) throws IOException {
    try (Writer w = open(folder, Fields.TAXONOMY)) {
      row(w, new String[] {"field", "value"}, false);
      for (Field<Taxonomy, ?> f : Fields.TAXONOMY.fields()) {
        if (f.inCsv() && (!f.isSparse() || f.isWritten(t))) {
          row(w, new String[] {f.name(), cell(f, t)}, true);
        }
      }
    }
  }

  /** The children of each parent, in one file, each row naming its parent first. */
  private static <P, C> void children(
      Path folder, List<P> parents, Field<P, String> id, Field<P, ImmutableList<C>> children)
      throws IOException {
    Schema<C> schema = ((Type.Nested<C>) children.type()).schema();
    List<C> all = new ArrayList<>();
    List<String> parentIds = new ArrayList<>();
    for (P parent : parents) {
      ImmutableList<C> list = children.get(parent);
      if (list != null) {
        for (C child : list) {
          all.add(child);
          parentIds.add(id.get(parent));
        }
      }
    }
    table(folder, schema, all, parentIds);
  }

  /**
   * One file: a column for every field CSV has (a part-two field only when some element has a
   * value, so that files without it are written as before), a row per element.
   */
  private static <E> void table(
      Path folder, Schema<E> schema, List<E> elements, @Nullable List<String> parentIds)
      throws IOException {
    List<Field<E, ?>> columns = new ArrayList<>();
    for (Field<E, ?> f : schema.fields()) {
      if (f.inCsv() && (!f.isSparse() || elements.stream().anyMatch(f::isWritten))) {
        columns.add(f);
      }
    }
    try (Writer w = open(folder, schema)) {
      row(w, columns.stream().map(Field::name).toArray(String[]::new), false);
      String[] cells = new String[columns.size()];
      for (int i = 0; i < elements.size(); i++) {
        E e = elements.get(i);
        for (int c = 0; c < cells.length; c++) {
          Field<E, ?> f = columns.get(c);
          cells[c] = f.isParentLink() ? parentIds.get(i) : cell(f, e);
        }
        row(w, cells, true);
      }
    }
  }

  private static <E, V> @Nullable String cell(Field<E, V> f, E element) {
    V value = f.get(element);
    return value == null || f.type().isAbsent(value) ? null : f.type().toCell(value);
  }

  private static Writer open(Path folder, Schema<?> schema) throws IOException {
    OutputStream out = Files.newOutputStream(folder.resolve(schema.file()));
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    w.write('\uFEFF');
    return w;
  }

  private static void row(Writer w, @Nullable String[] cells, boolean mark) throws IOException {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        w.write(',');
      }
      String c = cells[i];
      if (c != null) {
        cell(w, mark ? ListCells.mark(c) : c);
      }
    }
    w.write("\r\n");
  }

  private static void cell(Writer w, String c) throws IOException {
    boolean quote = false;
    for (int i = 0; i < c.length() && !quote; i++) {
      char ch = c.charAt(i);
      quote = ch == ',' || ch == '"' || ch == '\n' || ch == '\r';
    }
    // A lone empty string would read back the same as absent; it never occurs (blank is absent).
    if (!quote) {
      w.write(c);
      return;
    }
    w.write('"');
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      if (ch == '"') {
        w.write('"');
      }
      w.write(ch);
    }
    w.write('"');
  }
}
