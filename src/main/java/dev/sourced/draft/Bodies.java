package dev.sourced.draft;

import dev.sourced.draft.Article.Paragraph;
import dev.sourced.draft.Words.Tok;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The bodies an article names ("the Court of Session", "Toronto Police") and the owners of the
 * documents it cites ("a 2016 Asia Foundation report"), so that "the court found" or "said the report"
 * can be given to the body the text named, and to nobody when it named none or several alike.
 */
final class Bodies {

  /** Nouns of bodies that the text names with the noun in the name: "the court" is the Court of Session. */
  static final Set<String> BODY_NOUNS = Set.of("court", "ministry", "department", "agency", "council", "committee",
      "commission", "foundation", "university", "police", "office", "institute", "administration", "board",
      "tribunal", "bureau", "embassy", "service", "authority", "company", "corporation", "association", "union", "bank",
      "firm", "airline", "carrier", "force", "club", "newspaper", "daily");
  /** Words in a body's name by the other nouns that describe it again: "Acme Corp." is "the company", Kent Police "the force". */
  private static final Map<String, Set<String>> ALSO = kinds();

  private static Map<String, Set<String>> kinds() {
    Map<String, Set<String>> m = new HashMap<>();
    for (String w : List.of("corp", "corp.", "inc", "inc.", "co.", "ltd", "ltd.", "llc", "plc", "corporation", "holdings")) {
      m.put(w, Set.of("company", "firm"));
    }
    m.put("company", Set.of("firm"));
    for (String w : List.of("airlines", "airways")) {
      m.put(w, Set.of("airline", "carrier", "company"));
    }
    m.put("police", Set.of("force"));
    m.put("constabulary", Set.of("force"));
    // "The Washington Post … the newspaper wrote", "the daily wrote"
    for (String w : List.of("post", "times", "journal", "herald", "tribune", "sentinel", "gazette", "telegraph", "chronicle",
        "inquirer", "examiner")) {
      m.put(w, Set.of("newspaper", "daily"));
    }
    m.put("fc", Set.of("club"));
    m.put("afc", Set.of("club"));
    return Map.copyOf(m);
  }
  /** Documents that speak for their owner: "the report said" is the owner the text gave that report. */
  static final Set<String> DOCUMENTS = Set.of("report", "study", "research", "survey", "statement", "notice",
      "letter", "ruling", "judgment", "judgement", "summary", "filing", "complaint", "lawsuit", "release", "paper",
      "review", "analysis", "resolution", "decree", "declaration", "memo", "memorandum", "communique", "bulletin");
  /** Words of a place in a body's lowercase name: "the Dublin city council". */
  private static final Set<String> PLACES = Set.of("city", "county", "town", "state", "district", "regional", "local");
  /** Verbs by which a body or person puts out a document: "the city council passed a resolution". */
  private static final Set<String> ISSUING = Set.of("issued", "released", "passed", "adopted", "published", "signed",
      "sent", "approved", "circulated", "posted");
  /** Words that join the parts of a body's name: "Ministry of Foreign Affairs", "Court of Session". */
  private static final Set<String> LINKS = Set.of("of", "for", "on", "and", "the");
  /** A document's owner this many paragraphs back at most; bodies are named once and referred to long after. */
  private static final int DOCUMENT_REACH = 6;

  record Named(String name, long pos) {}

  /** Each body named, by its noun ("court"), in text order. */
  private final Map<String, List<Named>> bodies = new HashMap<>();
  /** Each document with an owner, by its noun ("report"), in text order. */
  private final Map<String, List<Named>> owned = new HashMap<>();

  /** The names the text spells out for letters: WHO is the World Health Organization. */
  private final Map<String, String> letters = new HashMap<>();

  /** The body's full name where the text gave its letters in brackets after it, else the name as it is. */
  String spelledOut(String name) {
    return letters.getOrDefault(name, name);
  }

  /**
   * The words before a bracket whose capitals spell its letters, through "for the", "of" and "and":
   * "National Association for the Advancement of Colored People (NAACP)"; null when none do.
   */
  private static String spelledBefore(String s, List<Tok> toks, int end, String letters) {
    StringBuilder initials = new StringBuilder();
    for (int k = end - 1; k >= 0 && k >= end - 3 * letters.length(); k--) {
      Tok t = toks.get(k);
      if (k < end - 1 && !Names.gapBefore(s, toks, k + 1).equals(" ")) {
        return null;
      }
      if (t.capitalised()) {
        initials.insert(0, t.text().charAt(0));
        if (initials.toString().equals(letters)) {
          return join(s, toks, k, end);
        }
      } else if (!LINKS.contains(t.text())) {
        return null;
      }
      if (initials.length() >= letters.length()) {
        return null;
      }
    }
    return null;
  }

  static Bodies scan(Article article) {
    Bodies b = new Bodies();
    for (Paragraph p : article.paragraphs) {
      if (!People.titleCased(p.tokens())) { // "Newspaper Says Clinton Needs To Quit …": a heading's capitals name no body
        b.scan(p);
      }
    }
    return b;
  }

