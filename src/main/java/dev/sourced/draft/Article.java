package dev.sourced.draft;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

  /**
   * Pairs the quote marks of each paragraph. An article quotes in double marks with single ones
   * nested inside, or British style the other way round; which are its main marks is decided from
   * the pairs each reading finds (decideMarks). An open quote runs on into a paragraph that opens
   * with the same mark.
   */
  private void markQuotes() {
    boolean british = decideMarks();
    int group = 0;
    Span pending = null; // a quote left open at the end of the previous paragraph
    Span leftOpen = null; // …and the next paragraph does not open with a mark
    for (Paragraph p : paragraphs) {
      String t = p.text;
      List<Pair> found;
      if (british) {
        List<Pair> dbl = doublePairs(t);
        if (!dbl.isEmpty() && !dbl.get(dbl.size() - 1).closed(t) && !nextOpensWithDouble(p.index)) {
          dbl.remove(dbl.size() - 1); // a stray double mark, an inch perhaps, does not swallow the paragraph
        }
        boolean goesOn = p.index + 1 < paragraphs.size() && closesWithoutOpening(paragraphs.get(p.index + 1).text, true) > 0;
        found = outermost(singlePairs(t, runsOnSingle(p.index) || goesOn), dbl);
      } else if (t.chars().anyMatch(c -> isQuoteMark((char) c))) {
        found = doublePairs(t);
        // A paragraph quoting a British source in an article in double marks: ‘He said “no”,’ she said.
        List<Pair> single = singlePairs(t, runsOnSingle(p.index));
        List<Pair> closed = new ArrayList<>(found);
        closed.removeIf(x -> !x.closed(t));
        List<Pair> outer = outermost(single, closed);
        int[] counts = counts(t, outer);
        if (counts[0] > counts[1] && outer.stream().filter(x -> !x.single()).count() < closed.size()) {
          found = outer;
        }
      } else {
        found = singlePairs(t, runsOnSingle(p.index));
      }
      Span last = null;
      int goesOn = leftOpen != null ? closesWithoutOpening(t, british) : -1;
      if (goesOn > 0) {
        // "… focus better." closing a quote that the paragraph before left open, with no opening
        // mark of its own: the quote's next paragraph
        last = new Span(p, 0, goesOn, true, leftOpen.group, false);
        p.spans.add(last);
        found.removeIf(f -> f.open() <= goesOn);
      }
      for (Pair f : found) {
        last = new Span(p, f.open(), f.close(), f.closed(t), group++);
        if (pending != null && f.open() == 0) {
          last.group = pending.group;
        }
        p.spans.add(last);
      }
      Pair end = found.isEmpty() ? null : found.get(found.size() - 1);
      boolean runsOn = end != null && !end.closed(t)
          && (end.single() ? runsOnSingle(p.index) : nextOpensWithDouble(p.index));
      pending = runsOn ? last : null;
      leftOpen = end != null && !end.closed(t) && end.single() == british && !runsOn ? last : null;
    }
    paragraphs.forEach(Paragraph::mask);
  }

  /** A quote's marks at open and close, in single or double marks; close is the text's length when it runs on. */
  private record Pair(int open, int close, boolean single) {
    boolean closed(String t) {
      return close < t.length();
    }
  }

  /**
   * Whether the article quotes in single marks: more closed pairs of two words or more in single
   * marks outside any double quote than in double marks outside any single one. "He said 'no way'
   * to me," and ‘He said “no way” to me,’ each count once, for their outer marks.
   */
  private boolean decideMarks() {
    int single = 0;
    int dbl = 0;
    for (Paragraph p : paragraphs) {
      List<Pair> d = doublePairs(p.text);
      d.removeIf(x -> !x.closed(p.text));
      int[] c = counts(p.text, outermost(singlePairs(p.text, false), d));
      single += c[0];
      dbl += c[1];
    }
    if (single == dbl) {
      // no closed pair decides (every quote runs over paragraphs): the quotes left open do
      for (Paragraph p : paragraphs) {
        List<Pair> s = singlePairs(p.text, true);
        List<Pair> d = doublePairs(p.text);
        single += !s.isEmpty() && !s.get(s.size() - 1).closed(p.text) ? 1 : 0;
        dbl += !d.isEmpty() && !d.get(d.size() - 1).closed(p.text) ? 1 : 0;
      }
    }
    return single > dbl;
  }

  /** How many of the pairs hold two words or more, in single marks and in double. */
  private static int[] counts(String t, List<Pair> pairs) {
    int[] c = new int[2];
    for (Pair x : pairs) {
      if (x.closed(t) && words(t, x.open() + 1, x.close()) >= 2) {
        c[x.single() ? 0 : 1]++;
      }
    }
    return c;
  }

  private static int words(String t, int from, int to) {
    int n = 0;
    boolean in = false;
    for (int i = from; i < to; i++) {
      boolean letter = Character.isLetterOrDigit(t.charAt(i));
      if (letter && !in) {
        n++;
      }
      in = letter;
    }
    return n;
  }

  /**
   * The pairs of both readings that no pair of the other reading holds: a quote nested in another
   * is part of it. Where two pairs cross, the single marks win (the caller reads British marks).
   * Both lists are in text order and their pairs do not overlap, so one merge pass does it.
   */
  private static List<Pair> outermost(List<Pair> single, List<Pair> dbl) {
    List<Pair> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < single.size() || j < dbl.size()) {
      if (j >= dbl.size()) {
        out.add(single.get(i++));
      } else if (i >= single.size()) {
        out.add(dbl.get(j++));
      } else {
        Pair s = single.get(i);
        Pair d = dbl.get(j);
        if (s.close() < d.open()) {
          out.add(s);
          i++;
        } else if (d.close() < s.open()) {
          out.add(d);
          j++;
        } else if (d.open() < s.open() && s.close() <= d.close()) {
          i++; // the single pair is inside the double one: "He said 'no' to me,"
        } else {
          j++; // the double pair is inside the single one, or they cross
        }
      }
    }
    return out;
  }

  /** The double-mark quotes of a paragraph as [open, close]; close is the length when one is left open. */
  private static List<Pair> doublePairs(String t) {
    List<Pair> out = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < t.length(); i++) {
      if (!isQuoteMark(t.charAt(i))) {
        continue;
      }
      boolean opens = opens(t, i, open >= 0);
      if (opens && open < 0) {
        open = i;
      } else if (!opens && open >= 0) {
        out.add(new Pair(open, i, false));
        open = -1;
      }
      // An opening mark inside an open quote, or a closing mark with none open, is left alone.
    }
    if (open >= 0) {
      out.add(new Pair(open, t.length(), false));
    }
    return out;
  }

  private static boolean isSingleMark(char c) {
    return c == '\'' || c == '\u2018' || c == '\u2019';
  }

  /** What a single mark can be: it opens, closes, may close or be a plural's apostrophe, or is an apostrophe. */
  private enum Mark { OPENS, CLOSES, MAYBE_CLOSES, APOSTROPHE }

  /**
   * The single-mark quotes of a paragraph as [open, close]. A mark that may be a plural's
   * apostrophe ("the workers' union") closes only when no plain closing mark comes before the next
   * opening one: ‘The workers’ union is strong,’ he said / she called it ‘a farce’ and left. A
   * quote left open is kept only when the next paragraph goes on with an opening mark (runOn);
   * else its mark was an apostrophe after all.
   */
  private static List<Pair> singlePairs(String t, boolean runOn) {
    List<Integer> at = new ArrayList<>();
    List<Mark> kinds = new ArrayList<>();
    for (int i = 0; i < t.length(); i++) {
      if (isSingleMark(t.charAt(i))) {
        Mark m = singleMark(t, i);
        if (m != Mark.APOSTROPHE) {
          at.add(i);
          kinds.add(m);
        }
      }
    }
    // closesFirst[k]: after mark k, a plain closing mark comes before any opening one. The end of
    // a paragraph whose last quote runs on counts as one, when that quote opens a sentence, as one
    // that runs on does ("… said Berg. ‘It was hard."), not a phrase quoted mid-sentence.
    int last = kinds.lastIndexOf(Mark.OPENS);
    boolean[] closesFirst = new boolean[kinds.size()];
    boolean seen = runOn && last >= 0 && opensSentence(t, at.get(last));
    for (int k = kinds.size() - 1; k >= 0; k--) {
      closesFirst[k] = seen;
      if (kinds.get(k) == Mark.CLOSES) {
        seen = true;
      } else if (kinds.get(k) == Mark.OPENS) {
        seen = false;
      }
    }
    List<Pair> out = new ArrayList<>();
    int open = -1;
    for (int k = 0; k < kinds.size(); k++) {
      Mark m = kinds.get(k);
      if (m == Mark.OPENS && open < 0) {
        open = at.get(k);
      } else if (open >= 0 && (m == Mark.CLOSES || m == Mark.MAYBE_CLOSES && !closesFirst[k])) {
        out.add(new Pair(open, at.get(k), true));
        open = -1;
      }
    }
    if (open >= 0 && runOn) {
      out.add(new Pair(open, t.length(), true));
    }
    return out;
  }

  private static boolean opensSentence(String t, int i) {
    int k = i - 1;
    while (k >= 0 && Character.isWhitespace(t.charAt(k))) {
      k--;
    }
    return k < 0 || ".!?:".indexOf(t.charAt(k)) >= 0;
  }

  private static final Set<String> ELISIONS = Set.of("em", "til", "tis", "twas", "bout", "cos");

  private static Mark singleMark(String t, int i) {
    char c = t.charAt(i);
    char before = i > 0 ? t.charAt(i - 1) : ' ';
    char after = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
    if (Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)) {
      return Mark.APOSTROPHE; // don't, rock ’n’ roll's inner marks, O'Brien
    }
    if (Character.isWhitespace(before) && ",.;".indexOf(after) >= 0) {
      return Mark.CLOSES; // ‘… “I’m a drummer” ’, he recalled
    }
    boolean atStart = Character.isWhitespace(before) || "([{\u2014\u2013-/:\"\u201C".indexOf(before) >= 0;
    if (c != '\u2019' && atStart) {
      boolean word = Character.isLetterOrDigit(after) || "[\u2026\"\u201C".indexOf(after) >= 0;
      if (word && !elision(t, i + 1)) {
        return Mark.OPENS;
      }
      if (!isQuoteMark(before)) {
        return Mark.APOSTROPHE;
      } // else it may close after a nested quote's mark: ‘… “I’m a drummer.”’
    }
    if (c == '\u2018' || Character.isWhitespace(before) || Character.isLetterOrDigit(after)) {
      return Mark.APOSTROPHE;
    }
    if (before == 'n' && i >= 3 && isSingleMark(t.charAt(i - 2)) && Character.isWhitespace(t.charAt(i - 3))) {
      return Mark.APOSTROPHE; // the second mark of rock 'n' roll
    }
    if (!Character.isLetterOrDigit(before)) {
      return Mark.CLOSES; // after punctuation: ‘…,’ she said
    }
    int j = i + 1;
    while (j < t.length() && Character.isWhitespace(t.charAt(j))) {
      j++;
    }
    boolean lowerNext = j < t.length() && Character.isLowerCase(t.charAt(j));
    // Only a word ending in s, z or x takes a bare apostrophe as its possessive: the players’ bus, Jones’ car.
    boolean possessive = "sSzZxX".indexOf(before) >= 0 || t.startsWith("in", i - 2);
    return lowerNext && possessive ? Mark.MAYBE_CLOSES : Mark.CLOSES;
  }

  /** A word the mark before from stands for part of: 'em, 'til, rock 'n' roll, the '90s, '08. */
  private static boolean elision(String t, int from) {
    int end = from;
    while (end < t.length() && end - from <= 5 && Character.isLetterOrDigit(t.charAt(end))) {
      end++;
    }
    String w = t.substring(from, end).toLowerCase(Locale.ROOT);
    char next = end < t.length() ? t.charAt(end) : ' ';
    if (Character.isLetterOrDigit(next)) {
      return false;
    }
    return w.matches("\\d\\ds?") || ELISIONS.contains(w) || w.equals("n") && isSingleMark(next);
  }

  /** Whether the next paragraph opens with a single mark that opens a quote, so an open one may run on. */
  private boolean runsOnSingle(int index) {
    if (index + 1 >= paragraphs.size()) {
      return false;
    }
    String next = paragraphs.get(index + 1).text;
    return !next.isEmpty() && isSingleMark(next.charAt(0)) && singleMark(next, 0) == Mark.OPENS;
  }

  private boolean nextOpensWithDouble(int index) {
    if (index + 1 >= paragraphs.size()) {
      return false;
    }
    String next = paragraphs.get(index + 1).text;
    return !next.isEmpty() && isQuoteMark(next.charAt(0)) && opens(next, 0, false);
  }

  /**
   * Where the paragraph's first main mark (double, or single in British style) stands when it
   * closes a quote: after the end of a sentence, two words or more into the paragraph, with
   * nothing before it open; -1 otherwise. An apostrophe inside a word is no mark.
   */
  private static int closesWithoutOpening(String t, boolean british) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean single = isSingleMark(c);
      if (!isQuoteMark(c) && !single || single != british
          || single && i > 0 && i + 1 < t.length() && Character.isLetter(t.charAt(i - 1)) && Character.isLetter(t.charAt(i + 1))) {
        continue;
      }
      boolean sentenceEnd = i > 0 && ".!?,".indexOf(t.charAt(i - 1)) >= 0;
      boolean closes = single ? i + 1 == t.length() || Character.isWhitespace(t.charAt(i + 1)) : !opens(t, i, true);
      return closes && sentenceEnd && t.substring(0, i).strip().split("\\s+").length >= 2 ? i : -1;
    }
    return -1;
  }

  /** Whether the mark at i opens a quotation; straight quotes are told apart by what stands around them. */
  private static boolean opens(String t, int i, boolean inside) {
    char c = t.charAt(i);
    char before = i > 0 ? t.charAt(i - 1) : ' ';
    char after = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
    // A curly mark of the wrong hand, a slip of typing, is read by where it stands:
    // "… misguided decision.“ However, …" closes the quote; "”We will fight,” he said" opens one.
    boolean closingPlace = !Character.isWhitespace(before) && ".,!?".indexOf(before) >= 0
        && (Character.isWhitespace(after) || i + 1 == t.length());
    boolean openingPlace = (Character.isWhitespace(before) || i == 0) && Character.isLetter(after);
    if (OPENERS.indexOf(c) >= 0) {
      return !(inside && closingPlace);
    }
    if (CLOSERS.indexOf(c) >= 0) {
      return !inside && openingPlace;
    }
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

  /** One paragraph: its text (verbatim but for runs of spaces, made one), where its source lines start, and its quotations. */
  static final class Paragraph {
    final int index;
    final String text;
    final int firstLine;
    private final int[] lineStarts;
    final List<Span> spans = new ArrayList<>();
    /** The text with every quotation's inside blanked out, so that names and verbs are found only around quotes. */
    String masked;
    private int[] sentenceStarts;
    private List<Words.Tok> tokens;
    private final Map<Integer, Span> closing = new HashMap<>();
    private final Set<Integer> opening = new HashSet<>();

    private Paragraph(int index, String text, int firstLine, int[] lineStarts) {
      this.index = index;
      this.text = text;
      this.firstLine = firstLine;
      this.lineStarts = lineStarts;
    }

    /** Runs of spaces, and a no-break space, which web copy puts after a closing quote mark ("do,”\u00A0Millikin …"). */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[ \t\u00A0]{2,}|\u00A0");

    static Paragraph of(int index, String[] lines, int from, int to) {
      StringBuilder b = new StringBuilder();
      int[] starts = new int[to - from];
      for (int k = from; k < to; k++) {
        if (b.length() > 0) {
          b.append(' ');
        }
        starts[k - from] = b.length();
        b.append(SPACES.matcher(lines[k].strip()).replaceAll(" ")); // "said  Republican consultant …": one gap is one word's gap
      }
      return new Paragraph(index, b.toString(), from + 1, starts);
    }

    /** The 1-based line of the article that holds the character at offset. */
    int lineAt(int offset) {
      int k = Arrays.binarySearch(lineStarts, offset);
      return firstLine + (k >= 0 ? k : Math.max(0, -k - 2));
    }

    /** The words of the masked text, found once: the drafter's passes all read them. */
    List<Words.Tok> tokens() {
      if (tokens == null) {
        tokens = Words.tokens(masked);
      }
      return tokens;
    }

    long pos(int offset) {
      return ((long) index << 32) | offset;
    }

    private void mask() {
      StringBuilder b = new StringBuilder(text);
      for (Span s : spans) {
        opening.add(s.open);
        if (s.closed) {
          closing.put(s.close, s);
        }
        for (int i = s.textStart(); i < s.close; i++) {
          b.setCharAt(i, MASK);
        }
      }
      masked = b.toString();
      tokens = null;
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
      return c == '.' && (!Words.isAbbreviation(text, k) || initialBeforeQuote(k));
    }

    /** "… in the journal Physical Review D. “If we find them …”": a capital's point before a quote ends the sentence. */
    private boolean initialBeforeQuote(int dot) {
      int j = dot + 1;
      while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
        j++;
      }
      return j > dot + 1 && opening.contains(j) && dot >= 2 && Character.isUpperCase(text.charAt(dot - 1))
          && Character.isWhitespace(text.charAt(dot - 2));
    }

    private boolean startsSentence(int j) {
      char c = text.charAt(j);
      return Character.isUpperCase(c) || Character.isDigit(c) || isQuoteMark(c) || c == '[' || c == '\u2018'
          || opening.contains(j); // also 'a straight single mark' that opens a quote
    }

    private Span spanClosingAt(int k) {
      return closing.get(k);
    }

    /** Whether a quotation opens in [from, to). */
    boolean quoteBetween(int from, int to) {
      int k = firstSpanFrom(from);
      return k < spans.size() && spans.get(k).open < to;
    }

    /** The index of the first quotation opening at or after from: a binary search over the quotes, which are in text order. */
    int firstSpanFrom(int from) {
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
      return lo;
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

    /** Where the n-th sentence after the one holding offset starts, or the text's length. */
    int sentenceAfter(int offset, int n) {
      int k = Arrays.binarySearch(sentenceStarts, offset);
      int at = (k >= 0 ? k : Math.max(0, -k - 2)) + n;
      return at < sentenceStarts.length ? sentenceStarts[at] : text.length();
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

    /** False for a quote's next paragraph that opens with no mark: its text starts at open itself. */
    final boolean marked;

    Span(Paragraph paragraph, int open, int close, boolean closed, int group) {
      this(paragraph, open, close, closed, group, true);
    }

    Span(Paragraph paragraph, int open, int close, boolean closed, int group, boolean marked) {
      this.paragraph = paragraph;
      this.open = open;
      this.close = close;
      this.closed = closed;
      this.group = group;
      this.marked = marked;
    }

    String inside() {
      return paragraph.text.substring(textStart(), close);
    }

    /** Where the quoted words start: after the opening mark. */
    int textStart() {
      return marked ? open + 1 : open;
    }
  }
}
