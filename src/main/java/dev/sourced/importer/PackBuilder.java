package dev.sourced.importer;

import dev.sourced.pack.Difficulty;
import dev.sourced.pack.Pack;
import dev.sourced.pack.PackLoader;
import dev.sourced.pack.Problem;
import dev.sourced.pack.Question;
import dev.sourced.pack.Source;
import dev.sourced.pack.SourceKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules every imported question goes through, whatever its format: clean text, 2 to 6
 * distinct choices, an id, and the fields v1 requires that other formats do not have (passage,
 * explanation, discussion, source), filled in with a warning for each.
 */
final class PackBuilder {
  static final String DEFAULT_DISCUSSION = DefaultTexts.ENGLISH.discussion();
  static final String IMPORTED_SOURCE = "imported";
  /** The loader's limit for one text. */
  static final int MAX_TEXT = 100_000;
  static final int MIN_CHOICES = 2;
  static final int MAX_CHOICES = 6;

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern SOURCE_PARTS = Pattern.compile("\\s+[\u2014\u2013|]\\s+|\\s+-{1,2}\\s+");
  private static final Pattern TAG_SPLIT = Pattern.compile("[,;|]");

  private final Notes notes;
  private final String formatName;
  private final String baseName;
  private final String language;
  /** The filled-in texts, in the pack's language when it has a table (English otherwise). */
  private final DefaultTexts defaults;
  private boolean filledIn;
  private final List<Question> questions = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();
  private final Map<String, Source> sourcesByText = new LinkedHashMap<>();
  private final Set<String> sourceIds = new HashSet<>();
  private boolean usesImportedSource;
  private int skipped;
  /** Less than the JSON the questions so far will take: their texts and the names of their fields. */
  private long size;

  PackBuilder(Notes notes, String formatName, String language) {
    this.notes = notes;
    this.formatName = formatName;
    this.language = language;
    this.defaults = DefaultTexts.orEnglish(language);
    this.baseName = Clean.baseName(notes.file);
    sourceIds.add(IMPORTED_SOURCE);
  }

  /** A question the format has but Sourced cannot play, or one with a mistake: left out. */
  void skip(int line, String reason) {
    skipped++;
    notes.warn(line, "skipped: " + reason);
  }

  void warn(int line, String message) {
    notes.warn(line, message);
  }

  int skipped() {
    return skipped;
  }

  /** The question, unless it breaks a rule; then it is skipped with a warning saying which. */
  void add(Draft d) throws ImportException {
    int before = questions.size();
    int warned = notes.size();
    accept(d);
    if (questions.size() > before) {
      for (int i = 0; i < d.notes.size(); i++) {
        notes.insert(warned + i, d.line, d.notes.get(i));
      }
      Question q = questions.get(before);
      size += 150 + q.id().length() + q.prompt().length() + q.passage().length() + q.explanation().length()
          + q.discussion().length() + q.choices().stream().mapToLong(c -> c.length() + 4).sum();
      if (size > PackLoader.MAX_BYTES) {
        // Stop here rather than hold a pack the loader would refuse.
        throw new ImportException(notes.file, d.line, "the questions up to this line already make a pack of more than "
            + PackLoader.MAX_BYTES / (1024 * 1024) + " MB, the most a pack may be; split the file");
      }
    }
  }

