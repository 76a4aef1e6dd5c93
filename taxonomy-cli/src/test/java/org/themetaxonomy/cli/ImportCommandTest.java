package org.themetaxonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themetaxonomy.cli.CliTesting.SEEDS;
import static org.themetaxonomy.cli.CliTesting.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.themetaxonomy.cli.CliTesting.Result;

class ImportCommandTest {
  /** The copy of the edgeai table kept in the io module's test resources (MIT, see README). */
  static final Path EDGEAI =
      SEEDS
          .getParent()
          .resolve("taxonomy-io/src/test/resources/org/themetaxonomy/io/sheet/edgeai-themes.csv");

  @TempDir Path dir;

  @Test
  void import_edgeaiWithColumns_writesAndValidates() throws IOException {
    Path out = dir.resolve("edgeai.json");

    Result r =
        run(
            "import",
            "--column",
            "label=theme (m2m/edge_literature)",
            "--column",
            "parent=high-order_themes",
            "--column",
            "id=theme_ID",
            "--column",
            "area=capabilities (ISO 30141)",
            "--framework",
            "iso-iec-30141",
            EDGEAI.toString(),
            out.toString());

    assertThat(r.status()).as(r.err()).isEqualTo(Main.OK);
    assertThat(r.out()).contains("25 themes, 18 crosswalk rows");
    assertThat(r.err())
        .contains(
            "columns: --column id=theme_ID --column label='theme (m2m/edge_literature)'"
                + " --column parent=high-order_themes --column area='capabilities (ISO 30141)'");
    Result v = run("validate", out.toString());
    assertThat(v.status()).isEqualTo(Main.OK);
    assertThat(v.out()).contains("0 errors, 0 warnings");
  }

  @Test
  void import_headersNotGuessable_exit2WithTheOptionToPass() throws IOException {
    Path in = dir.resolve("pt.csv");
    Files.writeString(in, "Código,Comentário\nC1,Algo\n");
    Path out = dir.resolve("pt.json");

    Result r = run("import", in.toString(), out.toString());

    assertThat(r.status()).isEqualTo(Main.CANNOT_RUN);
    assertThat(r.err()).contains("--column label='Código'").contains("[import-no-label-column]");
    assertThat(out).doesNotExist();
  }

  @Test
  void import_existingOutput_needsForce() throws IOException {
    Path in = dir.resolve("a.csv");
    Files.writeString(in, "name\nA\n");
    Path out = dir.resolve("a.json");
    Files.writeString(out, "keep");

    assertThat(run("import", in.toString(), out.toString()).status()).isEqualTo(Main.CANNOT_RUN);
    assertThat(Files.readString(out)).isEqualTo("keep");
    assertThat(run("import", "--force", in.toString(), out.toString()).status()).isEqualTo(Main.OK);
    assertThat(Files.readString(out)).contains("\"A\"");
  }

  @Test
  void import_warningsOnly_exit0WithLocatedWarning() throws IOException {
    Path in = dir.resolve("r.csv");
    Files.writeString(in, "name,parent\nA,\nB,A,extra\n");
    Path out = dir.resolve("bundle");

    Result r = run("import", in.toString(), out.toString());

    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(r.err()).contains(in + ":3:3: warning: ").contains("[import-ragged-row]");
    assertThat(out.resolve("themes.csv")).exists();
  }

  @Test
  void import_unknownFieldInColumnOption_exit2NamesTheFields() {
    Result r = run("import", "--column", "title=Name", "x.csv", dir.resolve("o.json").toString());

    assertThat(r.status()).isEqualTo(Main.CANNOT_RUN);
    assertThat(r.err()).contains("'title' is not a field; fields are id, label, parent");
  }

  @Test
  void import_mapFile_readAsColumns() throws IOException {
    Path in = dir.resolve("c.csv");
    Files.writeString(in, "Kode,Gruppe\nA,G\n");
    Path map = dir.resolve("map.json");
    Files.writeString(map, "{\"label\": \"Kode\", \"parent\": \"Gruppe\"}");
    Path out = dir.resolve("c.json");

    Result r = run("import", "--map", map.toString(), in.toString(), out.toString());

    assertThat(r.status()).as(r.err()).isEqualTo(Main.OK);
    assertThat(r.out()).contains("2 themes");
  }

  @Test
  void importHelp_linesFitEightyColumns() {
    Result r = run("import", "--help");

    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(r.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
    assertThat(r.out()).contains("Examples:");
  }
}
