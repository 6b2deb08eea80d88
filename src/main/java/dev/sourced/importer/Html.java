package dev.sourced.importer;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * HTML as plain text: tags, comments, scripts and styles dropped, block ends as spaces, entities
 * decoded. A single pass with no recursion, so deeply nested markup costs nothing extra.
 */
final class Html {
  private static final Set<String> BLOCKS = Set.of("p", "br", "div", "li", "ul", "ol", "tr", "td", "th", "table",
      "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "hr", "dt", "dd");
  private static final Map<String, String> ENTITIES = entities();

  private Html() {}

  /** The text, and how many images it had (they cannot be shown, so the caller can say so). */
  record Result(String text, int images) {}

  static Result toText(String html) {
    StringBuilder out = new StringBuilder(html.length());
    int images = 0;
    int i = 0;
    int n = html.length();
    Ends ends = new Ends(html);
    while (i < n) {
      char c = html.charAt(i);
      if (c == '<' && html.startsWith("<!--", i)) {
        int end = html.indexOf("-->", i + 4);
        i = end < 0 ? n : end + 3;
        continue;
      }
      int end = c == '<' && i + 1 < n && isTagStart(html.charAt(i + 1)) ? ends.tagEnd(i + 1) : -1;
      if (end > 0) { // a "<" that no ">" closes is text
        boolean endTag = html.charAt(i + 1) == '/';
        String name = tagName(html, i + 1, end);
        if (name.equals("img") && !endTag) {
          images++;
        }
        if (BLOCKS.contains(name)) {
          out.append(' ');
        }
        i = end + 1;
        if ((name.equals("script") || name.equals("style")) && !endTag && !selfClosing(html, end)) {
          int close = indexOfIgnoreCase(html, "</" + name, i);
          i = close < 0 ? n : close;
        }
        continue;
      }
      if (c == '&') {
        int semi = semicolon(html, i + 1);
        if (semi > i + 1 && semi - i <= 12) {
          String decoded = entity(html.substring(i + 1, semi));
          if (decoded != null) {
            out.append(decoded);
            i = semi + 1;
            continue;
          }
        }
      }
      out.append(c);
      i++;
    }
    return new Result(out.toString(), images);
  }

  private static int indexOfIgnoreCase(String s, String needle, int from) {
    for (int i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1)) {
      if (s.regionMatches(true, i, needle, 0, needle.length())) {
        return i;
      }
    }
    return -1;
  }

