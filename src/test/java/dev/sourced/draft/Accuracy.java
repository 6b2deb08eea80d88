package dev.sourced.draft;

import dev.sourced.pack.Texts;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Precision and recall of quote-to-speaker pairs against an answer key. A found quote and a key
 * quote match when their normalised texts overlap: one holds the other word for word, or their
 * word sets have a Jaccard index of at least 0.6. A found quote is correct when it matches a key
 * quote of the same speaker; a key quote is recalled when a correct found quote matches it.
 */
final class Accuracy {
  static final double JACCARD = 0.6;

  private Accuracy() {}

  /** One quotation of the key: who said it, and any other words the article uses for them. */
  record KeyQuote(String text, String speaker, List<String> aliases) {}

  record Score(String article, int found, int correct, int key, int recalled, List<String> notes) {
    double precision() {
      return found == 0 ? 1.0 : (double) correct / found;
    }

    double recall() {
      return key == 0 ? 1.0 : (double) recalled / key;
    }
  }

  static Score score(String article, List<Draft.Found> found, List<KeyQuote> key) {
    List<String> notes = new ArrayList<>();
    int correct = 0;
    for (Draft.Found f : found) {
      List<KeyQuote> same = key.stream().filter(k -> overlap(f.text(), k.text())).toList();
      if (same.stream().anyMatch(k -> sameSpeaker(f.speakerName(), k))) {
        correct++;
      } else if (!same.isEmpty()) {
        notes.add("wrong speaker: \"" + clip(f.text()) + "\" is " + same.get(0).speaker() + "'s, drafted as "
            + f.speakerName());
      } else {
        notes.add("not in the key: " + f.speakerName() + ": \"" + clip(f.text()) + "\"");
      }
    }
    int recalled = 0;
    for (KeyQuote k : key) {
      if (found.stream().anyMatch(f -> overlap(f.text(), k.text()) && sameSpeaker(f.speakerName(), k))) {
        recalled++;
      } else {
        notes.add("missed: " + k.speaker() + ": \"" + clip(k.text()) + "\"");
      }
    }
    return new Score(article, found.size(), correct, key.size(), recalled, notes);
  }

  static Score total(List<Score> scores) {
    return new Score("overall", scores.stream().mapToInt(Score::found).sum(),
        scores.stream().mapToInt(Score::correct).sum(), scores.stream().mapToInt(Score::key).sum(),
        scores.stream().mapToInt(Score::recalled).sum(), List.of());
  }

  static boolean overlap(String a, String b) {
    String x = normalise(a);
    String y = normalise(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    if ((" " + x + " ").contains(" " + y + " ") || (" " + y + " ").contains(" " + x + " ")) {
      return true;
    }
    Set<String> wx = new HashSet<>(Arrays.asList(x.split(" ")));
    Set<String> wy = new HashSet<>(Arrays.asList(y.split(" ")));
    Set<String> both = new HashSet<>(wx);
    both.retainAll(wy);
    Set<String> either = new HashSet<>(wx);
    either.addAll(wy);
    return (double) both.size() / either.size() >= JACCARD;
  }

  static boolean sameSpeaker(String found, KeyQuote k) {
    String f = name(found);
    return f.equals(name(k.speaker())) || k.aliases().stream().anyMatch(a -> f.equals(name(a)));
  }

  /** Lower case, no accents, quotes or punctuation; words joined by single spaces. */
  static String normalise(String s) {
    String t = Normalizer.normalize(Texts.loose(s), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replace("'", "");
    return t.replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
  }

  /** A speaker's name for comparing: normalised, without a leading "the" ("The State Department" is "State Department"). */
  static String name(String s) {
    String n = normalise(s.replace('ł', 'l').replace('Ł', 'L'));
    return n.startsWith("the ") ? n.substring(4) : n;
  }

  private static String clip(String s) {
    return s.length() <= 60 ? s : s.substring(0, 59) + "\u2026";
  }
}
