package org.themetaxonomy.io.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {
  private static String turtle(String s) throws IOException {
    StringWriter out = new StringWriter();
    Text.turtleString(out, s);
    return out.toString();
  }

  private static String tsv(String s) throws IOException {
    StringWriter out = new StringWriter();
    Text.tsvCell(out, s);
    return out.toString();
  }

  /** Inputs and outputs are written with Java escapes, u-escapes too, so that controls show. */
  private static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\') {
        b.append(c);
        continue;
      }
      char e = s.charAt(++i);
      if (e == 'u') {
        b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
        i += 4;
      } else {
        b.append(("\\" + e).translateEscapes());
      }
    }
    return b.toString();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "plain|\"plain\"",
        "a\"b|\"a\\\\\"b\"",
        "a\\\\b|\"a\\\\\\\\b\"",
        "a\\nb\\rc\\td|\"a\\\\nb\\\\rc\\\\td\"",
        "\\bx\\f|\"\\\\bx\\\\f\"",
        "x\\u0001\\u001f\\u007f|\"x\\\\u0001\\\\u001F\\\\u007F\"",
        "\\u0020~\\u0080|\"\\u0020~\\u0080\"",
        "pair \\ud83d\\ude00 ok|\"pair \\ud83d\\ude00 ok\"",
        "lone \\ud83d end|\"lone \\ufffd end\"",
        "low \\ude00|\"low \\ufffd\"",
        "end \\ud83d|\"end \\ufffd\""
      })
  void turtleString_escapesWhatTurtleCannotHold(String in, String expected) throws IOException {
    assertThat(turtle(unescape(in))).isEqualTo(unescape(expected));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "plain|\"plain\"",
        "a\"b\\\\c|\"a\\\\\"b\\\\\\\\c\"",
        "a\\nb\\tc\\rd|\"a\\\\nb\\\\tc\\\\rd\"",
        "x\\u0001\\u001f|\"x\\\\u0001\\\\u001F\"",
        "\\u0020~\\u007f\\u0080\\u009f\\u00a0|\"\\u0020~\\\\u007F\\\\u0080\\\\u009F\\u00a0\"",
        "\\u2027\\u2028\\u2029\\u202a|\"\\u2027\\\\u2028\\\\u2029\\u202a\"",
        "\\ufeff\\ufffd\\ufffe\\uffff|\"\\\\uFEFF\\ufffd\\\\uFFFE\\\\uFFFF\"",
        "pair \\ud83d\\ude00|\"pair \\ud83d\\ude00\"",
        "lone \\ud83d x \\ude00|\"lone \\ufffd x \\ufffd\"",
        "end \\ud83d|\"end \\ufffd\""
      })
  void yamlString_doubleQuotedWithEscapes(String in, String expected) {
    assertThat(Text.yamlString(unescape(in))).isEqualTo(unescape(expected));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "plain|plain",
        "a b,c|a b,c",
        "a\\tb|\"a\\tb\"",
        "a\\nb|\"a\\nb\"",
        "a\\rb|\"a\\rb\"",
        "say \"hi\"|\"say \"\"hi\"\"\"",
        "pair \\ud83d\\ude00|pair \\ud83d\\ude00",
        "lone \\ud83d|lone \\ufffd",
        "lone \\ude00 x|lone \\ufffd x",
        "lone \\ud83d\\ttab|\"lone \\ufffd\\ttab\"",
        "\\ud83d\\ude00\\ud83d|\\ud83d\\ude00\\ufffd"
      })
  void tsvCell_quotedOnlyWhenItMustBe_loneSurrogatesReplaced(String in, String expected)
      throws IOException {
    assertThat(tsv(unescape(in))).isEqualTo(unescape(expected));
  }
}
