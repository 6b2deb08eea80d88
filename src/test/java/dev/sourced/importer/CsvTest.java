package dev.sourced.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  static List<Csv.Row> rows(String text, char delimiter) throws ImportException {
    Csv csv = new Csv(text, delimiter, "t.csv");
    List<Csv.Row> out = new ArrayList<>();
    for (Csv.Row r = csv.next(); r != null; r = csv.next()) {
      out.add(r);
    }
    return out;
  }

  @Test
  void quotedFieldsHoldDelimitersDoubledQuotesAndLineBreaks() throws ImportException {
    List<Csv.Row> rows = rows("a,\"b, \"\"c\"\"\",\"line\r\nbreak\"\r\nnext,row\r\n", ',');
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).cells()).containsExactly("a", "b, \"c\"", "line\nbreak");
    assertThat(rows.get(0).line()).isEqualTo(1);
    assertThat(rows.get(1).cells()).containsExactly("next", "row");
    assertThat(rows.get(1).line()).isEqualTo(3);
  }

  @Test
  void everyKindOfLineEndEndsARow() throws ImportException {
    assertThat(rows("a\rb\nc\r\nd", ',')).extracting(Csv.Row::line).containsExactly(1, 2, 3, 4);
  }

  @Test
  void tabsSeparateTsvAndCommasStayInTheCell() throws ImportException {
    assertThat(rows("one, two\tthree\n", '\t').get(0).cells()).containsExactly("one, two", "three");
  }

  @Test
  void emptyCellsAndAMissingLastLineBreakAreKept() throws ImportException {
    assertThat(rows(",,x", ',').get(0).cells()).containsExactly("", "", "x");
  }

  @Test
  void quoteInsideAnUnquotedCellIsACharacter() throws ImportException {
    assertThat(rows("5\" floppy,b\n", ',').get(0).cells()).containsExactly("5\" floppy", "b");
  }

  @Test
  void unclosedQuoteIsAnErrorOnTheLineWhereItOpens() {
    assertThatThrownBy(() -> rows("a,b\nc,\"never\nclosed\n", ','))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("t.csv:2: error: a quoted field starts on this line and is never closed");
  }

  @Test
  void spaceAfterTheCommaBeforeAQuotedFieldIsNotPartOfIt() throws ImportException {
    assertThat(rows("1, \"Running late, who missed the train?\", \"me\" ,30\n", ',').get(0).cells())
        .containsExactly("1", "Running late, who missed the train?", "me", "30");
  }

  @Test
  void tabDelimiterAtACellStartIsStillADelimiter() throws ImportException {
    assertThat(rows("a\t\t\"b\"\n", '\t').get(0).cells()).containsExactly("a", "", "b");
  }
}
