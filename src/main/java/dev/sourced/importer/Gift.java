package dev.sourced.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moodle's GIFT format, read as Moodle reads it (question/format/gift): questions are separated
 * by blank lines, lines starting with // are comments, answers stand in { }, and \~ \= \# \{ \}
 * \: \\ and \n are escapes. parse() gives every item as written; read() makes the playable ones
 * (multiple choice with one right answer, true/false) questions and skips the rest with a warning.
 */
final class Gift {
  static final String FORMAT_NAME = "Moodle GIFT file";

  enum Kind {
    MULTIPLE_CHOICE("multiple choice"), TRUE_FALSE("true/false"), SHORT_ANSWER("short answer"),
    NUMERICAL("numerical"), MATCHING("matching"), ESSAY("essay"), DESCRIPTION("description"),
    CATEGORY("category"), BROKEN("broken");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  /** A text and its format: moodle (the default), html, plain or markdown. */
  record Text(String text, String format) {
    /** As plain text: markup dropped from html, and from moodle text that holds tags. */
    Html.Result plain() {
      // Moodle shows its default format as HTML, so an entity there is a character too.
      if (format.equals("html") || format.equals("moodle") && (Html.looksLikeHtml(text) || Html.hasEntity(text))) {
        return Html.toText(text);
      }
      if (format.equals("markdown")) {
        return Markdown.toText(text);
      }
      return new Html.Result(text, 0);
    }

    boolean isBlank() {
      return text.isBlank();
    }
  }

  /** One answer of a multiple-choice question. weight is the %n% percentage, or null. */
  record Choice(Text text, boolean equalsSign, Double weight, Text feedback) {
    /** Fully right: "=" without a weight (or with 100%), or any answer weighted 100%. */
    boolean right() {
      return weight == null ? equalsSign : weight >= 100.0 - 1e-9;
    }
  }

  /**
   * One item of the file. For true/false, firstFeedback is the text after the first # (Moodle
   * shows it for the wrong choice) and secondFeedback the one after the second (the right choice).
   */
  record Item(Kind kind, int line, String title, Text stem, List<Choice> choices, boolean truth,
      Text firstFeedback, Text secondFeedback, Text generalFeedback, String id, List<String> tags,
      String category, String problem, String note) {
    Item(Kind kind, int line, String title, Text stem, List<Choice> choices, boolean truth, Text firstFeedback,
        Text secondFeedback, Text generalFeedback, String id, List<String> tags, String category, String problem) {
      this(kind, line, title, stem, choices, truth, firstFeedback, secondFeedback, generalFeedback, id, tags, category,
          problem, null);
    }

    Item withNote(String text) {
      return new Item(kind, line, title, stem, choices, truth, firstFeedback, secondFeedback, generalFeedback, id, tags,
          category, problem, text);
    }
  }

  private static final Pattern FORMAT = Pattern.compile("^\\s*\\[(html|moodle|plain|markdown)\\]",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d*(?:\\.\\d*)?)%");

  private Gift() {}

  static Imported read(String file, List<String> lines, String language) throws ImportException {
    PackBuilder out = new PackBuilder(new Notes(file), FORMAT_NAME, language);
    String[] categoryTag = {null};
    forEach(lines, item -> {
      if (item.note() != null) {
        out.warn(item.line(), item.note());
      }
      switch (item.kind()) {
        case CATEGORY:
          categoryTag[0] = categoryTag(item.category());
          break;
        case MULTIPLE_CHOICE:
          multipleChoice(item, categoryTag[0], out);
          break;
        case TRUE_FALSE:
          trueFalse(item, categoryTag[0], out);
          break;
        case BROKEN:
          out.skip(item.line(), item.problem());
          break;
        case DESCRIPTION:
          // Text between questions, often an instruction: said, but not counted as a lost question.
          out.warn(item.line(), "left out: a description (text with no answers in { }) is not a question");
          break;
        default:
          out.skip(item.line(), (item.kind() == Kind.ESSAY ? "an " : "a ") + item.kind().label + " question" + example(item.kind())
              + "; Sourced plays multiple choice (one right answer) and true/false");
      }
    });
    return out.build();
  }

  private static String example(Kind kind) {
    switch (kind) {
      case SHORT_ANSWER:
        return " (only = answers, no ~ wrong ones)";
      case NUMERICAL:
        return " ({#...})";
      case MATCHING:
        return " (=a -> b)";
      case ESSAY:
        return " ({})";
      default:
        return "";
    }
  }

