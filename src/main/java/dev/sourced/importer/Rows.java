package dev.sourced.importer;

/** The rows of one sheet, read one at a time: CSV or TSV text, or a workbook's sheet. */
interface Rows {
  /** The next row, or null after the last. */
  Csv.Row next() throws ImportException;
}