  private void scan(Paragraph p) {
    String s = p.masked;
    List<Tok> toks = p.tokens();
    for (int i = 0; i < toks.size(); i++) {
      Tok t = toks.get(i);
      if (t.capitalised()) {
        int end = nameEnd(s, toks, i);
        String name = join(s, toks, i, end);
        for (int k = i; k < end; k++) {
          String w = toks.get(k).bare().toLowerCase(Locale.ROOT);
          if (toks.get(k).capitalised() && BODY_NOUNS.contains(w) && name.indexOf(' ') > 0) {
            bodies.computeIfAbsent(w, x -> new ArrayList<>()).add(new Named(name, p.pos(t.start())));
          }
          for (String noun : toks.get(k).capitalised() && name.indexOf(' ') > 0 ? ALSO.getOrDefault(w, Set.of()) : Set.<String>of()) {
            bodies.computeIfAbsent(noun, x -> new ArrayList<>()).add(new Named(name, p.pos(t.start())));
          }
        }
        if (end < toks.size() && end - i >= 2 && Names.gapBefore(s, toks, end).equals(" (")
            && (end + 1 == toks.size() || Names.gapBefore(s, toks, end + 1).startsWith(")"))
            && toks.get(end).text().matches("\\p{Lu}{2,6}")) {
          String whole = spelledBefore(s, toks, end, toks.get(end).text());
          letters.putIfAbsent(toks.get(end).text(), whole != null ? whole : name); // "the World Health Organization (WHO)"
        }
        if (end < toks.size() && DOCUMENTS.contains(toks.get(end).lower()) && !country(name)) {
          owned.computeIfAbsent(toks.get(end).lower(), x -> new ArrayList<>()).add(new Named(name, p.pos(t.start())));
        }
        i = end - 1;
        continue;
      }
      if (!DOCUMENTS.contains(t.lower())) {
        continue;
      }
      Named issuer = issuer(s, toks, i, p);
      if (issuer != null) {
        owned.computeIfAbsent(t.lower(), x -> new ArrayList<>()).add(issuer);
      }
      // "a report by the Asia Foundation", "a statement from Toronto Police"
      if (i + 2 < toks.size() && Set.of("by", "from").contains(toks.get(i + 1).lower())) {
        int from = toks.get(i + 2).lower().equals("the") ? i + 3 : i + 2;
        if (from < toks.size() && toks.get(from).capitalised()) {
          owned.computeIfAbsent(t.lower(), x -> new ArrayList<>())
              .add(new Named(join(s, toks, from, nameEnd(s, toks, from)), p.pos(t.start())));
        }
      }
      // "Unicef said in a 2017 report"
      int k = i - 1;
      while (k > 0 && (toks.get(k).text().chars().allMatch(Character::isDigit) || Set.of("a", "an", "its", "new", "recent")
          .contains(toks.get(k).lower()))) {
        k--;
      }
      if (k < i - 1 && k >= 2 && toks.get(k).lower().equals("in") && Words.isSpeechVerb(toks.get(k - 1).lower())
          && toks.get(k - 2).capitalised()) {
        int from = k - 2;
        while (from > 0 && toks.get(from - 1).capitalised() && Names.gap(s, toks, from - 1).equals(" ")) {
          from--;
        }
        String name = join(s, toks, from, k - 1);
        if (!country(name)) {
          owned.computeIfAbsent(t.lower(), x -> new ArrayList<>()).add(new Named(name, p.pos(t.start())));
        }
      }
      // "the report" again, within reach of its owner, carries the owner on: "Unicef said in a report … said the report … the report said"
      if (i > 0 && toks.get(i - 1).lower().equals("the") && issuer == null) {
        String again = owner(t.lower(), p.pos(t.start()));
        if (again != null) {
          owned.get(t.lower()).add(new Named(again, p.pos(t.start())));
        }
      }
    }
  }

  /** The end of a body's name at i: capitalised words, joined over "of", "for", "and". */
  static int nameEnd(String s, List<Tok> toks, int i) {
    int j = i;
    while (j < toks.size() && toks.get(j).capitalised() && !toks.get(j).possessive()
        && (j == i || Names.gap(s, toks, j - 1).equals(" "))) {
      j++;
      // "of the", "for the", but not "the" alone: "But the Confederation of British Industry" opens at "Confederation"
      if (j + 1 < toks.size() && LINKS.contains(toks.get(j).text()) && !toks.get(j).text().equals("the")
          && Names.gap(s, toks, j - 1).equals(" ")
          && toks.get(j + 1).capitalised() && Names.gap(s, toks, j).equals(" ")
          && !Words.NOT_NAMES.contains(toks.get(j + 1).lower())) { // not "The Washington Post on Thursday"
        j++;
        if (toks.get(j).text().equals("the") && j + 1 < toks.size()) {
          j++;
        }
      }
    }
    return Math.max(j, i + 1);
  }

  /** "a US study", "the UK report": a country by its letters owns no document the drafter can name. */
  private static boolean country(String name) {
    return name.matches("\\p{Lu}{2}") || Words.isInitials(name);
  }

