package dev.sourced.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spreadsheets saved as CSV or TSV, told apart by their header row: the Kahoot!, Quizizz and
 * Blooket import templates, and Sourced's own template. Headers match loosely: case, spacing,
 * line breaks and notes such as "(Optional)" or " - max 120 characters" do not matter.
 */
final class Spreadsheet {
  /** How far down a header row may be: Kahoot's template has seven rows of instructions first. */
  static final int HEADER_SEARCH_ROWS = 30;

  static final String SUPPORTED = "Kahoot! (Question, Answer 1-4, Time limit, Correct answer(s)); "
      + "Quizizz (Question Text, Question Type, Option 1-5, Correct Answer, Time in seconds, Image Link, "
      + "Answer explanation); Blooket (Question #, Question Text, Answer 1-4, Time Limit, Correct Answer(s)); "
      + "Gimkit (Question, Correct Answer, Incorrect Answer 1-3); a generic quiz sheet (Question, Option 1-6 "
      + "or Option A-F, Correct Answer as the option's text, letter or number, Explanation); "
      + "the Sourced template (id, type, prompt, choice 1-6 or choices, answer, passage, source, explanation, "
      + "discussion, difficulty, tags)";

  enum Layout {
    TEMPLATE("Sourced spreadsheet template", 6),
    QUIZIZZ("Quizizz spreadsheet", 5),
    BLOOKET("Blooket spreadsheet", 4),
    KAHOOT("Kahoot! spreadsheet", 6),
    GIMKIT("Gimkit spreadsheet", 6),
    GENERIC("quiz spreadsheet", 6);

    final String label;
    final int maxChoices;

    Layout(String label, int maxChoices) {
      this.label = label;
      this.maxChoices = maxChoices;
    }
  }

  /** A recognised header: the layout, and the column of each known key. */
  record Header(Layout layout, Map<String, Integer> columns, List<String> unknown, int line) {
    int column(String key) {
      return columns.getOrDefault(key, -1);
    }
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NOTE = Pattern.compile("\\(|\\s[-\u2013\u2014]\\s|:|\\[");
  private static final Pattern NUMBERED = Pattern.compile("([a-z#])\\s*(\\d+)$");
  private static final Map<String, String> SYNONYMS = Map.ofEntries(
      Map.entry("correct answers", "correct answer"),
      Map.entry("right answer", "correct answer"),
      Map.entry("correct option", "correct answer"),
      Map.entry("question number", "question #"),
      Map.entry("choice", "choices"),
      Map.entry("tag", "tags"),
      Map.entry("explanation of answer", "answer explanation"),
      Map.entry("wrong answer 1", "incorrect answer 1"),
      Map.entry("wrong answer 2", "incorrect answer 2"),
      Map.entry("wrong answer 3", "incorrect answer 3"));

  private Spreadsheet() {}

  /** "Correct answer(s) - choose at least one" -> "correct answer"; "Answer 3\n(Optional)" -> "answer 3". */
  static String key(String cell) {
    String s = SPACES.matcher(Normalizer.normalize(cell, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)).replaceAll(" ")
        .strip();
    Matcher note = NOTE.matcher(s);
    if (note.find() && note.start() > 0) {
      s = s.substring(0, note.start());
    }
    s = stripStars(s);
    s = NUMBERED.matcher(s).replaceAll("$1 $2");
    return SYNONYMS.getOrDefault(s, s);
  }