  private void accept(Draft d) {
    String prompt = clean(d, "question text", d.prompt);
    if (prompt.isEmpty()) {
      skip(d.line, "the question has no text");
      return;
    }
    List<String> choices = new ArrayList<>();
    for (int i = 0; i < d.choices.size(); i++) {
      String c = clean(d, "choice " + (i + 1), d.choices.get(i));
      if (c.isEmpty()) {
        skip(d.line, "choice " + (i + 1) + " has no text left (an image or markup only?)");
        return;
      }
      choices.add(c);
    }
    boolean trueFalse = d.trueFalse;
    String answer;
    if (trueFalse) {
      answer = d.trueFalseAnswer ? "True" : "False";
    } else {
      if (choices.size() < MIN_CHOICES || choices.size() > MAX_CHOICES) {
        skip(d.line, "the question has " + choices.size() + " choice" + (choices.size() == 1 ? "" : "s")
            + "; Sourced plays " + MIN_CHOICES + " to " + MAX_CHOICES);
        return;
      }
      if (d.answer < 0 || d.answer >= choices.size()) {
        skip(d.line, "no correct answer");
        return;
      }
      answer = choices.get(d.answer);
      // A wrong choice written twice is one wrong choice; the right one written again as wrong is a mistake.
      Set<String> seen = new HashSet<>();
      List<String> distinct = new ArrayList<>();
      for (int i = 0; i < choices.size(); i++) {
        String c = choices.get(i);
        if (seen.add(c)) {
          distinct.add(c);
        } else if (c.equals(answer)) {
          skip(d.line, "the right answer \"" + c + "\" is also listed as a wrong choice; make each choice different");
          return;
        } else {
          warn(d.line, "the wrong choice \"" + c + "\" is listed twice; it is shown once");
        }
      }
      choices = distinct;
      if (choices.size() < MIN_CHOICES) {
        skip(d.line, "the question has " + choices.size() + " different choice" + (choices.size() == 1 ? "" : "s")
            + "; Sourced plays " + MIN_CHOICES + " to " + MAX_CHOICES);
        return;
      }
      if (choices.size() == 2 && isTrueFalse(choices)) {
        trueFalse = true;
        answer = answer.equalsIgnoreCase("true") ? "True" : "False";
      }
    }

    String explanation = clean(d, "explanation", d.explanation);
    String passage = clean(d, "passage", d.passage);
    if (passage.isEmpty()) {
      passage = explanation.isEmpty() ? prompt : explanation;
      warn(d.line, "no source passage; add one (the " + (explanation.isEmpty() ? "question" : "explanation")
          + " stands in for it)");
    }
    if (explanation.isEmpty()) {
      explanation = defaults.explanation(answer);
      filledIn = true;
      warn(d.line, "no explanation; wrote \"" + explanation + "\"; say why it is the answer");
    }
    String discussion = clean(d, "discussion", d.discussion);
    if (discussion.isEmpty()) {
      discussion = defaults.discussion();
      filledIn = true;
      warn(d.line, "no discussion prompt; defaulted to \"" + discussion + "\"");
    }
    Difficulty difficulty = difficulty(d);
    List<String> tags = tags(d);
    for (String t : List.of(prompt, passage, explanation, discussion)) {
      if (t.length() > MAX_TEXT) {
        skip(d.line, "a text is longer than " + MAX_TEXT + " characters");
        return;
      }
    }
    if (choices.stream().anyMatch(c -> c.length() > MAX_TEXT)) {
      skip(d.line, "a choice is longer than " + MAX_TEXT + " characters");
      return;
    }
    if (Clean.text(d.source).text().length() > MAX_TEXT) {
      skip(d.line, "the source is longer than " + MAX_TEXT + " characters");
      return;
    }
    String source = source(d);
    questions.add(new Question(id(d), trueFalse ? Question.Type.TRUE_FALSE : Question.Type.CHOICE, prompt,
        trueFalse ? Question.TRUE_FALSE_CHOICES : choices, answer, source, passage, explanation, discussion,
        difficulty, tags));
  }

  /** The pack, or an error when not one question could be imported. */
  Imported build() throws ImportException {
    if (questions.isEmpty()) {
      String why = skipped == 0 ? "the file holds no questions"
          : "none of its " + skipped + " question" + (skipped == 1 ? "" : "s") + " could be imported (see the warnings)";
      throw new ImportException(Problem.error(notes.file, 0, 0, "", why + "; nothing was written"), notes.sorted());
    }
    if (filledIn && DefaultTexts.of(language).isEmpty()) {
      notes.warn(0, "there are no default texts in \"" + language + "\" yet (only " + DefaultTexts.known()
          + "): the explanations and discussion prompts filled in are in English; translate them");
    }
    List<Source> sources = new ArrayList<>(sourcesByText.values());
    if (usesImportedSource) {
      sources.add(new Source(IMPORTED_SOURCE, Clean.title(baseName), "Imported from " + formatName, null, null,
          SourceKind.OTHER, null, "Questions imported from " + fileName() + "; the format has no sources."));
    }
    String id = Clean.kebab(baseName);
    Pack pack = new Pack(id.isEmpty() ? "imported" : id, Clean.title(baseName),
        "Imported from the " + formatName + " " + fileName() + ".", language, sources, List.of(), List.of(),
        questions, "import");
    return new Imported(pack, notes.sorted(), formatName, skipped);
  }

  private String fileName() {
    String f = notes.file.replace('\\', '/');
    return Clean.text(f.substring(f.lastIndexOf('/') + 1)).text();
  }

