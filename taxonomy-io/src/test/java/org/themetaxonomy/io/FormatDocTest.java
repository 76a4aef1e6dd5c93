package org.themetaxonomy.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.themetaxonomy.io.internal.Field;
import org.themetaxonomy.io.internal.Fields;
import org.themetaxonomy.io.internal.Schema;

/** docs/format.md lists every field and every CSV column that {@link Fields} declares. */
class FormatDocTest {
  static final Path PAGE = Path.of("..", "docs", "format.md");

  @Test
  void csvTable_listsEveryColumnOfEveryFile_requiredInBold() throws IOException {
    List<String> lines = Files.readAllLines(PAGE);
    for (Schema<?> schema : Fields.ALL) {
      String row = row(lines, "| `" + schema.file() + "` |");
      if (schema == Fields.TAXONOMY) {
        for (String name : schema.csvNames()) {
          assertThat(row).as(schema.file()).contains("`" + name + "`");
        }
        continue;
      }
      for (Field<?, ?> f : schema.fields()) {
        if (f.inCsv()) {
          String expected = f.isRequired() ? "**`" + f.name() + "`**" : "`" + f.name() + "`";
          assertThat(row).as(schema.file()).contains(expected);
        }
      }
    }
  }

  @Test
  void elementTable_listsEveryJsonField() throws IOException {
    List<String> lines = Files.readAllLines(PAGE);
    String[][] rows = {
      {"| source |", "SOURCE"},
      {"| framework |", "FRAMEWORK"},
      {"| area |", "AREA"},
      {"| theme |", "THEME"},
      {"| evidence |", "EVIDENCE"},
      {"| crosswalk row |", "MAPPING"}
    };
    for (String[] r : rows) {
      String row = row(lines, r[0]);
      for (Field<?, ?> f : Fields.of(org.themetaxonomy.core.Subject.Kind.valueOf(r[1])).fields()) {
        if (f.inJson()) {
          assertThat(row).as(r[0]).contains("`" + f.name() + "`");
        }
      }
    }
  }

  private static String row(List<String> lines, String start) {
    return lines.stream()
        .filter(l -> l.startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + start + " in " + PAGE));
  }
}
