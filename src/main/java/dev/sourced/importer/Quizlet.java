package dev.sourced.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A Quizlet set exported as text: a term and its definition per card, the two split by a tab
 * (Quizlet's default), a comma or a dash, cards split by line breaks (the default) or ";". Each
 * card becomes a choice question: the definition asks, the term answers, and up to three other
 * cards' terms are the wrong choices, drawn from a generator seeded by the set itself, so the
 * same file always gives the same pack.
 */
final class Quizlet {
  static final String FORMAT_NAME = "Quizlet export";
  static final int CHOICES = 4;

  record Card(int line, String term, String definition) {}

  private Quizlet() {}

  /**
   * A tab in most lines and nothing of the other formats: Quizlet's default export; or one line
   * of "term,definition" cards split by ";", its other export.
   */
  static boolean looksLike(List<String> lines) {
    List<String> text = lines.stream().filter(l -> !l.isBlank()).toList();
    if (text.size() == 1) {
      String[] cards = text.get(0).split(";");
      return cards.length >= 2 && java.util.Arrays.stream(cards).allMatch(c -> c.indexOf(',') > 0 || c.indexOf('\t') > 0);
    }
    int cards = 0;
    int others = 0;
    for (String l : lines) {
      if (l.isBlank()) {
        continue;
      }
      if (l.indexOf('\t') > 0 && l.indexOf('\t') == l.lastIndexOf('\t')) {
        cards++;
      } else {
        others++;
      }
    }
    return cards >= 2 && others <= cards / 10;
  }

  static Imported read(String file, String text, String language) throws ImportException {
    List<Card> cards = cards(text);
    PackBuilder out = new PackBuilder(new Notes(file), FORMAT_NAME, language);
    List<String> terms = new ArrayList<>();
    for (Card c : cards) {
      terms.add(Clean.text(c.term()).text());
    }
    Set<String> distinct = new LinkedHashSet<>(terms);
    if (distinct.size() < 2) {
      throw new ImportException(file, 0, "a Quizlet set needs at least 2 cards with different terms to make "
          + "choices from; it has " + distinct.size());
    }
    long seed = 17;
    for (String t : terms) {
      seed = seed * 31 + t.hashCode();
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<String> pool = new ArrayList<>(distinct);
    for (Card c : cards) {
      String term = Clean.text(c.term()).text();
      String definition = Clean.text(c.definition()).text();
      if (term.isEmpty() || definition.isEmpty()) {
        out.skip(c.line(), term.isEmpty() ? "the card has no term" : "the card \"" + term + "\" has no definition");
        continue;
      }
      List<String> others = new ArrayList<>(pool);
      others.remove(term);
      List<String> choices = new ArrayList<>();
      choices.add(term);
      while (choices.size() < CHOICES && !others.isEmpty()) {
        choices.add(others.remove(random.nextInt(others.size())));
      }
      int at = random.nextInt(choices.size()); // where the right term stands
      choices.set(0, choices.get(at));
      choices.set(at, term);
      Draft d = Draft.choice(c.line(), definition, choices, at);
      d.explanation = term + ": " + definition;
      d.title = term;
      d.notes.add("a flash card: the definition asks, \"" + term + "\" answers, and other cards' terms are the "
          + "wrong choices");
      out.add(d);
    }
    return out.build();
  }

  /** The cards, with the separators Quizlet's export offers, told from the text. */
  static List<Card> cards(String text) {
    List<String> lines = Importer.lines(text);
    boolean oneLine = lines.stream().filter(l -> !l.isBlank()).count() <= 1;
    List<Card> out = new ArrayList<>();
    if (oneLine && text.contains(";")) {
      for (String card : text.strip().split(";")) {
        Card c = card(1, card.strip());
        if (c != null) {
          out.add(c);
        }
      }
      return out;
    }
    for (int i = 0; i < lines.size(); i++) {
      Card c = card(i + 1, lines.get(i).strip());
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  private static Card card(int line, String s) {
    if (s.isEmpty()) {
      return null;
    }
    int tab = s.indexOf('\t');
    if (tab >= 0) {
      return new Card(line, s.substring(0, tab), s.substring(tab + 1));
    }
    int dash = s.indexOf(" - ");
    if (dash > 0) {
      return new Card(line, s.substring(0, dash), s.substring(dash + 3));
    }
    int comma = s.indexOf(',');
    return comma > 0 ? new Card(line, s.substring(0, comma), s.substring(comma + 1)) : new Card(line, s, "");
  }
}
