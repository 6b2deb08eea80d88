package dev.sourced.draft;

import dev.sourced.draft.Article.Paragraph;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The turns of an interview printed as a transcript: "((Jane Doe)) answer", "Jane Doe: answer",
 * "JD: answer", "((WN)) question". A paragraph with no marker between two turns continues the
 * turn before it; after the last turn, only while it speaks in the first person. An article is a
 * transcript only when at least two markers each open two or more paragraphs, so that a lone
 * "Note:" or a run of "Image:" captions is not taken for one.
 */
final class Transcript {
  /** A turn: who (the marker's words), and where its text starts in the paragraph. */
  record Turn(String marker, int textStart) {}

  private static final Pattern DOUBLE_PARENS = Pattern.compile("^\\(\\(([^()]{1,60})\\)\\)\\s*");
  private static final Pattern COLON = Pattern.compile(
      "^((?:\\p{Lu}[\\p{L}'\u2019.-]*)(?: (?:\\p{Lu}[\\p{L}'\u2019.-]*|de|van|von|da|di|al|bin)){0,3}):\\s+(?=\\S)");
  /** "Q. Why …?" and "A. Nobody …": question and answer by a letter and a point (or a dash). */
  private static final Pattern Q_OR_A = Pattern.compile("^([QA])(?:\\.|\\s*[\u2014\u2013-])\\s+(?=\\S)");
  private static final Set<String> NOT_MARKERS = Set.of("image", "images", "photo", "photos", "picture", "source",
      "sources", "note", "notes", "update", "updated", "editor's note", "caption", "video", "credit", "credits",
      "see also", "related", "warning", "disclaimer", "correction", "transcript", "interview", "question",
      "answer", "summary", "background", "date", "time", "location", "venue", "when", "where", "what", "why",
      "how", "who", "tags", "category", "external links", "references", "footnotes", "contact", "email", "tel",
      "phone", "web", "website", "twitter", "facebook", "read more", "more", "also", "by", "from", "to", "subject");
  private static final Pattern FIRST_PERSON = Pattern.compile("\\b(I|I'm|I\u2019m|I've|I\u2019ve|me|my|we|We|our|Our|us)\\b");

  private Transcript() {}

  /** The turns by paragraph index; empty when the article is no transcript. */
  static Map<Integer, Turn> read(Article article) {
    List<Paragraph> ps = article.paragraphs;
    Map<Integer, Turn> marked = new LinkedHashMap<>();
    Map<String, Integer> uses = new HashMap<>();
    for (Paragraph p : ps) {
      Turn t = marker(p.text);
      if (t != null) {
        marked.put(p.index, t);
        uses.merge(t.marker(), 1, Integer::sum);
      }
    }
    bareInitials(ps, marked, uses);
    // "Kristian Hanson: …" once, then "KH: …": the full name opens the turns its initials go on with
    for (Map.Entry<Integer, Turn> e : marked.entrySet()) {
      String m = e.getValue().marker();
      String initials = initials(m);
      if (uses.get(m) == 1 && initials.length() >= 2 && uses.getOrDefault(initials, 0) >= 2) {
        e.setValue(new Turn(initials, e.getValue().textStart()));
        uses.remove(m);
        uses.merge(initials, 1, Integer::sum);
      }
    }
    if (uses.values().stream().filter(n -> n >= 2).count() < 2) {
      return unmarked(ps);
    }
    // A marker used once ("((RS))" for a second interviewer) is no speaker we can name, but it ends the turn before it.
    Map<Integer, Turn> once = new LinkedHashMap<>(marked);
    once.values().removeIf(t -> uses.get(t.marker()) >= 2);
    marked.values().removeIf(t -> uses.get(t.marker()) < 2);
    if (marked.isEmpty()) {
      return Map.of();
    }
    Map<Integer, Turn> turns = new LinkedHashMap<>();
    int first = marked.keySet().iterator().next();
    int last = -1;
    for (int k : marked.keySet()) {
      last = k;
    }
    String interviewer = interviewer(ps, marked);
    Turn current = null;
    for (int i = first; i < ps.size(); i++) {
      Turn t = marked.get(i);
      Turn stray = once.get(i);
      if (stray != null) {
        // A question there is the interviewer's; anything else is left to be reported, not guessed.
        boolean question = interviewer != null && ps.get(i).text.strip().endsWith("?");
        current = question ? new Turn(interviewer, stray.textStart()) : null;
        if (question) {
          turns.put(i, current);
        }
      } else if (t != null) {
        current = t;
        turns.put(i, t);
      } else if (credit(ps.get(i).text)) {
        continue; // "—Professor Siegel" under a pull quote: a credit line, no one's words
      } else if (current != null && (i < last || FIRST_PERSON.matcher(ps.get(i).text).find())) {
        turns.put(i, new Turn(current.marker(), 0));
      } else if (i > last) {
        break;
      }
    }
    // The opening question often stands unmarked before the first answer: "Can you introduce yourself?"
    // An opening question marked once in its own way ("((Wikinews))" before "((WN))" ones) is the interviewer's too.
    if (first > 0 && interviewer != null && !marked.get(first).marker().equals(interviewer)
        && ps.get(first - 1).text.strip().endsWith("?")) {
      Turn stray = once.get(first - 1);
      if (stray != null) {
        turns.put(first - 1, new Turn(interviewer, stray.textStart()));
      } else if (marker(ps.get(first - 1).text) == null) {
        turns.put(first - 1, new Turn(interviewer, 0));
      }
    }
    return turns;
  }

