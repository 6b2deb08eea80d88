package dev.sourced.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads delimited text as RFC 4180 has it: quoted fields may hold the delimiter, doubled quotes
 * and line breaks; lines end in CRLF, LF or CR. Each row keeps the line it starts on. Loose where
 * spreadsheets are loose: a quote inside an unquoted field is kept as a character.
 */
final class Csv implements Rows {
  /** One record and the physical line it starts on, counting from 1. */
  record Row(int line, List<String> cells) {
    String cell(int index) {
      return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    boolean blank() {
      return cells.stream().allMatch(String::isBlank);
    }
  }

  private final String text;
  private final char delimiter;
  private final String file;
  private int pos;
  private int line = 1;

  Csv(String text, char delimiter, String file) {
    this.text = text;
    this.delimiter = delimiter;
    this.file = file;
  }

  /** The next row, or null at the end of the text. */
  @Override
  public Row next() throws ImportException {
    if (pos >= text.length()) {
      return null;
    }
    int start = line;
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    int quoteLine = 0;
    boolean atCellStart = true;
    boolean afterQuote = false;
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (quoted) {
        if (c == '"') {
          if (pos < text.length() && text.charAt(pos) == '"') {
            cell.append('"');
            pos++;
          } else {
            quoted = false;
          }
        } else if (c == '\r' || c == '\n') {
          if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
            pos++;
          }
          line++;
          cell.append('\n');
        } else {
          cell.append(c);
        }
      } else if (c == '"' && atCellStart) {
        quoted = true;
        quoteLine = line;
        atCellStart = false;
        afterQuote = true;
      } else if (atCellStart && c != delimiter && (c == ' ' || c == '\t') && quoteAfterSpaces(pos) >= 0) {
        pos = quoteAfterSpaces(pos); // 1, "a, b": the space before a quoted field is not part of it
      } else if (c == delimiter) {
        cells.add(cell.toString());
        cell.setLength(0);
        atCellStart = true;
        afterQuote = false;
      } else if (afterQuote && (c == ' ' || c == '\t')) {
        continue; // nor the space after it
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
          pos++;
        }
        line++;
        cells.add(cell.toString());
        return new Row(start, cells);
      } else {
        cell.append(c);
        atCellStart = false;
        afterQuote = false;
      }
    }
    if (quoted) {
      throw new ImportException(file, quoteLine,
          "a quoted field starts on this line and is never closed; look for a stray \" (write \"\" for a quote inside quotes)");
    }
    cells.add(cell.toString());
    return new Row(start, cells);
  }

  /** Where the quote is when, from i, only spaces or tabs stand before one; else -1. */
  private int quoteAfterSpaces(int i) {
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t') && text.charAt(i) != delimiter) {
      i++;
    }
    return i < text.length() && text.charAt(i) == '"' ? i : -1;
  }
}
