package dev.sourced.draft;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An article as paragraphs, each with its quotations marked. A paragraph is a line, or a block of
 * hard-wrapped lines joined by single spaces; its text is the passage a quote from it carries.
 */
final class Article {
  static final char MASK = '\uE000';
  private static final String OPENERS = "\u201C\u201E\u201F\u00AB";
  private static final String CLOSERS = "\u201D\u00BB";

  final List<Paragraph> paragraphs;

  private Article(List<Paragraph> paragraphs) {
    this.paragraphs = List.copyOf(paragraphs);
  }

  static Article parse(String text) {
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    List<Paragraph> paragraphs = new ArrayList<>();
    int i = 0;
    while (i < lines.length) {
      if (lines[i].isBlank()) {
        i++;
        continue;
      }
      int end = i;
      while (end < lines.length && !lines[end].isBlank()) {
        end++;
      }
      if (wrapped(lines, i, end)) {
        paragraphs.add(Paragraph.of(paragraphs.size(), lines, i, end));
      } else {
        for (int k = i; k < end; k++) {
          paragraphs.add(Paragraph.of(paragraphs.size(), lines, k, k + 1));
        }
      }
      i = end;
    }
    Article a = new Article(paragraphs);
    a.markQuotes();
    return a;
  }

  /** Hard-wrapped prose: every line of the block but the last is of a typical wrapping width. */
  private static boolean wrapped(String[] lines, int from, int to) {
    if (to - from < 2) {
      return false;
    }
    for (int k = from; k < to - 1; k++) {
      int n = lines[k].strip().length();
      if (n < 40 || n > 100) {
        return false;
      }
    }
    return true;
  }

  static boolean isOpener(char c) {
    return OPENERS.indexOf(c) >= 0;
  }

  static boolean isQuoteMark(char c) {
    return c == '"' || OPENERS.indexOf(c) >= 0 || CLOSERS.indexOf(c) >= 0;
  }

