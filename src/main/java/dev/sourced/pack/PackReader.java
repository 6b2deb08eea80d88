package dev.sourced.pack;

import dev.sourced.pack.JsonTree.Arr;
import dev.sourced.pack.JsonTree.Field;
import dev.sourced.pack.JsonTree.Node;
import dev.sourced.pack.JsonTree.Obj;
import dev.sourced.pack.JsonTree.Value;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a JSON tree into a Pack, collecting every problem rather than stopping at the first, so
 * that an author fixes a pack in one pass.
 */
final class PackReader {
  static final int FORMAT = 1;

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private static final List<String> PACK_FIELDS = List.of(
      "$schema", "format", "id", "title", "description", "language", "sources", "speakers", "quotes", "questions");
  private static final List<String> SOURCE_FIELDS = List.of(
      "id", "title", "outlet", "author", "date", "kind", "url", "note");
  private static final List<String> SPEAKER_FIELDS = List.of("id", "name", "role");
  private static final List<String> QUOTE_FIELDS = List.of(
      "id", "text", "speaker", "source", "passage", "discussion", "difficulty", "tags");
  private static final List<String> QUESTION_FIELDS = List.of(
      "id", "type", "prompt", "choices", "answer", "source", "passage", "explanation", "discussion",
      "difficulty", "tags");

  private final String file;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, Set<String>> idsSeen = new HashMap<>();
  /** Fields that an unknown, misspelt field was taken for: not reported missing as well. */
  private final Set<String> suggested = new HashSet<>();

  private PackReader(String file) {
    this.file = file;
  }

  record Result(Pack pack, List<Problem> problems) {}

  static Result read(String file, Node root, String origin) {
    PackReader r = new PackReader(file);
    Pack pack = r.pack(root, origin);
    boolean failed = r.problems.stream().anyMatch(Problem::isError);
    return new Result(failed ? null : pack, List.copyOf(r.problems));
  }

  private void missing(Obj o, String path, String name, String why) {
    if (!suggested.contains(join(path, name))) {
      error(o, path, "missing required field \"" + name + "\"" + why);
    }
  }

  private void error(Node at, String path, String message) {
    problems.add(Problem.error(file, at.line(), at.column(), path, message));
  }

  private void warn(Node at, String path, String message) {
    problems.add(new Problem(Problem.Severity.WARNING, file, at.line(), at.column(), path, message));
  }

  private Pack pack(Node root, String origin) {
    if (!(root instanceof Obj o)) {
      error(root, "", "a pack is a JSON object { ... }, but this file holds " + root.kind());
      return null;
    }
    fieldsKnown(o, "", PACK_FIELDS);
    Node format = o.fields().containsKey("format") ? o.fields().get("format").value() : null;
    if (format == null) {
      error(o, "", "missing required field \"format\"; add \"format\": " + FORMAT);
    } else if (!(format instanceof Value v && v.value() instanceof Integer n && n == FORMAT)) {
      String seen = format instanceof Value v ? String.valueOf(v.value()) : format.kind();
      error(format, "format", "format " + seen + " is not supported; this version of Sourced reads format " + FORMAT);
      return null; // another format's fields would only produce noise
    }
    String id = id(o, "", "id");
    String title = text(o, "", "title", true);
    String description = text(o, "", "description", true);
    String language = text(o, "", "language", true);
    if (language != null && !Pack.isLanguage(language)) {
      error(o.fields().get("language").value(), "language",
          "\"" + language + "\" is not a language code; use one such as \"en\" or \"pt-BR\"");
    }
    text(o, "", "$schema", false);

    List<Source> sources = list(o, "", "sources", true, this::source);
    List<Speaker> speakers = list(o, "", "speakers", false, this::speaker);
    // Ids count as declared even where the rest of the entry is wrong, so one mistake is reported once.
    Set<String> sourceIds = declaredIds(o, "sources");
    Set<String> speakerIds = declaredIds(o, "speakers");

    List<Quote> quotes = list(o, "", "quotes", false, (n, p) -> quote(n, p, sourceIds, speakerIds));
    List<Question> questions = list(o, "", "questions", false, (n, p) -> question(n, p, sourceIds));
    if (quotes.isEmpty() && questions.isEmpty() && problems.isEmpty()) {
      error(o, "", "the pack has no questions and no quotes; add at least one of either");
    }
    if (problems.stream().noneMatch(Problem::isError)) {
      warnUnused(o, sources, speakers, quotes, questions);
    }
    if (id == null || title == null || description == null || language == null) {
      return null;
    }
    return new Pack(id, title, description, language, sources, speakers, quotes, questions, origin);
  }

