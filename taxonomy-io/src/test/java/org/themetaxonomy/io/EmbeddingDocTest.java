package org.themetaxonomy.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles and runs every {@code java} sample of {@code docs/embedding.md} against the seeds, and
 * checks that it prints what its {@code // prints:} lines say, so the page cannot rot.
 */
@Tag("slow") // runs javac once per sample
class EmbeddingDocTest {
  private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern PRINTS = Pattern.compile("// prints: (.*)");

  @TempDir Path dir;

  static Path root() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("docs"))) {
      p = p.getParent();
    }
    assertThat(p).as("a docs/ folder above the working directory").isNotNull();
    return p;
  }

  static Stream<String> samples() throws IOException {
    String page = Files.readString(root().resolve("docs/embedding.md"), StandardCharsets.UTF_8);
    List<String> blocks = new ArrayList<>();
    Matcher m = BLOCK.matcher(page);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks.stream();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void embeddingSample_compiledAndRun_printsWhatThePageSays(String sample) throws Exception {
    String source =
        "import java.nio.file.*;\n"
            + "import java.util.*;\n"
            + "import org.themetaxonomy.core.*;\n"
            + "import org.themetaxonomy.io.*;\n"
            + "public class Sample {\n"
            + "  public static void run(Path seeds, Path out) throws Exception {\n"
            + sample
            + "\n  }\n}\n";
    Path src = dir.resolve("src/Sample.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, source, StandardCharsets.UTF_8);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> problems = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(problems, null, null)) {
      boolean ok =
          javac
              .getTask(
                  null,
                  files,
                  problems,
                  List.of(
                      "-classpath",
                      System.getProperty("java.class.path"),
                      "-d",
                      classes.toString()),
                  null,
                  files.getJavaFileObjects(src))
              .call();
      assertThat(ok).as("the sample compiles: %s\n%s", problems.getDiagnostics(), sample).isTrue();
    }
    Path out = Files.createDirectories(dir.resolve("out"));
    Path seeds = root().resolve("seeds/safe-supportive-schools.json");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Method run = loader.loadClass("Sample").getMethod("run", Path.class, Path.class);
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      run.invoke(null, seeds, out);
    } finally {
      System.setOut(saved);
    }
    String text = printed.toString(StandardCharsets.UTF_8);
    Matcher m = PRINTS.matcher(sample);
    int expectations = 0;
    while (m.find()) {
      assertThat(text).as("what the sample printed").contains(m.group(1).strip());
      expectations++;
    }
    assertThat(expectations).as("a sample says what it prints").isPositive();
  }
}
