package dev.sourced.importer;

import dev.sourced.pack.Texts;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text as a v1 pack accepts it, ids in kebab case, and names made from file names. */
final class Clean {
  private static final Pattern NOT_ID = Pattern.compile("[^a-z0-9]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  static final int MAX_ID = 60;

  private Clean() {}

  /** What clean() did to a text: the text, and how many characters it had to drop. */
  record Result(String text, int dropped) {}

  /**
   * White space of any kind (line breaks and tabs too, which v1 rejects) becomes one space, the
   * ends are trimmed, and characters a terminal cannot draw (control characters, emoji) are dropped.
   */
  static Result text(String s) {
    if (s == null) {
      return new Result("", 0);
    }
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    int dropped = 0;
    boolean allDrawable = Texts.firstUndrawable(s) < 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        space = b.length() > 0;
        continue;
      }
      if (!allDrawable && Texts.firstUndrawable(new String(Character.toChars(cp))) >= 0) {
        dropped++;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.appendCodePoint(cp);
    }
    return new Result(b.toString(), dropped);
  }

  /**
   * "Grant's Tomb (2)" -> "grants-tomb-2", "Вопрос 1" -> "vopros-1" (Cyrillic and Greek are
   * transliterated, as ids are ASCII); "" when nothing is left.
   */
  static String kebab(String s) {
    if (s == null) {
      return "";
    }
    String plain = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("")
        .toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
    return cut(NOT_ID.matcher(transliterate(plain)).replaceAll("-"));
  }

  private static String cut(String k) {
    k = trimHyphens(k);
    if (k.length() > MAX_ID) {
      int at = k.lastIndexOf('-', MAX_ID);
      k = trimHyphens(k.substring(0, at > MAX_ID / 2 ? at : MAX_ID));
    }
    return k;
  }

  /**
   * A tag in the file's own script: "World History" -> "world-history", "Глоссарий" -> "глоссарий".
   * Latin letters lose their accents as in ids; letters of other scripts are kept as written.
   */
  static String tag(String s) {
    String t = Normalizer.normalize(text(s).text(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
        .replace("'", "").replace("\u2019", "");
    StringBuilder b = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); ) {
      int cp = t.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 128) {
        b.append(cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9' ? (char) cp : '-');
        continue;
      }
      int type = Character.getType(cp);
      boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
      if (!Character.isLetterOrDigit(cp) && !mark) {
        b.append('-');
        continue;
      }
      String base = MARKS.matcher(Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD))
          .replaceAll("");
      boolean latin = !base.isEmpty() && base.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9');
      if (latin) {
        b.append(base);
      } else {
        b.appendCodePoint(cp);
      }
    }
    return cut(b.toString().replaceAll("-{2,}", "-"));
  }

  private static final String[] CYRILLIC = {"a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l", "m", "n",
      "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "iu", "ia"};
  private static final String[] GREEK = {"a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o",
      "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o"};

  /** Lowercase Cyrillic (U+0430-U+044F, with і ї є ґ ё) and Greek (U+03B1-U+03C9) letters in Latin. */
  static String transliterate(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String latin = null;
      if (c >= '\u0430' && c <= '\u044F') {
        latin = CYRILLIC[c - '\u0430'];
      } else if (c >= '\u03B1' && c <= '\u03C9') {
        latin = GREEK[c - '\u03B1'];
      } else if (c == '\u0456' || c == '\u0457') {
        latin = "i";
      } else if (c == '\u0454') {
        latin = "ie";
      } else if (c == '\u0491') {
        latin = "g";
      } else if (c == '\u0451') {
        latin = "e";
      }
      if (latin != null && b == null) {
        b = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (b != null) {
        b.append(latin != null ? latin : String.valueOf(c));
      }
    }
    return b == null ? s : b.toString();
  }

  /** True when the text has a letter that neither stays in an id nor is transliterated (Chinese, Arabic ...). */
  static boolean losesLetters(String s) {
    String k = transliterate(MARKS.matcher(Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD))
        .replaceAll("").toLowerCase(Locale.ROOT));
    return k.codePoints().anyMatch(cp -> cp >= 128 && Character.isLetter(cp));
  }

  private static String trimHyphens(String k) {
    int a = 0;
    int b = k.length();
    while (a < b && k.charAt(a) == '-') {
      a++;
    }
    while (b > a && k.charAt(b - 1) == '-') {
      b--;
    }
    return k.substring(a, b);
  }

  /** The file name without folders and without the extensions import knows: "a/quiz.gift.txt" -> "quiz". */
  static String baseName(String file) {
    String name = file.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (String ext : new String[] {".txt", ".csv", ".tsv", ".gift", ".aiken", ".tab", ".xlsx", ".xml"}) {
        if (name.length() > ext.length() && name.toLowerCase(Locale.ROOT).endsWith(ext)) {
          name = name.substring(0, name.length() - ext.length());
          stripped = true;
        }
      }
    }
    return name;
  }

  /** "world_capitals-2024" -> "World capitals 2024". */
  static String title(String baseName) {
    String t = text(baseName.replace('_', ' ').replace('-', ' ')).text();
    if (t.isEmpty()) {
      return "Imported questions";
    }
    return t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
  }
}