  /** Pairs the double quote marks of each paragraph; an open quote runs on into a paragraph that opens with one. */
  private void markQuotes() {
    int group = 0;
    Span pending = null; // a quote left open at the end of the previous paragraph
    for (Paragraph p : paragraphs) {
      String t = p.text;
      // British style: a paragraph with no double marks may quote in single ones, 'like this' or ‘this’.
      boolean single = t.chars().noneMatch(c -> isQuoteMark((char) c));
      int open = -1;
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (single ? !isSingleMark(c) : !isQuoteMark(c)) {
          continue;
        }
        boolean opens = single ? opensSingle(t, i) : opens(t, i, open >= 0);
        if (single && !opens && !closesSingle(t, i)) {
          continue; // an apostrophe: "don't", "the players' bus"
        }
        if (opens && open < 0) {
          open = i;
        } else if (!opens && open >= 0) {
          Span s = new Span(p, open, i, true, group++);
          if (pending != null && open == 0) {
            s.group = pending.group;
          }
          p.spans.add(s);
          open = -1;
        }
        // An opening mark inside an open quote, or a closing mark with none open, is left alone.
      }
      Span unclosed = null;
      if (open >= 0 && !single) { // a lone single mark is an elision ("the '90s"), not a quote left open
        unclosed = new Span(p, open, t.length(), false, group++);
        if (pending != null && open == 0) {
          unclosed.group = pending.group;
        }
        p.spans.add(unclosed);
      }
      pending = unclosed;
      if (pending != null && !nextOpensWithQuote(p.index)) {
        pending = null;
      }
    }
    paragraphs.forEach(Paragraph::mask);
  }

  private static boolean isSingleMark(char c) {
    return c == '\'' || c == '\u2018' || c == '\u2019';
  }

  /** A single mark opens after a space or bracket and before a letter, digit or bracket. */
  private static boolean opensSingle(String t, int i) {
    char c = t.charAt(i);
    char before = i > 0 ? t.charAt(i - 1) : ' ';
    char after = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
    boolean at = Character.isWhitespace(before) || "([{\u2014\u2013-:".indexOf(before) >= 0;
    return c != '\u2019' && at && (Character.isLetterOrDigit(after) || after == '[' || after == '\u2026');
  }

  /** A single mark closes after a letter or punctuation and before a space or punctuation, not a letter. */
  private static boolean closesSingle(String t, int i) {
    char c = t.charAt(i);
    char before = i > 0 ? t.charAt(i - 1) : ' ';
    char after = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
    if (c == '\u2018' || Character.isWhitespace(before) || Character.isLetterOrDigit(after)) {
      return false;
    }
    if (".,!?;:\u2026]".indexOf(before) >= 0) {
      return true;
    }
    // After a letter, a mark that a lowercase word follows is a plural's apostrophe: "the players' effort".
    int j = i + 1;
    while (j < t.length() && Character.isWhitespace(t.charAt(j))) {
      j++;
    }
    return Character.isLetterOrDigit(before) && (j >= t.length() || !Character.isLowerCase(t.charAt(j)));
  }

  private boolean nextOpensWithQuote(int index) {
    if (index + 1 >= paragraphs.size()) {
      return false;
    }
    String next = paragraphs.get(index + 1).text;
    return !next.isEmpty() && isQuoteMark(next.charAt(0)) && opens(next, 0, false);
  }

  /** Whether the mark at i opens a quotation; straight quotes are told apart by what stands around them. */
  private static boolean opens(String t, int i, boolean inside) {
    char c = t.charAt(i);
    if (OPENERS.indexOf(c) >= 0) {
      return true;
    }
    if (CLOSERS.indexOf(c) >= 0) {
      return false;
    }
    char before = i > 0 ? t.charAt(i - 1) : ' ';
    char after = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
    // A mark before a comma or full stop closes, even after a space: "… 'I'm a drummer' ", he recalled.
    boolean canOpen = (Character.isWhitespace(before) || "([{\u2014\u2013-/:".indexOf(before) >= 0)
        && !Character.isWhitespace(after) && ",;:!?)".indexOf(after) < 0;
    boolean canClose = !Character.isWhitespace(before)
        && (Character.isWhitespace(after) || !Character.isLetterOrDigit(after));
    if (canOpen != canClose) {
      return canOpen;
    }
    return !inside;
  }

  /** One paragraph: its verbatim text, where its source lines start, and its quotations. */
  static final class Paragraph {
    final int index;
    final String text;
    final int firstLine;
    private final int[] lineStarts;
    final List<Span> spans = new ArrayList<>();
    /** The text with every quotation's inside blanked out, so that names and verbs are found only around quotes. */
    String masked;
    private int[] sentenceStarts;
    private final Map<Integer, Span> closing = new HashMap<>();

    private Paragraph(int index, String text, int firstLine, int[] lineStarts) {
      this.index = index;
      this.text = text;
      this.firstLine = firstLine;
      this.lineStarts = lineStarts;
    }

    static Paragraph of(int index, String[] lines, int from, int to) {
      StringBuilder b = new StringBuilder();
      int[] starts = new int[to - from];
      for (int k = from; k < to; k++) {
        if (b.length() > 0) {
          b.append(' ');
        }
        starts[k - from] = b.length();
        b.append(lines[k].strip());
      }
      return new Paragraph(index, b.toString(), from + 1, starts);
    }

    /** The 1-based line of the article that holds the character at offset. */
    int lineAt(int offset) {
      int k = Arrays.binarySearch(lineStarts, offset);
      return firstLine + (k >= 0 ? k : Math.max(0, -k - 2));
    }

    long pos(int offset) {
      return ((long) index << 32) | offset;
    }

    private void mask() {
      StringBuilder b = new StringBuilder(text);
      for (Span s : spans) {
        if (s.closed) {
          closing.put(s.close, s);
        }
        for (int i = s.open + 1; i < s.close; i++) {
          b.setCharAt(i, MASK);
        }
      }
      masked = b.toString();
      sentenceStarts = findSentenceStarts();
    }

    private int[] findSentenceStarts() {
      List<Integer> starts = new ArrayList<>();
      starts.add(0);
      for (int i = 1; i < text.length(); i++) {
        if (masked.charAt(i) == MASK || !Character.isWhitespace(text.charAt(i))
            || Character.isWhitespace(text.charAt(i - 1))) {
          continue;
        }
        int next = i;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
          next++;
        }
        if (next < text.length() && endsSentence(i - 1) && startsSentence(next)) {
          starts.add(next);
        }
      }
      return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private boolean endsSentence(int k) {
      char c = text.charAt(k);
      Span closing = spanClosingAt(k);
      if (closing != null) {
        String inside = text.substring(closing.open + 1, closing.close).strip();
        return !inside.isEmpty() && ".!?".indexOf(inside.charAt(inside.length() - 1)) >= 0;
      }
      if ((c == ')' || c == ']') && k > 0) {
        c = text.charAt(--k);
      }
      if (c == '!' || c == '?' || isQuoteMark(c) && k > 0 && ".!?".indexOf(text.charAt(k - 1)) >= 0) {
        return true; // also a quote mark left unpaired after a sentence's end: "… Turkey." McGurk wrote
      }
      return c == '.' && !Words.isAbbreviation(text, k);
    }

    private boolean startsSentence(int j) {
      char c = text.charAt(j);
      return Character.isUpperCase(c) || Character.isDigit(c) || isQuoteMark(c) || c == '[' || c == '\u2018';
    }

    private Span spanClosingAt(int k) {
      return closing.get(k);
    }

    /** Whether a quotation opens in [from, to): a binary search over the quotes, which are in text order. */
    boolean quoteBetween(int from, int to) {
      int lo = 0;
      int hi = spans.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (spans.get(mid).open < from) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo < spans.size() && spans.get(lo).open < to;
    }

    /** Sentence starts found another way, for measuring a library's sentence detector against the rules (bench/draft-opennlp). */
    void useSentenceStarts(int[] starts) {
      int[] sorted = starts.clone();
      Arrays.sort(sorted);
      sentenceStarts = sorted.length > 0 && sorted[0] == 0 ? sorted : java.util.stream.IntStream.concat(
          java.util.stream.IntStream.of(0), Arrays.stream(sorted)).toArray();
    }

    /** Where the sentence holding offset starts. */
    int sentenceStart(int offset) {
      int k = Arrays.binarySearch(sentenceStarts, offset);
      return sentenceStarts[k >= 0 ? k : Math.max(0, -k - 2)];
    }
  }

  /** A quotation in a paragraph: its marks at open and close (close is the text's length when it runs on). */
  static final class Span {
    final Paragraph paragraph;
    final int open;
    final int close;
    final boolean closed;
    /** Spans of one quotation that runs over paragraphs share a group. */
    int group;

    Span(Paragraph paragraph, int open, int close, boolean closed, int group) {
      this.paragraph = paragraph;
      this.open = open;
      this.close = close;
      this.closed = closed;
      this.group = group;
    }

    String inside() {
      return paragraph.text.substring(open + 1, close);
    }
  }
}
