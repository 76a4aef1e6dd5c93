package org.themetaxonomy.io.qdc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.themetaxonomy.core.Ids;

class SlugsTest {
  @Test
  void slug_accentsAndPunctuation_foldedToAsciiWords() {
    assertThat(Slugs.slug("Équité d'accès")).isEqualTo("equite-d-acces");
    assertThat(Slugs.slug("  Straße & Ñandú  ")).isEqualTo("strasse-nandu");
    assertThat(Slugs.slug("Funding & staffing")).isEqualTo("funding-staffing");
    assertThat(Slugs.slug("Øresund Æble")).isEqualTo("oresund-aeble");
  }

  @Test
  void unique_sameNameTwice_secondGetsSuffix() {
    Slugs s = new Slugs("code");
    assertThat(s.unique("Other")).isEqualTo("other");
    assertThat(s.unique("other")).isEqualTo("other-2");
    assertThat(s.unique("OTHER!")).isEqualTo("other-3");
  }

  @Test
  void unique_longName_staysWithin64WithSuffix() {
    Slugs s = new Slugs("code");
    String name = "a very long code name ".repeat(10);
    String first = s.unique(name);
    String second = s.unique(name);
    assertThat(first).hasSizeLessThanOrEqualTo(64).doesNotEndWith("-");
    assertThat(second).hasSizeLessThanOrEqualTo(64).endsWith("-2");
    assertThat(Ids.isValid(first)).isTrue();
    assertThat(Ids.isValid(second)).isTrue();
  }

  @Test
  void unique_noAsciiLetter_validStableId() {
    String a = new Slugs("code").unique("教育");
    assertThat(Ids.isValid(a)).isTrue();
    assertThat(a).startsWith("code-").isEqualTo(new Slugs("code").unique("教育"));
    assertThat(new Slugs("code").unique("健康")).isNotEqualTo(a);
  }

  @Test
  void unique_reservedId_skipped() {
    Slugs s = new Slugs("code");
    s.reserve("alpha");
    assertThat(s.unique("Alpha")).isEqualTo("alpha-2");
  }
}
