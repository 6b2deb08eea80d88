package dev.sourced.draft;

import dev.sourced.draft.Article.Paragraph;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posts embedded in an article as the page shows them, with no quote marks: the text, then
 * "— Name (@handle) October 6, 2019", in one paragraph or with the credit line in the next. The
 * text is the named account holder's words.
 */
final class Tweets {
  /** A post's words, [from, to) of its paragraph, and who posted them. */
  record Post(int from, int to, String name) {}

  private static final String CREDIT = "[\u2014\u2013-]{1,2}\\s*(\\p{Lu}[^()@\u2014]{1,60}?)\\s*\\(@\\w{1,15}\\)\\s+"
      + "(?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}, \\d{4}\\s*$";
  private static final Pattern WITH_TEXT = Pattern.compile("^(.{2,}?)\\s*" + CREDIT);
  private static final Pattern ALONE = Pattern.compile("^\\s*" + CREDIT);
  /** A picture or link the page appends to a post: not words. */
  private static final Pattern LINKS = Pattern.compile("(\\s+(pic\\.twitter\\.com/\\S+|https?://\\S+))+\\s*$");

  private Tweets() {}

  /** The posts by paragraph index. */
  static Map<Integer, Post> read(Article article) {
    Map<Integer, Post> posts = new LinkedHashMap<>();
    List<Paragraph> ps = article.paragraphs;
    for (Paragraph p : ps) {
      Matcher m = WITH_TEXT.matcher(p.text);
      if (m.find()) {
        posts.put(p.index, new Post(0, wordsEnd(p.text, m.end(1)), m.group(2).strip()));
        continue;
      }
      Matcher alone = ALONE.matcher(p.text);
      if (alone.find() && p.index > 0 && !posts.containsKey(p.index - 1)) {
        Paragraph text = ps.get(p.index - 1);
        if (text.spans.isEmpty()) {
          posts.put(text.index, new Post(0, wordsEnd(text.text, text.text.length()), alone.group(1).strip()));
        }
      }
    }
    return posts;
  }

  private static int wordsEnd(String text, int end) {
    Matcher links = LINKS.matcher(text.substring(0, end));
    return links.find() ? links.start() : end;
  }
}
