package org.themetaxonomy.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A million-deep chain and a million flat themes: no walk may recurse. */
@Tag("slow")
class ScaleTest {
  private static final int MILLION = 1_000_000;

  private static Taxonomy.Builder withFramework() {
    return Taxonomy.builder("big", "Big")
        .addSource(Source.of("s", "Source", SourceKind.REPORT))
        .addFramework(Framework.of("fw", "Framework", java.util.List.of(Area.of("a", "Area"))));
  }

  private static Theme theme(int i, String parent) {
    return new Theme(
        "t" + i,
        "Theme number " + i,
        parent,
        "A definition.",
        com.google.common.collect.ImmutableList.of(),
        com.google.common.collect.ImmutableList.of(Evidence.of("s", null)),
        null);
  }

  @Test
  void millionDeepChain_buildsQueriesAndValidates_withoutStackOverflow() {
    Taxonomy.Builder b = withFramework();
    for (int i = 0; i < MILLION; i++) {
      b.addTheme(theme(i, i == 0 ? null : "t" + (i - 1)));
    }
    b.addMapping(Mapping.of("t" + (MILLION - 1), "fw", "a", Relation.CLOSE));
    Taxonomy t = b.build();
    assertThat(t.depth("t" + (MILLION - 1))).isEqualTo(MILLION - 1);
    assertThat(t.ancestors("t" + (MILLION - 1))).hasSize(MILLION - 1);
    assertThat(t.descendants("t0")).hasSize(MILLION - 1);
    assertThat(t.areasReachedBy("t0")).containsExactly(new AreaRef("fw", "a"));
    Report report = Validator.standard().validate(t);
    assertThat(report.fails(Severity.WARNING)).isFalse();
  }

  @Test
  void millionDeepCycle_isReportedWithoutStackOverflow() {
    Taxonomy.Builder b = withFramework();
    for (int i = 0; i < MILLION; i++) {
      b.addTheme(theme(i, "t" + ((i + 1) % MILLION)));
    }
    BuildResult result = b.tryBuild(Locator.NONE);
    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("1000000 themes form a cycle"));
  }

  @Test
  void millionFlatThemes_buildAndValidate() {
    Taxonomy.Builder b = withFramework();
    for (int i = 0; i < MILLION; i++) {
      b.addTheme(theme(i, null));
      b.addMapping(Mapping.of("t" + i, "fw", "a", Relation.RELATED));
    }
    Taxonomy t = b.build();
    assertThat(t.roots()).hasSize(MILLION);
    assertThat(t.themesOf(new AreaRef("fw", "a"))).hasSize(MILLION);
    assertThat(Validator.standard().validate(t).diagnostics()).isEmpty();
  }
}
