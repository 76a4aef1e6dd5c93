package org.themetaxonomy.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvGridTest {
  /** Each record as {@code line: cell|cell}. */
  private static List<String> records(String text, char delimiter, int limit) {
    return CsvGrid.parse(text, delimiter, limit).rows().stream()
        .map(r -> r.line() + ": " + String.join("|", r.cells()))
        .toList();
  }

  @Test
  void parse_crLfAndLf_recordsWithTheirLines() {
    assertThat(records("a,b\r\nc,d\ne,f", ',', 50)).containsExactly("1: a|b", "2: c|d", "3: e|f");
    assertThat(records("a,b\rc,d\r", ',', 50)).containsExactly("1: a|b", "2: c|d");
  }

  @Test
  void parse_quotedCells_doubledQuotesAndLineBreaksInside() {
    assertThat(records("\"x\"\"y\",\"p\nq\"\nz,w\n", ',', 50))
        .containsExactly("1: x\"y|p\nq", "3: z|w");
    assertThat(records("\"p\rq\",1\nr,2", ',', 50)).containsExactly("1: p\rq|1", "3: r|2");
    assertThat(records("\"p\r\nq\",1\nr,2", ',', 50)).containsExactly("1: p\r\nq|1", "3: r|2");
    assertThat(records("\"a\"", ',', 50)).containsExactly("1: a");
  }

  @Test
  void parse_quoteInsideACell_isText() {
    assertThat(records("a\"b,c\"\n", ',', 50)).containsExactly("1: a\"b|c\"");
  }

  @Test
  void parse_blankRecordsSkipped_trailingDelimiterKeepsAnEmptyCell() {
    assertThat(records("a,b\n\n,\n \nc,\n", ',', 50)).containsExactly("1: a|b", "5: c|");
    assertThat(records("a,", ',', 50)).containsExactly("1: a|");
  }

  @Test
  void parse_unterminatedQuote_lineWhereItOpened() {
    CsvGrid.Parsed p = CsvGrid.parse("a,b\nc,\"open\nmore\n", ',', 50);
    assertThat(p.unterminatedLine()).isEqualTo(2);
    assertThat(CsvGrid.parse("a,b\n", ',', 50).unterminatedLine()).isZero();
  }

  @Test
  void parse_limit_stopsAfterThatManyRecords() {
    assertThat(records("a\nb\nc\nd", ',', 2)).containsExactly("1: a", "2: b");
    assertThat(records("a\nb", ',', 2)).containsExactly("1: a", "2: b");
    assertThat(records("a\nb\nc", ',', 3)).containsExactly("1: a", "2: b", "3: c");
  }

  @Test
  void sniff_delimiterThatSplitsMostRecordsAlike() {
    assertThat(CsvGrid.sniff("a;b;c\nd;e;f\n", false)).isEqualTo(';');
    assertThat(CsvGrid.sniff("a\tb\nc\td\n", false)).isEqualTo('\t');
    assertThat(CsvGrid.sniff("a,b;c\nd,e;f\ng,h\n", false)).isEqualTo(',');
    // one comma column in two records against three semicolon columns in one
    assertThat(CsvGrid.sniff("a,b\nc,d\ne;f;g\n", false)).isEqualTo(',');
    assertThat(CsvGrid.sniff("a;b;c;d\ne;f\n", false)).isEqualTo(';');
  }

  @Test
  void sniff_tie_tabInATsvFileElseTheEarlierCandidate() {
    assertThat(CsvGrid.sniff("a,b\tc\n", true)).isEqualTo('\t');
    assertThat(CsvGrid.sniff("a,b\tc\n", false)).isEqualTo(',');
    assertThat(CsvGrid.sniff("a;b\tc\n", false)).isEqualTo(';');
    assertThat(CsvGrid.sniff("plain\n", false)).isEqualTo(',');
    assertThat(CsvGrid.sniff("plain\n", true)).isEqualTo('\t');
  }

  @Test
  void show_tabByName_othersQuoted() {
    assertThat(CsvGrid.show('\t')).isEqualTo("tab");
    assertThat(CsvGrid.show(';')).isEqualTo("';'");
  }
}