  /** Without the trailing "*" marks and spaces of "choice 2 *"; by hand, since a regex backtracks on a run of them. */
  private static String stripStars(String s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == '*' || Character.isWhitespace(s.charAt(end - 1)))) {
      end--;
    }
    return s.substring(0, end).strip();
  }

  /** The layout a row is the header of, or null. */
  static Header header(Csv.Row row) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    List<String> unknown = new ArrayList<>();
    List<String> cells = row.cells();
    for (int i = 0; i < cells.size(); i++) {
      String k = key(cells.get(i));
      if (!k.isEmpty()) {
        columns.putIfAbsent(k, i);
      }
    }
    Layout layout = null;
    if (columns.containsKey("prompt") && columns.containsKey("answer")) {
      layout = Layout.TEMPLATE;
    } else if (columns.containsKey("question text") && columns.containsKey("option 1")
        && columns.containsKey("correct answer")) {
      layout = Layout.QUIZIZZ;
    } else if (columns.containsKey("question text") && columns.containsKey("answer 1")
        && columns.containsKey("correct answer")) {
      layout = Layout.BLOOKET;
    } else if (columns.containsKey("question") && columns.containsKey("answer 1")
        && columns.containsKey("correct answer")) {
      layout = Layout.KAHOOT;
    } else if (columns.containsKey("question") && columns.containsKey("correct answer")
        && columns.containsKey("incorrect answer 1")) {
      layout = Layout.GIMKIT;
    } else if ((columns.containsKey("question") || columns.containsKey("question text"))
        && (columns.containsKey("correct answer") || columns.containsKey("answer")) && genericOption(columns, 1) != null
        && genericOption(columns, 2) != null) {
      layout = Layout.GENERIC;
    }
    if (layout == null) {
      return null;
    }
    for (int i = 0; i < cells.size(); i++) {
      String k = key(cells.get(i));
      if (!k.isEmpty() && !known(layout, k)) {
        unknown.add(Clean.text(cells.get(i)).text());
      }
    }
    return new Header(layout, columns, unknown, row.line());
  }


  /** A header found in the text: the reader stands on the first row after it. */
  record Found(Header header, Rows reader, char delimiter) {}

  /** The first recognised header within the first rows, trying the delimiters in order. */
  static Found find(String text, String file, List<Character> delimiters) throws ImportException {
    ImportException broken = null;
    for (char delimiter : delimiters) {
      try {
        Found f = find(new Csv(text, delimiter, file), delimiter);
        if (f != null) {
          return f;
        }
      } catch (ImportException e) {
        broken = broken == null ? e : broken;
      }
    }
    if (broken != null) {
      throw broken;
    }
    throw new ImportException(file, text.isBlank() ? 0 : 1, (text.isBlank() ? "the file is empty; "
        : "no header row Sourced knows in the first " + HEADER_SEARCH_ROWS + " rows; ")
        + "supported spreadsheets, saved as CSV, TSV or .xlsx: " + SUPPORTED + "; to map another sheet, name its "
        + "columns as one of these, for example Question,Option 1,Option 2,Option 3,Correct Answer,Explanation");
  }

  /** The first recognised header within the first rows of a sheet, or null. */
  static Found find(Rows rows, char delimiter) throws ImportException {
    for (int i = 0; i < HEADER_SEARCH_ROWS; i++) {
      Csv.Row row = rows.next();
      if (row == null) {
        return null;
      }
      Header h = header(row);
      if (h != null) {
        return new Found(h, rows, delimiter);
      }
    }
    return null;
  }

  /** Every row after the header, as questions or warnings. */
  static void read(Found found, PackBuilder out) throws ImportException {
    Header h = found.header();
    for (String u : h.unknown()) {
      out.warn(h.line(), "the column \"" + u + "\" is not imported; Sourced has no place for it");
    }
    for (Csv.Row row = found.reader().next(); row != null; row = found.reader().next()) {
      if (h.layout() == Layout.TEMPLATE) {
        templateRow(h, row, out);
      } else if (h.layout() == Layout.GIMKIT || h.layout() == Layout.GENERIC) {
        namedRow(h, row, out);
      } else {
        quizRow(h, row, out);
      }
    }
  }

  /** A row of the Kahoot!, Quizizz or Blooket templates. */
  private static void quizRow(Header h, Csv.Row row, PackBuilder out) throws ImportException {
    Layout layout = h.layout();
    String optionWord = layout == Layout.QUIZIZZ ? "option" : "answer";
    String prompt = row.cell(h.column(layout == Layout.KAHOOT ? "question" : "question text"));
    List<String> options = new ArrayList<>();
    for (int i = 1; i <= layout.maxChoices; i++) {
      options.add(row.cell(h.column(optionWord + " " + i)));
    }
    String correct = row.cell(h.column("correct answer"));
    if (prompt.isBlank() && correct.isBlank() && options.stream().allMatch(String::isBlank)) {
      return; // an empty or only numbered row of the template
    }
    int line = row.line();
    if (instructions(row)) {
      return; // the template's own row saying what goes in each column
    }
    if (layout == Layout.QUIZIZZ) {
      String type = Clean.text(row.cell(h.column("question type"))).text();
      String t = type.toLowerCase(Locale.ROOT);
      if (!t.isEmpty() && !t.equals("multiple choice") && !t.equals("checkbox")) {
        out.skip(line, "a \"" + type + "\" question; Sourced plays multiple choice and true/false questions only");
        return;
      }
    }
    List<Integer> numbers = answerNumbers(correct);
    if (numbers == null) {
      out.skip(line, "the correct answer \"" + Clean.text(correct).text() + "\" is not an answer number (1 to "
          + layout.maxChoices + ")");
      return;
    }
    if (numbers.isEmpty()) {
      String type = Clean.text(row.cell(h.column("question type"))).text().toLowerCase(Locale.ROOT);
      long given = options.stream().filter(o -> !o.isBlank()).count();
      if (type.contains("typ") || layout == Layout.BLOOKET && given == 1) {
        out.skip(line, "a type-in (typing) question: players type the answer \"" + Clean.text(options.stream()
            .filter(o -> !o.isBlank()).findFirst().orElse("")).text() + "\"; Sourced plays multiple choice and true/false");
      } else {
        out.skip(line, "no correct answer is given");
      }
      return;
    }
    if (numbers.size() > 1) {
      out.skip(line, numbers.size() + " correct answers (" + join(numbers)
          + "); a Sourced question has exactly one");
      return;
    }
    int right = numbers.get(0);
    if (right < 1 || right > layout.maxChoices || options.get(right - 1).isBlank()) {
      out.skip(line, "the correct answer is " + optionWord + " " + right + ", which is empty or missing");
      return;
    }
    List<String> choices = new ArrayList<>();
    int answer = -1;
    for (int i = 0; i < options.size(); i++) {
      if (!options.get(i).isBlank()) {
        if (i == right - 1) {
          answer = choices.size();
        }
        choices.add(options.get(i));
      }
    }
    Draft d = Draft.choice(line, prompt, choices, answer);
    String time = Clean.text(row.cell(h.column(layout == Layout.QUIZIZZ ? "time in seconds" : "time limit"))).text();
    if (!time.isEmpty()) {
      d.notes.add("the time limit (" + time + " s) is not carried over; a round has one timer (play --timer)");
    }
    String image = Clean.text(row.cell(h.column("image link"))).text();
    if (!image.isEmpty()) {
      d.notes.add("the image " + image + " is not carried over; Sourced shows text only");
    }
    d.explanation = row.cell(h.column("answer explanation"));
    out.add(d);
  }

  /**
   * The Quizizz template's second row ("Text of the question (required)", "Text for option 1
   * (required)", "Integer (1-5 for the correct option)" ...), and rows like it: not a question.
   */
  static boolean instructions(Csv.Row row) {
    int notes = 0;
    for (String c : row.cells()) {
      String k = Clean.text(c).text().toLowerCase(Locale.ROOT);
      if (k.startsWith("text of the question") || k.startsWith("text for option")) {
        return true;
      }
      if (k.contains("(required") || k.contains("(optional")) {
        notes++;
      }
    }
    return notes >= 2;
  }

  /** The column of option n of a generic sheet: "option 1", "option a", "answer a", "choice 1", "a" ... */
  private static Integer genericOption(Map<String, Integer> columns, int n) {
    String letter = String.valueOf((char) ('a' + n - 1));
    for (String k : List.of("option " + n, "option " + letter, "answer " + letter, "choice " + n, "choice " + letter,
        "option" + letter, letter)) {
      Integer c = columns.get(k);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  /**
   * A row of a Gimkit sheet (the right answer, then wrong ones) or of a generic quiz sheet
   * (options, then the right one named by its text, letter or number).
   */
  private static void namedRow(Header h, Csv.Row row, PackBuilder out) throws ImportException {
    if (row.blank() || instructions(row)) {
      return;
    }
    int line = row.line();
    String prompt = row.cell(h.column(h.columns().containsKey("question") ? "question" : "question text"));
    String correct = Clean.text(row.cell(h.column(h.columns().containsKey("correct answer") ? "correct answer"
        : "answer"))).text();
    List<String> choices = new ArrayList<>();
    int answer;
    if (h.layout() == Layout.GIMKIT) {
      choices.add(row.cell(h.column("correct answer")));
      for (int i = 1; i <= 5; i++) {
        String c = row.cell(h.column("incorrect answer " + i));
        if (!c.isBlank()) {
          choices.add(c);
        }
      }
      if (correct.isEmpty()) {
        out.skip(line, "no correct answer is given");
        return;
      }
      answer = 0;
    } else {
      for (int i = 1; i <= 6; i++) {
        Integer c = genericOption(h.columns(), i);
        if (c != null && !row.cell(c).isBlank()) {
          choices.add(row.cell(c));
        }
      }
      answer = answerIndex(choices, correct);
      if (answer < 0) {
        out.skip(line, correct.isEmpty() ? "no correct answer is given"
            : "the correct answer \"" + correct + "\" is not one of the options (nor an option's letter or number)");
        return;
      }
    }
    Draft d = Draft.choice(line, prompt, choices, answer);
    String explanation = row.cell(h.column("explanation"));
    d.explanation = explanation.isBlank() ? row.cell(h.column("answer explanation")) : explanation;
    d.tags.add(row.cell(h.column("tags")));
    d.tags.add(row.cell(h.column("category")));
    d.difficulty = row.cell(h.column("difficulty"));
    out.add(d);
  }

  /** "2", "2.0", "1,3", "1; 3" -> numbers; null when something else is there. */
  static List<Integer> answerNumbers(String cell) {
    List<Integer> out = new ArrayList<>();
    for (String part : cell.strip().split("[,;\\s]+")) {
      if (part.isEmpty()) {
        continue;
      }
      String n = part.endsWith(".0") ? part.substring(0, part.length() - 2) : part;
      if (!n.matches("\\d{1,2}")) {
        return null;
      }
      int v = Integer.parseInt(n);
      if (!out.contains(v)) {
        out.add(v);
      }
    }
    return out;
  }

  private static String join(List<Integer> numbers) {
    StringBuilder b = new StringBuilder();
    for (int n : numbers) {
      b.append(b.length() == 0 ? "" : ", ").append(n);
    }
    return b.toString();
  }

  private static final Pattern CHOICE_SPLIT = Pattern.compile("\\s*(?:\\||\\n)\\s*");

  /** A row of Sourced's own template, which has every field a v1 question has. */
  private static void templateRow(Header h, Csv.Row row, PackBuilder out) throws ImportException {
    if (row.blank()) {
      return;
    }
    int line = row.line();
    String typeText = Clean.text(row.cell(h.column("type"))).text().toLowerCase(Locale.ROOT);
    List<String> choices = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      String c = row.cell(h.column("choice " + i));
      if (!c.isBlank()) {
        choices.add(c);
      }
    }
    String listed = row.cell(h.column("choices"));
    if (!listed.isBlank()) {
      for (String c : CHOICE_SPLIT.split(listed.strip())) {
        if (!c.isBlank()) {
          choices.add(c);
        }
      }
    }
    String answerText = Clean.text(row.cell(h.column("answer"))).text();
    Boolean truth = truth(answerText);
    boolean trueFalse;
    if (typeText.isEmpty()) {
      trueFalse = choices.isEmpty() && truth != null;
    } else if (List.of("true-false", "true/false", "true false", "truefalse", "tf", "t/f").contains(typeText)) {
      trueFalse = true;
    } else if (List.of("choice", "multiple choice", "multiple-choice", "mc").contains(typeText)) {
      trueFalse = false;
    } else {
      out.skip(line, "the type \"" + typeText + "\" is not choice or true-false");
      return;
    }
    Draft d;
    if (trueFalse) {
      if (truth == null) {
        out.skip(line, "a true-false answer is true or false, not \"" + answerText + "\"");
        return;
      }
      d = Draft.trueFalse(line, row.cell(h.column("prompt")), truth);
      if (!choices.isEmpty()) {
        d.notes.add("a true-false question has no choices; the choices are left out");
      }
    } else {
      int answer = answerIndex(choices, answerText);
      if (answer < 0) {
        out.skip(line, answerText.isEmpty() ? "no answer is given"
            : "the answer \"" + answerText + "\" is not one of the choices (nor a choice's letter or number)");
        return;
      }
      d = Draft.choice(line, row.cell(h.column("prompt")), choices, answer);
    }
    d.id = blankToNull(row.cell(h.column("id")));
    d.passage = row.cell(h.column("passage"));
    d.source = row.cell(h.column("source"));
    d.explanation = row.cell(h.column("explanation"));
    d.discussion = row.cell(h.column("discussion"));
    d.difficulty = row.cell(h.column("difficulty"));
    d.tags.add(row.cell(h.column("tags")));
    out.add(d);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static Boolean truth(String s) {
    switch (s.toLowerCase(Locale.ROOT)) {
      case "true": case "t": case "yes":
        return Boolean.TRUE;
      case "false": case "f": case "no":
        return Boolean.FALSE;
      default:
        return null;
    }
  }

  /** The choice the answer names: its text (exactly, then ignoring case), or its letter or number. */
  private static int answerIndex(List<String> choices, String answer) {
    if (answer.isEmpty()) {
      return -1;
    }
    for (int i = 0; i < choices.size(); i++) {
      if (Clean.text(choices.get(i)).text().equals(answer)) {
        return i;
      }
    }
    for (int i = 0; i < choices.size(); i++) {
      if (Clean.text(choices.get(i)).text().equalsIgnoreCase(answer)) {
        return i;
      }
    }
    if (answer.matches("[A-Fa-f]")) {
      int i = Character.toUpperCase(answer.charAt(0)) - 'A';
      return i < choices.size() ? i : -1;
    }
    if (answer.matches("[1-6]")) {
      int i = answer.charAt(0) - '1';
      return i < choices.size() ? i : -1;
    }
    return -1;
  }

  private static boolean known(Layout layout, String k) {
    switch (layout) {
      case TEMPLATE:
        return List.of("id", "type", "prompt", "choices", "answer", "passage", "source", "explanation", "discussion",
            "difficulty", "tags").contains(k) || numbered(k, "choice", 6);
      case QUIZIZZ:
        return List.of("question text", "question type", "correct answer", "time in seconds", "image link",
            "answer explanation").contains(k) || numbered(k, "option", 5);
      case BLOOKET:
        return List.of("question #", "question text", "time limit", "correct answer").contains(k)
            || numbered(k, "answer", 4);
      case GIMKIT:
        return List.of("question", "correct answer").contains(k) || numbered(k, "incorrect answer", 5);
      case GENERIC:
        return List.of("question", "question text", "correct answer", "answer", "explanation", "answer explanation", "tags",
            "category", "difficulty").contains(k) || numbered(k, "option", 6) || numbered(k, "choice", 6)
            || k.matches("(option|answer|choice) ?[a-f]|[a-f]");
      default:
        return List.of("question", "time limit", "correct answer").contains(k) || numbered(k, "answer", 6);
    }
  }

  private static boolean numbered(String k, String word, int max) {
    for (int i = 1; i <= max; i++) {
      if (k.equals(word + " " + i)) {
        return true;
      }
    }
    return false;
  }
}
