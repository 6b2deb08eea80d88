package dev.sourced.pack;

import java.util.Locale;

/** Checks on text from packs: what the terminal cannot draw, and loose comparison of quotations. */
public final class Texts {
  private Texts() {}

  /** Bytes as strict UTF-8 text without a leading byte order mark; null when they are not UTF-8. */
  public static String decodeUtf8(byte[] bytes) {
    try {
      String text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text; // a byte order mark, as some editors write
    } catch (java.nio.charset.CharacterCodingException e) {
      return null;
    }
  }

  /**
   * The index of the first character the terminal must not be sent: a control character, or an
   * emoji or other character outside the Basic Multilingual Plane that Lanterna 3.1 cannot draw.
   * -1 when the text is clean.
   */
  public static int firstUndrawable(String s) {
    for (int i = 0; i < s.length(); ) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7F) { // printable ASCII, most of any pack: the fast way
        i++;
        continue;
      }
      int cp = s.codePointAt(i);
      if (isUndrawable(cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  /**
   * The text with everything a terminal must not be sent replaced by "?": control and format
   * characters (escape sequences, bidi overrides) and characters Lanterna cannot draw.
   */
  public static String safe(String s) {
    if (s == null) {
      return "";
    }
    if (firstUndrawable(s) < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      if (cp == '\t') {
        b.append(' ');
      } else if (isUnsafe(cp)) {
        b.append('?');
      } else {
        b.appendCodePoint(cp);
      }
    });
    return b.toString();
  }

  static boolean isUnsafe(int cp) {
    if (Character.isISOControl(cp) || cp > 0xFFFF) {
      return true; // escape sequences; emoji and other supplementary characters
    }
    int type = Character.getType(cp);
    return type == Character.FORMAT || type == Character.SURROGATE || type == Character.PRIVATE_USE
        || type == Character.UNASSIGNED; // bidi overrides, zero-width joiners, lone surrogates
  }

  /** Pack text is held to more: symbols that terminals draw as emoji, at an unknown width, too. */
  static boolean isUndrawable(int cp) {
    return isUnsafe(cp)
        || cp >= 0x2600 && cp <= 0x27BF // miscellaneous symbols and dingbats
        || cp >= 0xFE00 && cp <= 0xFE0F; // variation selectors
  }

  /** "U+1F600" */
  public static String codePoint(String s, int index) {
    return String.format(Locale.ROOT, "U+%04X", s.codePointAt(index));
  }

  /**
   * Folds typographic quotes, dashes and runs of white space, so that a quote typed with straight
   * quotes still matches the passage it was copied from.
   */
  public static String loose(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char f = fold(s.charAt(i));
      if (Character.isWhitespace(f)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(f);
    }
    return b.toString();
  }

  /**
   * Where needle stands in haystack, compared loosely, as {start, end} indexes into haystack;
   * null if it is not there.
   */
  private static char fold(char c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u201B', '\u2032' -> '\'';
      case '\u201C', '\u201D', '\u201F', '\u2033' -> '"';
      case '\u2013', '\u2014', '\u2012', '\u2015' -> '-';
      case '\u00A0' -> ' ';
      default -> c;
    };
  }

  public static int[] findLoose(String haystack, String needle, boolean ignoreCase) {
    String n = loose(needle);
    if (n.isEmpty()) {
      return null;
    }
    // Map each loose character back to its index in the original text.
    StringBuilder b = new StringBuilder(haystack.length());
    int[] back = new int[haystack.length() + 1];
    boolean space = false;
    for (int i = 0; i < haystack.length(); i++) {
      char one = fold(haystack.charAt(i));
      if (Character.isWhitespace(one)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        back[b.length()] = i;
        b.append(' ');
        space = false;
      }
      back[b.length()] = i;
      b.append(one);
    }
    int at = b.indexOf(n);
    if (at < 0 && ignoreCase) {
      at = indexOfIgnoreCase(b, n);
    }
    if (at < 0) {
      return null;
    }
    int start = back[at];
    int end = back[at + n.length() - 1] + 1;
    return new int[] {start, end};
  }

  /**
   * Compared a character at a time, so indexes stay those of the text: lowercasing the whole text
   * would not keep them ("İ" becomes two characters).
   */
  private static int indexOfIgnoreCase(CharSequence text, String needle) {
    String t = text.toString();
    for (int i = 0; i + needle.length() <= t.length(); i++) {
      if (t.regionMatches(true, i, needle, 0, needle.length())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Where a quote that is not in its passage parts from it, for the author: the longest start of
   * the quote found in the passage (compared loosely), and how each goes on from there.
   */
  public static String parting(String passage, String quote) {
    String p = loose(passage);
    String q = loose(quote);
    int lo = 0;
    int hi = q.length();
    while (lo < hi) { // a start that is found has every shorter start found too
      int mid = (lo + hi + 1) / 2;
      if (p.contains(q.substring(0, mid))) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    if (lo < Math.min(4, q.length())) {
      return "not even its beginning \"" + clip(q, 0, 30) + "\" is in the passage";
    }
    int at = p.indexOf(q.substring(0, lo)) + lo;
    String same = lo > 30 ? "\u2026" + q.substring(lo - 30, lo) : q.substring(0, lo);
    String passageGoesOn = at >= p.length() ? "the passage ends there" : "the passage has \"" + clip(p, at, 20) + "\"";
    return "the two agree as far as \"" + same + "\", then the quote has \"" + clip(q, lo, 20) + "\" where "
        + passageGoesOn;
  }

  private static String clip(String s, int from, int length) {
    return from + length < s.length() ? s.substring(from, from + length) + "\u2026" : s.substring(from);
  }
}