  private String clean(Draft d, String what, String raw) {
    Clean.Result r = Clean.text(raw);
    if (r.dropped() > 0) {
      warn(d.line, "removed " + r.dropped() + " character" + (r.dropped() == 1 ? "" : "s")
          + " a terminal cannot show (emoji, control characters) from the " + what);
    }
    return r.text();
  }

  private static boolean isTrueFalse(List<String> choices) {
    Set<String> lower = new HashSet<>();
    choices.forEach(c -> lower.add(c.toLowerCase(Locale.ROOT)));
    return lower.equals(Set.of("true", "false"));
  }

  private Difficulty difficulty(Draft d) {
    String text = Clean.text(d.difficulty).text().toLowerCase(Locale.ROOT);
    if (text.isEmpty()) {
      return Difficulty.MEDIUM;
    }
    return Difficulty.parse(text).orElseGet(() -> {
      warn(d.line, "\"" + text + "\" is not a difficulty (easy, medium, hard); used medium");
      return Difficulty.MEDIUM;
    });
  }

  private static List<String> tags(Draft d) {
    Set<String> out = new LinkedHashSet<>();
    for (String t : d.tags) {
      for (String part : TAG_SPLIT.split(t == null ? "" : t)) {
        String k = Clean.tag(part);
        if (!k.isEmpty()) {
          out.add(k);
        }
      }
    }
    return List.copyOf(out);
  }

  private String id(Draft d) {
    String given = Clean.kebab(d.id);
    String base = !given.isEmpty() ? given : Clean.kebab(d.title);
    if (!given.isEmpty() && !given.equals(d.id.strip())) {
      warn(d.line, "the id \"" + Clean.text(d.id).text() + "\" is written \"" + given + "\" (lowercase letters, digits, hyphens)");
    }
    if (base.isEmpty()) {
      base = "q-" + (questions.size() + 1);
    }
    String named = !given.isEmpty() ? d.id : d.title;
    if (named != null && Clean.losesLetters(named)) {
      warn(d.line, "the " + (!given.isEmpty() ? "id" : "title") + " \"" + Clean.text(named).text()
          + "\" has letters an id cannot hold (ids are ASCII); the id is \"" + base + "\"");
    }
    String id = base;
    for (int n = 2; ids.contains(id); n++) {
      id = base + "-" + n;
    }
    if (!given.isEmpty() && !id.equals(base)) {
      warn(d.line, "the id \"" + base + "\" is already taken; this question is \"" + id + "\"");
    }
    ids.add(id);
    return id;
  }

  private static boolean validDate(String s) {
    try {
      java.time.LocalDate.parse(s);
      return DATE.matcher(s).matches();
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  /** The template's "Outlet — Title — YYYY-MM-DD — Author" as a source; other formats have none. */
  private String source(Draft d) {
    String text = Clean.text(d.source).text();
    if (text.isEmpty()) {
      usesImportedSource = true;
      return IMPORTED_SOURCE;
    }
    Source known = sourcesByText.get(text);
    if (known != null) {
      return known.id();
    }
    List<String> parts = new ArrayList<>(List.of(SOURCE_PARTS.split(text)));
    String url = null;
    String date = null;
    for (int i = parts.size() - 1; i >= 0; i--) {
      String p = parts.get(i);
      if (url == null && (p.startsWith("http://") || p.startsWith("https://"))) {
        url = p;
        parts.remove(i);
      } else if (date == null && (DATE.matcher(p).matches() || p.equalsIgnoreCase("undated"))) {
        date = validDate(p) ? p : null;
        if (date == null && !p.equalsIgnoreCase("undated")) {
          warn(d.line, "\"" + p + "\" is not a date; the source is left undated");
        }
        parts.remove(i);
      }
    }
    if (parts.isEmpty()) {
      parts.add(text);
    }
    String outlet = parts.get(0);
    String title = parts.size() > 1 ? parts.get(1) : outlet;
    String author = parts.size() > 2 ? String.join(", ", parts.subList(2, parts.size())) : null;
    String base = Clean.kebab(outlet + (parts.size() > 1 ? " " + title : ""));
    base = base.isEmpty() ? "source" : base;
    String id = base;
    for (int n = 2; sourceIds.contains(id); n++) {
      id = base + "-" + n;
    }
    sourceIds.add(id);
    Source s = new Source(id, title, outlet, author, date, SourceKind.OTHER, url, null);
    sourcesByText.put(text, s);
    return id;
  }
}
