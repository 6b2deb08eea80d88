package dev.sourced.importer;

/**
 * GIFT's [markdown] text as plain text: emphasis and code marks dropped, links as "text (url)",
 * images as their alt text (and counted), heading and quote marks at line starts dropped. One
 * pass, no regular expressions, so any run of marks costs linear time.
 */
final class Markdown {
  private Markdown() {}

  static Html.Result toText(String md) {
    StringBuilder out = new StringBuilder(md.length());
    int images = 0;
    int n = md.length();
    // The next ']' and ')' from where they were last looked for, cached so that "[[[[" stays linear.
    int close = -1;
    int paren = -1;
    boolean lineStart = true;
    for (int i = 0; i < n; i++) {
      char c = md.charAt(i);
      if (lineStart) {
        int j = i;
        while (j < n && (md.charAt(j) == '#' || md.charAt(j) == '>')) {
          j++;
        }
        if (j > i && (j == n || md.charAt(j) == ' ')) {
          i = j;
          lineStart = false;
          continue;
        }
      }
      lineStart = c == '\n';
      if (c == '\\' && i + 1 < n && "\\`*_{}[]()#+-.!>".indexOf(md.charAt(i + 1)) >= 0) {
        out.append(md.charAt(++i));
        continue;
      }
      if (c == '*' || c == '_' || c == '`' || c == '~' && i + 1 < n && md.charAt(i + 1) == '~') {
        int j = i;
        while (j < n && md.charAt(j) == c) {
          j++;
        }
        char before = i > 0 ? md.charAt(i - 1) : ' ';
        char after = j < n ? md.charAt(j) : ' ';
        boolean inWord = Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
        boolean spaced = Character.isWhitespace(before) && Character.isWhitespace(after);
        if (c == '`' || !spaced && !(inWord && c == '_')) {
          i = j - 1; // an emphasis or code mark: dropped
          continue;
        }
        out.append(md, i, j);
        i = j - 1;
        continue;
      }
      boolean image = c == '!' && i + 1 < n && md.charAt(i + 1) == '[';
      if (c == '[' || image) {
        int open = image ? i + 1 : i;
        if (close < open) {
          close = md.indexOf(']', open);
          close = close < 0 ? n : close; // n: none to the end, which stays true
        }
        if (close > open && close + 1 < n && md.charAt(close + 1) == '(') {
          if (paren < close + 2) {
            paren = md.indexOf(')', close + 2);
            paren = paren < 0 ? n : paren;
          }
          if (paren < n) {
            String label = md.substring(open + 1, close);
            String url = md.substring(close + 2, paren).strip();
            if (image) {
              images++;
              out.append(label);
            } else {
              out.append(label).append(url.isEmpty() || url.equals(label) ? "" : " (" + url + ")");
            }
            i = paren;
            continue;
          }
        }
      }
      out.append(c);
    }
    return new Html.Result(out.toString(), images);
  }
}
