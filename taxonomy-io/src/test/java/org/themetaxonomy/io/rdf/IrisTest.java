package org.themetaxonomy.io.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;
import org.themetaxonomy.core.Area;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;

class IrisTest {
  private static Framework framework(String id, String baseUri) {
    return new Framework(id, "F", null, null, null, baseUri, ImmutableList.of(Area.of("a", "A")));
  }

  @Test
  void prefixName_idsMadeValidPrefixes() {
    assertThat(Iris.prefixName("ma-sss")).isEqualTo("ma-sss");
    assertThat(Iris.prefixName("v1.2")).isEqualTo("v1_2");
    assertThat(Iris.prefixName("2nd")).isEqualTo("t2nd");
    assertThat(Iris.prefixName("_x")).isEqualTo("t_x");
  }

  @Test
  void prefixName_charactersAtTheEdgesOfEachRange() {
    assertThat(Iris.prefixName("AZaz09-")).isEqualTo("AZaz09-");
    assertThat(Iris.prefixName("a@[`{/:")).isEqualTo("a______");
    assertThat(Iris.prefixName("Za")).isEqualTo("Za");
    assertThat(Iris.prefixName("za")).isEqualTo("za");
    assertThat(Iris.prefixName("Aa")).isEqualTo("Aa");
    assertThat(Iris.prefixName("@a")).isEqualTo("t_a");
    assertThat(Iris.prefixName("[a")).isEqualTo("t_a");
    assertThat(Iris.prefixName("`a")).isEqualTo("t_a");
    assertThat(Iris.prefixName("{a")).isEqualTo("t_a");
    assertThat(Iris.prefixName("0a")).isEqualTo("t0a");
    assertThat(Iris.prefixName("9a")).isEqualTo("t9a");
    assertThat(Iris.prefixName("-a")).isEqualTo("t-a");
  }

  @Test
  void reservedOrRepeatedNames_numbered() {
    Taxonomy t =
        Taxonomy.builder("skos", "T")
            .baseUri("https://example.org/t/")
            .addFramework(framework("skos", null))
            .addFramework(framework("fw", null))
            .addTheme(Theme.builder("a", "A").build())
            .build();
    assertThat(new Iris(t).prefixes())
        .containsExactly(
            java.util.Map.entry("skos_2", "https://example.org/t/"),
            java.util.Map.entry("skos_3", "https://example.org/t/skos/"),
            java.util.Map.entry("fw", "https://example.org/t/fw/"));
  }

  @Test
  void twoFrameworksOnOneBase_shareOnePrefix() {
    Taxonomy t =
        Taxonomy.builder("t", "T")
            .addFramework(framework("f1", "https://example.org/fw/"))
            .addFramework(framework("f2", "https://example.org/fw/"))
            .addTheme(Theme.builder("a", "A").build())
            .build();
    Iris iris = new Iris(t);
    assertThat(iris.prefixes()).hasSize(2).containsValue("https://example.org/fw/");
    assertThat(iris.curie(iris.frameworkBase("f2"), "a")).isEqualTo("f1:a");
  }

  @Test
  void sharedBaseNotes_frameworkOnTheTaxonomysBaseOrAnEarlierFrameworks_warnedOncePerFramework() {
    Taxonomy t =
        Taxonomy.builder("t", "T")
            .baseUri("https://example.org/t/")
            .addFramework(framework("f1", "https://example.org/fw/"))
            .addFramework(framework("own", null))
            .addFramework(framework("f2", "https://example.org/fw/"))
            .addFramework(framework("f3", "https://example.org/fw/"))
            .addFramework(framework("flat", "https://example.org/t/"))
            .addTheme(Theme.builder("a", "A").build())
            .build();

    var notes = new Iris(t).sharedBaseNotes("the SKOS export");

    assertThat(notes)
        .allSatisfy(
            d -> {
              assertThat(d.ruleId()).isEqualTo("shared-base-uri");
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
            })
        .extracting(d -> d.subject().key() + ": " + d.message())
        .containsExactly(
            "f2: frameworks 'f1' and 'f2' have the same baseUri <https://example.org/fw/>, so in"
                + " the SKOS export their concept schemes are one IRI and areas with the same id"
                + " are one concept; give each framework a baseUri of its own",
            "f3: frameworks 'f1' and 'f3' have the same baseUri <https://example.org/fw/>, so in"
                + " the SKOS export their concept schemes are one IRI and areas with the same id"
                + " are one concept; give each framework a baseUri of its own",
            "flat: framework 'flat' has the taxonomy's own base <https://example.org/t/>, so in"
                + " the SKOS export its concept scheme is the taxonomy's, and an area and a theme"
                + " with the same id are one IRI; give the framework a baseUri of its own, such as"
                + " <https://example.org/t/flat/>");
    assertThat(notes.get(0).subject().field()).isEqualTo("baseUri");
  }

  @Test
  void sharedBaseNotes_everyFrameworkOnItsOwnBase_none() {
    Taxonomy t =
        Taxonomy.builder("t", "T")
            .addFramework(framework("f1", "https://example.org/f1/"))
            .addFramework(framework("f2", null))
            .addTheme(Theme.builder("a", "A").build())
            .build();
    assertThat(new Iris(t).sharedBaseNotes("the SSSOM export")).isEmpty();
  }
}