  private void warnUnused(Obj o, List<Source> sources, List<Speaker> speakers, List<Quote> quotes,
      List<Question> questions) {
    Set<String> usedSources = new HashSet<>();
    quotes.forEach(q -> usedSources.add(q.source()));
    questions.forEach(q -> usedSources.add(q.source()));
    Set<String> usedSpeakers = quotes.stream().map(Quote::speaker).collect(Collectors.toSet());
    for (int i = 0; i < sources.size(); i++) {
      if (!usedSources.contains(sources.get(i).id())) {
        warn(itemNode(o, "sources", i), "sources[" + i + "]",
            "no question or quote uses the source \"" + sources.get(i).id() + "\"");
      }
    }
    for (int i = 0; i < speakers.size(); i++) {
      if (!usedSpeakers.contains(speakers.get(i).id())) {
        warn(itemNode(o, "speakers", i), "speakers[" + i + "]",
            "nobody quotes the speaker \"" + speakers.get(i).id() + "\"");
      }
    }
  }

  private static Set<String> declaredIds(Obj o, String list) {
    Set<String> ids = new HashSet<>();
    if (o.fields().get(list) != null && o.fields().get(list).value() instanceof Arr a) {
      for (Node n : a.items()) {
        if (n instanceof Obj item && item.fields().get("id") != null
            && item.fields().get("id").value() instanceof Value v && v.value() instanceof String id) {
          ids.add(id);
        }
      }
    }
    return ids;
  }

  private static Node itemNode(Obj o, String list, int index) {
    Node n = o.fields().get(list).value();
    return n instanceof Arr a && index < a.items().size() ? a.items().get(index) : n;
  }

  private Source source(Node n, String path) {
    if (!(n instanceof Obj o)) {
      error(n, path, "each source is an object { \"id\": ..., \"title\": ..., ... }, not " + n.kind());
      return null;
    }
    fieldsKnown(o, path, SOURCE_FIELDS);
    String id = id(o, path, "id");
    String title = text(o, path, "title", true);
    String outlet = text(o, path, "outlet", true);
    String author = text(o, path, "author", false);
    String date = text(o, path, "date", false);
    if (date != null && !validDate(date)) {
      error(o.fields().get("date").value(), path + ".date",
          "\"" + date + "\" is not a date; write it as YYYY-MM-DD, or leave \"date\" out when it is unknown");
      date = null;
    }
    SourceKind kind = null;
    String kindText = text(o, path, "kind", true);
    if (kindText != null) {
      kind = SourceKind.parse(kindText).orElse(null);
      if (kind == null) {
        error(o.fields().get("kind").value(), path + ".kind",
            "\"" + kindText + "\" is not a kind of source; use news, feature, opinion or other");
      }
    }
    String url = text(o, path, "url", false);
    String note = text(o, path, "note", false);
    if (id == null || title == null || outlet == null || kind == null) {
      return null;
    }
    return new Source(id, title, outlet, author, date, kind, url, note);
  }

