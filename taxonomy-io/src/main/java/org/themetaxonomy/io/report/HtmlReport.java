package org.themetaxonomy.io.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.WriterOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.Report;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.io.internal.AtomicWrite;
import org.themetaxonomy.io.report.internal.Page;
import org.themetaxonomy.io.report.internal.Pages;

/**
 * Writes a taxonomy's report: one HTML file holding its own style and script, needing no network,
 * with the hierarchy, the crosswalk heatmap of each framework, the sources and every finding.
 *
 * <p>The page comes from a template compiled to Java at build time (jte); every value from the file
 * passes through jte's context-aware encoder (text, attribute, URL), so a label such as {@code
 * <script>} shows as text. No value from the file is ever placed in a script, a style sheet, or a
 * link to elsewhere.
 */
public final class HtmlReport {
  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, null, "org.themetaxonomy.io.report.jte");

  private HtmlReport() {}

  /**
   * What a report shows.
   *
   * @param file the input's name as the user gave it
   * @param taxonomy the taxonomy, or null if the file could not be read as one
   * @param findings every finding about it, as validate gives them
   * @param generator the program and version making the report, shown in the page
   */
  public record Input(
      String file, @Nullable Taxonomy taxonomy, Report findings, String generator) {}

  /**
   * Writes the report atomically.
   *
   * @param input what to show
   * @param target the HTML file
   * @param overwrite whether an existing file may be replaced
   * @throws java.nio.file.FileAlreadyExistsException if the target exists and may not be replaced
   * @throws IOException if writing fails; the target is then unchanged
   */
  public static void write(Input input, Path target, boolean overwrite) throws IOException {
    Page page = Pages.of(input.file(), input.taxonomy(), input.findings(), input.generator());
    AtomicWrite.file(
        target,
        overwrite,
        out -> {
          Writer w =
              new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
          render(page, w);
          w.flush();
        });
  }

  /**
   * Renders the report.
   *
   * @param input what to show
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void render(Input input, Writer out) throws IOException {
    render(Pages.of(input.file(), input.taxonomy(), input.findings(), input.generator()), out);
    out.flush();
  }

  private static void render(Page page, Writer out) throws IOException {
    try {
      ENGINE.render("report.jte", page, new OwaspHtmlTemplateOutput(new WriterOutput(out)));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
