package org.themetaxonomy.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs the command in-process with captured streams. */
final class CliTesting {
  /** What one run gave. */
  record Result(int status, String out, String err) {}

  static final Path SEEDS = findSeeds();

  private CliTesting() {}

  static Result run(String... args) {
    return run(new Main.Env(Map.of(), false), args);
  }

  static Result run(Main.Env env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out), new PrintWriter(err), env, args);
    return new Result(status, out.toString(), err.toString());
  }

  private static Path findSeeds() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !p.resolve("seeds").toFile().isDirectory()) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("no seeds/ folder above " + Path.of("").toAbsolutePath());
    }
    return p.resolve("seeds");
  }
}
