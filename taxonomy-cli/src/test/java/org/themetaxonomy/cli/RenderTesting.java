package org.themetaxonomy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.themetaxonomy.core.Area;
import org.themetaxonomy.core.Evidence;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Mapping;
import org.themetaxonomy.core.Relation;
import org.themetaxonomy.core.Source;
import org.themetaxonomy.core.SourceKind;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;

/** Runs a renderer on a value into a string, and a small taxonomy to render. */
final class RenderTesting {
  private RenderTesting() {}

  static <T> String render(Renderer<T> renderer, T value) {
    StringWriter s = new StringWriter();
    try (PrintWriter out = new PrintWriter(s)) {
      renderer.render(value, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return s.toString();
  }

  /**
   * Two frameworks. fw1: top > kid (broad and narrow to a2) > grandkid (exact to a1); a3 empty.
   * fw2: other (related to b1). Evidence: kid cites s1 twice, grandkid s1 once; s2 cited by none.
   */
  static Taxonomy twoFrameworks() {
    return Taxonomy.builder("two", "Two frameworks")
        .addSource(Source.of("s1", "One", SourceKind.REPORT))
        .addSource(Source.of("s2", "Two", SourceKind.SURVEY))
        .addFramework(
            Framework.of(
                "fw1",
                "First",
                List.of(Area.of("a1", "Area, one"), Area.of("a2", "Two"), Area.of("a3", "Empty"))))
        .addFramework(Framework.of("fw2", "Second", List.of(Area.of("b1", "B one"))))
        .addTheme(Theme.builder("top", "Top").definition("The top.").build())
        .addTheme(
            Theme.builder("kid", "Kid")
                .parent("top")
                .evidence(Evidence.of("s1", null), Evidence.of("s1", "again"))
                .build())
        .addTheme(
            Theme.builder("grandkid", "Grand \"kid\"")
                .parent("kid")
                .evidence(Evidence.of("s1", null))
                .build())
        .addTheme(Theme.builder("other", "Other <b>").build())
        .addMapping(Mapping.of("grandkid", "fw1", "a1", Relation.EXACT))
        .addMapping(Mapping.of("kid", "fw1", "a2", Relation.BROAD))
        .addMapping(Mapping.of("kid", "fw1", "a2", Relation.NARROW))
        .addMapping(Mapping.of("other", "fw2", "b1", Relation.RELATED))
        .build();
  }
}
