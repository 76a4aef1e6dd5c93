package org.themetaxonomy.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueSyntaxTest {
  @ParameterizedTest
  @ValueSource(strings = {"#C00000", "#00ff7F", "#abcdef", "#999999"})
  void isColor_hashAndSixHexDigits_true(String text) {
    assertThat(ValueSyntax.isColor(text)).isTrue();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {"", "C00000", "#C0000", "#C000000", "#G00000", "#00000g", "C00000#", "#C 0000"})
  void isColor_anythingElse_false(String text) {
    assertThat(ValueSyntax.isColor(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"0b9e4f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b", "0B9E4F2A-1C3D-4E5F-8A9B-0C1D2E3F4A5B"})
  void isUuid_rfc4122Text_true(String text) {
    assertThat(ValueSyntax.isUuid(text)).isTrue();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "{0b9e4f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b}",
        "0b9e4f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5",
        "0b9e4f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5bb",
        "0b9e4f2a1c3d-4e5f-8a9b-0c1d2e3f4a5b-",
        "0b9e4f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5g",
        "g0b9e4f2-1c3d-4e5f-8a9b-0c1d2e3f4a5b",
        "0b9e4f2a-1c3d-4e5f-8a9b_0c1d2e3f4a5b",
        "0b9e4f2a-1c3d-4e5f-8a9b-0c1d-e3f4a5b"
      })
  void isUuid_anythingElse_false(String text) {
    assertThat(ValueSyntax.isUuid(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.org/vocab/",
        "http://example.org/v#",
        "urn:isbn:0451450523",
        "https://example.org/thème/",
        "x+y.z-w:rest"
      })
  void isAbsoluteIri_schemeAndNoForbiddenCharacter_true(String text) {
    assertThat(ValueSyntax.isAbsoluteIri(text)).isTrue();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "example.org/vocab/",
        "/relative/path",
        "https://example.org/a b",
        "https://example.org/<a>",
        "https://example.org/\"a\"",
        "https://example.org/{a}",
        "https://example.org/a|b",
        "https://example.org/a\\b",
        "https://example.org/a^b",
        "https://example.org/a`b",
        "https://example.org/a\u007fb",
        "https://example.org/a\tb",
        "https://example.org/a>",
        "https://example.org/a}",
        "1http://example.org/",
        "ht_tp://example.org/",
        "https://example.org/%zz"
      })
  void isAbsoluteIri_anythingElse_false(String text) {
    assertThat(ValueSyntax.isAbsoluteIri(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://example.org/vocab/", "https://example.org/vocab#"})
  void isBaseIri_absoluteEndingInSlashOrHash_true(String text) {
    assertThat(ValueSyntax.isBaseIri(text)).isTrue();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"https://example.org/vocab", "vocab/", "https://example.org/a b/"})
  void isBaseIri_anythingElse_false(String text) {
    assertThat(ValueSyntax.isBaseIri(text)).isFalse();
  }
}
