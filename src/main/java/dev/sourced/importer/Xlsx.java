package dev.sourced.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Excel workbooks (.xlsx), as Kahoot! takes and gives its template: the first sheet with a header
 * Sourced knows is read as a spreadsheet. A workbook is a zip of XML, so before the reader sees
 * it every entry is inflated once with a count, and one that unpacks past MAX_UNPACKED (a zip
 * bomb) or holds too many entries is refused; while reading, the cells are counted too. The XML
 * reader (fastexcel-reader, on aalto-xml) does not read DTDs or external entities.
 */
final class Xlsx {
  static final long MAX_UNPACKED = 64L * 1024 * 1024;
  static final int MAX_ENTRIES = 2_000;
  static final long MAX_CELLS = 2_000_000;

  private Xlsx() {}

  static Imported read(String file, byte[] bytes, String language) throws ImportException {
    check(file, bytes);
    List<String> seen = new ArrayList<>();
    try (ReadableWorkbook wb = open(file, bytes)) {
      long[] cells = {0};
      List<Sheet> all = sheets(file, wb);
      for (Sheet sheet : all) {
        try (Stream<Row> stream = openStream(file, sheet)) {
          SheetRows rows = new SheetRows(file, sheet.getName(), stream.iterator(), cells);
          Spreadsheet.Found found = Spreadsheet.find(rows, ',');
          if (found == null) {
            seen.add("\"" + Clean.text(sheet.getName()).text() + "\"" + rows.firstRow());
            continue;
          }
          String name = found.header().layout().label + " (.xlsx" + (all.size() > 1
              ? ", sheet \"" + Clean.text(sheet.getName()).text() + "\"" : "") + ")";
          PackBuilder out = new PackBuilder(new Notes(file), name, language);
          Spreadsheet.read(found, out);
          return out.build();
        }
      }
    } catch (IOException | UncheckedIOException | org.dhatim.fastexcel.reader.ExcelReaderException e) {
      throw damaged(file, e);
    }
    throw new ImportException(file, 0, "no sheet has a header row Sourced knows in its first "
        + Spreadsheet.HEADER_SEARCH_ROWS + " rows (sheets: " + String.join("; ", seen) + "); supported: "
        + Spreadsheet.SUPPORTED + "; rename the header cells to one of these");
  }

  private static ReadableWorkbook open(String file, byte[] bytes) throws ImportException, IOException {
    try {
      return new ReadableWorkbook(new ByteArrayInputStream(bytes));
    } catch (RuntimeException e) {
      throw damaged(file, e);
    }
  }

  private static List<Sheet> sheets(String file, ReadableWorkbook wb) throws ImportException {
    try {
      return wb.getSheets().toList();
    } catch (RuntimeException e) {
      throw damaged(file, e);
    }
  }

  private static Stream<Row> openStream(String file, Sheet sheet) throws ImportException, IOException {
    try {
      return sheet.openStream();
    } catch (RuntimeException e) {
      throw damaged(file, e);
    }
  }

  static ImportException damaged(String file, Exception e) {
    return new ImportException(file, 0, "cannot be read as an Excel workbook (" + Clean.text(String.valueOf(
        e.getMessage())).text() + "); open it in a spreadsheet program and save it again as .xlsx or CSV");
  }

