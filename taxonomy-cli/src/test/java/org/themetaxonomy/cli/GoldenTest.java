package org.themetaxonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.themetaxonomy.cli.CliTesting.Result;

/**
 * Golden tests of the command line: each case in {@code src/test/resources/.../cli/golden} is
 * {@code NAME.args} (one argument a line), {@code NAME.out} and {@code NAME.err} (what it prints)
 * and {@code NAME.exit} (its exit status). Arguments are relative to this module's folder; {@code
 * @tmp@} stands for a fresh temporary folder, in the arguments and in the output.
 *
 * <p>When output changes on purpose, regenerate the expected files and read the diff before
 * committing:
 *
 * <pre>
 * ./mvnw -B -o test -pl taxonomy-cli -am -Dtest=GoldenTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dgolden.update=true
 * </pre>
 */
class GoldenTest {
  static final Path CASES = Path.of("src/test/resources/org/themetaxonomy/cli/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @TempDir Path tmp;

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(CASES)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".args"))
          .map(n -> n.substring(0, n.length() - ".args".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void command_goldenCase_printsAndExitsAsRecorded(String name) throws IOException {
    Result r = CliTesting.run(args(name, tmp));
    if (UPDATE) {
      Files.writeString(CASES.resolve(name + ".out"), unTmp(r.out(), tmp), StandardCharsets.UTF_8);
      Files.writeString(CASES.resolve(name + ".err"), unTmp(r.err(), tmp), StandardCharsets.UTF_8);
      Files.writeString(CASES.resolve(name + ".exit"), r.status() + "\n", StandardCharsets.UTF_8);
      return;
    }
    assertRecorded(name, tmp, r.out(), r.err(), r.status());
  }

  /** A case's arguments, with {@code @tmp@} standing for {@code tmp}. */
  static String[] args(String name, Path tmp) throws IOException {
    List<String> args = new ArrayList<>();
    for (String line : Files.readAllLines(CASES.resolve(name + ".args"), StandardCharsets.UTF_8)) {
      args.add(line.replace("@tmp@", tmp.toString()));
    }
    return args.toArray(String[]::new);
  }

  /** Checks what a run of a case printed and its exit status against the recorded files. */
  static void assertRecorded(String name, Path tmp, String out, String err, int status)
      throws IOException {
    assertThat(unTmp(out, tmp)).as("standard output of " + name).isEqualTo(expected(name, ".out"));
    assertThat(unTmp(err, tmp)).as("standard error of " + name).isEqualTo(expected(name, ".err"));
    assertThat(status + "\n").as("exit status of " + name).isEqualTo(expected(name, ".exit"));
  }

  private static String unTmp(String printed, Path tmp) {
    return printed.replace(tmp.toString(), "@tmp@");
  }

  @Test
  void goldenFolder_everyFileBelongsToACompleteCase() throws IOException {
    List<String> names = cases().toList();
    assertThat(names).isNotEmpty();
    try (Stream<Path> files = Files.list(CASES)) {
      for (Path f : files.toList()) {
        String file = f.getFileName().toString();
        if (Files.isDirectory(f) || file.startsWith("input-")) {
          continue; // inputs the cases read
        }
        String base = file.substring(0, file.lastIndexOf('.'));
        assertThat(names).as("the case of " + file).contains(base);
      }
    }
  }

  private static String expected(String name, String suffix) throws IOException {
    Path p = CASES.resolve(name + suffix);
    assertThat(p).as("expected file of an incomplete case").exists();
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
