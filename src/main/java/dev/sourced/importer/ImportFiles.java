package dev.sourced.importer;

import dev.sourced.pack.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The file end of an import: size and kind checked before the bytes are read or decoded, the
 * encoding found, then the text handed to Importer.
 */
public final class ImportFiles {
  /** Larger files are refused before reading: a thousand-question spreadsheet is well under 1 MB. */
  public static final long MAX_BYTES = 16L * 1024 * 1024;

  private static final int SNIFF = 8192;
  static final String READS = "Excel workbooks (.xlsx), CSV and TSV sheets, GIFT, Aiken, Moodle XML and Quizlet "
      + "exports";

  private ImportFiles() {}

  /** The file as a pack; name is how messages call the file. */
  public static Imported importFile(Path path, String name, Importer.Format format, String language)
      throws ImportException {
    byte[] bytes = bytes(path, name);
    if (startsWith(bytes, 'P', 'K', 3, 4)) {
      return Xlsx.read(name, bytes, language);
    }
    refuseBinary(bytes, name);
    List<Problem> warnings = new ArrayList<>();
    String text = decode(bytes, name, format, warnings);
    Imported imported;
    try {
      imported = Importer.read(name, text, format, language);
    } catch (ImportException e) {
      List<Problem> all = new ArrayList<>(warnings);
      all.addAll(e.warnings());
      throw new ImportException(e.problem(), all);
    }
    warnings.addAll(imported.warnings());
    return new Imported(imported.pack(), warnings, imported.format(), imported.skipped());
  }

  private static byte[] bytes(Path path, String name) throws ImportException {
    try {
      if (Files.isDirectory(path)) {
        throw new ImportException(name, 0, "is a folder; give the file to import");
      }
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        throw new ImportException(name, 0, "is " + (size / (1024 * 1024)) + " MB; import reads files of at most "
            + (MAX_BYTES / (1024 * 1024)) + " MB; split it");
      }
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new ImportException(name, 0, "does not exist");
    } catch (IOException e) {
      throw new ImportException(name, 0, "cannot be read: " + e.getMessage());
    }
  }

  /** Workbooks, PDFs and other binary files, named where they can be, with what to do instead. */
  static void refuseBinary(byte[] b, String name) throws ImportException {
    if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
      throw new ImportException(name, 0, "is an Excel 97-2003 workbook (.xls); save it as .xlsx (or CSV UTF-8) "
          + "and import that");
    }
    if (startsWith(b, '%', 'P', 'D', 'F')) {
      throw new ImportException(name, 0, "is a PDF; import reads " + READS);
    }
    if (utf16(b) != null) {
      return;
    }
    for (int i = 0; i < Math.min(b.length, SNIFF); i++) {
      if (b[i] == 0) {
        throw new ImportException(name, 0, "is a binary file, not text; import reads " + READS);
      }
    }
  }

  private static Charset utf16(byte[] b) {
    if (startsWith(b, 0xFF, 0xFE)) {
      return StandardCharsets.UTF_16LE;
    }
    if (startsWith(b, 0xFE, 0xFF)) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * UTF-8 (a byte order mark is dropped), or UTF-16 with its byte order mark, as Excel saves
   * "Unicode text". A spreadsheet that is neither is read as Windows-1252, Excel's "CSV" on
   * Windows, with a warning; any other file must be UTF-8.
   */
  static String decode(byte[] b, String name, Importer.Format format, List<Problem> warnings) throws ImportException {
    Charset wide = utf16(b);
    if (wide != null) {
      try {
        return strict(wide).decode(ByteBuffer.wrap(b, 2, b.length - 2)).toString();
      } catch (java.nio.charset.CharacterCodingException e) {
        throw new ImportException(name, 0, "starts as UTF-16 text but is not; save it as UTF-8");
      }
    }
    int offset = startsWith(b, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    ByteBuffer in = ByteBuffer.wrap(b, offset, b.length - offset);
    CharBuffer out = CharBuffer.allocate(b.length);
    CharsetDecoder utf8 = strict(StandardCharsets.UTF_8);
    CoderResult r = utf8.decode(in, out, true);
    if (!r.isError()) {
      utf8.flush(out);
      return out.flip().toString();
    }
    int bad = in.position();
    int line = 1;
    for (int i = 0; i < bad; i++) {
      if (b[i] == '\n') {
        line++;
      }
    }
    String what = String.format(Locale.ROOT, "byte 0x%02X on line %d is not UTF-8", b[bad] & 0xFF, line);
    String latin = new String(b, offset, b.length - offset, Charset.forName("windows-1252"));
    boolean spreadsheet = format == Importer.Format.SPREADSHEET;
    if (format == null) {
      try {
        spreadsheet = Importer.detect(name, latin) == Importer.Format.SPREADSHEET;
      } catch (ImportException unknown) {
        spreadsheet = false;
      }
    }
    if (!spreadsheet) {
      throw new ImportException(name, line, "is not UTF-8 text (" + what + "); save it as UTF-8");
    }
    warnings.add(Problem.warning(name, line, 0, "", "the file is not UTF-8 (" + what + "); read as Windows-1252, "
        + "the encoding of Excel's plain \"CSV\"; check accented letters, or save as \"CSV UTF-8\""));
    return latin;
  }

  private static CharsetDecoder strict(Charset c) {
    return c.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