  /** The zip's entries inflated and counted: refused past the limits, or when it is not a workbook. */
  static void check(String file, byte[] bytes) throws ImportException {
    long total = 0;
    int entries = 0;
    boolean workbook = false;
    boolean ods = false;
    boolean docx = false;
    byte[] buffer = new byte[64 * 1024];
    // The central directory, as the reader itself reads the zip (some writers leave local sizes 0).
    try (ZipFile zip = ZipFile.builder().setByteArray(bytes).get()) {
      for (Enumeration<ZipArchiveEntry> all = zip.getEntries(); all.hasMoreElements(); ) {
        ZipArchiveEntry e = all.nextElement();
        if (++entries > MAX_ENTRIES) {
          throw new ImportException(file, 0, "is a zip of more than " + MAX_ENTRIES + " files; not a quiz workbook");
        }
        String n = e.getName();
        workbook |= n.equals("xl/workbook.xml");
        ods |= n.equals("content.xml");
        docx |= n.equals("word/document.xml");
        try (InputStream in = zip.getInputStream(e)) {
          for (int r = in.read(buffer); r > 0; r = in.read(buffer)) {
            total += r;
            if (total > MAX_UNPACKED) {
              throw new ImportException(file, 0, "unpacks to more than " + MAX_UNPACKED / (1024 * 1024)
                  + " MB, far more than a quiz holds (a zip bomb?); nothing was read");
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new ImportException(file, 0, "is a damaged zip or workbook (" + Clean.text(String.valueOf(e.getMessage()))
          .text() + ")");
    }
    if (!workbook) {
      throw new ImportException(file, 0, ods ? "is an OpenDocument spreadsheet (.ods); save it as .xlsx or CSV"
          : docx ? "is a Word document; import reads quiz spreadsheets (.xlsx, CSV), GIFT, Aiken, Moodle XML and Quizlet text"
          : "is a zip archive, not an Excel workbook; import reads .xlsx, CSV, TSV, GIFT, Aiken, Moodle XML and Quizlet text");
    }
  }

  /** A sheet's rows as text cells, gaps filled with "", numbers as written ("2", not "2.0"). */
  private static final class SheetRows implements Rows {
    private final String file;
    private final String sheet;
    private final Iterator<Row> rows;
    private final long[] cells;
    private List<String> first;

    SheetRows(String file, String sheet, Iterator<Row> rows, long[] cells) {
      this.file = file;
      this.sheet = sheet;
      this.rows = rows;
      this.cells = cells;
    }

    @Override
    public Csv.Row next() throws ImportException {
      try {
        return read();
      } catch (RuntimeException e) { // the reader's own, on a damaged sheet (a bad number, a bad cell reference)
        throw damaged(file, e);
      }
    }

    private Csv.Row read() throws ImportException {
      if (!rows.hasNext()) {
        return null;
      }
      Row row = rows.next();
      cells[0] += row.getPhysicalCellCount();
      if (cells[0] > MAX_CELLS) {
        throw new ImportException(file, row.getRowNum(), "the workbook has more than " + MAX_CELLS
            + " cells, far more than a quiz holds; nothing was written");
      }
      List<String> out = new ArrayList<>(row.getCellCount());
      int last = 0;
      for (int i = 0; i < row.getCellCount(); i++) {
        String t = text(row.getCell(i));
        out.add(t);
        if (!t.isEmpty()) {
          last = i + 1;
        }
      }
      List<String> trimmed = new ArrayList<>(out.subList(0, last)); // styled empty cells to the right are not data
      if (first == null && last > 0) {
        first = trimmed;
      }
      return new Csv.Row(row.getRowNum(), trimmed);
    }

    /** What the sheet's first non-empty row held, for the message when no header is found. */
    String firstRow() {
      if (first == null) {
        return " (empty)";
      }
      List<String> shown = new ArrayList<>();
      for (String c : first.subList(0, Math.min(first.size(), 8))) {
        String t = Clean.text(c).text();
        shown.add("\"" + (t.length() > 30 ? t.substring(0, 27) + "..." : t) + "\"");
      }
      return " starts " + String.join(", ", shown);
    }

    private static String text(Cell c) {
      if (c == null) {
        return "";
      }
      switch (c.getType()) {
        case NUMBER:
          BigDecimal n = c.asNumber();
          return n == null ? "" : n.stripTrailingZeros().toPlainString();
        case BOOLEAN:
          return Boolean.TRUE.equals(c.asBoolean()) ? "TRUE" : "FALSE";
        case STRING:
        case FORMULA:
          String t = c.getText();
          return t == null ? "" : t;
        default:
          return "";
      }
    }
  }

  /** For tests: the first rows of the first sheet as text. */
  static List<List<String>> firstRows(InputStream in, int n) throws IOException, ImportException {
    List<List<String>> out = new ArrayList<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(in); Stream<Row> stream = wb.getFirstSheet().openStream()) {
      SheetRows rows = new SheetRows("t.xlsx", "", stream.iterator(), new long[1]);
      for (Csv.Row r = rows.next(); r != null && out.size() < n; r = rows.next()) {
        out.add(r.cells());
      }
    }
    return out;
  }
}