  private static String join(String s, List<Tok> toks, int from, int end) {
    int a = from;
    if (Set.of("The", "A", "An").contains(toks.get(a).text()) && end - a > 1) {
      a++; // "An IAAF statement said": the body, without the article that opens the sentence
    }
    return s.substring(toks.get(a).start(), toks.get(end - 1).start() + toks.get(end - 1).bare().length());
  }

  /** The ones counted back from a description at most: enough for any article, and the drafter stays linear. */
  private static final int MAX_BACK = 200;

  /** The index of the last of these, in text order, named before pos; -1 when none is. */
  private static int before(List<Named> named, long pos) {
    int lo = 0;
    int hi = named.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (named.get(mid).pos() < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }

  /**
   * The body the text means by "the court" at pos: the one of that kind it has named most often
   * before (among the last 200 namings), and the only one of that kind named as often; null when none.
   */
  String body(String noun, long pos) {
    Map<String, Integer> counts = new HashMap<>();
    List<Named> named = bodies.getOrDefault(noun, List.of());
    for (int k = before(named, pos), seen = 0; k >= 0 && seen < MAX_BACK; k--, seen++) {
      counts.merge(named.get(k).name(), 1, Integer::sum);
    }
    if (AGAIN.contains(noun) && distinct(counts.keySet()) > 1) {
      return null; // "Acme Corp. … Globex Inc … the company said": companies, clubs and forces are told apart by no count
    }
    String best = null;
    int most = 0;
    boolean tie = false;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
        tie = false;
      } else if (e.getValue() == most) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  /**
   * The one body named before pos whose name ends with this word: "The Post" after "The Washington Post",
   * "the Sentinel" after "the Milwaukee Journal Sentinel"; null when none or two.
   */
  String endingWith(String word, long pos) {
    String found = null;
    for (List<Named> named : bodies.values()) {
      for (int k = before(named, pos), seen = 0; k >= 0 && seen < MAX_BACK; k--, seen++) {
        String name = named.get(k).name();
        if (name.endsWith(" " + word)) {
          if (found != null && !found.equals(name)) {
            return null;
          }
          found = name;
        }
      }
    }
    return found;
  }

  /** The nouns that ALSO gives: "the company", "the force". */
  private static final Set<String> AGAIN = ALSO.values().stream().flatMap(Set::stream)
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** How many bodies these names are, one name ending with another being the same: "Shares of Globex Inc", "Globex Inc". */
  private static int distinct(Set<String> names) {
    List<String> kept = new ArrayList<>();
    for (String n : names) {
      if (kept.stream().noneMatch(k -> k.endsWith(n) || n.endsWith(k))) {
        kept.add(n);
      }
    }
    return kept.size();
  }

  /**
   * The body or document owner named last in [from, to), and where: for "“…,” it said" after "The
   * Marlow Water Company said …" or "…, a 2016 Asia Foundation report estimated"; null when none is.
   */
  Named lastNamed(long from, long to) {
    Named last = null;
    for (Map<String, List<Named>> kind : List.of(bodies, owned)) {
      for (List<Named> named : kind.values()) {
        int k = before(named, to);
        if (k >= 0 && named.get(k).pos() >= from && (last == null || named.get(k).pos() > last.pos())) {
          last = named.get(k);
        }
      }
    }
    return last;
  }

  /**
   * "Earlier, the Dublin city council passed a resolution …", "Ana Ruiz issued a statement": the
   * name right before a verb of putting out, a few words before the document at d, with its
   * lowercase body words ("city council"); null when there is none.
   */
  private static Named issuer(String s, List<Tok> toks, int d, Paragraph p) {
    int v = d - 1;
    while (v > 0 && d - v <= 3 && !ISSUING.contains(toks.get(v).lower())) {
      v--; // past "a", "an", "the", "its" and a word or two: "issued a joint statement"
    }
    if (v <= 0 || !ISSUING.contains(toks.get(v).lower()) || !Names.gap(s, toks, v - 1).equals(" ")) {
      return null;
    }
    int end = v;
    int from = end;
    while (from > 0 && end - from < 6 && Names.gap(s, toks, from - 1).equals(" ")
        && (toks.get(from - 1).capitalised() || BODY_NOUNS.contains(toks.get(from - 1).lower()) || PLACES.contains(toks.get(from - 1).lower()))) {
      from--;
    }
    if (from == end || !toks.get(from).capitalised()) {
      return null;
    }
    String name = join(s, toks, from, end);
    return country(name) ? null : new Named(name, p.pos(toks.get(from).start()));
  }

  /** The owner the text last gave a document of this kind ("report") before pos, a few paragraphs back at most. */
  String owner(String document, long pos) {
    int paragraph = (int) (pos >>> 32);
    List<Named> named = owned.getOrDefault(document, List.of());
    int k = before(named, pos);
    String found = k >= 0 && (int) (named.get(k).pos() >>> 32) >= paragraph - DOCUMENT_REACH ? named.get(k).name() : null;
    return found;
  }
}