  private static final Pattern YOU = Pattern.compile("\\b(you|your|yourself)\\b", Pattern.CASE_INSENSITIVE);
  private static final int MAX_QUESTION_WORDS = 60;
  private static final int MIN_QUESTIONS = 3;

  /** A request that stands for a question: "Please tell us about your service in the Peace Corps." */
  private static final Pattern REQUEST = Pattern.compile("^(Please (tell|describe|share|explain|talk)|Tell us|Describe|Share with us|Talk us)\\b");
  private static final Pattern OPENING_QUESTION = Pattern.compile("^[^.!?]{3,}\\?");

  /**
   * A question of an interview printed without markers: a short paragraph of its own whose first
   * sentence asks, or requests ("Please tell us about …"); it may quote a term and explain it after.
   */
  private static boolean question(Paragraph p) {
    String t = p.text.strip();
    return t.split("\\s+").length <= MAX_QUESTION_WORDS && (OPENING_QUESTION.matcher(t).find() && p.spans.stream()
        .allMatch(s -> s.inside().strip().split("\\s+").length <= 4) || REQUEST.matcher(t).find() && p.spans.isEmpty());
  }

  /**
   * A Q&A printed with no markers at all: questions in paragraphs of their own, most of them to
   * "you", followed by answers, two thirds of them opening in the first person. Questions become "Q"
   * turns and the paragraphs after each "A" turns; after the last question, answers go on only while
   * they speak in the first person. It takes three such questions, so that a feature asking its
   * reader a question or two is not taken for an interview.
   */
  private static Map<Integer, Turn> unmarked(List<Paragraph> ps) {
    List<int[]> runs = new java.util.ArrayList<>(); // question, end of its answers
    int answered = 0;
    int asking = 0;
    for (int i = 0; i < ps.size(); i++) {
      if (!question(ps.get(i))) {
        continue;
      }
      asking += YOU.matcher(ps.get(i).text).find() ? 1 : 0;
      int end = i + 1;
      while (end < ps.size() && !question(ps.get(end))) {
        end++;
      }
      answered += i + 1 < end && FIRST_PERSON.matcher(ps.get(i + 1).text).find() ? 1 : 0;
      runs.add(new int[] {i, end});
      i = end - 1;
    }
    int questions = runs.size();
    if (questions < MIN_QUESTIONS || answered * 3 < questions * 2 || asking * 2 < questions) {
      return Map.of();
    }
    Map<Integer, Turn> turns = new LinkedHashMap<>();
    for (int[] run : runs) {
      turns.put(run[0], new Turn("Q", 0));
      boolean last = run[1] == ps.size();
      for (int k = run[0] + 1; k < run[1] && (!last || FIRST_PERSON.matcher(ps.get(k).text).find()); k++) {
        turns.put(k, new Turn("A", 0));
      }
    }
    return turns;
  }