  /** True when the text has something that looks like a tag or an entity. */
  static boolean looksLikeHtml(String s) {
    for (int i = 0; i + 1 < s.length(); i++) {
      if (s.charAt(i) == '<' && (isTagStart(s.charAt(i + 1)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTagStart(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/' || c == '!' || c == '?';
  }

  /** The ';' that may end an entity starting before from: within 12 characters, so "&&&..." stays linear. */
  private static int semicolon(String s, int from) {
    for (int i = from; i < s.length() && i < from + 12; i++) {
      if (s.charAt(i) == ';') {
        return i;
      }
    }
    return -1;
  }

  /** True when the text has an entity Sourced decodes, such as "&amp;" or "&#233;". */
  static boolean hasEntity(String s) {
    for (int i = s.indexOf('&'); i >= 0; i = s.indexOf('&', i + 1)) {
      int semi = semicolon(s, i + 1);
      if (semi > i + 1 && entity(s.substring(i + 1, semi)) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where tags end, found in time linear in the text. A tag ends at the first '>' outside quoted
   * attribute values. Once a scan for it reaches the end of the text, quotes are no longer trusted
   * and a tag ends at the next '>', which is remembered: a run of "<a" with no '>' is read once,
   * not once for each "<".
   */
  private static final class Ends {
    private final String s;
    private boolean quotesTrusted = true;
    private int gtFrom = -1;
    private int gt = -1;

    Ends(String s) {
      this.s = s;
    }

    int tagEnd(int from) {
      if (quotesTrusted) {
        char quote = 0;
        for (int i = from; i < s.length(); i++) {
          char c = s.charAt(i);
          if (quote != 0) {
            if (c == quote) {
              quote = 0;
            }
          } else if (c == '"' || c == '\'') {
            quote = c;
          } else if (c == '>') {
            return i;
          }
        }
        quotesTrusted = false; // one scan to the end at most; after it, the cached next '>'
      }
      if (gtFrom < 0 || from > gt && gt >= 0) {
        gtFrom = from;
        gt = s.indexOf('>', from);
      }
      return gt;
    }
  }

  private static String tagName(String s, int from, int end) {
    int i = from;
    int stop = end < 0 ? s.length() : end;
    if (i < stop && s.charAt(i) == '/') {
      i++;
    }
    int start = i;
    while (i < stop && Character.isLetterOrDigit(s.charAt(i))) {
      i++;
    }
    return s.substring(start, i).toLowerCase(Locale.ROOT);
  }

  private static boolean selfClosing(String s, int end) {
    return end > 0 && s.charAt(end - 1) == '/';
  }

  private static String entity(String name) {
    if (name.startsWith("#x") || name.startsWith("#X")) {
      return codePoint(name.substring(2), 16);
    }
    if (name.startsWith("#")) {
      return codePoint(name.substring(1), 10);
    }
    return ENTITIES.get(name);
  }

  private static String codePoint(String digits, int radix) {
    try {
      int cp = Integer.parseInt(digits, radix);
      return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Map<String, String> entities() {
    Map<String, String> m = new HashMap<>();
    String[][] named = {
        {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", "\u00A0"},
        {"ndash", "\u2013"}, {"mdash", "\u2014"}, {"lsquo", "\u2018"}, {"rsquo", "\u2019"}, {"sbquo", "\u201A"},
        {"ldquo", "\u201C"}, {"rdquo", "\u201D"}, {"bdquo", "\u201E"}, {"hellip", "\u2026"}, {"laquo", "\u00AB"},
        {"raquo", "\u00BB"}, {"copy", "\u00A9"}, {"reg", "\u00AE"}, {"trade", "\u2122"}, {"deg", "\u00B0"},
        {"plusmn", "\u00B1"}, {"times", "\u00D7"}, {"divide", "\u00F7"}, {"middot", "\u00B7"}, {"bull", "\u2022"},
        {"euro", "\u20AC"}, {"pound", "\u00A3"}, {"yen", "\u00A5"}, {"cent", "\u00A2"}, {"sect", "\u00A7"},
        {"para", "\u00B6"}, {"iexcl", "\u00A1"}, {"iquest", "\u00BF"}, {"szlig", "\u00DF"}, {"aelig", "\u00E6"},
        {"AElig", "\u00C6"}, {"oslash", "\u00F8"}, {"Oslash", "\u00D8"}, {"ccedil", "\u00E7"}, {"Ccedil", "\u00C7"},
        {"le", "\u2264"}, {"ge", "\u2265"}, {"ne", "\u2260"}, {"minus", "\u2212"}, {"frac12", "\u00BD"},
        {"frac14", "\u00BC"}, {"frac34", "\u00BE"}, {"sup2", "\u00B2"}, {"sup3", "\u00B3"}, {"micro", "\u00B5"},
        {"shy", "\u00AD"}, {"thinsp", "\u2009"}, {"ensp", "\u2002"}, {"emsp", "\u2003"}};
    for (String[] e : named) {
      m.put(e[0], e[1]);
    }
    String[][] more = {{"larr", "\u2190"}, {"uarr", "\u2191"}, {"rarr", "\u2192"}, {"darr", "\u2193"},
        {"harr", "\u2194"}, {"lArr", "\u21D0"}, {"rArr", "\u21D2"}, {"hArr", "\u21D4"}, {"infin", "\u221E"},
        {"sum", "\u2211"}, {"prod", "\u220F"}, {"radic", "\u221A"}, {"asymp", "\u2248"}, {"equiv", "\u2261"},
        {"isin", "\u2208"}, {"cap", "\u2229"}, {"cup", "\u222A"}, {"and", "\u2227"}, {"or", "\u2228"},
        {"not", "\u00AC"}, {"forall", "\u2200"}, {"exist", "\u2203"}, {"empty", "\u2205"}, {"part", "\u2202"},
        {"int", "\u222B"}, {"prime", "\u2032"}, {"sup1", "\u00B9"}, {"ordm", "\u00BA"}, {"ordf", "\u00AA"},
        {"permil", "\u2030"}, {"dagger", "\u2020"}, {"loz", "\u25CA"}, {"check", "\u2713"}};
    for (String[] e : more) {
      m.put(e[0], e[1]);
    }
    // Greek letters by name: alpha ... omega, Alpha ... Omega.
    String[] greek = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda",
        "mu", "nu", "xi", "omicron", "pi", "rho", "sigmaf", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega"};
    for (int i = 0; i < greek.length; i++) {
      m.put(greek[i], String.valueOf((char) (0x03B1 + i)));
      if (!greek[i].equals("sigmaf")) {
        String cap = Character.toUpperCase(greek[i].charAt(0)) + greek[i].substring(1);
        m.put(cap, String.valueOf((char) (0x0391 + i)));
      }
    }
    // Accented letters by name: "eacute" is e with U+0301, "Ouml" O with U+0308, and so on.
    String[][] accents = {{"acute", "\u0301"}, {"grave", "\u0300"}, {"circ", "\u0302"}, {"uml", "\u0308"},
        {"tilde", "\u0303"}, {"ring", "\u030A"}};
    for (char base : "aeiouyAEIOUYnNcC".toCharArray()) {
      for (String[] a : accents) {
        String composed = Normalizer.normalize(base + a[1], Normalizer.Form.NFC);
        if (composed.length() == 1) {
          m.put(base + a[0], composed);
        }
      }
    }
    return Map.copyOf(m);
  }
}