  /** "$course$/top/World history" -> "world-history", "$course$/top/Глоссарий" -> "глоссарий"; Moodle's own top levels give none. */
  static String categoryTag(String category) {
    String[] parts = category.split("/");
    for (int i = parts.length - 1; i >= 0; i--) {
      String p = parts[i].strip();
      if (p.isEmpty()) {
        continue;
      }
      if (p.startsWith("$") || p.equalsIgnoreCase("top")) {
        return null;
      }
      String tag = Clean.tag(p);
      return tag.isEmpty() ? null : tag;
    }
    return null;
  }

  private static void common(Item item, String categoryTag, Draft d) {
    d.id = item.id();
    d.title = item.title();
    if (categoryTag != null) {
      d.tags.add(categoryTag);
    }
    d.tags.addAll(item.tags());
  }

  private static String plain(Text t, String what, List<String> notes) {
    if (t == null) {
      return null;
    }
    Html.Result r = t.plain();
    if (r.images() > 0) {
      notes.add(r.images() + " image" + (r.images() == 1 ? "" : "s") + " in the " + what
          + " left out; Sourced shows text only");
    }
    return r.text();
  }

  private static void multipleChoice(Item item, String categoryTag, PackBuilder out) throws ImportException {
    List<String> notes = new ArrayList<>();
    List<Choice> right = item.choices().stream().filter(Choice::right).toList();
    if (right.size() != 1) {
      boolean weighted = item.choices().stream().anyMatch(c -> c.weight() != null && c.weight() > 0);
      out.skip(item.line(), right.isEmpty()
          ? (weighted ? "a multiple-answer question (partial weights, none 100%); Sourced plays one right answer"
              : "no answer is marked right with =")
          : "a multiple-answer question (" + right.size() + " answers fully right); Sourced plays one right answer");
      return;
    }
    List<String> choices = new ArrayList<>();
    int answer = -1;
    int wrongFeedback = 0;
    for (Choice c : item.choices()) {
      if (c.right()) {
        answer = choices.size();
      } else {
        if (c.weight() != null && c.weight() > 0) {
          notes.add("partial credit (" + trimZero(c.weight()) + "%) for \""
              + Clean.text(c.text().plain().text()).text() + "\" is not carried over; it counts as wrong");
        }
        if (c.feedback() != null && !c.feedback().plain().text().isBlank()) {
          wrongFeedback++;
        }
      }
      choices.add(plain(c.text(), "choices", notes));
    }
    if (wrongFeedback > 0) {
      notes.add("the feedback on " + wrongFeedback + " wrong choice" + (wrongFeedback == 1 ? "" : "s")
          + " is not carried over; Sourced shows one explanation");
    }
    Draft d = Draft.choice(item.line(), plain(item.stem(), "question", notes), choices, answer);
    d.explanation = explanation(item, plain(right.get(0).feedback(), "feedback", notes), notes);
    d.notes = notes;
    common(item, categoryTag, d);
    out.add(d);
  }

  private static void trueFalse(Item item, String categoryTag, PackBuilder out) throws ImportException {
    List<String> notes = new ArrayList<>();
    Draft d = Draft.trueFalse(item.line(), plain(item.stem(), "question", notes), item.truth());
    String wrong = plain(item.firstFeedback(), "feedback", notes);
    String right = plain(item.secondFeedback(), "feedback", notes);
    String feedback;
    if (right != null && !right.isBlank()) {
      feedback = right;
      if (wrong != null && !wrong.isBlank()) {
        notes.add("the feedback for the wrong choice (\"" + Clean.text(wrong).text()
            + "\") is not carried over; Sourced shows one explanation");
      }
    } else {
      feedback = wrong; // the only feedback written; it explains the answer to whoever sees it
    }
    d.explanation = explanation(item, feedback, notes);
    d.notes = notes;
    common(item, categoryTag, d);
    out.add(d);
  }

  /** The general feedback (####) first, then the right answer's feedback when it adds something. */
  private static String explanation(Item item, String answerFeedback, List<String> notes) {
    String general = Clean.text(plain(item.generalFeedback(), "general feedback", notes)).text();
    String answer = Clean.text(answerFeedback).text();
    if (general.isEmpty()) {
      return answer;
    }
    if (answer.isEmpty() || general.contains(answer)) {
      return general;
    }
    return general + " " + answer;
  }

