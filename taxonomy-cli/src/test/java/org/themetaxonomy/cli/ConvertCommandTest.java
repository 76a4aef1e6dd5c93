package org.themetaxonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themetaxonomy.cli.CliTesting.SEEDS;
import static org.themetaxonomy.cli.CliTesting.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.themetaxonomy.cli.CliTesting.Result;

class ConvertCommandTest {
  @TempDir Path dir;

  Path seedCopy() throws IOException {
    Path in = dir.resolve("in.json");
    Files.copy(SEEDS.resolve("safe-supportive-schools.json"), in);
    return in;
  }

  @Test
  void convert_jsonToBundleAndBack_identicalBytes() throws IOException {
    Path in = seedCopy();
    Path bundle = dir.resolve("bundle");
    assertThat(run("convert", in.toString(), bundle.toString()).status()).isEqualTo(Main.OK);
    assertThat(bundle.resolve("themes.csv")).exists();
    Path back = dir.resolve("back.json");
    Result r = run("convert", bundle.toString(), back.toString());
    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(r.out()).contains("wrote " + back);
    assertThat(Files.readAllBytes(back)).isEqualTo(Files.readAllBytes(in));
  }

  @Test
  void convert_outputIsInput_refusedUnchanged() throws IOException {
    Path in = seedCopy();
    byte[] before = Files.readAllBytes(in);
    Result r = run("convert", "--force", "--to", "json", in.toString(), in.toString());
    assertThat(r.status()).isEqualTo(Main.CANNOT_RUN);
    assertThat(r.err()).contains("is the input");
    assertThat(Files.readAllBytes(in)).isEqualTo(before);
  }

  @Test
  void convert_existingOutput_refusedWithoutForce() throws IOException {
    Path in = seedCopy();
    Path out = dir.resolve("out.json");
    Files.writeString(out, "precious");
    Result r = run("convert", in.toString(), out.toString());
    assertThat(r.status()).isEqualTo(Main.CANNOT_RUN);
    assertThat(r.err()).contains("--force");
    assertThat(Files.readString(out)).isEqualTo("precious");
    assertThat(run("convert", "--force", in.toString(), out.toString()).status())
        .isEqualTo(Main.OK);
    assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(in));
  }

  @Test
  void convert_inputWithErrors_nothingWritten() throws IOException {
    Path in = dir.resolve("bad.csv");
    Files.writeString(in, "id,label,parent\na,Alpha,nobody\n");
    Path out = dir.resolve("out.json");
    Result r = run("convert", in.toString(), out.toString());
    assertThat(r.status()).isEqualTo(Main.FINDINGS);
    assertThat(r.err()).contains("[unknown-parent]").contains("nothing was written");
    assertThat(out).doesNotExist();
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).containsExactly(in);
    }
  }

  @Test
  void convert_badTo_exitTwo() throws IOException {
    Result r = run("convert", "--to", "xml", seedCopy().toString(), dir.resolve("o").toString());
    assertThat(r.status()).isEqualTo(Main.CANNOT_RUN);
    assertThat(r.err()).contains("--to takes one of json (.json), csv (.csv, or a folder)");
  }

  @Test
  void convert_unknownOutputEnding_exitTwoListsFormats() throws IOException {
    Path out = dir.resolve("out.xyz");
    Result r = run("convert", seedCopy().toString(), out.toString());
    assertThat(r.status()).isEqualTo(Main.CANNOT_RUN);
    assertThat(r.err()).contains("does not say which format to write").contains("json (.json)");
    assertThat(out).doesNotExist();
  }

  @Test
  void validate_unknownInputEnding_exitTwoListsFormats() throws IOException {
    Path in = dir.resolve("seeds.txt");
    Files.copy(seedCopy(), in);
    Result r = run("validate", in.toString());
    assertThat(r.status()).isEqualTo(Main.CANNOT_RUN);
    assertThat(r.err()).contains("does not say which format").contains("--from");
    assertThat(run("validate", "--from", "json", in.toString()).status()).isEqualTo(Main.OK);
  }

  @Test
  void convert_missingOutputFolder_exitTwoNothingLeft() throws IOException {
    Path in = seedCopy();
    Result r = run("convert", in.toString(), dir.resolve("no/such/dir/out.json").toString());
    assertThat(r.status()).isEqualTo(Main.CANNOT_RUN);
    assertThat(r.err()).contains("nothing was changed");
  }

  @Test
  void convert_forceBundleOverAFile_refusedWithTheReason() throws IOException {
    Path in = seedCopy();
    Path out = dir.resolve("bundle");
    Files.writeString(out, "a file, not a folder");
    Result r = run("convert", "--force", "--to", "csv", in.toString(), out.toString());
    assertThat(r.status()).isEqualTo(Main.CANNOT_RUN);
    assertThat(r.err()).contains("is not a folder");
    assertThat(Files.readString(out)).isEqualTo("a file, not a folder");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).containsExactlyInAnyOrder(in, out);
    }
  }
}
