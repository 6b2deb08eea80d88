package dev.sourced.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportFilesTest {
  @TempDir
  Path dir;

  @Test
  void utf16WithByteOrderMarkAsExcelSavesUnicodeTextIsRead() throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
    b.write("Question\tAnswer 1\tAnswer 2\tCorrect answer\r\nCaf\u00e9?\tOui\tNon\t1\r\n".getBytes(StandardCharsets.UTF_16LE));
    Path tsv = dir.resolve("unicode.txt");
    Files.write(tsv, b.toByteArray());
    Imported i = ImportFiles.importFile(tsv, "unicode.txt", null, "fr");
    assertThat(i.pack().questions().get(0).prompt()).isEqualTo("Caf\u00e9?");
    assertThat(i.format()).isEqualTo("Kahoot! spreadsheet");
  }

  @Test
  void utf8ByteOrderMarkIsDropped() throws Exception {
    Path gift = dir.resolve("bom.gift");
    Files.write(gift, ("\uFEFF::First:: Is it?{T}").getBytes(StandardCharsets.UTF_8));
    assertThat(ImportFiles.importFile(gift, "bom.gift", null, "en").pack().questions().get(0).id()).isEqualTo("first");
  }

  @Test
  void pdfIsRefusedByName() throws IOException {
    Path pdf = dir.resolve("quiz.pdf");
    Files.write(pdf, "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
    assertThatThrownBy(() -> ImportFiles.importFile(pdf, "quiz.pdf", null, "en"))
        .hasMessage("quiz.pdf: error: is a PDF; import reads Excel workbooks (.xlsx), CSV and TSV sheets, GIFT, Aiken, "
            + "Moodle XML and Quizlet exports");
  }

  @Test
  void folderIsRefused() {
    assertThatThrownBy(() -> ImportFiles.importFile(dir, "d", null, "en"))
        .hasMessage("d: error: is a folder; give the file to import");
  }

  @Test
  void textOfUnknownFormatSaysWhatItLookedFor() throws IOException {
    Path txt = dir.resolve("notes.txt");
    Files.writeString(txt, "Just some notes.\nNothing else.\n");
    assertThatThrownBy(() -> ImportFiles.importFile(txt, "notes.txt", null, "en"))
        .hasMessageStartingWith("notes.txt: error: cannot tell what format this is; its first line is \"Just some "
            + "notes.\". Import reads: sheets (.xlsx, CSV, TSV) whose header row is that of Kahoot!")
        .hasMessageContaining("To map it: add a header row such as \"Question,Option 1,Option 2,Option 3,Correct "
            + "Answer,Explanation\"");
  }

  @Test
  void formatIsToldByContentWhenTheNameDoesNot() throws Exception {
    assertThat(Importer.detect("x.txt", "Q?\nA. a\nB. b\nANSWER: A\n")).isEqualTo(Importer.Format.AIKEN);
    assertThat(Importer.detect("x.txt", "// c\nQ?{T}\n")).isEqualTo(Importer.Format.GIFT);
    assertThat(Importer.detect("x.txt", "prompt\tchoices\tanswer\n")).isEqualTo(Importer.Format.SPREADSHEET);
    assertThat(Importer.detect("x.gift.txt", "anything")).isEqualTo(Importer.Format.GIFT);
    assertThat(Importer.detect("x.aiken.txt", "anything")).isEqualTo(Importer.Format.AIKEN);
  }
}
