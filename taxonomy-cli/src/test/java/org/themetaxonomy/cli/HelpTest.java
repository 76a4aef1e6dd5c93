package org.themetaxonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Every command's --help fits 80 columns and never breaks a line of its own text. */
class HelpTest {
  static List<String> commands() {
    List<String> names = new ArrayList<>();
    names.add("");
    names.addAll(spec().subcommands().keySet());
    return names;
  }

  static CommandSpec spec() {
    return new CommandLine(new TaxonomyCommand(new Main.Env(Map.of(), false))).getCommandSpec();
  }

  @ParameterizedTest(name = "taxonomy {0} --help")
  @MethodSource("commands")
  void help_everyCommand_fitsEightyColumns(String command) {
    CliTesting.Result r =
        command.isEmpty() ? CliTesting.run("--help") : CliTesting.run(command, "--help");
    assertThat(r.status()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).isNotEmpty();
    assertThat(lines)
        .allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(80));
  }

  @ParameterizedTest(name = "taxonomy {0} --help")
  @MethodSource("commands")
  void help_everyCommand_ownLinesUnbroken(String command) {
    CommandSpec spec =
        command.isEmpty() ? spec() : spec().subcommands().get(command).getCommandSpec();
    CliTesting.Result r =
        command.isEmpty() ? CliTesting.run("--help") : CliTesting.run(command, "--help");
    List<String> lines = r.out().lines().map(String::stripTrailing).toList();
    List<String> own = new ArrayList<>(List.of(spec.usageMessage().description()));
    own.addAll(List.of(spec.usageMessage().footer()));
    for (String line : own) {
      assertThat(lines).as("a line of the help text, whole").contains(line.stripTrailing());
    }
  }

  @ParameterizedTest(name = "taxonomy {0}")
  @MethodSource("commands")
  void description_firstLine_isAWholeSentence(String command) {
    CommandSpec spec =
        command.isEmpty() ? spec() : spec().subcommands().get(command).getCommandSpec();
    // The list of commands shows only the first line.
    assertThat(spec.usageMessage().description()[0]).endsWith(".");
  }
}
