package org.themetaxonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embedder's program on the module path, against the built core and io jars: it compiles and
 * runs when it uses the exported API, and does not compile when it imports an internal package.
 */
class ModuleConsumerIT {
  /** The libraries io needs at run time, by the start of their jars' names. */
  private static final List<String> LIBRARIES =
      List.of(
          "guava-",
          "failureaccess-",
          "jspecify-",
          "commons-text-",
          "commons-lang3-",
          "jackson-core-",
          "jackson-databind-",
          "jackson-annotations-",
          "jackson-dataformat-csv-",
          "jte-runtime-",
          "fastexcel-reader-",
          "aalto-xml-",
          "stax2-api-",
          "commons-compress-",
          "commons-io-",
          "commons-codec-");

  @TempDir Path dir;

  private static String modulePath() {
    List<String> path = new ArrayList<>();
    path.add(System.getProperty("taxonomy.core.jar"));
    path.add(System.getProperty("taxonomy.io.jar"));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      if (name.endsWith(".jar") && LIBRARIES.stream().anyMatch(name::startsWith)) {
        path.add(entry);
      }
    }
    return String.join(File.pathSeparator, path);
  }

  private DiagnosticCollector<JavaFileObject> compile(String program, Path classes)
      throws IOException {
    Path src = dir.resolve("src/consumer");
    Files.createDirectories(src.resolve("example"));
    Files.writeString(
        src.resolve("module-info.java"),
        "module consumer { requires org.themetaxonomy.io; }\n",
        StandardCharsets.UTF_8);
    Files.writeString(src.resolve("example/Main.java"), program, StandardCharsets.UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> problems = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(problems, null, null)) {
      javac
          .getTask(
              null,
              files,
              problems,
              // An empty class path: only what the modules export may be seen.
              List.of(
                  "--module-path",
                  modulePath(),
                  "-classpath",
                  classes.toString(),
                  "-d",
                  classes.toString()),
              null,
              files.getJavaFileObjects(
                  src.resolve("module-info.java"), src.resolve("example/Main.java")))
          .call();
    }
    return problems;
  }

  @Test
  void consumer_usesExportedApi_compilesAndRunsOnTheModulePath() throws Exception {
    Path classes = Files.createDirectories(dir.resolve("classes"));
    DiagnosticCollector<JavaFileObject> problems =
        compile(
            "package example;\n"
                + "import java.nio.file.Path;\n"
                + "import org.themetaxonomy.core.Taxonomy;\n"
                + "import org.themetaxonomy.io.TaxonomyFiles;\n"
                + "public class Main {\n"
                + "  public static void main(String[] args) throws Exception {\n"
                + "    Taxonomy t = TaxonomyFiles.standard().read(Path.of(args[0])).orElseThrow();\n"
                + "    System.out.println(t.themes().size() + \" themes\");\n"
                + "  }\n"
                + "}\n",
            classes);
    assertThat(problems.getDiagnostics()).as("compiler messages").isEmpty();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "--module-path",
                classes + File.pathSeparator + modulePath(),
                "-m",
                "consumer/example.Main",
                System.getProperty("taxonomy.seeds") + "/safe-supportive-schools.json")
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(out).isEqualTo("62 themes\n");
    assertThat(p.exitValue()).isZero();
  }

  @Test
  void consumer_importsInternalPackage_doesNotCompile() throws Exception {
    Path classes = Files.createDirectories(dir.resolve("classes"));
    DiagnosticCollector<JavaFileObject> problems =
        compile(
            "package example;\n"
                + "import org.themetaxonomy.io.internal.AtomicWrite;\n"
                + "public class Main {\n"
                + "  public static void main(String[] args) { System.out.println(AtomicWrite.class); }\n"
                + "}\n",
            classes);
    assertThat(problems.getDiagnostics())
        .as("compiler messages")
        .anySatisfy(
            d ->
                assertThat(d.getMessage(null))
                    .contains("org.themetaxonomy.io.internal")
                    .contains("does not export"));
  }
}
