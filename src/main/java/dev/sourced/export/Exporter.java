package dev.sourced.export;

import dev.sourced.pack.Pack;
import dev.sourced.pack.Question;
import dev.sourced.pack.Source;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A pack's questions in another quiz format, so that they can go to Moodle or Kahoot!. Where the
 * format has an explanation or feedback, the passage, source and discussion prompt are carried in
 * it; everything that cannot be carried is listed. Pure: the pack in, the file's bytes out.
 */
public final class Exporter {
  public enum Format {
    GIFT("gift", ".gift", "Moodle GIFT"), MOODLE_XML("moodle-xml", ".xml", "Moodle XML"),
    KAHOOT_XLSX("kahoot-xlsx", ".xlsx", "Kahoot! spreadsheet (.xlsx)"), CSV("csv", ".csv", "Sourced spreadsheet (CSV)");

    public final String label;
    public final String extension;
    public final String description;

    Format(String label, String extension, String description) {
      this.label = label;
      this.extension = extension;
      this.description = description;
    }

    public static Optional<Format> parse(String text) {
      for (Format f : values()) {
        if (f.label.equals(text.toLowerCase(Locale.ROOT))) {
          return Optional.of(f);
        }
      }
      return Optional.empty();
    }

    /** The format a file name asks for by its extension, if any. */
    public static Optional<Format> byName(String file) {
      String f = file.toLowerCase(Locale.ROOT);
      for (Format v : values()) {
        if (f.endsWith(v.extension)) {
          return Optional.of(v);
        }
      }
      return Optional.empty();
    }
  }

  /** The file, how many questions are in it, and what could not be carried over. */
  public record Exported(byte[] bytes, int questions, List<String> notCarried) {
    public Exported {
      notCarried = List.copyOf(notCarried);
    }
  }

  /** Kahoot!'s own limits, which its importer enforces. */
  static final int KAHOOT_ANSWERS = 4;
  static final int KAHOOT_QUESTION_CHARS = 120;
  static final int KAHOOT_ANSWER_CHARS = 75;
  static final int KAHOOT_TIME = 20;

  private Exporter() {}

  public static Exported export(Pack pack, Format format) {
    List<String> notes = new ArrayList<>();
    if (!pack.quotes().isEmpty()) {
      notes.add(pack.quotes().size() + " quote" + (pack.quotes().size() == 1 ? "" : "s")
          + " (who-said-it items) are not exported; " + format.description + " has no such question");
    }
    switch (format) {
      case GIFT:
        return gift(pack, notes);
      case MOODLE_XML:
        return moodleXml(pack, notes);
      case KAHOOT_XLSX:
        return kahoot(pack, notes);
      default:
        return csv(pack, notes);
    }
  }

  /** "Explanation. Source: Outlet — Title — date: "passage" Discuss: prompt?" for formats with one feedback text. */
  static String feedback(Pack pack, Question q) {
    StringBuilder b = new StringBuilder(q.explanation());
    String source = pack.source(q.source()).map(Exporter::sourceLine).orElse(q.source());
    b.append(" Source: ").append(source).append(": \u201C").append(q.passage()).append("\u201D");
    b.append(" Discuss: ").append(q.discussion());
    return b.toString();
  }

  static String sourceLine(Source s) {
    return s.line() + (s.url() == null ? "" : " \u2014 " + s.url());
  }

  // ---- GIFT ----------------------------------------------------------------------------------

  private static Exported gift(Pack pack, List<String> notes) {
    StringBuilder b = new StringBuilder();
    b.append("// ").append(oneLine(pack.title())).append(", exported by Sourced from the pack ").append(pack.id())
        .append("\n\n");
    for (Question q : pack.questions()) {
      boolean html = needsHtml(q.prompt()) || q.choices().stream().anyMatch(Exporter::needsHtml)
          || needsHtml(feedback(pack, q));
      b.append("// [id:").append(q.id()).append("]");
      for (String t : q.tags()) {
        b.append(" [tag:").append(t.replace("\\", "\\\\").replace("]", "\\]")).append("]");
      }
      b.append("\n::").append(giftEscape(q.id())).append("::").append(html ? "[html]" : "")
          .append(giftText(q.prompt(), html)).append(" {");
      if (q.type() == Question.Type.TRUE_FALSE) {
        b.append(q.answer().equals("True") ? "TRUE" : "FALSE");
      } else {
        for (String c : q.choices()) {
          b.append("\n  ").append(c.equals(q.answer()) ? "=" : "~").append(giftText(c, html));
        }
      }
      b.append("\n  ####").append(giftText(feedback(pack, q), html)).append("\n}\n\n");
    }
    notes.add("difficulty is not carried: GIFT has no field for it");
    return new Exported(b.toString().getBytes(StandardCharsets.UTF_8), pack.questions().size(), notes);
  }