  private static String trimZero(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  // ---- Parsing -----------------------------------------------------------------------------

  /** Every item in the file, in order: questions of all kinds, categories, and broken ones. */
  static List<Item> parse(List<String> lines) {
    List<Item> items = new ArrayList<>();
    try {
      forEach(lines, items::add);
    } catch (ImportException e) {
      throw new IllegalStateException(e); // adding to a list does not fail
    }
    return items;
  }

  /** Where items go as they are read, one block at a time, so a large file is never held twice. */
  interface ItemSink {
    void accept(Item item) throws ImportException;
  }

  /**
   * Blocks end at blank lines, as Moodle reads them, with two exceptions seen in real banks: a
   * $CATEGORY: line is an item of its own even with a question right under it (as GIFT-grammar-PEG.js
   * reads it), and a block left open in its answers "{" is joined to the next one when that one
   * closes them, so a stray blank line inside the braces loses nothing.
   */
  static void forEach(List<String> lines, ItemSink items) throws ImportException {
    Block block = new Block();
    Block held = null;
    for (int i = 0; i <= lines.size(); i++) {
      String line = i < lines.size() ? lines.get(i).strip() : "";
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      boolean category = line.startsWith("$CATEGORY:");
      if (line.isEmpty() || category) {
        if (!block.text.isEmpty()) {
          if (held != null) {
            if (firstBrace(block.text) == '}') {
              held.join(block);
              items.accept(held.item().withNote("a blank line inside the answers { } of this question; "
                  + "read as one question (Moodle would not)"));
              held = null;
              block = new Block();
              continue;
            }
            items.accept(held.item());
            held = null;
          }
          if (!category && lastBrace(block.text) == '{') {
            held = block; // its answers may go on after the blank line
          } else {
            items.accept(block.item());
          }
        }
        if (category) {
          if (held != null) {
            items.accept(held.item());
            held = null;
          }
          items.accept(block(line, List.of(), i + 1));
          block = new Block();
          continue;
        }
        if (held != block) {
          block.clear();
        } else {
          block = new Block();
        }
        continue;
      }
      if (line.startsWith("//")) {
        block.comments.add(line);
      } else {
        if (block.text.isEmpty()) {
          block.first = i + 1;
        }
        block.text.add(line);
      }
    }
    if (held != null) {
      items.accept(held.item());
    }
  }

  /** The lines of one item as they are read: text, comments, and the line the text starts on. */
  private static final class Block {
    final List<String> text = new ArrayList<>();
    final List<String> comments = new ArrayList<>();
    int first;

    void clear() {
      text.clear();
      comments.clear();
    }

    void join(Block next) {
      text.addAll(next.text);
      comments.addAll(next.comments);
    }

    Item item() {
      return block(String.join("\n", text), comments, first);
    }
  }

  /** The first unescaped brace in the lines, '{' or '}', or 0 when there is none. */
  private static char firstBrace(List<String> lines) {
    for (String l : lines) {
      for (int i = 0; i < l.length(); i++) {
        char c = l.charAt(i);
        if (c == '\\') {
          i++;
        } else if (c == '{' || c == '}') {
          return c;
        }
      }
    }
    return 0;
  }

  /** The last unescaped brace in the lines, '{' or '}', or 0 when there is none. */
  private static char lastBrace(List<String> lines) {
    char last = 0;
    for (String l : lines) {
      for (int i = 0; i < l.length(); i++) {
        char c = l.charAt(i);
        if (c == '\\') {
          i++;
        } else if (c == '{' || c == '}') {
          last = c;
        }
      }
    }
    return last;
  }

  /** What each "[name:...]" in the comment holds, "\\]" read as "]"; an unclosed one gives nothing. */
  static List<String> marks(String comment, String name) {
    List<String> out = new ArrayList<>();
    String open = "[" + name + ":";
    int from = 0;
    while (true) {
      int at = comment.indexOf(open, from);
      if (at < 0) {
        return out;
      }
      int i = at + open.length();
      StringBuilder b = new StringBuilder();
      boolean closed = false;
      for (; i < comment.length(); i++) {
        char c = comment.charAt(i);
        if (c == '\\' && i + 1 < comment.length()) {
          b.append(c).append(comment.charAt(++i));
        } else if (c == ']') {
          closed = true;
          break;
        } else {
          b.append(c);
        }
      }
      if (!closed) {
        return out; // nothing after an unclosed mark can close, so the scan ends here
      }
      out.add(b.toString());
      from = i + 1;
    }
  }

  private static Item block(String raw, List<String> comments, int line) {
    String id = null;
    List<String> tags = new ArrayList<>();
    for (String c : comments) {
      List<String> ids = marks(c, "id");
      if (id == null && !ids.isEmpty()) {
        id = unescapeMark(ids.get(0));
      }
      for (String t : marks(c, "tag")) {
        String tag = unescapeMark(t);
        if (!tag.isEmpty()) {
          tags.add(tag);
        }
      }
    }
    Escaped text = Escaped.of(raw).strip();
    if (text.plain().startsWith("$CATEGORY:")) {
      return new Item(Kind.CATEGORY, line, null, null, List.of(), false, null, null, null, id, tags,
          text.plain().substring("$CATEGORY:".length()).strip(), null);
    }
    String title = null;
    if (text.startsWith("::")) {
      int end = text.indexOf("::", 2);
      if (end >= 0) {
        title = text.sub(2, end).strip().plain();
        text = text.sub(end + 2, text.length()).strip();
      } else {
        text = text.sub(2, text.length()).strip();
      }
    }
    String format = "moodle";
    Matcher fm = FORMAT.matcher(text.plain());
    if (fm.find() && !text.anyEscaped(0, fm.end())) {
      format = fm.group(1).toLowerCase(Locale.ROOT);
      text = text.sub(fm.end(), text.length()).strip();
    }
    int open = text.indexOf("{", 0);
    int close = open < 0 ? text.indexOf("}", 0) : text.indexOf("}", open + 1);
    if (open < 0) {
      Kind kind = close < 0 ? Kind.DESCRIPTION : Kind.BROKEN;
      return new Item(kind, line, title, new Text(text.plain(), format), List.of(), false, null, null, null, id, tags,
          null, close < 0 ? null : "a } with no { before it; write \\} for a brace in the text");
    }
    if (close < 0) {
      return broken(line, title, id, tags, "the answers start with { but no } closes them");
    }
    Escaped before = text.sub(0, open);
    Escaped after = text.sub(close + 1, text.length());
    if (after.indexOf("{", 0) >= 0) {
      return broken(line, title, id, tags, "more than one set of answers { } in one question");
    }
    // As Moodle does: answers inside the text leave a blank "_____" where they stood.
    String stem = after.strip().length() == 0 ? before.plain().strip()
        : before.plain() + "_____" + after.plain();
    Text stemText = new Text(stem.strip(), format);
    Escaped answers = text.sub(open + 1, close).strip();
    Text general = null;
    int hashes = answers.indexOf("####", 0);
    if (hashes >= 0) {
      general = text(answers.sub(hashes + 4, answers.length()), format);
      answers = answers.sub(0, hashes).strip();
    }
    String a = answers.plain();
    if (a.isEmpty()) {
      return new Item(Kind.ESSAY, line, title, stemText, List.of(), false, null, null, general, id, tags, null, null);
    }
    if (a.startsWith("#")) {
      return simple(Kind.NUMERICAL, line, title, stemText, general, id, tags);
    }
    if (answers.indexOf("~", 0) >= 0) {
      return new Item(Kind.MULTIPLE_CHOICE, line, title, stemText, choices(answers, format), false, null, null,
          general, id, tags, null, null);
    }
    if (answers.indexOf("=", 0) >= 0 && answers.indexOf("->", 0) >= 0) {
      return simple(Kind.MATCHING, line, title, stemText, general, id, tags);
    }
    int hash = answers.indexOf("#", 0);
    String truth = (hash < 0 ? a : answers.sub(0, hash).plain()).strip().toUpperCase(Locale.ROOT);
    if (List.of("T", "TRUE", "F", "FALSE").contains(truth)) {
      Text first = null;
      Text second = null;
      if (hash >= 0) {
        Escaped rest = answers.sub(hash + 1, answers.length());
        int next = rest.indexOf("#", 0);
        first = text(next < 0 ? rest : rest.sub(0, next), format);
        second = next < 0 ? null : text(rest.sub(next + 1, rest.length()), format);
      }
      return new Item(Kind.TRUE_FALSE, line, title, stemText, List.of(), truth.startsWith("T"), first, second,
          general, id, tags, null, null);
    }
    return simple(Kind.SHORT_ANSWER, line, title, stemText, general, id, tags);
  }

  private static Item simple(Kind kind, int line, String title, Text stem, Text general, String id, List<String> tags) {
    return new Item(kind, line, title, stem, List.of(), false, null, null, general, id, tags, null, null);
  }

  private static Item broken(int line, String title, String id, List<String> tags, String problem) {
    return new Item(Kind.BROKEN, line, title, null, List.of(), false, null, null, null, id, tags, null, problem);
  }

  /** Splits "~a#why ~%50%b =c" at every unescaped ~ and = into answers, as Moodle does. */
  private static List<Choice> choices(Escaped answers, String format) {
    List<Choice> out = new ArrayList<>();
    int start = 0;
    int n = answers.length();
    List<int[]> pieces = new ArrayList<>();
    for (int i = 0; i <= n; i++) {
      if (i == n || answers.isMarker(i, '~') || answers.isMarker(i, '=')) {
        pieces.add(new int[] {start, i});
        start = i;
      }
    }
    for (int[] p : pieces) {
      Escaped piece = answers.sub(p[0], p[1]).strip();
      if (piece.length() == 0) {
        continue;
      }
      if (piece.length() == 1 && piece.isMarker(0, '~') && answers.isMarker(p[1], '=')) {
        continue; // "~=desert": Moodle reads it as the right answer "=desert"
      }
      boolean equals = piece.isMarker(0, '=');
      if (piece.isMarker(0, '=') || piece.isMarker(0, '~')) {
        piece = piece.sub(1, piece.length()).strip();
      }
      Double weight = null;
      Matcher w = WEIGHT.matcher(piece.plain());
      if (w.find() && !piece.anyEscaped(0, w.end())) {
        try {
          weight = Double.parseDouble(w.group(1));
        } catch (NumberFormatException e) {
          weight = 0.0;
        }
        piece = piece.sub(w.end(), piece.length()).strip();
      }
      int hash = piece.indexOf("#", 0);
      Text feedback = hash < 0 ? null : text(piece.sub(hash + 1, piece.length()), format);
      Escaped body = hash < 0 ? piece : piece.sub(0, hash);
      out.add(new Choice(text(body, format), equals, weight, feedback));
    }
    return out;
  }

  /** A text with its own [format] marker, or the question's format. */
  private static Text text(Escaped e, String inherited) {
    Escaped t = e.strip();
    Matcher fm = FORMAT.matcher(t.plain());
    if (fm.find() && !t.anyEscaped(0, fm.end())) {
      return new Text(t.sub(fm.end(), t.length()).strip().plain(), fm.group(1).toLowerCase(Locale.ROOT));
    }
    return new Text(t.plain(), inherited);
  }

  private static String unescapeMark(String s) {
    return s.replace("\\]", "]").replace("\\\\", "\\").strip();
  }

  /**
   * Text with GIFT's escapes resolved, remembering which characters were escaped, so that an
   * escaped \{ or \~ is never taken for markup.
   */
  static final class Escaped {
    private final String text;
    private final boolean[] escaped;

    private Escaped(String text, boolean[] escaped) {
      this.text = text;
      this.escaped = escaped;
    }

    static Escaped of(String raw) {
      StringBuilder b = new StringBuilder(raw.length());
      boolean[] esc = new boolean[raw.length()];
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (c == '\\' && i + 1 < raw.length()) {
          char next = raw.charAt(i + 1);
          if ("~=#{}:\\".indexOf(next) >= 0) {
            esc[b.length()] = true;
            b.append(next);
            i++;
            continue;
          }
          if (next == 'n') {
            esc[b.length()] = true;
            b.append('\n');
            i++;
            continue;
          }
        }
        b.append(c);
      }
      boolean[] flags = new boolean[b.length()];
      System.arraycopy(esc, 0, flags, 0, b.length());
      return new Escaped(b.toString(), flags);
    }

    String plain() {
      return text;
    }

    int length() {
      return text.length();
    }

    Escaped sub(int from, int to) {
      boolean[] flags = new boolean[to - from];
      System.arraycopy(escaped, from, flags, 0, to - from);
      return new Escaped(text.substring(from, to), flags);
    }

    Escaped strip() {
      int a = 0;
      int b = text.length();
      while (a < b && Character.isWhitespace(text.charAt(a)) && !escaped[a]) {
        a++;
      }
      while (b > a && Character.isWhitespace(text.charAt(b - 1)) && !escaped[b - 1]) {
        b--;
      }
      return sub(a, b);
    }

    boolean isMarker(int i, char c) {
      return i < text.length() && text.charAt(i) == c && !escaped[i];
    }

    boolean startsWith(String s) {
      return indexOf(s, 0) == 0;
    }

    boolean anyEscaped(int from, int to) {
      for (int i = from; i < to; i++) {
        if (escaped[i]) {
          return true;
        }
      }
      return false;
    }

    /** The first place from "from" where s stands with none of its characters escaped; -1 if none. */
    int indexOf(String s, int from) {
      for (int i = text.indexOf(s, from); i >= 0; i = text.indexOf(s, i + 1)) {
        if (!anyEscaped(i, i + s.length())) {
          return i;
        }
      }
      return -1;
    }
  }
}
