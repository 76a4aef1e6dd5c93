package org.themetaxonomy.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command: lists the subcommands. */
@Command(
    name = "taxonomy",
    mixinStandardHelpOptions = true,
    versionProvider = TaxonomyCommand.Version.class,
    description = {
      "Validate, convert, compare and report on theme taxonomies.",
      "Reads taxonomy JSON, CSV bundles and REFI-QDA codebooks (.qdc); also writes SKOS",
      "(.ttl) and SSSOM (.sssom.tsv), and imports spreadsheets of themes."
    },
    footer = {
      "",
      "Examples:",
      "  taxonomy validate seeds/safe-supportive-schools.json",
      "  taxonomy convert seeds/safe-supportive-schools.json out/   (a CSV bundle)",
      "  taxonomy tree --depth 1 seeds/safe-supportive-schools.json",
      "  taxonomy crosswalk --format markdown seeds/safe-supportive-schools.json",
      "",
      "Exit status: 0 all good, 1 findings at or above --fail-on, 2 the command could",
      "not run, 70 an internal error (a bug)."
    },
    subcommands = {
      ValidateCommand.class,
      ConvertCommand.class,
      ImportCommand.class,
      TreeCommand.class,
      CrosswalkCommand.class,
      StatsCommand.class,
      DiffCommand.class,
      ReportCommand.class
    })
final class TaxonomyCommand implements Callable<Integer> {
  final Main.Env env;

  @Spec CommandSpec spec;

  TaxonomyCommand(Main.Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    // No command is bad usage: say so, show the commands, exit 2 (scripts must not pass silently).
    spec.commandLine().getErr().println("taxonomy: no command given; choose one of these:");
    spec.commandLine().usage(spec.commandLine().getErr());
    return Main.CANNOT_RUN;
  }

  /** Reads the version that the build wrote into the jar. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {
        "taxonomy " + p.getProperty("version", "(unknown version)"),
        "Java "
            + System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vm.name")
            + ")"
      };
    }
  }
}