  private static boolean needsHtml(String s) {
    return s.indexOf('<') >= 0 || s.indexOf('&') >= 0;
  }

  private static String giftText(String s, boolean html) {
    return giftEscape(html ? htmlEscape(s) : s);
  }

  /** GIFT's escapes: \~ \= \# \{ \} \: \\ . */
  static String giftEscape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("~=#{}:\\".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }

  private static String oneLine(String s) {
    return s.replace('\n', ' ').replace('\r', ' ');
  }

  // ---- Moodle XML ----------------------------------------------------------------------------

  private static Exported moodleXml(Pack pack, List<String> notes) {
    // No category: Moodle puts the questions in the one chosen on import, and a category would come back as a tag.
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- ");
    b.append(xml(pack.title()).replace("--", "- -")).append(", exported by Sourced from the pack ").append(pack.id())
        .append(" -->\n<quiz>\n");
    for (Question q : pack.questions()) {
      boolean tf = q.type() == Question.Type.TRUE_FALSE;
      b.append("  <question type=\"").append(tf ? "truefalse" : "multichoice").append("\">\n");
      b.append("    <name><text>").append(xml(q.id())).append("</text></name>\n");
      b.append("    <questiontext format=\"html\"><text>").append(xml("<p>" + htmlEscape(q.prompt()) + "</p>"))
          .append("</text></questiontext>\n");
      b.append("    <generalfeedback format=\"html\"><text>").append(xml(feedbackHtml(pack, q)))
          .append("</text></generalfeedback>\n");
      b.append("    <defaultgrade>1</defaultgrade>\n    <penalty>").append(tf ? "1" : "0.3333333")
          .append("</penalty>\n    <hidden>0</hidden>\n    <idnumber>").append(xml(q.id())).append("</idnumber>\n");
      if (tf) {
        for (String t : List.of("true", "false")) {
          boolean right = q.answer().equalsIgnoreCase(t);
          b.append("    <answer fraction=\"").append(right ? 100 : 0).append("\" format=\"moodle_auto_format\"><text>")
              .append(t).append("</text><feedback format=\"html\"><text></text></feedback></answer>\n");
        }
      } else {
        b.append("    <single>true</single>\n    <shuffleanswers>true</shuffleanswers>\n"
            + "    <answernumbering>abc</answernumbering>\n");
        for (String c : q.choices()) {
          b.append("    <answer fraction=\"").append(c.equals(q.answer()) ? 100 : 0).append("\" format=\"html\"><text>")
              .append(xml(htmlEscape(c))).append("</text><feedback format=\"html\"><text></text></feedback></answer>\n");
        }
      }
      if (!q.tags().isEmpty()) {
        b.append("    <tags>");
        for (String t : q.tags()) {
          b.append("<tag><text>").append(xml(t)).append("</text></tag>");
        }
        b.append("</tags>\n");
      }
      b.append("  </question>\n");
    }
    b.append("</quiz>\n");
    notes.add("difficulty is not carried: Moodle XML has no field for it");
    return new Exported(b.toString().getBytes(StandardCharsets.UTF_8), pack.questions().size(), notes);
  }

  private static String feedbackHtml(Pack pack, Question q) {
    String source = pack.source(q.source()).map(Exporter::sourceLine).orElse(q.source());
    return "<p>" + htmlEscape(q.explanation()) + "</p><p>Source: " + htmlEscape(source) + ": \u201C"
        + htmlEscape(q.passage()) + "\u201D</p><p>Discuss: " + htmlEscape(q.discussion()) + "</p>";
  }

