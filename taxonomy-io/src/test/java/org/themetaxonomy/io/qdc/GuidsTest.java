package org.themetaxonomy.io.qdc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GuidsTest {
  @Test
  void normalize_bracesAndUpperCase_bareLowerCase() {
    assertThat(Guids.normalize("{1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294}"))
        .isEqualTo("1ff58b12-6f6f-4b0c-8be5-bbdc91f55294");
    assertThat(Guids.normalize(" 1ff58b12-6f6f-4b0c-8be5-bbdc91f55294 "))
        .isEqualTo("1ff58b12-6f6f-4b0c-8be5-bbdc91f55294");
  }

  @Test
  void normalize_notAGuid_null() {
    assertThat(Guids.normalize("c001")).isNull();
    assertThat(Guids.normalize("1ff58b12-6f6f-4b0c-8be5-bbdc91f5529g")).isNull();
    assertThat(Guids.normalize("{1ff58b12-6f6f-4b0c-8be5-bbdc91f55294")).isNull();
    assertThat(Guids.normalize(null)).isNull();
  }

  @Test
  void v5_matchesRfc4122Vector() {
    // Python: uuid.uuid5(uuid.NAMESPACE_URL, "urn:x-theme-taxonomy:atlas:theme:code1")
    assertThat(Guids.forTheme("atlas", "code1")).isEqualTo("a629ccfd-3727-5b08-9cca-229955c9b1c1");
  }

  @Test
  void forTheme_sameIds_sameGuid_otherIds_otherGuid() {
    assertThat(Guids.forTheme("t", "a")).isEqualTo(Guids.forTheme("t", "a"));
    assertThat(Guids.forTheme("t", "a")).isNotEqualTo(Guids.forTheme("t", "b"));
    assertThat(Guids.forArea("f", "a")).isNotEqualTo(Guids.forTheme("f", "a"));
  }
}
