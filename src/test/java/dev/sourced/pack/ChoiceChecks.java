package dev.sourced.pack;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ways a choice question gives its answer away without the passage, as the bank review found
 * them (../shared/reviews/bank-audit.md, rows 3-13): one choice far longer than the rest, or a
 * choice that repeats a word of the prompt that no other choice has. Each check returns what it
 * found, so a failing test names the question and the words.
 */
final class ChoiceChecks {
  /** A choice longer than this many times the longest other choice stands out by length alone. */
  static final double MAX_LENGTH_RATIO = 1.6;

  private ChoiceChecks() {}

  /** The choices more than MAX_LENGTH_RATIO times as long as the longest other choice, with both lengths. */
  static List<String> tooLong(List<String> choices) {
    List<String> found = new ArrayList<>();
    for (int i = 0; i < choices.size(); i++) {
      int longestOther = 0;
      for (int j = 0; j < choices.size(); j++) {
        if (j != i) {
          longestOther = Math.max(longestOther, length(choices.get(j)));
        }
      }
      int own = length(choices.get(i));
      if (own > MAX_LENGTH_RATIO * longestOther) {
        found.add("\"" + choices.get(i) + "\" (" + own + " characters, the longest other " + longestOther + ")");
      }
    }
    return found;
  }

  /**
   * For each choice, its distinctive words (content words that no other choice has) that also
   * stand in the prompt: a student can match them without reading the passage. The names of the
   * pack's texts are taken out of the prompt first, so "According to the China Daily report" does
   * not count against a choice that mentions China.
   */
  static List<String> echoes(String prompt, List<String> choices, Collection<String> textNames) {
    String cleaned = prompt;
    for (String name : textNames) {
      cleaned = Pattern.compile(Pattern.quote(name), Pattern.CASE_INSENSITIVE).matcher(cleaned).replaceAll(" ");
    }
    Set<String> promptWords = words(cleaned);
    List<String> found = new ArrayList<>();
    for (int i = 0; i < choices.size(); i++) {
      Set<String> distinctive = words(choices.get(i));
      for (int j = 0; j < choices.size(); j++) {
        if (j != i) {
          distinctive.removeAll(words(choices.get(j)));
        }
      }
      distinctive.retainAll(promptWords);
      if (!distinctive.isEmpty()) {
        found.add("\"" + choices.get(i) + "\" repeats " + distinctive + " from the prompt");
      }
    }
    return found;
  }

  /**
   * The content words of a text, lowercased, with a plural or possessive "s" taken off. Numbers
   * count at any length ("4 million"); other words need three letters and must not be function
   * words.
   */
  static Set<String> words(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.isEmpty() || STOP.contains(w)) {
        continue;
      }
      boolean number = w.chars().allMatch(Character::isDigit);
      if (!number && w.length() < 3) {
        continue;
      }
      if (!number && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
        w = w.substring(0, w.length() - 1);
      }
      out.add(w);
    }
    return out;
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  private static final Set<String> STOP = Set.of(
      "the", "and", "for", "but", "nor", "not", "all", "any", "are", "was", "were", "been", "being", "has", "have",
      "had", "does", "did", "can", "could", "would", "will", "should", "may", "might", "must", "shall", "its",
      "his", "her", "hers", "him", "she", "they", "them", "their", "theirs", "this", "that", "these", "those", "there",
      "then", "than", "with", "from", "into", "onto", "over", "under", "about", "after", "before", "while", "which",
      "what", "who", "whom", "whose", "when", "where", "why", "how", "one", "own", "only", "also", "very", "more",
      "most", "such", "each", "other", "some", "much", "many", "our", "ours", "you", "your", "yours", "out", "off",
      "per", "via", "too", "yet", "even", "just", "both", "either", "neither", "like", "said", "says", "say", "is",
      "it", "us");
}
