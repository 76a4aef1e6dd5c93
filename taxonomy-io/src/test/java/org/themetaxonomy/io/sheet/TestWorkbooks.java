package org.themetaxonomy.io.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds small XLSX workbooks with java.util.zip, so tests need no fixture binaries. A cell is
 * text, except: {@code =FORMULA|saved} is a formula with its saved value, {@code #ERR:#REF!} an
 * error cell, {@code date:45000} a date-formatted serial, {@code n:3.50} a number, {@code null} no
 * cell at all.
 */
final class TestWorkbooks {
  private final Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
  private final Map<String, String> extra = new LinkedHashMap<>();
  private boolean shared;

  /** Adds a sheet. */
  TestWorkbooks sheet(String name, List<List<String>> rows) {
    sheets.put(name, rows);
    return this;
  }

  /** Puts text cells in a shared-string table instead of inline. */
  TestWorkbooks sharedStrings() {
    shared = true;
    return this;
  }

  /** Replaces or adds a part, such as a hostile xl/sharedStrings.xml. */
  TestWorkbooks part(String name, String content) {
    extra.put(name, content);
    return this;
  }

  void write(Path path) throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    StringBuilder types =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
                + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\""
                + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
    StringBuilder book =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook"
                + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets>");
    StringBuilder rels =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
                + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    List<String> strings = new ArrayList<>();
    int n = 0;
    for (Map.Entry<String, List<List<String>>> s : sheets.entrySet()) {
      n++;
      book.append("<sheet name=\"")
          .append(esc(s.getKey()))
          .append("\" sheetId=\"")
          .append(n)
          .append("\" r:id=\"rId")
          .append(n)
          .append("\"/>");
      rels.append("<Relationship Id=\"rId")
          .append(n)
          .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/")
          .append("worksheet\" Target=\"worksheets/sheet")
          .append(n)
          .append(".xml\"/>");
      types
          .append("<Override PartName=\"/xl/worksheets/sheet")
          .append(n)
          .append(".xml\" ContentType=\"application/")
          .append("vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
      parts.put("xl/worksheets/sheet" + n + ".xml", sheetXml(s.getValue(), strings));
    }
    rels.append("<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/")
        .append("officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
    if (shared || extra.containsKey("xl/sharedStrings.xml")) {
      types.append(
          "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
              + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
      rels.append("<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/")
          .append(
              "officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
      StringBuilder sst =
          new StringBuilder(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst"
                  + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
      strings.forEach(t -> sst.append("<si><t>").append(esc(t)).append("</t></si>"));
      parts.put("xl/sharedStrings.xml", sst.append("</sst>").toString());
    }
    parts.put("[Content_Types].xml", types.append("</Types>").toString());
    parts.put(
        "_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
            + "2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    parts.put("xl/workbook.xml", book.append("</sheets></workbook>").toString());
    parts.put("xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
    parts.put(
        "xl/styles.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet"
            + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs>"
            + "</styleSheet>");
    parts.putAll(extra);
    try (OutputStream out = Files.newOutputStream(path);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> p : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(p.getKey()));
        zip.write(p.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
  }

  private String sheetXml(List<List<String>> rows, List<String> strings) {
    StringBuilder b =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
                + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    for (int r = 0; r < rows.size(); r++) {
      b.append("<row r=\"").append(r + 1).append("\">");
      List<String> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        String v = row.get(c);
        if (v == null) {
          continue;
        }
        String ref = Grid.columnName(c) + (r + 1);
        b.append("<c r=\"").append(ref).append('"');
        if (v.startsWith("=")) {
          int bar = v.indexOf('|');
          b.append(" t=\"str\"><f>")
              .append(esc(v.substring(1, bar)))
              .append("</f><v>")
              .append(esc(v.substring(bar + 1)))
              .append("</v></c>");
        } else if (v.startsWith("#ERR:")) {
          b.append(" t=\"e\"><v>").append(esc(v.substring(5))).append("</v></c>");
        } else if (v.startsWith("date:")) {
          b.append(" s=\"1\"><v>").append(v.substring(5)).append("</v></c>");
        } else if (v.startsWith("n:")) {
          b.append("><v>").append(v.substring(2)).append("</v></c>");
        } else if (shared) {
          strings.add(v);
          b.append(" t=\"s\"><v>").append(strings.size() - 1).append("</v></c>");
        } else {
          b.append(" t=\"inlineStr\"><is><t>").append(esc(v)).append("</t></is></c>");
        }
      }
      b.append("</row>");
    }
    return b.append("</sheetData></worksheet>").toString();
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