  private static boolean validDate(String date) {
    if (!DATE.matcher(date).matches()) {
      return false;
    }
    try {
      LocalDate.parse(date);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private Speaker speaker(Node n, String path) {
    if (!(n instanceof Obj o)) {
      error(n, path, "each speaker is an object { \"id\": ..., \"name\": ..., \"role\": ... }, not " + n.kind());
      return null;
    }
    fieldsKnown(o, path, SPEAKER_FIELDS);
    String id = id(o, path, "id");
    String name = text(o, path, "name", true);
    String role = text(o, path, "role", true);
    return id == null || name == null || role == null ? null : new Speaker(id, name, role);
  }

  private Quote quote(Node n, String path, Set<String> sourceIds, Set<String> speakerIds) {
    if (!(n instanceof Obj o)) {
      error(n, path, "each quote is an object { \"id\": ..., \"text\": ..., ... }, not " + n.kind());
      return null;
    }
    fieldsKnown(o, path, QUOTE_FIELDS);
    String id = id(o, path, "id");
    String text = text(o, path, "text", true);
    String speaker = reference(o, path, "speaker", speakerIds, "speakers");
    String source = reference(o, path, "source", sourceIds, "sources");
    String passage = text(o, path, "passage", true);
    String discussion = text(o, path, "discussion", false);
    Difficulty difficulty = difficulty(o, path, false);
    List<String> tags = tags(o, path, false);
    if (discussion == null && !o.fields().containsKey("discussion")) {
      warn(o, path, "no \"discussion\" prompt; a question for the class makes the quote worth talking about");
    }
    if (text != null && passage != null && Texts.findLoose(passage, text, false) == null) {
      error(o.fields().get("text").value(), path + ".text",
          "the quote is not inside its passage: " + Texts.parting(passage, text)
              + "; copy both word for word from the article");
    }
    if (id == null || text == null || speaker == null || source == null || passage == null || tags == null) {
      return null;
    }
    return new Quote(id, text, speaker, source, passage, discussion, difficulty, tags);
  }

  private Question question(Node n, String path, Set<String> sourceIds) {
    if (!(n instanceof Obj o)) {
      error(n, path, "each question is an object { \"id\": ..., \"type\": ..., ... }, not " + n.kind());
      return null;
    }
    fieldsKnown(o, path, QUESTION_FIELDS);
    String id = id(o, path, "id");
    Question.Type type = null;
    String typeText = text(o, path, "type", true);
    if ("choice".equals(typeText)) {
      type = Question.Type.CHOICE;
    } else if ("true-false".equals(typeText)) {
      type = Question.Type.TRUE_FALSE;
    } else if (typeText != null) {
      error(o.fields().get("type").value(), path + ".type",
          "\"" + typeText + "\" is not a question type; use \"choice\" or \"true-false\"");
    }
    String prompt = text(o, path, "prompt", true);
    List<String> choices = null;
    String answer = null;
    if (type == Question.Type.CHOICE) {
      choices = choices(o, path);
      answer = choiceAnswer(o, path, choices);
    } else if (type == Question.Type.TRUE_FALSE) {
      if (o.fields().containsKey("choices")) {
        error(o.fields().get("choices").value(), path + ".choices",
            "a true-false question has no choices; remove \"choices\"");
      }
      answer = trueFalseAnswer(o, path);
      choices = Question.TRUE_FALSE_CHOICES;
    }
    String source = reference(o, path, "source", sourceIds, "sources");
    String passage = text(o, path, "passage", true);
    String explanation = text(o, path, "explanation", true);
    String discussion = text(o, path, "discussion", true);
    Difficulty difficulty = difficulty(o, path, true);
    List<String> tags = tags(o, path, true);
    if (id == null || type == null || prompt == null || choices == null || answer == null || source == null
        || passage == null || explanation == null || discussion == null || difficulty == null || tags == null) {
      return null;
    }
    return new Question(id, type, prompt, choices, answer, source, passage, explanation, discussion, difficulty, tags);
  }

  private List<String> choices(Obj o, String path) {
    Field f = o.fields().get("choices");
    if (f == null) {
      missing(o, path, "choices", ": a choice question lists 2 to 6 choices");
      return null;
    }
    if (!(f.value() instanceof Arr a)) {
      error(f.value(), path + ".choices", "expected a list of 2 to 6 texts, found " + f.value().kind());
      return null;
    }
    if (a.items().size() < 2 || a.items().size() > 6) {
      error(a, path + ".choices", "a choice question has 2 to 6 choices, this one has " + a.items().size());
      return null;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < a.items().size(); i++) {
      String c = string(a.items().get(i), path + ".choices[" + i + "]");
      if (c == null) {
        return null;
      }
      if (out.contains(c)) {
        error(a.items().get(i), path + ".choices[" + i + "]", "\"" + c + "\" is listed twice; make each choice different");
        return null;
      }
      out.add(c);
    }
    return out;
  }

  private String choiceAnswer(Obj o, String path, List<String> choices) {
    Field f = o.fields().get("answer");
    if (f == null) {
      missing(o, path, "answer", ": the text of the correct choice");
      return null;
    }
    String answer = string(f.value(), path + ".answer");
    if (answer != null && choices != null && !choices.contains(answer)) {
      error(f.value(), path + ".answer", "\"" + answer + "\" is not one of the choices; copy the correct choice exactly");
      return null;
    }
    return answer;
  }

  private String trueFalseAnswer(Obj o, String path) {
    Field f = o.fields().get("answer");
    if (f == null) {
      missing(o, path, "answer", ": true or false");
      return null;
    }
    if (f.value() instanceof Value v && v.value() instanceof Boolean b) {
      return b ? "True" : "False";
    }
    error(f.value(), path + ".answer", "a true-false answer is true or false (without quotes), not " + f.value().kind());
    return null;
  }

  private Difficulty difficulty(Obj o, String path, boolean required) {
    String d = text(o, path, "difficulty", required);
    if (d == null) {
      return null;
    }
    Difficulty parsed = Difficulty.parse(d).orElse(null);
    if (parsed == null) {
      error(o.fields().get("difficulty").value(), path + ".difficulty",
          "\"" + d + "\" is not a difficulty; use easy, medium or hard");
    }
    return parsed;
  }

  private List<String> tags(Obj o, String path, boolean required) {
    Field f = o.fields().get("tags");
    if (f == null) {
      if (required) {
        missing(o, path, "tags", ": a list such as [\"topic\"]");
        return null;
      }
      return List.of();
    }
    if (!(f.value() instanceof Arr a)) {
      error(f.value(), path + ".tags", "expected a list of tags, found " + f.value().kind());
      return null;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < a.items().size(); i++) {
      String t = string(a.items().get(i), path + ".tags[" + i + "]");
      if (t == null) {
        return null;
      }
      out.add(t);
    }
    return out;
  }

  private String reference(Obj o, String path, String name, Set<String> known, String listName) {
    String ref = text(o, path, name, true);
    if (ref != null && !known.contains(ref)) {
      String hint = known.isEmpty() ? "the pack defines none" : "known: " + String.join(", ", known);
      error(o.fields().get(name).value(), path + "." + name,
          "\"" + ref + "\" is not the id of any of the pack's " + listName + " (" + hint + ")");
      return null;
    }
    return ref;
  }

  private String id(Obj o, String path, String name) {
    String id = text(o, path, name, true);
    if (id == null) {
      return null; // already reported; two entries without an id are not duplicates of each other
    }
    if (!Pack.isId(id)) {
      error(o.fields().get(name).value(), join(path, name),
          "\"" + id + "\" is not a valid id; use lowercase letters, digits and hyphens, like \"wechat-ban-2020\"");
      return null;
    }
    String scope = path.startsWith("sources") ? "sources" : path.startsWith("speakers") ? "speakers"
        : path.isEmpty() ? "" : "quotes and questions";
    if (!scope.isEmpty() && !idsSeen.computeIfAbsent(scope, k -> new HashSet<>()).add(id)) {
      error(o.fields().get(name).value(), join(path, name),
          "the id \"" + id + "\" is already used among the " + scope + "; ids must be unique");
      return null;
    }
    return id;
  }

  private String text(Obj o, String path, String name, boolean required) {
    Field f = o.fields().get(name);
    if (f == null) {
      if (required) {
        missing(o, path, name, "");
      }
      return null;
    }
    return string(f.value(), join(path, name));
  }

  private String string(Node n, String path) {
    if (!(n instanceof Value v) || !(v.value() instanceof String s)) {
      error(n, path, "expected a text in quotes, found " + n.kind());
      return null;
    }
    if (s.isBlank()) {
      error(n, path, "is empty; write something or leave the field out if it is optional");
      return null;
    }
    if (s.length() > JsonTree.MAX_STRING) { // the JSON reader stops these; the YAML reader does not
      error(n, path, "a text is longer than " + JsonTree.MAX_STRING + " characters; shorten it");
      return null;
    }
    int bad = Texts.firstUndrawable(s);
    if (bad >= 0) {
      error(n, path, "contains the character " + Texts.codePoint(s, bad) + " at position " + (bad + 1)
          + ", which a terminal cannot show (control characters, emoji); remove it");
      return null;
    }
    return s;
  }

  private <T> List<T> list(Obj o, String path, String name, boolean required, BiFunction<Node, String, T> item) {
    Field f = o.fields().get(name);
    if (f == null) {
      if (required) {
        missing(o, path, name, "");
      }
      return List.of();
    }
    if (!(f.value() instanceof Arr a)) {
      error(f.value(), join(path, name), "expected a list [ ... ], found " + f.value().kind());
      return List.of();
    }
    if (required && a.items().isEmpty()) {
      error(a, join(path, name), "the list is empty; add at least one");
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < a.items().size(); i++) {
      T t = item.apply(a.items().get(i), join(path, name) + "[" + i + "]");
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  private void fieldsKnown(Obj o, String path, List<String> allowed) {
    for (Field f : o.fields().values()) {
      if (!allowed.contains(f.name())) {
        String near = nearest(f.name(), allowed);
        String hint = near != null ? "did you mean \"" + near + "\"?" : "allowed here: " + String.join(", ", allowed);
        if (near != null && !o.fields().containsKey(near)) {
          suggested.add(join(path, near));
        }
        problems.add(Problem.error(file, f.line(), f.column(), join(path, f.name()),
            "unknown field \"" + f.name() + "\"; " + hint));
      }
    }
  }

  /** The allowed field a misspelt name most likely meant: one or two edits away, fewer for short names. */
  private static String nearest(String name, List<String> allowed) {
    String best = null;
    int bestDistance = Math.min(2, name.length() / 3 + 1) + 1;
    for (String a : allowed) {
      int d = distance(name.toLowerCase(), a.toLowerCase());
      if (d < bestDistance) {
        bestDistance = d;
        best = a;
      }
    }
    return best;
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
