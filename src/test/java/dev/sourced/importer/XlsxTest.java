package dev.sourced.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sourced.pack.Problem;
import dev.sourced.pack.Question;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Excel workbooks written as spreadsheet programs write them, then imported from the file. */
class XlsxTest {
  @TempDir
  Path dir;

  /** A workbook with one sheet per entry of sheets, each a list of rows (String, Number or null cells). */
  static Path workbook(Path file, List<String> names, List<List<List<Object>>> sheets) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "Test", "1.0");
      for (int s = 0; s < sheets.size(); s++) {
        Worksheet ws = wb.newWorksheet(names.get(s));
        List<List<Object>> rows = sheets.get(s);
        for (int r = 0; r < rows.size(); r++) {
          for (int c = 0; c < rows.get(r).size(); c++) {
            Object v = rows.get(r).get(c);
            if (v instanceof Number n) {
              ws.value(r, c, n);
            } else if (v instanceof String t) {
              ws.value(r, c, t);
            } else if (v instanceof Boolean b) {
              ws.value(r, c, b);
            }
          }
        }
      }
      wb.finish();
    }
    return file;
  }

  static List<Object> row(Object... cells) {
    return java.util.Arrays.asList(cells);
  }

  @Test
  void kahootTemplateWithItsInstructionRowsAndNumberCellsIsRead() throws Exception {
    // As Kahoot!'s template is laid out: a title and instructions above the header on row 8,
    // the question number in column A, time limits and single right answers as numbers.
    Path xlsx = workbook(dir.resolve("kahoot.xlsx"), List.of("Sheet1"), List.of(List.of(
        row(), row(null, "Quiz template"), row(null, "Add questions, at least two answer alternatives ..."),
        row(null, "Remember: questions have a limit of 120 characters"), row(), row(),
        row(null, "See an example question below"),
        row(null, "Question - max 120 characters", "Answer 1 - max 75 characters", "Answer 2 - max 75 characters",
            "Answer 3 - max 75 characters", "Answer 4 - max 75 characters",
            "Time limit (sec) \u2013 5, 10, 20, 30, 60, 90, 120, or 240 secs", "Correct answer(s) - choose at least one"),
        row(1, "Which planet is the largest?", "Mars", "Jupiter", "Venus", null, 20, 2),
        row(2, "Which tools export .xlsx?", "Excel", "Google Docs", "Numbers", "LibreOffice", 30, "1,2,3,4"),
        row(3, "Is water wet?", "True", "False", null, null, 10, 1.0))));
    Imported i = ImportFiles.importFile(xlsx, "kahoot.xlsx", null, "en");
    assertThat(i.format()).isEqualTo("Kahoot! spreadsheet (.xlsx)");
    assertThat(i.pack().questions()).extracting(Question::answer).containsExactly("Jupiter", "True");
    assertThat(i.pack().questions().get(1).type()).isEqualTo(Question.Type.TRUE_FALSE);
    assertThat(i.warnings()).extracting(Problem::format)
        .contains("kahoot.xlsx:10: warning: skipped: 4 correct answers (1, 2, 3, 4); a Sourced question has exactly one");
  }

  @Test
  void theSheetWithAKnownHeaderIsReadWhereverItIs() throws Exception {
    Path xlsx = workbook(dir.resolve("two.xlsx"), List.of("Notes", "Quiz"), List.of(
        List.of(row("Made for class 7B")),
        List.of(row("Question", "Correct Answer", "Incorrect Answer 1", "Incorrect Answer 2 (Optional)"),
            row("Capital of Peru?", "Lima", "Quito", "Bogot\u00e1"))));
    Imported i = ImportFiles.importFile(xlsx, "two.xlsx", null, "en");
    assertThat(i.format()).isEqualTo("Gimkit spreadsheet (.xlsx, sheet \"Quiz\")");
    assertThat(i.pack().questions().get(0).choices()).containsExactly("Lima", "Quito", "Bogot\u00e1");
  }

  @Test
  void workbookWithNoKnownHeaderNamesItsSheetsAndWhatTheyStartWith() throws Exception {
    Path xlsx = workbook(dir.resolve("marks.xlsx"), List.of("Marks"), List.of(List.of(row("Name", "Score"))));
    assertThatThrownBy(() -> ImportFiles.importFile(xlsx, "marks.xlsx", null, "en"))
        .hasMessageStartingWith("marks.xlsx: error: no sheet has a header row Sourced knows in its first 30 rows "
            + "(sheets: \"Marks\" starts \"Name\", \"Score\"); supported: Kahoot!");
  }

  @Test
  void zipBombIsRefusedBeforeTheReaderSeesIt() throws Exception {
    Path bomb = dir.resolve("bomb.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
      zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
      zip.write("<workbook/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 80; i++) {
        zip.write(zeros); // 80 MB of zeros: a few hundred KB packed
      }
    }
    assertThat(Files.size(bomb)).isLessThan(ImportFiles.MAX_BYTES);
    assertThatThrownBy(() -> ImportFiles.importFile(bomb, "bomb.xlsx", null, "en"))
        .hasMessage("bomb.xlsx: error: unpacks to more than 64 MB, far more than a quiz holds (a zip bomb?); "
            + "nothing was read");
  }

  @Test
  void otherZipsAreNamed() throws Exception {
    Path ods = dir.resolve("quiz.ods");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(ods))) {
      zip.putNextEntry(new ZipEntry("mimetype"));
      zip.putNextEntry(new ZipEntry("content.xml"));
    }
    assertThatThrownBy(() -> ImportFiles.importFile(ods, "quiz.ods", null, "en"))
        .hasMessage("quiz.ods: error: is an OpenDocument spreadsheet (.ods); save it as .xlsx or CSV");
    Path broken = dir.resolve("broken.xlsx");
    Files.write(broken, new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});
    assertThatThrownBy(() -> ImportFiles.importFile(broken, "broken.xlsx", null, "en"))
        .isInstanceOf(ImportException.class).hasMessageStartingWith("broken.xlsx: error: ");
  }
}