  static String htmlEscape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Text for an XML element: &amp; &lt; &gt; escaped, and characters XML 1.0 cannot hold dropped. */
  static String xml(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '&') {
        b.append("&amp;");
      } else if (c == '<') {
        b.append("&lt;");
      } else if (c == '>') {
        b.append("&gt;");
      } else if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
        b.append(c);
      }
    }
    return b.toString();
  }

  // ---- Kahoot! -------------------------------------------------------------------------------

  private static Exported kahoot(Pack pack, List<String> notes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> tooMany = new ArrayList<>();
    List<String> tooLong = new ArrayList<>();
    int written = 0;
    try {
      Workbook wb = new Workbook(out, "Sourced", "1.0");
      Worksheet ws = wb.newWorksheet("Sheet1");
      // Laid out as Kahoot!'s own template: its title and notes above, the header on row 8.
      ws.value(1, 1, "Quiz template");
      ws.value(2, 1, oneLine(pack.title()) + ", exported by Sourced from the pack " + pack.id());
      String[] header = {"", "Question - max 120 characters", "Answer 1 - max 75 characters",
          "Answer 2 - max 75 characters", "Answer 3 - max 75 characters", "Answer 4 - max 75 characters",
          "Time limit (sec) \u2013 5, 10, 20, 30, 60, 90, 120, or 240 secs", "Correct answer(s) - choose at least one"};
      int headerRow = 7;
      for (int c = 0; c < header.length; c++) {
        ws.value(headerRow, c, header[c]);
      }
      int row = headerRow + 1;
      for (Question q : pack.questions()) {
        if (q.choices().size() > KAHOOT_ANSWERS) {
          tooMany.add(q.id());
          continue;
        }
        if (q.prompt().length() > KAHOOT_QUESTION_CHARS
            || q.choices().stream().anyMatch(c -> c.length() > KAHOOT_ANSWER_CHARS)) {
          tooLong.add(q.id());
        }
        written++;
        ws.value(row, 0, written);
        ws.value(row, 1, q.prompt());
        for (int i = 0; i < q.choices().size(); i++) {
          ws.value(row, 2 + i, q.choices().get(i));
        }
        ws.value(row, 6, KAHOOT_TIME);
        ws.value(row, 7, q.choices().indexOf(q.answer()) + 1);
        row++;
      }
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    if (!tooMany.isEmpty()) {
      notes.add(tooMany.size() + " question" + (tooMany.size() == 1 ? " has" : "s have") + " more than "
          + KAHOOT_ANSWERS + " choices, which Kahoot! cannot hold, and " + (tooMany.size() == 1 ? "is" : "are")
          + " left out: " + String.join(", ", tooMany));
    }
    if (!tooLong.isEmpty()) {
      notes.add(tooLong.size() + " question" + (tooLong.size() == 1 ? " is" : "s are") + " longer than Kahoot! "
          + "allows (question " + KAHOOT_QUESTION_CHARS + ", answer " + KAHOOT_ANSWER_CHARS
          + " characters); Kahoot! will ask you to shorten: " + String.join(", ", tooLong));
    }
    notes.add("the explanation, passage, source, discussion prompt, difficulty and tags are not carried: the Kahoot! "
        + "sheet has no column for them; every time limit is " + KAHOOT_TIME + " s");
    return new Exported(out.toByteArray(), written, notes);
  }

  // ---- Sourced CSV ---------------------------------------------------------------------------

  private static Exported csv(Pack pack, List<String> notes) {
    StringBuilder b = new StringBuilder();
    List<String> header = new ArrayList<>(List.of("id", "type", "prompt"));
    for (int i = 1; i <= 6; i++) {
      header.add("choice " + i);
    }
    header.addAll(List.of("answer", "passage", "source", "explanation", "discussion", "difficulty", "tags"));
    row(b, header);
    for (Question q : pack.questions()) {
      List<String> cells = new ArrayList<>(List.of(q.id(), q.type().label(), q.prompt()));
      boolean tf = q.type() == Question.Type.TRUE_FALSE;
      for (int i = 0; i < 6; i++) {
        cells.add(!tf && i < q.choices().size() ? q.choices().get(i) : "");
      }
      cells.add(tf ? q.answer().toLowerCase(Locale.ROOT) : q.answer());
      cells.add(q.passage());
      cells.add(pack.source(q.source()).map(Exporter::sourceLine).orElse(""));
      cells.addAll(List.of(q.explanation(), q.discussion(), q.difficulty().label(), String.join(", ", q.tags())));
      row(b, cells);
    }
    if (pack.sources().stream().anyMatch(s -> s.note() != null || s.kind() != dev.sourced.pack.SourceKind.OTHER)) {
      notes.add("a source's kind and note are not carried: the sheet has one source cell (outlet, title, date, "
          + "author, link)");
    }
    return new Exported(b.toString().getBytes(StandardCharsets.UTF_8), pack.questions().size(), notes);
  }

  private static void row(StringBuilder b, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      if (i > 0) {
        b.append(',');
      }
      if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0
          || !c.strip().equals(c)) {
        b.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        b.append(c);
      }
    }
    b.append("\r\n");
  }
}
