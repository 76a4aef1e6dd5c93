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

/** {@code convert} to the linked-data exports: .ttl and .sssom.tsv, and the notes they print. */
class ConvertLinkedDataTest {
  @TempDir Path dir;

  private static final String SEED = SEEDS.resolve("safe-supportive-schools.json").toString();

  @Test
  void convert_seedsToTurtle_writesAndWarnsOnceAboutBaseUri() {
    Path out = dir.resolve("sss.ttl");
    Result r = run("convert", SEED, out.toString());
    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(out).exists();
    assertThat(r.out()).contains("wrote " + out + " (SKOS in Turtle, 62 themes)");
    assertThat(r.err().split("\\[no-base-uri\\]", -1)).hasSize(2);
    assertThat(r.err()).contains("warning: the taxonomy has no baseUri", "set baseUri");
    assertThat(r.err()).contains("info: 84 crosswalk rows have a confidence or rationale");
  }

  @Test
  void convert_seedsToSssom_writesAndSaysWhatItLeftOut() {
    Path out = dir.resolve("sss.sssom.tsv");
    Result r = run("convert", SEED, out.toString());
    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(out).exists();
    assertThat(r.err())
        .contains(
            "info: 2 themes have no crosswalk row",
            "info: 6 sources are not part of an SSSOM mapping set",
            "info: 110 pieces of evidence are not part of an SSSOM mapping set");
  }

  @Test
  void convert_toCodes_ttlAndSssom() {
    Path ttl = dir.resolve("a.out");
    assertThat(run("convert", "--to", "ttl", SEED, ttl.toString()).status()).isEqualTo(Main.OK);
    Path tsv = dir.resolve("b.out");
    assertThat(run("convert", "--to", "sssom", SEED, tsv.toString()).status()).isEqualTo(Main.OK);
    assertThat(tsv).content().startsWith("#curie_map:");
  }

  @Test
  void convert_inputWithErrorsToTurtle_exitOneNothingWritten() throws IOException {
    Path in = dir.resolve("themes.csv");
    Files.writeString(in, "id,label,parent\na,Alpha,nobody\n");
    for (String name : new String[] {"x.ttl", "x.sssom.tsv"}) {
      Path out = dir.resolve(name);
      Result r = run("convert", in.toString(), out.toString());
      assertThat(r.status()).isEqualTo(Main.FINDINGS);
      assertThat(out).doesNotExist();
    }
  }

  @Test
  void validate_turtleInput_refusedAsWriteOnly() throws IOException {
    Path in = dir.resolve("x.ttl");
    Files.writeString(in, "");
    Result r = run("validate", in.toString());
    assertThat(r.status()).isEqualTo(Main.CANNOT_RUN);
    assertThat(r.err()).contains("is SKOS in Turtle, which is written, not read");
  }
}
