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

  /** "Grant's Tomb (2)" -> "grants-tomb-2"; "" when nothing is left. */
  static String kebab(String s) {
    if (s == null) {
      return "";
    }
    String plain = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("")
        .toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
    String k = NOT_ID.matcher(plain).replaceAll("-");
    k = trimHyphens(k);
    if (k.length() > MAX_ID) {
      int cut = k.lastIndexOf('-', MAX_ID);
      k = trimHyphens(k.substring(0, cut > MAX_ID / 2 ? cut : MAX_ID));
    }
    return k;
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
      for (String ext : new String[] {".txt", ".csv", ".tsv", ".gift", ".aiken", ".tab"}) {
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
