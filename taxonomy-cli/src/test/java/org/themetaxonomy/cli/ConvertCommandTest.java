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
  void convert_jsonToQdcAndBack_notesOnStderrAndCodesKept() throws IOException {
    Path in = seedCopy();
    Path qdc = dir.resolve("sss.qdc");
    Result r = run("convert", in.toString(), qdc.toString());
    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(r.out()).contains("wrote " + qdc + " (REFI-QDA codebook, 62 themes)");
    assertThat(r.err())
        .contains(
            "info: 84 crosswalk rows are not part of a .qdc codebook; they are written as 6 sets")
        .contains("[left-out]");
    Path back = dir.resolve("back.json");
    Result b = run("convert", qdc.toString(), back.toString());
    assertThat(b.status()).isEqualTo(Main.OK);
    assertThat(b.out()).contains("62 themes");
    assertThat(b.err()).contains("info: a codebook has no id or title").contains("[import-choice]");
  }

  @Test
  void convert_brokenQdc_locatedErrorsAndNothingWritten() throws IOException {
    Path in = dir.resolve("bad.qdc");
    Files.writeString(
        in,
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\">\n<Codes>\n"
            + "<Code guid=\"11111111-2222-4333-8444-555555555555\" name=\"A\" isCodable=\"true\"/>\n"
            + "<Code guid=\"11111111-2222-4333-8444-555555555555\" name=\"B\" isCodable=\"true\"/>\n"
            + "</Codes>\n<Sets><Set guid=\"21111111-2222-4333-8444-555555555555\" name=\"S\">\n"
            + "<MemberCode guid=\"31111111-2222-4333-8444-555555555555\"/></Set></Sets>\n"
            + "</CodeBook>\n");
    Path out = dir.resolve("out.json");
    Result r = run("convert", in.toString(), out.toString());
    assertThat(r.status()).isEqualTo(Main.FINDINGS);
    assertThat(r.err())
        .contains(in + ":5:1: error: code 'B' has guid")
        .contains("[duplicate-guid]")
        .contains(in + ":8:1: error: a <MemberCode> of set 'S' names guid")
        .contains("[unknown-reference]")
        .contains("has 2 errors; nothing was written");
    assertThat(out).doesNotExist();
  }

  @Test
  void convert_invalidUtf8Qdc_noParserNoiseOnTheConsole() throws IOException {
    Path in = dir.resolve("latin1.qdc");
    byte[] head =
        ("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>\n<Code"
                + " guid=\"11111111-2222-4333-8444-555555555555\" name=\"Caf")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] tail =
        "\" isCodable=\"true\"/></Codes></CodeBook>\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] all = java.util.Arrays.copyOf(head, head.length + 1 + tail.length);
    all[head.length] = (byte) 0xE9;
    System.arraycopy(tail, 0, all, head.length + 1, tail.length);
    Files.write(in, all);
    java.io.PrintStream console = System.err;
    java.io.ByteArrayOutputStream noise = new java.io.ByteArrayOutputStream();
    Result r;
    System.setErr(new java.io.PrintStream(noise, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      r = run("convert", in.toString(), dir.resolve("o.json").toString());
    } finally {
      System.setErr(console);
    }
    assertThat(r.status()).isEqualTo(Main.FINDINGS);
    assertThat(r.err()).contains(in + ":2:").contains("byte 0xE9 is not UTF-8");
    assertThat(noise.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
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
