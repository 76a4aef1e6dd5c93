package org.themetaxonomy.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/** The {@code taxonomy} command. The only class that exits; {@link #run} is what tests call. */
public final class Main {
  /** Everything went well, or nothing reached the threshold. */
  public static final int OK = 0;

  /** The input has findings at or above the threshold. */
  public static final int FINDINGS = 1;

  /** The command could not run: bad usage, unreadable input, output refused. */
  public static final int CANNOT_RUN = 2;

  /** A bug. */
  public static final int INTERNAL = 70;

  private Main() {}

  /**
   * Runs the command and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command on the process's streams and environment.
   *
   * @param args the arguments
   * @return the exit status
   */
  public static int run(String... args) {
    boolean terminal = System.console() != null;
    // Output to a terminal is flushed line by line; to a file or a pipe it is written in blocks,
    // which for half a million findings is seconds rather than a system call per line. Errors
    // and progress always go out at once.
    PrintWriter out = new PrintWriter(System.out, terminal, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    return run(out, err, new Env(System.getenv(), terminal), args);
  }

  /**
   * Runs the command.
   *
   * @param out standard output
   * @param err standard error
   * @param env the environment and whether the output is a terminal
   * @param args the arguments
   * @return the exit status
   */
  public static int run(PrintWriter out, PrintWriter err, Env env, String... args) {
    CommandLine cli = new CommandLine(new TaxonomyCommand(env));
    cli.setOut(out);
    cli.setErr(err);
    // --format json and --format JSON are the same; a wrong value lists the choices (exit 2).
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(env.ansi()));
    cli.setParameterExceptionHandler(
        (e, a) -> {
          err.println("taxonomy: " + e.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
          err.println(
              "Run '"
                  + e.getCommandLine().getCommandSpec().qualifiedName()
                  + " --help' for usage.");
          return CANNOT_RUN;
        });
    cli.setExecutionExceptionHandler(
        (e, c, parsed) -> {
          if (e instanceof CannotRun cannot) {
            err.println("taxonomy: " + cannot.getMessage());
            return CANNOT_RUN;
          }
          err.println("taxonomy: internal error, this is a bug: " + e);
          e.printStackTrace(err);
          err.println(
              "Please report it with the command you ran and the stack trace above at"
                  + " https://github.com/themetaxonomy/theme-taxonomy/issues");
          return INTERNAL;
        });
    int status = cli.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  /**
   * What the command knows of where it runs.
   *
   * @param variables the environment variables
   * @param terminal whether standard output is a terminal
   */
  public record Env(Map<String, String> variables, boolean terminal) {
    /** Tells whether to colour output: on a terminal, unless NO_COLOR is set or TERM is dumb. */
    public boolean colour() {
      String noColor = variables.get("NO_COLOR");
      return terminal
          && (noColor == null || noColor.isEmpty())
          && !"dumb".equals(variables.get("TERM"));
    }

    CommandLine.Help.Ansi ansi() {
      return colour() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF;
    }
  }

  /** The command could not run for a reason the user can mend: exit 2 with the message. */
  static final class CannotRun extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CannotRun(String message) {
      super(message);
    }
  }
}
