package dev.sourced.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Aiken format: a question (one line or more), options "A." or "A)" one a line, then
 * "ANSWER: B". Blank lines do not matter. Its text is plain: "<" and "&" are kept as written.
 * A question with a mistake is skipped with a warning naming the line, as Moodle reports them.
 */
final class Aiken {
  static final String FORMAT_NAME = "Aiken file";

  private static final Pattern OPTION = Pattern.compile("^([A-Z])\\s*[.)]\\s*(.*)$");
  private static final Pattern ANSWER = Pattern.compile("^ANSWER\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
  /** "NUMBERING: abc", "FEEDBACK: ..." : fields other tools add between the options and ANSWER. */
  private static final Pattern FIELD = Pattern.compile("^[A-Z][A-Z_-]*(?: [A-Z_-]+)?\\s*:.*$");

  private Aiken() {}

  /** A question being read: its first line, its text so far and its options. */
  private static final class Open {
    final int line;
    final StringBuilder text = new StringBuilder();
    final List<String> letters = new ArrayList<>();
    final List<String> options = new ArrayList<>();

    Open(int line, String first) {
      this.line = line;
      text.append(first);
    }

    String name() {
      String t = Clean.text(text.toString()).text();
      return t.length() > 60 ? t.substring(0, 57) + "..." : t;
    }
  }

  static Imported read(String file, List<String> lines, String language) throws ImportException {
    PackBuilder out = new PackBuilder(new Notes(file), FORMAT_NAME, language);
    Open q = null;
    for (int i = 0; i < lines.size(); i++) {
      int n = i + 1;
      String line = lines.get(i).strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty()) {
        continue;
      }
      Matcher answer = ANSWER.matcher(line);
      Matcher option = OPTION.matcher(line);
      if (answer.matches()) {
        if (q == null) {
          out.skip(n, "an ANSWER line with no question before it");
        } else {
          finish(q, answer.group(1).strip(), n, out);
        }
        q = null;
      } else if (option.matches() && !option.group(2).isEmpty()) {
        if (q == null) {
          out.skip(n, "an option with no question before it");
        } else {
          q.letters.add(option.group(1));
          q.options.add(option.group(2));
        }
      } else if (q == null) {
        q = new Open(n, line);
      } else if (q.options.isEmpty()) {
        q.text.append('\n').append(line); // a question may take several lines
      } else if (FIELD.matcher(line).matches()) {
        out.warn(n, "\"" + Clean.text(line.length() > 60 ? line.substring(0, 57) + "..." : line).text()
            + "\" is not an option nor the ANSWER line; Aiken has no such field, so it is left out");
      } else {
        out.skip(q.line, "\"" + q.name() + "\" has no ANSWER line before the next question starts at line " + n);
        q = new Open(n, line);
      }
    }
    if (q != null) {
      out.skip(q.line, "\"" + q.name() + "\" has no ANSWER line before the end of the file");
    }
    return out.build();
  }

  private static void finish(Open q, String answer, int line, PackBuilder out) throws ImportException {
    if (q.options.size() < 2) {
      out.skip(line, "\"" + q.name() + "\" has " + q.options.size() + " option" + (q.options.size() == 1 ? "" : "s")
          + "; a question needs at least 2");
      return;
    }
    String letter = answer.length() == 1 ? answer : answer.replaceAll("[.)]$", "");
    int index = q.letters.indexOf(letter.toUpperCase(java.util.Locale.ROOT));
    if (letter.length() != 1 || index < 0) {
      out.skip(line, "the answer \"" + answer + "\" is not one of the option letters ("
          + String.join(", ", q.letters) + ")");
      return;
    }
    for (int i = 0; i < q.letters.size(); i++) {
      if (q.letters.get(i).charAt(0) != 'A' + i) {
        out.warn(q.line, "the options are lettered " + String.join(", ", q.letters) + "; they are kept in that order");
        break;
      }
    }
    out.add(Draft.choice(q.line, q.text.toString(), q.options, index));
  }
}
