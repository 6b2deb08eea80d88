package dev.sourced.draft;

/**
 * Renders an article that quotes in double marks (the corpus's Wikinews reports) in British
 * marks: each quotation's double marks become single, a single-quoted quotation nested inside it
 * becomes double, and apostrophes stay as they are (don't, the players' bus, the '90s). STRAIGHT
 * keeps the article's straight marks ('…' and "…"); CURLY also typesets them as a British paper
 * would (‘…’ and “…”, every apostrophe ’), which makes ’ both an apostrophe and a closing mark.
 * A test-side tool: the drafter on the rendering should find the pairs it finds on the original.
 */
final class BritishMarks {
  enum Style { STRAIGHT, CURLY }

  private BritishMarks() {}

  /** The whole article, a line at a time: the corpus keeps each paragraph on one line. */
  static String render(String article, Style style) {
    String[] lines = article.split("\n", -1);
    StringBuilder b = new StringBuilder(article.length());
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        b.append('\n');
      }
      b.append(line(lines[i], style));
    }
    return b.toString();
  }

  /** A key's quotation, the inside of one quote: its nested single marks become double. */
  static String quote(String text, Style style) {
    return line("\"" + text + "\"", style).substring(1, text.length() + 1);
  }

  /**
   * Straight double marks pair in turn within the line (a quote left open at the end runs on into
   * the next paragraph); inside a pair, a single mark that opens before a word and one that closes
   * after it are a nested quotation.
   */
  private static String line(String t, Style style) {
    char[] out = t.toCharArray();
    boolean open = false;
    int nested = -1;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '"' || c == '\u201C' || c == '\u201D') { // curly ones too: the agency releases use them, at times mixed
        boolean opens = c == '"' ? !open : c == '\u201C';
        out[i] = style == Style.CURLY ? (opens ? '\u2018' : '\u2019') : '\'';
        open = opens;
        nested = -1;
      } else if (c == '\'' && open) {
        if (nested < 0 && opensNested(t, i)) {
          nested = i;
        } else if (nested >= 0 && closesNested(t, i)) {
          out[nested] = style == Style.CURLY ? '\u201C' : '"';
          out[i] = style == Style.CURLY ? '\u201D' : '"';
          nested = -1;
        }
      }
    }
    if (style == Style.CURLY) {
      for (int i = 0; i < out.length; i++) {
        if (out[i] == '\'') { // an apostrophe, or a single-quoted word outside any double quote
          out[i] = opensNested(t, i) ? '\u2018' : '\u2019';
        }
      }
    }
    return new String(out);
  }

  private static boolean opensNested(String t, int i) {
    char before = i > 0 ? t.charAt(i - 1) : ' ';
    char after = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
    return (Character.isWhitespace(before) || "\"([\u2014\u2013-/".indexOf(before) >= 0)
        && Character.isLetter(after) && !elision(t, i + 1);
  }

  private static boolean closesNested(String t, int i) {
    char before = i > 0 ? t.charAt(i - 1) : ' ';
    char after = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
    return !Character.isWhitespace(before) && !Character.isLetterOrDigit(after);
  }

  private static boolean elision(String t, int from) {
    for (String e : new String[] {"em ", "n ", "til ", "cause "}) {
      if (t.startsWith(e, from)) {
        return true;
      }
    }
    return false;
  }
}
