package dev.sourced.tui;

import com.googlecode.lanterna.TerminalTextUtils;
import dev.sourced.pack.Texts;
import dev.sourced.tui.Line.Span;
import dev.sourced.tui.Line.Style;
import java.util.ArrayList;
import java.util.List;

/** Word wrapping by terminal columns, so that CJK text, two columns a character, wraps right. */
final class Layout {
  private Layout() {}

  static int width(String s) {
    return TerminalTextUtils.getColumnWidth(shown(s));
  }

  /**
   * Text as the terminal gets it: made safe, with accents composed (NFC) and any combining mark
   * still left dropped, since Lanterna 3.1 counts a mark as a cell the terminal does not draw and
   * would leave stale text beside it.
   */
  static String shown(String text) {
    String s = Texts.safe(text);
    for (int i = 0; i < s.length(); i++) {
      if (isMark(s.charAt(i))) {
        String nfc = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(nfc.length());
        nfc.codePoints().filter(c -> !isMark(c)).forEach(b::appendCodePoint);
        return b.toString();
      }
    }
    return s;
  }

  private static boolean isMark(int c) {
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK;
  }

  static List<Line> wrap(String text, int width, Style style) {
    return wrap(text, width, style, "", "");
  }

  /** Wrap text; the first line starts with first, the others with rest (a hanging indent). */
  static List<Line> wrap(String text, int width, Style style, String first, String rest) {
    boolean[] marks = new boolean[text.length()];
    return wrapMarked(text, marks, width, style, Style.MARK, first, rest);
  }

  /**
   * Wrap a passage with the words of highlight (found loosely, in any case) in the MARK style.
   * Lines that carry a mark start with "»", so the highlight shows without colour too.
   */
  static List<Line> passage(String passage, String highlight, int width) {
    boolean[] marks = new boolean[passage.length()];
    if (highlight != null) {
      int[] at = Texts.findLoose(passage, highlight, true);
      if (at != null) {
        for (int i = at[0]; i < at[1]; i++) {
          marks[i] = true;
        }
      }
    }
    List<Line> lines = wrapMarked(passage, marks, width - 2, Style.NORMAL, Style.MARK, "", "");
    List<Line> out = new ArrayList<>();
    for (Line l : lines) {
      boolean marked = l.spans().stream().anyMatch(s -> s.style() == Style.MARK);
      List<Span> spans = new ArrayList<>();
      spans.add(new Span(marked ? "\u00BB " : "\u2502 ", marked ? Style.ACCENT : Style.DIM));
      spans.addAll(l.spans());
      out.add(new Line(spans));
    }
    return out;
  }

  private static List<Line> wrapMarked(String text, boolean[] marks, int width, Style plain, Style marked,
      String first, String rest) {
    String safe = shown(text);
    // shown keeps length for most text; where it does not, give up on marks rather than misplace them.
    if (safe.length() != text.length()) {
      marks = new boolean[safe.length()];
    }
    List<Line> out = new ArrayList<>();
    List<int[]> words = words(safe);
    int w = Math.max(8, width);
    StringBuilder lineChars = new StringBuilder();
    List<Boolean> lineMarks = new ArrayList<>();
    String indent = first;
    int used = width(indent);
    for (int[] word : words) {
      String ws = safe.substring(word[0], word[1]);
      int ww = width(ws);
      boolean needSpace = lineChars.length() > 0;
      if (needSpace && used + 1 + ww > w) {
        out.add(styled(indent, lineChars, lineMarks, plain, marked));
        lineChars.setLength(0);
        lineMarks.clear();
        indent = rest;
        used = width(indent);
        needSpace = false;
      }
      if (needSpace) {
        lineChars.append(' ');
        lineMarks.add(marks[word[0]] && word[0] > 0 && marks[word[0] - 1]);
        used++;
      }
      // A word longer than the line is cut into pieces that fit.
      for (int i = word[0]; i < word[1]; i++) {
        int cw = width(String.valueOf(safe.charAt(i)));
        if (used + cw > w && lineChars.length() > 0) {
          out.add(styled(indent, lineChars, lineMarks, plain, marked));
          lineChars.setLength(0);
          lineMarks.clear();
          indent = rest;
          used = width(indent);
        }
        lineChars.append(safe.charAt(i));
        lineMarks.add(marks[i]);
        used += cw;
      }
    }
    if (lineChars.length() > 0 || out.isEmpty()) {
      out.add(styled(indent, lineChars, lineMarks, plain, marked));
    }
    return out;
  }

  private static List<int[]> words(String s) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      if (i > start) {
        out.add(new int[] {start, i});
      }
    }
    return out;
  }

  private static Line styled(String indent, CharSequence chars, List<Boolean> marks, Style plain, Style marked) {
    List<Span> spans = new ArrayList<>();
    if (!indent.isEmpty()) {
      spans.add(new Span(indent, plain));
    }
    int start = 0;
    for (int i = 1; i <= chars.length(); i++) {
      if (i == chars.length() || marks.get(i) != marks.get(start)) {
        spans.add(new Span(chars.subSequence(start, i).toString(), marks.get(start) ? marked : plain));
        start = i;
      }
    }
    return new Line(spans);
  }

  /** Cut text to at most width columns, ending in "…" when cut. */
  static String fit(String text, int width) {
    String s = shown(text);
    if (width(s) <= width) {
      return s;
    }
    StringBuilder b = new StringBuilder();
    int used = 0;
    for (int i = 0; i < s.length(); i++) {
      int cw = width(String.valueOf(s.charAt(i)));
      if (used + cw > width - 1) {
        break;
      }
      b.append(s.charAt(i));
      used += cw;
    }
    return b.append('\u2026').toString();
  }
}
