package org.themetaxonomy.io.internal;

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
import org.themetaxonomy.core.Area;
import org.themetaxonomy.core.Evidence;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Mapping;
import org.themetaxonomy.core.Source;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.io.internal.CsvReader.Table;

/**
 * Writes a CSV bundle: all seven files, every column, RFC 4180 quoting, CRLF line ends, UTF-8 with
 * a byte-order mark so that spreadsheets open it as UTF-8. Cells a spreadsheet would run as a
 * formula are marked with a leading {@code '}. The same taxonomy always gives the same bytes.
 */
public final class CsvWriter {
  private CsvWriter() {}

  /**
   * Writes a bundle into an existing, empty folder.
   *
   * @param t the taxonomy
   * @param folder the folder
   * @throws IOException if writing fails
   */
  public static void write(Taxonomy t, Path folder) throws IOException {
    List<@Nullable String[]> rows = new ArrayList<>();
    rows.add(new String[] {"formatVersion", "1"});
    rows.add(new String[] {"id", t.id()});
    rows.add(new String[] {"title", t.title()});
    rows.add(new String[] {"version", t.version().orElse(null)});
    rows.add(new String[] {"description", t.description().orElse(null)});
    rows.add(new String[] {"language", t.language()});
    file(folder, Table.TAXONOMY, rows);

    rows.clear();
    for (Source s : t.sources()) {
      rows.add(
          new String[] {
            s.id(),
            s.title(),
            s.kind().code(),
            s.date(),
            s.participants(),
            s.participantCount() == null ? null : s.participantCount().toString(),
            s.location(),
            s.url(),
            s.notes()
          });
    }
    file(folder, Table.SOURCES, rows);

    rows.clear();
    List<@Nullable String[]> areas = new ArrayList<>();
    for (Framework f : t.frameworks()) {
      rows.add(new String[] {f.id(), f.title(), f.version(), f.description(), f.url()});
      for (Area a : f.areas()) {
        areas.add(new String[] {f.id(), a.id(), a.label(), a.description()});
      }
    }
    file(folder, Table.FRAMEWORKS, rows);
    file(folder, Table.AREAS, areas);

    rows.clear();
    List<@Nullable String[]> evidence = new ArrayList<>();
    for (Theme th : t.themes()) {
      rows.add(
          new String[] {
            th.id(),
            th.parent(),
            th.label(),
            th.definition(),
            ListCells.join(th.altLabels()),
            th.notes()
          });
      for (Evidence e : th.evidence()) {
        evidence.add(new String[] {th.id(), e.source(), e.locator(), e.excerpt(), e.note()});
      }
    }
    file(folder, Table.THEMES, rows);
    file(folder, Table.EVIDENCE, evidence);

    rows.clear();
    for (Mapping m : t.crosswalk()) {
      rows.add(
          new String[] {
            m.theme(),
            m.framework(),
            m.area(),
            m.relation().code(),
            m.confidence() == null ? null : m.confidence().toString(),
            m.rationale()
          });
    }
    file(folder, Table.CROSSWALK, rows);
  }

  private static void file(Path folder, Table table, List<@Nullable String[]> rows)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(folder.resolve(table.file()));
        Writer w =
            new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
      w.write('\uFEFF');
      row(w, table.columns().toArray(new String[0]), false);
      for (String[] r : rows) {
        row(w, r, true);
      }
    }
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