  private static final Pattern BARE_INITIALS = Pattern.compile("^(\\p{Lu}{2,3}) (?=[\\p{Lu}\"\u201C])");
  private static final Pattern OPENING_NAME = Pattern.compile(
      "^(\\p{Lu}[\\p{L}'\u2019-]+(?: \\p{Lu}[\\p{L}'\u2019-]+){1,2}) (?=\\p{Lu})");

  /**
   * Answers marked by the speaker's initials alone, no colon ("MS We did not …"), right after a
   * question; the first often by the full name the same way ("Michael Siegel I am …"). Only
   * initials that open two or more answers count, so a paragraph opening "US officials" is none.
   */
  private static void bareInitials(List<Paragraph> ps, Map<Integer, Turn> marked, Map<String, Integer> uses) {
    Map<Integer, Turn> found = new LinkedHashMap<>();
    Map<String, Integer> count = new HashMap<>();
    for (int i = 1; i < ps.size(); i++) {
      if (marked.containsKey(i) || !ps.get(i - 1).text.strip().endsWith("?")) {
        continue;
      }
      Matcher m = BARE_INITIALS.matcher(ps.get(i).text);
      if (m.find()) {
        found.put(i, new Turn(m.group(1), m.end()));
        count.merge(m.group(1), 1, Integer::sum);
      }
    }
    count.values().removeIf(n -> n < 2);
    if (count.isEmpty()) {
      return;
    }
    found.values().removeIf(t -> !count.containsKey(t.marker()));
    for (int i = 1; i < ps.size(); i++) {
      if (marked.containsKey(i) || found.containsKey(i) || !ps.get(i - 1).text.strip().endsWith("?")) {
        continue;
      }
      Matcher m = OPENING_NAME.matcher(ps.get(i).text);
      if (m.find() && count.containsKey(initials(m.group(1)))) {
        found.put(i, new Turn(m.group(1), m.end()));
      }
    }
    found.forEach((i, t) -> {
      marked.put(i, t);
      uses.merge(t.marker(), 1, Integer::sum);
    });
    // The full name and its initials are one speaker's: count them together.
    Map<Integer, Turn> byName = new LinkedHashMap<>();
    found.forEach((i, t) -> {
      if (!count.containsKey(t.marker())) {
        byName.put(i, t);
      }
    });
    byName.forEach((i, t) -> uses.merge(t.marker(), count.get(initials(t.marker())), Integer::sum));
    Map<Integer, Turn> inOrder = new java.util.TreeMap<>(marked);
    marked.clear();
    marked.putAll(inOrder);
  }

  private static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split(" ")) {
      b.append(w.charAt(0));
    }
    return b.toString();
  }

  private static final Pattern CREDIT = Pattern.compile("^[\u2014\u2015\u2013]\\s*\\p{Lu}.{0,80}$");

  /** A pull quote's credit line: a dash, then a name and perhaps a few words, alone in a paragraph. */
  static boolean credit(String text) {
    return CREDIT.matcher(text.strip()).matches();
  }

  /** The marker whose turns are most often questions, when most of its turns are. */
  private static String interviewer(List<Paragraph> ps, Map<Integer, Turn> marked) {
    Map<String, int[]> asks = new HashMap<>();
    marked.forEach((i, t) -> {
      int[] n = asks.computeIfAbsent(t.marker(), k -> new int[2]);
      n[0]++;
      n[1] += ps.get(i).text.strip().endsWith("?") ? 1 : 0;
    });
    String best = null;
    double share = 0.5;
    for (Map.Entry<String, int[]> e : asks.entrySet()) {
      double s = (double) e.getValue()[1] / e.getValue()[0];
      if (s > share) {
        share = s;
        best = e.getKey();
      }
    }
    return best;
  }

  /** The turn a paragraph opens with, or null. */
  static Turn marker(String text) {
    Matcher m = DOUBLE_PARENS.matcher(text);
    if (m.find()) {
      String who = m.group(1).strip();
      return who.isEmpty() || Character.isLowerCase(who.charAt(0)) ? null : new Turn(who, m.end());
    }
    m = COLON.matcher(text);
    if (m.find() && !NOT_MARKERS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
      return new Turn(m.group(1), m.end());
    }
    m = Q_OR_A.matcher(text);
    return m.find() ? new Turn(m.group(1), m.end()) : null;
  }
}
