package dev.sourced.draft;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a quotation into sentences that stand alone as "who said it" items: a quote of several
 * sentences gives one item each, a sentence of fewer than five words stays with its neighbour,
 * and trailing commas and elisions ("[...]", "…") are left off.
 */
final class Sentences {
  static final int SHORT = 5;
  private static final String[] ELISIONS = {"[...]", "[\u2026]", "...", "\u2026"};

  private Sentences() {}

  /** [start, end) ranges of text, in order. */
  static List<int[]> split(String text) {
    List<int[]> pieces = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      int elision = elisionAt(text, i);
      int end = elision > 0 ? i : i + 1;
      int after = elision > 0 ? i + elision : sentenceEnd(text, i);
      if (after > 0) {
        int next = nextStart(text, after);
        if (next > 0) {
          add(pieces, text, start, end);
          start = next;
          i = next;
          continue;
        }
      }
      i += Math.max(1, elision);
    }
    add(pieces, text, start, text.length());
    // Word counts are kept as pieces merge, so that a quote of many short sentences stays linear.
    List<int[]> merged = new ArrayList<>();
    int lastWords = 0;
    for (int[] p : pieces) {
      int w = words(text, p);
      if (!merged.isEmpty() && lastWords < SHORT) {
        merged.get(merged.size() - 1)[1] = p[1];
        lastWords += w;
      } else {
        merged.add(p);
        lastWords = w;
      }
    }
    if (merged.size() > 1 && lastWords < SHORT) {
      int[] last = merged.remove(merged.size() - 1);
      merged.get(merged.size() - 1)[1] = last[1];
    }
    return merged;
  }

  private static int elisionAt(String t, int i) {
    for (String e : ELISIONS) {
      if (t.startsWith(e, i)) {
        return e.length();
      }
    }
    return 0;
  }

  /** When a sentence ends with the character at i, the index after its closing marks; else 0. */
  private static int sentenceEnd(String t, int i) {
    char c = t.charAt(i);
    if (c != '.' && c != '!' && c != '?' || c == '.' && Words.isAbbreviation(t, i)) {
      return 0;
    }
    int after = i + 1;
    while (after < t.length() && "\u2019')".indexOf(t.charAt(after)) >= 0) {
      after++;
    }
    return after;
  }

  /** Where the next sentence starts after white space at after, or 0 when none starts there. */
  private static int nextStart(String t, int after) {
    int j = after;
    while (j < t.length() && Character.isWhitespace(t.charAt(j))) {
      j++;
    }
    if (j == after || j >= t.length()) {
      return 0;
    }
    char n = t.charAt(j);
    boolean starts = Character.isUpperCase(n) || Character.isDigit(n) || n == '\u2018' || n == '['
        || n == '\u2026' || n == '.';
    return starts ? j : 0;
  }

  private static void add(List<int[]> pieces, String t, int from, int to) {
    int[] r = trim(t, from, to);
    if (r != null) {
      pieces.add(r);
    }
  }

  /** The range without surrounding space, leading elisions, or trailing commas and elisions. */
  static int[] trim(String t, int from, int to) {
    int a = from;
    int b = to;
    boolean changed = true;
    while (changed && a < b) {
      changed = false;
      while (a < b && Character.isWhitespace(t.charAt(a))) {
        a++;
      }
      int e = elisionAt(t, a);
      if (e > 0 && a + e <= b) {
        a += e;
        changed = true;
      }
    }
    changed = true;
    while (changed && a < b) {
      changed = false;
      while (a < b && (Character.isWhitespace(t.charAt(b - 1)) || ",;:\u2014\u2013".indexOf(t.charAt(b - 1)) >= 0
          || t.charAt(b - 1) == '-' && b - 2 >= a && t.charAt(b - 2) == ' ')) {
        b--;
      }
      for (String e : ELISIONS) {
        if (b - e.length() >= a && t.startsWith(e, b - e.length())) {
          b -= e.length();
          changed = true;
          break;
        }
      }
    }
    return a < b && t.substring(a, b).chars().anyMatch(Character::isLetterOrDigit) ? new int[] {a, b} : null;
  }

  static int words(String t, int[] r) {
    return Words.tokens(t.substring(r[0], r[1])).size();
  }
}
