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

class ReportCommandTest {
  static final String SEED = SEEDS.resolve("safe-supportive-schools.json").toString();

  @TempDir Path dir;

  @Test
  void report_seeds_writesPageAndSaysWhat() throws IOException {
    Path out = dir.resolve("sss.html");

    Result r = run("report", SEED, "-o", out.toString());

    assertThat(r.status()).as(r.err()).isEqualTo(Main.OK);
    assertThat(r.out()).contains("wrote " + out).contains("62 themes").contains("3 warnings");
    assertThat(Files.readString(out))
        .startsWith("<!DOCTYPE html>")
        .contains("Safe and Supportive Schools");
  }

  @Test
  void report_existingOutput_refusedWithoutForce() throws IOException {
    Path out = dir.resolve("sss.html");
    Files.writeString(out, "keep");

    Result r = run("report", SEED, "-o", out.toString());

    assertThat(r.status()).isEqualTo(Main.CANNOT_RUN);
    assertThat(r.err()).contains("already exists; use --force");
    assertThat(Files.readString(out)).isEqualTo("keep");
    assertThat(run("report", "--force", SEED, "-o", out.toString()).status()).isEqualTo(Main.OK);
    assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>");
  }

  @Test
  void report_outputIsTheInput_refused() throws IOException {
    Path in = dir.resolve("t.json");
    Files.copy(Path.of(SEED), in);

    Result r = run("report", "--force", in.toString(), "-o", in.toString());

    assertThat(r.status()).isEqualTo(Main.CANNOT_RUN);
    assertThat(r.err()).contains("it is the input");
  }

  @Test
  void report_fileWithErrors_pageOfFindingsAndExitOne() throws IOException {
    Path f = dir.resolve("t.csv");
    Files.writeString(f, "id,label,parent\na,A,b\nb,B,a\n");
    Path out = dir.resolve("t.html");

    Result r = run("report", f.toString(), "-o", out.toString());

    assertThat(r.status()).isEqualTo(Main.FINDINGS);
    assertThat(r.err()).contains("shows only its findings");
    assertThat(Files.readString(out)).contains("parent-cycle").contains("t.csv:");
  }

  @Test
  void defaultName_fromTheInputsName() {
    assertThat(ReportCommand.defaultName(Path.of("seeds/safe-supportive-schools.json")))
        .isEqualTo(Path.of("safe-supportive-schools.html"));
    assertThat(ReportCommand.defaultName(Path.of("seeds/safe-supportive-schools/")))
        .isEqualTo(Path.of("safe-supportive-schools.html"));
  }
}
