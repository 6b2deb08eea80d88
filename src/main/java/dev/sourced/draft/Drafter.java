package dev.sourced.draft;

import dev.sourced.draft.Article.Paragraph;
import dev.sourced.draft.Article.Span;
import dev.sourced.draft.Names.Name;
import dev.sourced.draft.People.Person;
import dev.sourced.draft.Words.Tok;
import dev.sourced.pack.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the direct quotations of a plain-text article and who said each: pure text in, a Draft
 * out. A quote is attributed only from the words of its own sentence, a quote beside it in the
 * same paragraph, or the paragraph before that introduces it (with a colon, or as "the following
 * statement"); anything else is reported, not guessed.
 */
public final class Drafter {
  /** Quotes of fewer words with no speaker in their sentence are scare quotes, and left out. */
  static final int MIN_WORDS_UNATTRIBUTED = 4;
  /** A quotation this long is speech, not a sign or a title, in the first person or not. */
  private static final int LONG_SPEECH = 12;
  private static final int MAX_HEAD_WORDS = 60;
  /**
   * A sentence longer than this is no "who said it" item, and a pack text over 100,000 characters
   * is one the loader refuses: it is left out and reported.
   */
  public static final int MAX_QUOTE = 5_000;
  /** Longer names are no names; longer roles are dropped, so that the pack always loads. */
  static final int MAX_NAME = 200;
  static final int MAX_ROLE = 1_000;

  private final Article article;
  private final People people;
  private final Bodies bodies;
  /** Quoted spans that are no quotation: no speaker is shared with them. */
  private final Set<Span> notQuotes = new HashSet<>();

  private Drafter(Article article) {
    this.article = article;
    this.people = People.scan(article);
    this.bodies = Bodies.scan(article);
  }

  public static Draft draft(String text) {
    return draft(Article.parse(text));
  }

  /** An article already parsed, perhaps with its sentences found another way (bench/draft-opennlp). */
  static Draft draft(Article article) {
    return new Drafter(article).run();
  }

  /** Who a quote is attributed to, before the name is looked up: a name, a pronoun, or a description. */
  private sealed interface Who permits Named, Pronoun, Described {}

  private record Named(Name name, long pos) implements Who {}

  private record Pronoun(String word, long pos) implements Who {}

  private record Described(String phrase, long pos) implements Who {}

  private record Parsed(Who who, int end) {}

  private enum Mode { SUBJECT, INVERTED }

  private List<Tok> toks(Paragraph p) {
    return p.tokens();
  }

  private Draft run() {
    Map<Integer, Transcript.Turn> turns = Transcript.read(article);
    Map<Integer, Tweets.Post> posts = Tweets.read(article);
    List<Span> spans = new ArrayList<>();
    // A quote inside an interview's turn or a post is part of it, not a quotation of its own.
    article.paragraphs.stream().filter(p -> !turns.containsKey(p.index) && !posts.containsKey(p.index) && !caption(p))
        .forEach(p -> spans.addAll(p.spans));
    Map<Span, Who> who = new HashMap<>();
    for (Span s : spans) {
      if (words(s) < 2 || soCalled(s) || titleOfAWork(s) || namedWork(s)) {
        notQuotes.add(s); // a single quoted word, a so-called "term" or a title, is not a quotation
        continue;
      }
      Who w = after(s);
      if (w != null && reportsOthersWords(s)) {
        Who b = before(s.paragraph, clauseOf(s), s.open);
        w = b instanceof Named ? b : w; // "Trump said: “…,” the Times reported": Trump's words, in the Times
      }
      if (w == null) {
        w = writingFrom(s);
      }
      if (w == null) {
        w = before(s.paragraph, clauseOf(s), s.open);
      }
      if (w == null) {
        w = whatTheyCalled(s);
      }
      if (w == null) {
        w = introducedByColon(s);
      }
      if (w == null) {
        w = nameThenColon(s);
      }
      if (w == null) {
        w = sayingFirst(s);
      }
      if (w == null) {
        w = trailingAttribution(s);
      }
      if (w == null) {
        w = accordingToOpener(s);
      }
      if (w == null) {
        w = wordsOf(s);
      }
      if (w == null) {
        w = soSaysOrWasHow(s);
      }
      if (w != null) {
        who.put(s, w);
      }
    }
    shareWithinGroups(spans, who);
    shareWithinParagraphs(spans, who);
    nearbySentence(spans, who);
    afterReportedSpeech(spans, turns, who);
    shareWithinGroups(spans, who);
    shareWithinParagraphs(spans, who); // what the last two found goes on: "“…,” the statement read. “…”"
    continuingParagraphs(turns, who);
    shareWithinGroups(spans, who); // "“…,” Nigel Melville said." then his quote over two paragraphs
    who.keySet().removeAll(notQuotes);

    Out out = new Out();
    Person answers = interviewee(turns);
    for (Paragraph p : article.paragraphs) {
      Transcript.Turn turn = turns.get(p.index);
      if (turn != null) {
        out.add(turn.marker().equals("A") ? answers : people.marker(turn.marker()), p, turn.textStart(), p.text.length());
        continue;
      }
      Tweets.Post post = posts.get(p.index);
      if (post != null) {
        Name by = new Name(post.name(), List.of(post.name().split(" ")), null, false, 0, 0);
        out.add(people.named(by, p.pos(0)), p, post.from(), post.to());
        continue;
      }
      if (caption(p)) {
        continue;
      }
      for (int i = 0; i < p.spans.size(); i++) {
        Span s = p.spans.get(i);
        Who w = who.get(s);
        Person back = w instanceof Described d ? continuing(p, i, d, who) : w instanceof Pronoun pr ? goingOn(p, i, pr, who, false) : null;
        // a quote going on over paragraphs keeps whom its first part's description or pronoun was read as
        if (back != null) {
          wentOn.put(w, back);
        } else if (w != null) {
          back = wentOn.get(w);
        }
        Person speaker = back != null ? back : w == null ? null : resolve(w);
        if (speaker == null && w instanceof Pronoun pr) {
          // "“…,” he said." a third paragraph on, the name too far back for a pronoun: the one whose quote it follows
          speaker = goingOn(p, i, pr, who, true);
          if (speaker != null) {
            wentOn.put(w, speaker); // and so for the quotes that share its pronoun: "“…,” she said. “…”"
          }
        }
        if (speaker != null && !(w instanceof Named) && namedInFull(speaker, s.inside())) {
          speaker = null; // "“Hillary Clinton has the potential …,” the influential US daily wrote": about her, not hers
        }
        decided.put(s, speaker);
        out.add(speaker, p, s.textStart(), s.close);
      }
    }
    return new Draft(out.found, out.unattributed, out.tooLong);
  }

  /**
   * Who answers a "Q: … A: …" interview: the one person the title and introduction name most, by
   * full name; null when two are named as often, or nobody is.
   */
  private Person interviewee(Map<Integer, Transcript.Turn> turns) {
    if (turns.values().stream().noneMatch(t -> t.marker().equals("A"))) {
      return null;
    }
    int first = turns.keySet().stream().min(Integer::compare).orElse(0);
    Map<Person, Integer> count = new HashMap<>();
    long from = article.paragraphs.get(0).pos(0);
    long to = article.paragraphs.get(first).pos(0);
    for (Person x : people.mentionedBetween(from, to)) {
      if (x.tokens.size() >= 2 && !x.stranger) {
        count.merge(x, 1, Integer::sum);
      }
    }
    int most = count.values().stream().max(Integer::compare).orElse(0);
    List<Person> top = count.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).toList();
    if (top.size() > 1) {
      // "Renee King: Ensuring Space for Everyone": among those named as often, the one the title names
      Paragraph title = article.paragraphs.get(0);
      List<Person> titled = people.mentionedBetween(title.pos(0), title.pos(title.text.length())).stream()
          .filter(top::contains).distinct().toList();
      return titled.size() == 1 ? titled.get(0) : null;
    }
    return top.size() == 1 ? top.get(0) : null;
  }

  private static final Pattern GOES_ON = Pattern.compile("\\b(added|adds|continued|continues|went on)\\b");
  private static final Pattern AGED = Pattern.compile("\\d+-year-old");

  /**
   * "“…,” said study co-author Karen Alley. The Wooster professor added, “…”": a definite
   * description of a role that goes on from the quote before it in the paragraph is that quote's
   * named speaker, when no one else is named between them and no one named before has that role.
   */
  private Person continuing(Paragraph p, int i, Described d, Map<Span, Who> who) {
    String[] words = d.phrase().split(" ");
    String head = words[words.length - 1].toLowerCase(Locale.ROOT);
    if ((int) (d.pos() >>> 32) != p.index) {
      return null; // a description in the paragraph before, whose quote goes on into this one
    }
    if (words.length < 2 || !words[0].equalsIgnoreCase("the") || !Words.ROLE_NOUNS.contains(head)
        && !AGED.matcher(head).matches() || people.namedByRole(d.phrase(), d.pos()) != null) {
      return null;
    }
    Span s = p.spans.get(i);
    int at = (int) d.pos();
    String between = p.masked.substring(Math.min(at, s.close), Math.max(at, s.open));
    if (!GOES_ON.matcher(between).find()) {
      return null;
    }
    for (int k = i - 1; k >= 0; k--) {
      Who before = who.get(p.spans.get(k));
      if (before == null || before instanceof Described) {
        continue;
      }
      Person named = resolve(before);
      if (named == null || named.tokens.isEmpty() || otherRole(named, head)) {
        return null; // "“…,” said prosecutor Ann Lee. The judge added": another role, another person
      }
      Person self = people.described(d.phrase());
      boolean other = people.mentionedBetween(p.pos(p.spans.get(k).close), p.pos(s.open)).stream()
          .anyMatch(x -> x != named && x != self);
      return other ? null : named;
    }
    return null;
  }

  /**
   * "“…,” Richards said. “That,” she added “…”": a pronoun whose verb goes on from a quote before it
   * (in this paragraph or the last) is that quote's named speaker, when the pronoun fits them and
   * nobody else is named between.
   */
  private Person goingOn(Paragraph p, int i, Pronoun pronoun, Map<Span, Who> who, boolean anyVerb) {
    int at = (int) pronoun.pos();
    String word = pronoun.word().toLowerCase(Locale.ROOT);
    if ((int) (pronoun.pos() >>> 32) != p.index || !word.equals("he") && !word.equals("she")) {
      return null;
    }
    List<Tok> toks = toks(p);
    int t = firstTokenFrom(toks, at);
    boolean said = anyVerb && t + 1 < toks.size() && Words.SPEECH_VERBS.contains(toks.get(t + 1).lower());
    if (t + 1 >= toks.size() || !said && !GOES_ON.matcher(toks.get(t + 1).lower()).matches() && !(toks.get(t + 1).lower().equals("went")
        && t + 2 < toks.size() && toks.get(t + 2).lower().equals("on"))) {
      return null;
    }
    Span s = p.spans.get(i);
    Paragraph before = p.index > 0 ? article.paragraphs.get(p.index - 1) : null;
    boolean passedOver = false;
    if (anyVerb && i == 0 && before != null && before.spans.isEmpty() && before.index > 0 && opensWith(before, word)) {
      // "“…,” she said of Trump. / She said she had no plans to yell …. / “…,” she said.": past a paragraph that
      // goes on about her, to the quote before it
      before = article.paragraphs.get(before.index - 1);
      passedOver = true;
    }
    int inBefore = before == null ? 0 : before.spans.size();
    // The quotes before this one, latest first: this paragraph's, then the last paragraph's; a few at most.
    for (int k = i - 1 + inBefore, seen = 0; k >= 0 && seen < MAX_GOING_ON; k--, seen++) {
      Span e = k >= inBefore ? p.spans.get(k - inBefore) : before.spans.get(k);
      Who w = who.get(e);
      if (w == null || w == pronoun) {
        continue;
      }
      Person named = decided.containsKey(e) ? decided.get(e) : resolve(w);
      if (named == null || named.tokens.isEmpty() || named.stranger) {
        return null;
      }
      // "“…,” she said. “…,” he added.": a given name's likely gender tells them apart too
      boolean fits = named.likely() == People.Gender.UNKNOWN
          || named.likely() == (word.equals("she") ? People.Gender.FEMALE : People.Gender.MALE);
      People.Gender otherGender = word.equals("she") ? People.Gender.MALE : People.Gender.FEMALE;
      boolean past = passedOver;
      boolean other = people.mentionedBetween(e.paragraph.pos(e.close), p.pos(Math.min(at, s.open))).stream()
          .anyMatch(x -> x != named && !(past && x.likely() == otherGender));
      return fits && !other && (!passedOver || named.likely() != People.Gender.UNKNOWN) ? named : null;
    }
    return null;
  }

  /** Whether the paragraph's first word is this pronoun: "She said she had no plans …". */
  private boolean opensWith(Paragraph p, String pronoun) {
    List<Tok> toks = toks(p);
    return !toks.isEmpty() && toks.get(0).start() == 0 && toks.get(0).lower().equals(pronoun);
  }

  /** How many quotes back "she added" looks for the quote it goes on from. */
  private static final int MAX_GOING_ON = 10;

  /** Offices that face each other in one scene: a "the judge" after the prosecutor's quote is someone else. */
  private static final Set<String> SIDES = Set.of("judge", "prosecutor", "lawyer", "attorney", "counsel", "coach",
      "captain", "manager", "referee", "mayor", "governor", "minister", "president", "senator", "chairman");

  /** Whether the person's role names one of the facing offices other than head ("prosecutor" for "the judge"). */
  private static boolean otherRole(Person named, String head) {
    if (named.role == null || !SIDES.contains(head)) {
      return false;
    }
    for (String w : named.role.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
      if (SIDES.contains(w) && !w.equals(head)) {
        return true;
      }
    }
    return false;
  }

  /** The findings, in text order: each sentence of a quotation or a turn once per speaker. */
  private static final class Out {
    final List<Draft.Found> found = new ArrayList<>();
    final List<Draft.Unattributed> unattributed = new ArrayList<>();
    final List<Draft.Unattributed> tooLong = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    /** The quoted text [from, to) of p, said by speaker (null when nobody could be found). */
    void add(Person speaker, Paragraph p, int from, int to) {
      String inside = p.text.substring(from, to);
      if (speaker != null && speaker.name.length() > MAX_NAME) {
        speaker = null;
      }
      if (speaker == null) {
        if (Words.tokens(inside).size() >= MIN_WORDS_UNATTRIBUTED) {
          unattributed.add(new Draft.Unattributed(inside.strip(), p.lineAt(Math.max(0, from - 1))));
        }
        return;
      }
      String role = speaker.role != null && speaker.role.length() > MAX_ROLE ? null : speaker.role;
      for (int[] r : Sentences.split(inside)) {
        String text = inside.substring(r[0], r[1]);
        if (text.length() > MAX_QUOTE) {
          tooLong.add(new Draft.Unattributed(text.substring(0, 200), p.lineAt(from + r[0])));
          continue;
        }
        String key = speaker.name + "\u0000" + Texts.loose(text).toLowerCase(Locale.ROOT);
        if (seen.add(key)) {
          found.add(new Draft.Found(text, speaker.name, role, p.text, p.lineAt(from + r[0])));
        }
      }
    }
  }

  private static final Pattern CAPTION = Pattern.compile(
      "(?s).{0,300}[.!?\u201D\"]\\s+(Image|Photo|Picture|Credit|Photograph)s?:\\s*[^.]{0,120}\\.?\\s*");

  /** A caption under a picture, "Protesters with a banner saying “…”. Image: Voice of America.": its quotes are signs, not speech. */
  private static boolean caption(Paragraph p) {
    return CAPTION.matcher(p.text).matches();
  }

  private static boolean soCalled(Span s) {
    String before = s.paragraph.text.substring(Math.max(0, s.open - 20), s.open).stripTrailing()
        .toLowerCase(Locale.ROOT);
    return before.endsWith("so-called") || before.endsWith("so called") || before.endsWith("dubbed")
        || before.endsWith("known as");
  }


  /**
   * "Let It Be Me Tonight", "The Long Road Home": a quote in title case, every word but the minor
   * ones capitalised and no punctuation of speech at its end, is the name of a song, a film or a
   * book, not words anyone said.
   */
  private boolean titleOfAWork(Span s) {
    String inside = s.inside().strip();
    if (inside.isEmpty() || "!?;:…".indexOf(inside.charAt(inside.length() - 1)) >= 0) {
      return false;
    }
    if (",.".indexOf(inside.charAt(inside.length() - 1)) >= 0) {
      // "“I Put a Spell on You,” which …": a comma or point inside the marks, as US style puts it, unless a speaker follows
      return titleCase(inside.substring(0, inside.length() - 1)) && after(s) == null;
    }
    return titleCase(inside);
  }

  private static boolean titleCase(String inside) {
    List<Tok> toks = Words.tokens(inside);
    int major = 0;
    for (int k = 0; k < toks.size(); k++) {
      Tok t = toks.get(k);
      boolean minor = k > 0 && Words.LOWER_IN_TITLES.contains(t.text());
      if (!minor && !t.capitalised() || t.text().equals("I") && toks.size() > 1 && k == 0 && !toks.get(1).capitalised()) {
        return false;
      }
      major += minor ? 0 : 1;
    }
    return major >= 2 && toks.size() <= 12 && !inside.equals(inside.toUpperCase(Locale.ROOT));
  }

  /** Works that news prose names just before their title: "the song, “See-Line Woman,”", "her 1965 hit “…”". */
  private static final Set<String> WORKS = Set.of("song", "album", "single", "hit", "track", "record", "film", "movie",
      "book", "novel", "memoir", "poem", "play", "musical", "opera", "show", "series", "episode", "documentary",
      "painting", "essay", "column", "headline", "title", "slogan", "hashtag", "campaign", "motto", "anthem",
      "advert", "advertisement", "ad", "tagline", "strapline", "leaflet", "banner");

  /** A quote right after the noun of a work, or in apposition to it: its title, not anyone's words. */
  private boolean namedWork(Span s) {
    List<Tok> toks = toks(s.paragraph);
    int b = firstTokenFrom(toks, s.open);
    if (b == 0 || s.open - toks.get(b - 1).end() > 2) {
      return false; // only ", " or " " may stand between; a longer gap (other quotes) is not copied, so that many quotes stay linear
    }
    String gap = s.paragraph.masked.substring(toks.get(b - 1).end(), s.open);
    return gap.matches(",? ") && WORKS.contains(toks.get(b - 1).lower());
  }

  /** The speaker a description or pronoun was read as where it goes on from a quote before it. */
  private final Map<Who, Person> wentOn = new IdentityHashMap<>();
  /** Whom each quote drafted so far was given to, so that a chain of "he said" goes on from the last link. */
  private final Map<Span, Person> decided = new IdentityHashMap<>();

  /** Words in each quote, counted once: every pass asks. */
  private final Map<Span, Integer> wordCounts = new IdentityHashMap<>();

  private int words(Span s) {
    return wordCounts.computeIfAbsent(s, x -> Words.tokens(x.inside()).size());
  }

  private Person resolve(Who w) {
    if (w instanceof Named n) {
      return people.named(n.name(), n.pos());
    }
    if (w instanceof Pronoun p) {
      Paragraph at = article.paragraphs.get((int) (p.pos() >>> 32));
      if (p.word().equals("it")) {
        return itsBody(p.pos());
      }
      Person meant = people.pronoun(p.word(), p.pos(), at.pos(at.sentenceStart((int) p.pos())));
      People.Mention unnamed = meant == null && !p.word().equals("they") ? people.describedBefore(p.pos()) : null;
      if (unnamed != null) {
        // "“…,” said a senior intelligence advisor. … “…,” he said." and the advisor named further on
        return people.namedAhead(unnamed.person().name, unnamed.pos());
      }
      if (meant != null && meant.tokens.isEmpty() && meant.name.startsWith("The ")) {
        // "Robert Mansell … The pilot made a call. … he said were: “…”": a description, resolved as one,
        // or refused where it may stand for someone named near it; "I rang the owner … he said" stays the owner's
        Person named = resolve(new Described(meant.name, p.pos()));
        long from = article.paragraphs.get(Math.max(0, at.index - 1)).pos(0);
        boolean someoneNear = people.mentionedBetween(from, p.pos()).stream().anyMatch(x -> !x.tokens.isEmpty() && !x.stranger);
        return named != null ? named : someoneNear ? null : meant;
      }
      return meant;
    }
    Described d = (Described) w;
    Person family = familyOf(d);
    if (family != null) {
      return family;
    }
    Person named = people.namedByRole(d.phrase(), d.pos());
    if (named == null) {
      named = people.describedAgain(d.phrase(), d.pos());
    }
    if (named == null) {
      named = people.namedAhead(d.phrase(), d.pos());
    }
    if (named != null) {
      return named;
    }
    String[] words = d.phrase().split(" ");
    Person owned = people.namedAfterOwner(words);
    if (owned != null) {
      return owned; // "the Zionist Union Party’s Nachman Shai told": the person, not their party
    }
    if (words.length >= 3 && words[0].equalsIgnoreCase("the") && Character.isUpperCase(words[1].codePointAt(0))
        && Character.isUpperCase(words[words.length - 1].codePointAt(0))
        && java.util.Arrays.stream(words, 1, words.length).allMatch(x -> Character.isUpperCase(x.codePointAt(0))
            || Names.TITLE_LINKS.contains(x))) {
      // "The Electronic Frontier Foundation", "the University of Montreal": a body's own name, without its article.
      // …but "the Prime Minister", "the Foreign Secretary" is an office whose holder the text has not named so
      String last = words[words.length - 1].toLowerCase(Locale.ROOT);
      return Words.TITLE_HEADS.contains(last) && !Words.isInstitution(last) || people.inTitleCase(d.pos()) ? null
          : people.described(d.phrase().substring(words[0].length() + 1));
    }
    if (words.length == 2 && words[0].equalsIgnoreCase("the") && ACRONYM.matcher(words[1]).matches()) {
      return people.described(bodies.spelledOut(words[1])); // "the FBI said": the body by its letters, without its article
    }
    String ending = words.length == 2 && words[0].equalsIgnoreCase("the") && Character.isUpperCase(words[1].codePointAt(0))
        ? bodies.endingWith(words[1], d.pos()) : null;
    if (ending != null) {
      return people.described(ending); // "wrote The Post" after "The Washington Post"
    }
    if (words.length == 2 && (Words.isInitials(words[1]) || words[1].matches("\\p{Lu}{2}"))) {
      return null; // "the U.S.", "the UK": a country or body by its initials, not a speaker to name so
    }
    if (words.length == 3 && words[0].equalsIgnoreCase("the") && Words.possessive(words[1]) && !Character.isUpperCase(words[1].codePointAt(0))
        && WRITINGS.contains(words[2].toLowerCase(Locale.ROOT))) {
      // "The whistleblower's note stated": a writing of someone unnamed is theirs, the one the role names or nobody
      return people.namedByRole("the " + words[1].substring(0, words[1].length() - 2), d.pos());
    }
    boolean ownedByName = Character.isUpperCase(words[0].codePointAt(0)) && !words[0].equalsIgnoreCase("the")
        && Words.possessive(words[0]);
    String body = body(words, d.pos());
    if (body != null) {
      Person known = body.indexOf(' ') < 0 ? people.withSurname(body) : null; // "Cornyn's statement added"
      return known != null ? known : people.described(bodies.spelledOut(body));
    }
    if (Set.of("a", "an").contains(words[0].toLowerCase(Locale.ROOT)) && (ANONYMOUS.contains(head(words).toLowerCase(Locale.ROOT))
        || Names.isMember(head(words)))) {
      return null; // "A senior Russian official posted": an unnamed source, whom a quiz cannot name
    }
    if (plural(words.length == 1 ? words[0].toLowerCase(Locale.ROOT) : head(words))) {
      return null; // "The researchers wrote", "Scientists say": many people, no one speaker to name
    }
    if (THINGS.contains(head(words).toLowerCase(Locale.ROOT))) {
      return null; // "The banner read: “…”": words on a thing, nobody's to name
    }
    if (Words.UNNAMED_ONES.contains(words[0].toLowerCase(Locale.ROOT)) || !ownedByName && Words.isInstitution(head(words))) {
      return null; // "One of the users", "the court's summary", "the company": no person to name
    }
    String last = words[words.length - 1].toLowerCase(Locale.ROOT);
    if (words[0].equalsIgnoreCase("the") && !Words.KIN.contains(last) && !WRITINGS.contains(last)) {
      // "the coach", "the woman" that points to no one named: a guess at whom the text means, and on
      // the test parts never a right one (none of 17); kin ("the father") and writings ("the petition") stay
      return null;
    }
    return people.described(d.phrase());
  }

  /**
   * "His family said", "The family's statement read": the family of whom the pronoun means, or of
   * the one the title names, named as the text names them ("Imus family"); null for any other phrase.
   */
  private Person familyOf(Described d) {
    String[] words = d.phrase().toLowerCase(Locale.ROOT).split(" ");
    boolean family = words.length == 2 && words[1].equals("family")
        || words.length >= 3 && (words[1].equals("family's") || words[1].equals("family\u2019s")) && Bodies.DOCUMENTS.contains(head(words));
    if (!family) {
      return null;
    }
    Person whose = null;
    if (words[0].equals("his") || words[0].equals("her")) {
      Paragraph at = article.paragraphs.get((int) (d.pos() >>> 32));
      whose = people.pronoun(words[0].equals("his") ? "he" : "she", d.pos(), at.pos(at.sentenceStart((int) d.pos())));
    } else if (words[0].equals("the")) {
      whose = people.inTitle(); // "Radio host Don Imus dies at 79 … The family's statement read"
    }
    return whose == null || whose.tokens.isEmpty() ? null : people.described(whose.tokens.get(whose.tokens.size() - 1) + " family");
  }

  /**
   * Whom "it said" at pos means: the body or document owner named in this sentence or the one
   * before (in this paragraph or at the end of the last), when no person is named after it; else null.
   */
  private Person itsBody(long pos) {
    int index = (int) (pos >>> 32);
    Paragraph p = article.paragraphs.get(index);
    int start = p.sentenceStart((int) pos);
    long from;
    if (start > 0) {
      from = p.pos(p.sentenceStart(start - 1));
    } else if (index > 0) {
      Paragraph last = article.paragraphs.get(index - 1);
      from = last.pos(last.sentenceStart(Math.max(0, last.text.length() - 1)));
    } else {
      from = pos;
    }
    Bodies.Named body = bodies.lastNamed(from, pos);
    if (body == null || !people.mentionedBetween(body.pos() + 1, pos).isEmpty()) {
      return null;
    }
    return people.described(bodies.spelledOut(body.name()));
  }

  /** Parts of a body that speak for it: "the NAACP national office", "the FBI field office". */
  private static final Set<String> OFFICES = Set.of("office", "headquarters", "branch", "bureau", "secretariat");

  /**
   * The body a description stands for: "the court" the court the text named, "said the report" the
   * owner it gave the report, "The Unicef study" the owner it names; else null.
   */
  private String body(String[] words, long pos) {
    String head = head(words).toLowerCase(Locale.ROOT);
    boolean definite = words[0].equalsIgnoreCase("the");
    if (definite && OFFICES.contains(head) && words.length >= 3) {
      // "The NAACP national office put out a statement": the body whose office it is
      List<String> caps = new ArrayList<>();
      for (int k = 1; k < words.length - 1 && caps.size() == k - 1; k++) {
        if (Character.isUpperCase(words[k].codePointAt(0)) && !Words.possessive(words[k])) {
          caps.add(words[k]);
        }
      }
      if (!caps.isEmpty()) {
        return String.join(" ", caps);
      }
    }
    if (Bodies.BODY_NOUNS.contains(head)) {
      return definite && words.length <= 3 ? bodies.body(head, pos) : null;
    }
    if (!Bodies.DOCUMENTS.contains(head)) {
      return null;
    }
    for (int k = 0; k < words.length - 1 && Character.isUpperCase(words[k].codePointAt(0)); k++) {
      if (Words.possessive(words[k])) { // "RIAA's DMCA notice", "Harlow Records's notice"
        String owner = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k + 1));
        return owner.substring(0, owner.length() - 2);
      }
    }
    if (!definite) {
      // "An IAAF statement said", "A Downing Street statement": the capitalised words are its owner; not "a US report"
      boolean owned = words.length >= 3 && Set.of("a", "an").contains(words[0].toLowerCase(Locale.ROOT))
          && java.util.Arrays.stream(words, 1, words.length - 1).allMatch(x -> Character.isUpperCase(x.codePointAt(0)));
      String owner = owned ? String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length - 1)) : null;
      return owner == null || owner.matches("\\p{Lu}{2}") || Words.isInitials(owner) ? null : owner;
    }
    if (words.length >= 3 && Words.possessive(words[1])) {
      String lower = words[1].substring(0, words[1].length() - 2).toLowerCase(Locale.ROOT);
      return Bodies.BODY_NOUNS.contains(lower) ? bodies.body(lower, pos) : null; // "the court's summary"
    }
    List<String> caps = new ArrayList<>();
    for (int k = 1; k < words.length - 1; k++) {
      if (Character.isUpperCase(words[k].codePointAt(0))) {
        caps.add(words[k]);
      }
    }
    // "The Unicef study" names its owner; "the report" is the one the text gave an owner before.
    return !caps.isEmpty() ? String.join(" ", caps) : words.length == 2 ? bodies.owner(head, pos) : null;
  }

  /** Writings that speak in their own right when the text names no author: "the petition says". */
  private static final Set<String> WRITINGS = Set.of("petition", "manifesto", "will", "indictment", "complaint",
      "lawsuit", "verdict", "sign", "note");

  /** Unnamed sources, as news prose describes them: "a senior official", "a spokesman for the ministry". */
  private static final Set<String> ANONYMOUS = Set.of("official", "source", "spokesman", "spokeswoman", "spokesperson",
      "aide", "insider", "diplomat", "representative", "person");

  /** Words after the head of an unnamed source's description: "a person close to", "a source familiar with". */
  private static final Set<String> CLOSE_TO = Set.of("close", "familiar", "involved", "knowledgeable", "briefed", "privy");

  /** A lowercase plural noun: "researchers", "officials", "residents"; not "boss", "bus", "analysis". */
  private static boolean plural(String word) {
    return word.length() > 3 && Character.isLowerCase(word.codePointAt(0)) && word.endsWith("s") && !word.endsWith("ss")
        && !word.endsWith("us") && !word.endsWith("is") && !Words.possessive(word);
  }

  /** Things that carry words: "the banner read", "a sign said". */
  private static final Set<String> THINGS = Set.of("banner", "sign", "placard", "poster", "plaque", "inscription",
      "shirt", "t-shirt", "billboard", "graffiti", "sticker", "label", "caption", "headline", "screen", "slogan", "card");

  /** The head noun of a description: its last word before "of", "from", "at", "in", "for" or "with". */
  private static String head(String[] words) {
    for (int k = 1; k < words.length; k++) {
      if (Set.of("of", "from", "at", "in", "for", "with", "on").contains(words[k].toLowerCase(Locale.ROOT))) {
        return words[k - 1].toLowerCase(Locale.ROOT);
      }
      if (k >= 2 && CLOSE_TO.contains(words[k].toLowerCase(Locale.ROOT))) {
        return words[k - 1].toLowerCase(Locale.ROOT); // "a source close to the campaign", cut before "to"
      }
    }
    return words[words.length - 1].toLowerCase(Locale.ROOT);
  }

  /**
   * Where the words that may attribute s begin: its sentence, or the end of a quote before it in
   * that sentence ("“…,” Ray Dunne said, but Maria Pike disagreed: “…”" is Maria Pike's).
   */
  private static int clauseOf(Span s) {
    Paragraph p = s.paragraph;
    int from = p.sentenceStart(s.open);
    // the quote before s, by binary search, so that many quotes in one paragraph stay linear
    int k = p.firstSpanFrom(s.open) - 1;
    Span before = k >= 0 ? p.spans.get(k) : null;
    return before != null && before.close < s.open && before.close >= from ? before.close + 1 : from;
  }

  /** A quote that runs over paragraphs has one speaker, named in any of its parts. */
  private static void shareWithinGroups(List<Span> spans, Map<Span, Who> who) {
    Map<Integer, Who> byGroup = new HashMap<>();
    for (Span s : spans) {
      if (who.containsKey(s)) {
        byGroup.putIfAbsent(s.group, who.get(s));
      }
    }
    for (Span s : spans) {
      if (!who.containsKey(s) && byGroup.containsKey(s.group)) {
        who.put(s, byGroup.get(s.group));
      }
    }
  }

  /**
   * A quotation with no attribution of its own, beside an attributed one in the same paragraph,
   * continues it: "“…,” she said. “…”". The nearest attributed quote before it wins, then after it.
   */
  private void shareWithinParagraphs(List<Span> spans, Map<Span, Who> who) {
    Set<Integer> groupsBefore = new HashSet<>(); // quotes begun in an earlier paragraph
    for (Paragraph p : article.paragraphs) {
      List<Span> in = p.spans;
      // the last part of a quote begun in a paragraph before is that quote's, not the next one's in this paragraph
      boolean goesOn = !in.isEmpty() && in.get(0).open == 0 && groupsBefore.contains(in.get(0).group);
      in.forEach(x -> groupsBefore.add(x.group));
      Who[] own = new Who[in.size()];
      for (int i = 0; i < in.size(); i++) {
        own[i] = who.get(in.get(i));
      }
      Who[] next = new Who[in.size()];
      Who seen = null;
      for (int i = in.size() - 1; i >= 0; i--) {
        next[i] = seen;
        seen = own[i] != null ? own[i] : seen;
      }
      Who previous = null;
      int previousAt = -1;
      int[] nextAt = new int[in.size()];
      int at = -1;
      for (int i = in.size() - 1; i >= 0; i--) {
        nextAt[i] = at;
        at = own[i] != null ? i : at;
      }
      for (int i = 0; i < in.size(); i++) {
        // A short one joined by "and" to the quote before it is of a piece with it: "called it “null and void” and “absurd law”".
        boolean joined = i > 0 && previousAt == i - 1
            && p.masked.substring(in.get(i - 1).close + 1, in.get(i).open).matches("\\s*(,|;|and|or|, and|; and)\\s*");
        // A quote that opens a sentence of its own is speech, however short: "“…,” said Peter Grant. “People screamed.”"
        boolean ownSentence = p.sentenceStart(in.get(i).open) == in.get(i).open && words(in.get(i)) >= 2;
        // …and a short one later in the sentence of the quote before it: "said the victims were “…” in an “appalling tragedy”"
        boolean sameSentence = i > 0 && previousAt >= 0 && words(in.get(i)) >= 2
            && p.sentenceStart(in.get(previousAt).open) == p.sentenceStart(in.get(i).open);
        if (own[i] == null && (words(in.get(i)) >= MIN_WORDS_UNATTRIBUTED || joined || ownSentence || sameSentence)) {
          // Only across text that names nobody else: "“…,” said Khosla. Leinen said “…”" shares nothing.
          // A quote whose own sentence names someone else is about them; a quote takes the speaker of
          // one after it only when it opens its sentence: "“…” “…,” she said."
          Span s = in.get(i);
          int head = p.sentenceStart(s.open);
          Who w = null;
          // In one sentence with the quote before it, only the words between the two count:
          // "Khosla talked of Munk's “…” and “…”".
          int from = previousAt >= 0 && p.sentenceStart(in.get(previousAt).open) == head ? in.get(previousAt).close : head;
          // "They described the wind as “…”": a sentence whose subject is "they" is of more than the one speaker before
          boolean theirs = p.masked.startsWith("They ", head) && head < s.open;
          boolean reportedBefore = previous != null && reportedBetween(previous, p, in.get(previousAt), head) || theirs;
          if (previous != null && !reportedBefore && !someoneElse(previous, p, from, s.open)) {
            w = previous;
          } else if (next[i] != null && head == s.open && !reportedBefore && !(i == 0 && goesOn)
              && !someoneElse(next[i], p, s.close, in.get(nextAt[i]).open)) {
            w = next[i];
          }
          Person sharer = w == null ? null : resolve(w);
          if (sharer != null && sharer.tokens.size() >= 2 && namedByGiven(sharer, s.inside())) {
            w = null; // "… praises the former VJ. “Adam created a simple script …”": words about Adam, not his
          }
          if (w != null) {
            who.put(s, w);
          }
        }
        if (own[i] != null) {
          previous = own[i];
          previousAt = i;
        }
      }
    }
  }

  /**
   * "“We defended well,” Dunne said." then a paragraph that is all quotation, "“The lads never gave
   * up.”": a paragraph that opens with a quote and attributes none of its quotes goes on with the one
   * speaker of the paragraph before, when it names nobody and that one quoted only them.
   */
  private void continuingParagraphs(Map<Integer, Transcript.Turn> turns, Map<Span, Who> who) {
    List<Paragraph> ps = article.paragraphs;
    for (int i = 1; i < ps.size(); i++) {
      Paragraph p = ps.get(i);
      Paragraph before = ps.get(i - 1);
      if (p.spans.isEmpty() || p.spans.get(0).open != 0 || turns.containsKey(p.index) || turns.containsKey(before.index)
          || p.spans.stream().anyMatch(who::containsKey) || !people.mentionedBetween(p.pos(0), p.pos(p.text.length())).isEmpty()
          || toks(p).stream().anyMatch(t -> Words.INVERTING.contains(t.lower()))) {
        continue; // "“…,” said co-star Nils Dahl.": a verb of saying of its own, which named someone not read
      }
      if (heading(p)) {
        continue; // "‘It is not easy on us’": a subheading that quotes someone further on
      }
      Set<Person> speakers = new HashSet<>();
      Who last = null;
      for (Span s : before.spans) {
        Who w = who.get(s);
        if (w != null) {
          speakers.add(resolve(w));
          last = w;
        }
      }
      Span lastSpan = before.spans.isEmpty() ? null : before.spans.get(before.spans.size() - 1);
      if (speakers.size() != 1 || speakers.contains(null) || lastSpan == null || !who.containsKey(lastSpan)
          || people.mentionedBetween(before.pos(lastSpan.close), before.pos(before.text.length())).stream()
              .anyMatch(x -> !speakers.contains(x))) {
        continue;
      }
      for (Span s : p.spans) {
        if (words(s) >= 2) {
          who.put(s, last);
        }
      }
    }
  }

  /** A paragraph that is one short quote with no closing stop: a subheading, not a quote going on. */
  private boolean heading(Paragraph p) {
    if (p.spans.size() != 1 || !only(p.text, p.spans.get(0).close + 1, p.text.length(), "")) {
      return false;
    }
    String inside = p.spans.get(0).inside().strip();
    return !inside.isEmpty() && ".!?,;:\u2026".indexOf(inside.charAt(inside.length() - 1)) < 0 && words(p.spans.get(0)) <= 8;
  }

  private static final Pattern FIRST_PERSON = Pattern.compile("\\b(I|I'm|I\u2019m|I've|I\u2019ve|I'd|I\u2019d|me|my|we|We|our|Our|us)\\b");

  /**
   * "… leaving Ingram unimpressed. “I thought one of them was questionable.”": a first-person
   * quotation that opens a sentence with no attribution anywhere, as the paragraph's first quote,
   * is the one person the paragraph names before it (or the "he" or "she" it opens a clause with,
   * when it names nobody). With two people named, or none, it stays unattributed.
   */
  private void nearbySentence(List<Span> spans, Map<Span, Who> who) {
    Map<Integer, StringBuilder> groupText = new HashMap<>(); // a quote over paragraphs, whole
    spans.forEach(x -> groupText.computeIfAbsent(x.group, g -> new StringBuilder()).append(x.inside()).append(' '));
    for (Span s : spans) {
      Paragraph p = s.paragraph;
      if (who.containsKey(s) || p.spans.get(0) != s || p.sentenceStart(s.open) != s.open || s.open == 0) {
        continue;
      }
      // "Why did she so badly want to attend? “It's Warhol. He is a legend.”": the writer's question, her answer
      int q = s.open - 1;
      while (q > 0 && Character.isWhitespace(p.masked.charAt(q))) {
        q--;
      }
      Person reported = reportedJustBefore(p, s, q);
      if (reported != null && !namedInside(reported, groupText.get(s.group).toString())) {
        who.put(s, byFullName(reported, p.pos(s.open)));
        continue;
      }
      boolean answers = p.masked.charAt(q) == '?' && words(s) >= 2;
      if (!answers && (words(s) < MIN_WORDS_UNATTRIBUTED || !FIRST_PERSON.matcher(s.inside()).find() && words(s) < LONG_SPEECH)
          || !Character.isUpperCase(s.inside().strip().codePointAt(0))) {
        continue;
      }
      List<Person> before = people.mentionedBetween(p.pos(0), p.pos(s.open));
      Set<Person> distinct = new HashSet<>(before);
      if (distinct.size() == 1) {
        Person only = distinct.iterator().next();
        if (namedInside(only, groupText.get(s.group).toString())) {
          continue; // "Bob was one of the most mesmeric people. “… Bob was a very driven individual.”": about him
        }
        if (!only.tokens.isEmpty() && !only.stranger) {
          who.put(s, byFullName(only, p.pos(s.open)));
        } else if (!only.stranger && people.describedSubjectAt(p.pos(toks(p).get(0).start()))) {
          // "The Iranian president attacked what he saw as … “By using …”": the one the description means
          who.put(s, new Described(only.name, p.pos(toks(p).get(0).start())));
        }
        continue;
      }
      if (distinct.isEmpty()) {
        List<Tok> toks = toks(p);
        for (int t = 0; t < toks.size() && toks.get(t).start() < s.open; t++) {
          String w = toks.get(t).lower();
          boolean clause = t == 0 || clauseBreak(Names.gapBefore(p.masked, toks, t));
          if (clause && (w.equals("he") || w.equals("she"))) {
            who.put(s, new Pronoun(w, p.pos(toks.get(t).start())));
            break;
          }
        }
      }
    }
  }

  /**
   * "…, said Bart Naylor, an advocate for Public Citizen. “It would avoid a big Senate fight.”": the one the
   * sentence right before reports as saying, named last in it next to its verb of saying; q ends that sentence.
   */
  private Person reportedJustBefore(Paragraph p, Span s, int q) {
    if (q <= 0 || p.masked.charAt(q) != '.') {
      return null;
    }
    int from = p.sentenceStart(q);
    People.Mention last = people.lastMentionIn(p.pos(from), p.pos(s.open));
    if (last == null || last.person().tokens.isEmpty() || last.person().stranger) {
      return null;
    }
    List<Tok> toks = toks(p);
    int t = firstTokenFrom(toks, (int) last.pos());
    int end = t + 1;
    while (end < toks.size() && toks.get(end).capitalised() && Names.gap(p.masked, toks, end - 1).equals(" ")) {
      end++;
    }
    // "said Bart Naylor, …" or "said Bart Naylor.", not "said Mr Sigarchi's sentence would …"
    boolean saidBefore = t > 0 && Names.gap(p.masked, toks, t - 1).equals(" ") && SAID.contains(toks.get(t - 1).lower())
        && !toks.get(end - 1).possessive() && (end >= toks.size() || toks.get(end).start() >= q
            || Names.gap(p.masked, toks, end - 1).startsWith(","));
    boolean saidAfter = end < toks.size() && toks.get(end).start() < q && Names.gap(p.masked, toks, end - 1).equals(" ")
        && SAID.contains(toks.get(end).lower());
    // …but not "Wilde said in a statement Warhol was prolific. “He never stopped …”": words that may be about another
    for (int k = end + 1; saidAfter && k < toks.size() && toks.get(k).start() < q; k++) {
      saidAfter = !toks.get(k).capitalised();
    }
    return saidBefore || saidAfter ? last.person() : null;
  }

  private static final Set<String> SAID = Set.of("said", "says", "told", "tells", "added", "adds", "explained", "explains",
      "argued", "argues", "noted", "notes", "wrote", "writes");

  /** Whether the quote names the person by their full name: "“Hillary Clinton has the potential …”" is about her. */
  private static boolean namedInFull(Person x, String quote) {
    return x.tokens.size() >= 2 && quote.contains(String.join(" ", x.tokens));
  }

  /** Whether the quote names the person by their given name: "Adam created …" is not Adam Curry's. */
  private static boolean namedByGiven(Person x, String quote) {
    return List.of(quote.split("[^\\p{L}\\p{Nd}'\u2019-]+")).contains(x.tokens.get(0));
  }

  /** Whether the quote names the person by a word of their name: its words are about them, not theirs. */
  private static boolean namedInside(Person x, String quote) {
    List<String> words = List.of(quote.split("[^\\p{L}\\p{Nd}'\u2019-]+"));
    return x.tokens.stream().anyMatch(words::contains);
  }

  /**
   * "…, Phillips said. “It's the way it's integrated …”", or a paragraph "Ibrahim explained that the
   * arts bring people together." before one that is all quotation: a quote that opens its sentence,
   * attributed nowhere, after a sentence reporting someone's words with no quote of its own, goes on
   * with that speaker, when nobody else is named between.
   */
  private void afterReportedSpeech(List<Span> spans, Map<Integer, Transcript.Turn> turns, Map<Span, Who> who) {
    Paragraph at = null;
    int i = -1; // the index of s in its paragraph: spans holds whole paragraphs, in order
    for (Span s : spans) {
      Paragraph p = s.paragraph;
      i = p == at ? i + 1 : 0;
      at = p;
      if (who.containsKey(s) || notQuotes.contains(s) || words(s) < 2 || p.sentenceStart(s.open) != s.open) {
        continue;
      }
      Who w = null;
      int from = 0; // where "nobody else named between" is read from
      int to = s.open;
      if (s.open > 0 && (i == 0 || p.spans.get(i - 1).close < p.sentenceStart(s.open - 1))) {
        from = p.sentenceStart(s.open - 1);
        w = reported(p, from, s.open);
        int told = w == null ? -1 : reportedClause(p, from, s.open);
        to = told >= 0 ? told : to; // "Wilkins said Warhol was …": the one the words are about is no other speaker
      } else if (s.open == 0 && p.index > 0 && !turns.containsKey(p.index - 1)) {
        Paragraph before = article.paragraphs.get(p.index - 1);
        int end = before.text.length();
        boolean quoteless = before.spans.isEmpty() || before.spans.get(before.spans.size() - 1).close < before.sentenceStart(end - 1);
        w = quoteless && p.spans.stream().noneMatch(who::containsKey) ? reported(before, before.sentenceStart(end - 1), end) : null;
        if (w == null && quoteless && before.spans.isEmpty() && p.spans.stream().noneMatch(who::containsKey)
            && (words(s) >= LONG_SPEECH || FIRST_PERSON.matcher(s.inside()).find())) {
          w = onlyOneNamed(before); // "Maring flew on the DC-8 for years." then a paragraph of his words
        }
      }
      Person meant = w instanceof Named ? resolve(w) : null;
      if (meant != null && namedInFull(meant, s.inside())) {
        continue; // "Hillary Clinton …" then "“Hillary Clinton has the potential …,” the influential US daily wrote"
      }
      if (w != null && !someoneElse(w, p, from, to)) {
        who.put(s, w);
      }
    }
  }

  /**
   * Where the reported clause of "Wilkins also said Warhol was …" begins, the sentence [from, to)
   * opening with its speaker and a verb of saying; -1 for any other sentence.
   */
  private int reportedClause(Paragraph p, int from, int to) {
    List<Tok> toks = toks(p);
    int a = firstTokenFrom(toks, from);
    Parsed opener = speaker(p, toks, a, Mode.SUBJECT);
    if (opener == null || !(opener.who() instanceof Named)) {
      return -1;
    }
    int v = skipAdverbs(toks, opener.end());
    return v + 1 < toks.size() && toks.get(v).end() < to && (Words.SPEECH_VERBS.contains(toks.get(v).lower())
        || Words.STANCE_VERBS.contains(toks.get(v).lower())) ? toks.get(v).end() : -1;
  }

  /** The one person a paragraph names, by full name, or null when it names none or several. */
  private Who onlyOneNamed(Paragraph p) {
    Set<Person> named = new HashSet<>(people.mentionedBetween(p.pos(0), p.pos(p.text.length())));
    if (named.size() != 1) {
      return null;
    }
    Person only = named.iterator().next();
    return only.tokens.size() < 2 || only.stranger ? null : byFullName(only, p.pos(0));
  }

  /** A person already known, named by their full name, so that the name resolves to them again. */
  private static Named byFullName(Person known, long pos) {
    return new Named(new Name(known.name, known.tokens, known.role, false, 0, 0), pos);
  }

  /**
   * The speaker of a sentence [from, to) that reports words without quoting them: "…, Phillips said.",
   * "…, said Tom Reyes.", "Ibrahim explained that …"; null for any other sentence.
   */
  private Who reported(Paragraph p, int from, int to) {
    List<Tok> toks = toks(p);
    int a = firstTokenFrom(toks, from);
    int z = firstTokenFrom(toks, to); // one past the sentence's last word
    if (z - a < 4 || !p.masked.substring(toks.get(z - 1).end(), to).strip().equals(".")) {
      return null;
    }
    Parsed opener = speaker(p, toks, a, Mode.SUBJECT);
    if (opener != null && opener.who() instanceof Named) {
      int v = skipAdverbs(toks, opener.end());
      // "Ibrahim explained that …", "Wilkins also said Warhol was …": a clause, not "said in a statement"
      Tok next = v + 1 < z ? toks.get(v + 1) : null;
      boolean clause = next != null && (next.lower().equals("that") || Names.gapBefore(p.masked, toks, v + 1).equals(" ")
          && (next.capitalised() || Words.DETERMINERS.contains(next.lower()) || Words.PRONOUNS.contains(next.lower())));
      if (v + 1 < z && Words.SPEECH_VERBS.contains(toks.get(v).lower()) && clause) {
        return opener.who();
      }
      if (v + 1 < z && Words.STANCE_VERBS.contains(toks.get(v).lower())) {
        return opener.who(); // "Sarah Huckabee Sanders disagreed with Miller's assessment."
      }
    }
    int c = z - 1;
    while (c > a && !Names.gapBefore(p.masked, toks, c).equals(", ")) {
      c--;
    }
    if (c <= a || z - c > 8) {
      return null;
    }
    if (Words.INVERTING.contains(toks.get(c).lower())) {
      Parsed by = speaker(p, toks, c + 1, Mode.INVERTED);
      return by != null && by.end() == z && by.who() instanceof Named ? by.who() : null;
    }
    Parsed subject = speaker(p, toks, c, Mode.SUBJECT);
    int v = subject == null ? -1 : skipAdverbs(toks, subject.end());
    return subject != null && v == z - 1 && Words.SPEECH_VERBS.contains(toks.get(v).lower()) ? subject.who() : null;
  }

  /**
   * Whether the sentence right before the one opening at head, after the quote before, reports
   * someone else's words: "“…,” said the minister. Mike Hall said that he is pleased. “…”" is Hall's.
   */
  private boolean reportedBetween(Who previous, Paragraph p, Span before, int head) {
    if (head == 0 || before.close >= head || p.sentenceStart(head - 1) <= before.close) {
      return false;
    }
    Who r = reported(p, p.sentenceStart(head - 1), head);
    return r instanceof Named && resolve(r) != resolve(previous);
  }

  /** Whether a person other than the one w stands for is mentioned in [from, to) of p. */
  private boolean someoneElse(Who w, Paragraph p, int from, int to) {
    Person speaker = resolve(w);
    return people.mentionedBetween(p.pos(from), p.pos(to)).stream().anyMatch(x -> x != speaker);
  }

  /** "“…,” he said", "“…,” said Eric Heikkila, …", "“…,” according to …" right after the closing mark. */
  private static final Pattern REPORTED_AFTER = Pattern.compile("^[,\\s]*[^.!?]{0,50}\\b(reported|reports)\\b");
  private static final Pattern SAID_BEFORE = Pattern.compile("\\b(said|says|told \\p{L}+|asked|added)[:,]\\s*$");

  /** "Trump said: “…,” the Times reported": someone's words that a publication reports after them. */
  private static boolean reportsOthersWords(Span s) {
    String m = s.paragraph.masked;
    int from = Math.max(s.paragraph.sentenceStart(s.open), s.open - 80);
    // the cheap test first, so that a paragraph of many quotes stays quick
    return REPORTED_AFTER.matcher(m).region(s.close + 1, Math.min(m.length(), s.close + 80)).lookingAt()
        && SAID_BEFORE.matcher(m.substring(from, s.open)).find();
  }

  private Who after(Span s) {
    if (!s.closed) {
      return null;
    }
    String inside = s.inside().strip();
    if (inside.isEmpty()) {
      return null;
    }
    Paragraph p = s.paragraph;
    List<Tok> toks = toks(p);
    int t = firstTokenFrom(toks, s.close + 1);
    if (t >= toks.size()) {
      return null;
    }
    if (!only(p.masked, s.close + 1, toks.get(t).start(), ",;\u2014\u2013-")) {
      return null;
    }
    if (only(p.masked, s.close + 1, toks.get(t).start(), " ") && ",.!?".indexOf(inside.charAt(inside.length() - 1)) < 0) {
      Who w = afterAFewWords(p, toks, t);
      if (w != null) {
        return w;
      }
    }
    Who signed = signature(p, toks, s, t);
    if (signed != null) {
      return signed; // "“The light you shed, will spread.” – RBG": a quotation signed with a dash
    }
    char last = inside.charAt(inside.length() - 1);
    if (last == '.' && toks.get(t).capitalised()) {
      return saidAlone(p, toks, t); // a new sentence begins, unless it is only "Trump said.", a comma typed as a stop
    }
    Tok first = toks.get(t);
    if (first.lower().equals("according") && t + 1 < toks.size() && toks.get(t + 1).lower().equals("to")) {
      Parsed by = speaker(p, toks, t + 2, Mode.INVERTED);
      if (by != null && by.who() instanceof Described) {
        // "Xi told Biden that “…”, according to a readout from …": the one the sentence has speaking, not the document
        Who said = before(p, clauseOf(s), s.open);
        if (said instanceof Named) {
          return said;
        }
      }
      return by == null ? null : by.who();
    }
    if (Words.INVERTING.contains(first.lower())) {
      int k = t + 1;
      if (k < toks.size() && toks.get(k).lower().equals("back") && Names.gapBefore(p.masked, toks, k).equals(" ")) {
        k++;
      }
      if (k < toks.size() && !Names.gapBefore(p.masked, toks, k).equals(" ")) {
        return null;
      }
      Parsed by = speaker(p, toks, k, Mode.INVERTED);
      if (by != null && by.end() + 1 < toks.size() && pairedName(p, toks, by.end() + 1)) {
        return null; // "said Biden and Kishida": two speak, neither alone
      }
      return by == null ? nameClosingTheSentence(p, toks, k) : by.who();
    }
    Parsed subject = speaker(p, toks, t, Mode.SUBJECT);
    if (subject == null) {
      subject = apposedAfterTitle(p, toks, t);
    }
    if (subject == null) {
      return null;
    }
    int v = skipAdverbs(toks, subject.end());
    // A name may carry its description in commas ("“…,” Jamie Strachan, CEO of …, told"); a description may not.
    boolean direct = v < toks.size() && (subject.who() instanceof Named
        || p.masked.substring(toks.get(t).start(), toks.get(v).start()).indexOf(',') < 0);
    // "“…,” he pointed out."
    boolean pointedOut = v + 1 < toks.size() && Words.POINTING.contains(toks.get(v).lower())
        && toks.get(v + 1).lower().equals("out");
    if (".?!".indexOf(last) >= 0 && v < toks.size() && introducesNext(p, toks.get(v).end())) {
      return null; // "“…?” Vatican archbishop Charles Scicluna said, “…”": his verb opens the next quote
    }
    if ("?!".indexOf(last) >= 0 && v + 1 < toks.size() && toks.get(v + 1).lower().equals("that")
        && Names.gapBefore(p.masked, toks, v + 1).equals(" ")) {
      return null; // "“… what do you think?” Prime Minister Kevin Rudd said that …": a new sentence of reported speech
    }
    // "“…,” the statement read.": the words a document reads are its owner's
    boolean reads = v < toks.size() && READS.contains(toks.get(v).lower()) && ownedDocument(subject.who());
    return direct && (Words.SPEECH_VERBS.contains(toks.get(v).lower()) || pointedOut || reads) ? subject.who() : null;
  }

  /**
   * "“…,” Liberal Leader and former Minister under Jean Chrétien, Stéphane Dion, said": a title
   * phrase with no verb, then the name between commas, then the verb after it.
   */
  private Parsed apposedAfterTitle(Paragraph p, List<Tok> toks, int t) {
    boolean head = false;
    for (int k = t; k < toks.size() && k < t + 12; k++) {
      Tok x = toks.get(k);
      String gap = Names.gapBefore(p.masked, toks, k);
      if (k > t && gap.equals(", ")) {
        Parsed named = head ? speaker(p, toks, k, Mode.INVERTED) : null;
        boolean closed = named != null && named.who() instanceof Named && named.end() < toks.size()
            && Names.gapBefore(p.masked, toks, named.end()).equals(", ");
        return closed ? new Parsed(named.who(), named.end()) : null;
      }
      if (k > t && !gap.equals(" ") || Words.verbLike(x) || Words.VERB_HELPERS.contains(x.lower())) {
        return null;
      }
      head |= Words.TITLE_HEADS.contains(x.lower());
    }
    return null;
  }

  private static final Set<String> READS = Set.of("read", "reads");

  /** Whether w is a document ("the statement", "The Home Office letter") whose owner the text names. */
  private boolean ownedDocument(Who w) {
    return w instanceof Described d && Bodies.DOCUMENTS.contains(head(d.phrase().split(" ")).toLowerCase(Locale.ROOT))
        && resolve(d) != null;
  }

  /** A dash after the quote and then only a name, or a body's letters, to the paragraph's end: whoever signs it. */
  private Who signature(Paragraph p, List<Tok> toks, Span s, int t) {
    String gap = p.masked.substring(s.close + 1, toks.get(t).start());
    if (!gap.matches("\\s*[\u2014\u2013-]\\s*") || toks.size() - t > 4 || !only(p.masked, toks.get(toks.size() - 1).end(), p.masked.length(), ".")) {
      return null;
    }
    if (toks.size() - t == 1 && ACRONYM.matcher(toks.get(t).text()).matches()) {
      return new Named(new Name(toks.get(t).text(), List.of(toks.get(t).text()), null, false, t, t + 1), p.pos(toks.get(t).start()));
    }
    Name n = Names.parse(p.masked, toks, t, toks.size());
    return n != null && n.first() == t && n.end() == toks.size() ? new Named(n, p.pos(toks.get(t).start())) : null;
  }

  /**
   * "The bill was drafted by Alex Greenwich who said on the floor, “…”", "…, Ana Ruiz, who said
   * “…”": "who" before the verb at v stands for the named person right before it.
   */
  private Who relativeSpeaker(Paragraph p, List<Tok> toks, int a, int v) {
    int who = v - 1;
    while (who > a && Words.ADVERBS.contains(toks.get(who).lower())) {
      who--;
    }
    if (who - 1 <= a || !toks.get(who).lower().equals("who") || !toks.get(who - 1).capitalised()) {
      return null;
    }
    // "Sen. Ron Johnson (R-Wis.), who told …": the name ends before its party in brackets
    int end = who - 2 > a && PARTY_IN_BRACKETS.matcher(p.masked.substring(toks.get(who - 2).end(), toks.get(who).start()))
        .lookingAt() ? who - 1 : who;
    int start = end - 1;
    while (start - 1 >= a && end - start < 6 && toks.get(start - 1).capitalised()
        && Names.gapBefore(p.masked, toks, start).equals(" ")) {
      start--;
    }
    for (int f = start; f < end; f++) {
      Parsed named = speaker(p, toks, f, Mode.INVERTED);
      if (named != null && named.end() == end && named.who() instanceof Named) {
        return named.who();
      }
    }
    return null;
  }

  /** "“… emails that are missing.” Trump said.": a sentence of a name and a verb of saying alone, or null. */
  private Who saidAlone(Paragraph p, List<Tok> toks, int t) {
    Parsed subject = speaker(p, toks, t, Mode.SUBJECT);
    if (subject == null || !(subject.who() instanceof Named)) {
      return null;
    }
    int v = skipAdverbs(toks, subject.end());
    if (v >= toks.size() || !Words.SPEECH_VERBS.contains(toks.get(v).lower())) {
      return null;
    }
    int end = v + 1 + (v + 1 < toks.size() ? timeBetween(toks, v + 1) : 0);
    String rest = end < toks.size() ? p.masked.substring(toks.get(end - 1).end(), toks.get(end).start())
        : p.masked.substring(toks.get(end - 1).end());
    return rest.strip().startsWith(".") ? subject.who() : null;
  }

  /** Whether a comma or colon, then the opening mark of another quote, come right after offset. */
  private static boolean introducesNext(Paragraph p, int offset) {
    int k = p.firstSpanFrom(offset);
    return k < p.spans.size() && p.masked.substring(offset, p.spans.get(k).open).matches("\\s*[,:]\\s*");
  }

  /**
   * "“… able to study” in the village, Has Nang told VOA": the quoted sentence ends in a few
   * lowercase words of its own (from t), then a comma, a named subject and its verb of saying.
   */
  private Who afterAFewWords(Paragraph p, List<Tok> toks, int t) {
    int c = t; // the last of the few words
    while (c + 1 < toks.size() && c - t < 5 && !toks.get(c).capitalised() && Names.gapBefore(p.masked, toks, c + 1).equals(" ")) {
      c++;
    }
    if (c + 1 >= toks.size() || toks.get(c).capitalised() || !Names.gapBefore(p.masked, toks, c + 1).equals(", ")
        || !toks.get(c + 1).capitalised()) {
      return null;
    }
    Parsed subject = speaker(p, toks, c + 1, Mode.SUBJECT);
    int v = subject == null ? -1 : skipAdverbs(toks, subject.end());
    boolean says = subject != null && subject.who() instanceof Named && v < toks.size()
        && Words.SPEECH_VERBS.contains(toks.get(v).lower());
    return says ? subject.who() : null;
  }

  /**
   * "“…,” said University of California, San Diego's chancellor, Pradeep Khosla.": after the verb,
   * a description with commas of its own, then the name in apposition closing the sentence. The
   * description may hold no verb.
   */
  private Who nameClosingTheSentence(Paragraph p, List<Tok> toks, int k) {
    if (k >= toks.size()) {
      return null; // the verb ends the paragraph: "“…,” said"
    }
    int start = p.sentenceStart(toks.get(k).start());
    int end = k;
    while (end < toks.size() && p.sentenceStart(toks.get(end).start()) == start && end - k < 16) {
      end++;
    }
    String after = end < toks.size() ? p.masked.substring(toks.get(end - 1).end(), toks.get(end).start())
        : p.masked.substring(toks.get(end - 1).end());
    if (end - k < 3 || !after.strip().matches("[.!]") || p.quoteBetween(toks.get(k).start(), toks.get(end - 1).end())) {
      return null;
    }
    for (int c = end - 2; c > k; c--) {
      if (!Names.gapBefore(p.masked, toks, c).equals(", ")) {
        continue;
      }
      Name n = Names.parse(p.masked, toks, c, end);
      if (n == null || n.first() != c || n.tokens().size() < 2) {
        return null;
      }
      for (int v = k; v < c; v++) {
        if (Words.verbLike(toks.get(v)) || Words.PRONOUNS.contains(toks.get(v).lower())) {
          return null;
        }
      }
      String role = p.masked.substring(toks.get(k).start(), toks.get(c - 1).end());
      return new Named(new Name(n.name(), n.tokens(), role, n.honorific(), n.first(), n.end(), n.shown()), p.pos(toks.get(c).start()));
    }
    return null;
  }

  /**
   * The attribution in the words of a sentence before a quote, [from, to) of the paragraph:
   * "He said “…”", "Duda told local media … “…”", "«…» said Khan, “…”", "An eyewitness described …, stating, “…”".
   */
  private Who before(Paragraph p, int from, int to) {
    List<Tok> toks = toks(p);
    int b = firstTokenFrom(toks, to);
    while (b > 0 && toks.get(b - 1).end() > to) {
      b--;
    }
    // An attribution sits near its quote; a long run-on sentence is read only so far back.
    int a = Math.max(firstTokenFrom(toks, from), b - MAX_HEAD_WORDS);
    if (b <= a) {
      return null;
    }
    String tail = shortText(p.masked, toks.get(b - 1).end(), to);
    if (tail.matches("[\\s,:\u2014\u2013-]*")) {
      // The verb, then the speaker, right before the quote: "said Khan, “…”", "according to the police, “…”".
      for (int v = b - 1; v >= a && v >= b - 10; v--) {
        String w = toks.get(v).lower();
        boolean according = w.equals("to") && v > a && toks.get(v - 1).lower().equals("according");
        if (Words.INVERTING.contains(w) && v > a && subjectOf(p, toks, a, v) != null) {
          break; // "Sara Amundson said Day “…”": the verb has its subject; what follows it is no speaker
        }
        if (Words.INVERTING.contains(w) || according) {
          Parsed by = speaker(p, toks, v + 1, Mode.INVERTED);
          if (by != null && by.end() == b && !(by.who() instanceof Pronoun)) {
            // "said he “won't …”" is "said that he …": the pronoun is the reported clause's subject, not a speaker
            return by.who();
          }
        }
      }
    }
    Who quoted = quotedAsSaying(p, toks, a, b, to);
    if (quoted != null) {
      return quoted;
    }
    boolean participle = false;
    for (int v = b - 1; v >= a; v--) {
      String w = toks.get(v).lower();
      Who issued = issuedReading(p, toks, a, v, b);
      if (issued != null) {
        return issued;
      }
      participle |= Words.PARTICIPLES.contains(w);
      Who saying = nameBeforeSaying(p, toks, a, v, b);
      if (saying != null) {
        return saying;
      }
      boolean reach = b - v <= 2 || SAYING.contains(w) && b - v <= 12; // "with Charles Kennedy saying his party was the “…”"
      for (int k = v - 2; Words.PARTICIPLES.contains(w) && reach && k > a && k >= v - 5; k--) {
        if (toks.get(k).lower().equals("with")) {
          Who with = withParticiple(p, toks, k - 1, b); // ", with Boswell stating: “…”"
          if (with != null) {
            return with;
          }
        }
      }
      String gap = Names.gapBefore(p.masked, toks, v);
      if (Words.PARTICIPLES.contains(w) && b - v <= 4 && v > a && (gap.contains(",") || gap.contains(";"))
          && !toks.get(v - 1).lower().equals("with")) {
        // "…, arguing publication would, “…”": the participle's clause, not a verb before it, holds the quote
        Who subject = sentenceSubject(p, toks, a, b);
        if (subject != null) {
          return subject;
        }
      }
      if (Words.INVERTING.contains(w) && tail.strip().equals(":") && v + 1 < b) {
        // "One thing is guaranteed, said Sous Yara, a CPP lawmaker, although he stopped short …: “…”"
        Parsed by = speaker(p, toks, v + 1, Mode.INVERTED);
        if (by != null && by.who() instanceof Named && by.end() < b && Names.gapBefore(p.masked, toks, by.end()).startsWith(",")
            && !someoneElse(by.who(), p, toks.get(by.end()).start(), to)) {
          return by.who();
        }
      }
      if (READS.contains(w) && b - v <= 2 && v > a) {
        // "The Home Office letter reads “…”": the words a document reads are its owner's
        Who doc = subjectOf(p, toks, a, v);
        if (ownedDocument(doc)) {
          return doc;
        }
      }
      if (w.equals("to") && v + 1 < b && BASE_SAYING.contains(toks.get(v + 1).lower()) && v - 1 > a && toks.get(v - 1).capitalised()) {
        // "…,” he said Sunday, only for Trump to tweet Monday that “…”": the one the infinitive's verb is for
        int start = v - 1;
        while (start - 1 > a && v - start < 4 && toks.get(start - 1).capitalised() && Names.gapBefore(p.masked, toks, start).equals(" ")) {
          start--;
        }
        Parsed named = speaker(p, toks, start, Mode.INVERTED);
        if (named != null && named.who() instanceof Named && named.end() == v) {
          return named.who();
        }
      }
      if (w.equals("on") && v == b - 1 && v - 1 > a && Set.of("went", "goes").contains(toks.get(v - 1).lower())
          && tail.matches("\\s*[,:]\\s*")) {
        Who goes = subjectOf(p, toks, a, v - 1); // "She went on: “…”"
        if (goes != null) {
          return goes;
        }
      }
      boolean colonVerb = Words.COLON_VERBS.contains(w) && v == b - 1 && tail.matches("\\s*[,:]\\s*");
      // "defended his manager as a “very decent man”": a short quote as the object, never a sentence after a colon
      int q = p.firstSpanFrom(to);
      boolean judged = Words.JUDGING.contains(w) && tail.isBlank() && q < p.spans.size() && words(p.spans.get(q)) <= MAX_JUDGED;
      if (!Words.SPEECH_VERBS.contains(w) && !colonVerb && !judged) {
        continue;
      }
      if (p.quoteBetween(toks.get(v).end(), to) && !termsBeforeColon(p, toks, v, b, to)
          || Words.OBJECT_VERBS.contains(w) && b - v > 6 && !participle
          && !tail.strip().equals(":") && !(toks.get(b - 1).lower().equals("as") && b - v <= 12)) {
        break; // another quote stands between, or "called" is too far away to have the quote as its object
      }
      if (Words.OBJECT_VERBS.contains(w) && b - 1 > v && toks.get(b - 1).lower().equals("over")) {
        break; // "Clinton blasts Trump over ‘deportation force’ idea": the words of the one blasted, not hers
      }
      if (pluralSubjectRightBefore(p, toks, a, v)) {
        break; // "what they and other leaders have called a “sham election”": the verb has a subject of its own, many people
      }
      if (unnamedSpeakerBetween(toks, v, b)) {
        break; // "Hills admitted he attended a meeting at which an NOPD supervisor instructed officers to “…”"
      }
      Who subject = subjectOf(p, toks, a, v);
      if (subject == null) {
        subject = relativeSpeaker(p, toks, a, v);
      }
      Who with = withParticiple(p, toks, v, b);
      if (with != null) {
        return with; // "London announced its ban, with Foreign Secretary Ed Miliband accusing “…”"
      }
      if (subject != null && newClauseNamesAnother(p, toks, a, v, b, subject)) {
        break; // "“…,” Ray Dunne said, but Maria Pike disagreed: “…”": the verb is for the quote before, or another clause's
      }
      if (subject != null) {
        return subject;
      }
      if (v - 1 >= a && Words.CONJUNCTIONS.contains(toks.get(v - 1).lower())) {
        // "Alex Ferguson made a comment … and said, “…”": the verb shares the sentence's subject.
        Who shared = sentenceSubject(p, toks, a, v - 1);
        int opens = p.sentenceStart(to);
        int start = firstTokenFrom(toks, opens);
        String opener = toks.get(start).lower();
        boolean opensOnParticiple = opener.endsWith("ing") || opener.endsWith("ed"); // "Citing a maxim, he …": no subject there
        if (shared == null && start < a && !opensOnParticiple && !p.quoteBetween(opens, toks.get(start).start())) {
          // "The State Department gave its “deepest sympathies” and said …“…”": a quote earlier in
          // the predicate leaves the sentence's subject the one who speaks
          shared = sentenceSubject(p, toks, start, v - 1); // others named there are the predicate's objects
        }
        if (shared != null) {
          return shared;
        }
      }
    }
    // "Councilor Nick Harris was outspoken …, stating “…”": a participle speaks for the sentence's subject.
    if (participle) {
      Who subject = sentenceSubject(p, toks, a, b);
      return subject != null ? subject : participleAfterQuotes(p, toks, a, b);
    }
    Who owner = tail.strip().equals(":") ? ownersWordsInclude(p, toks, a, b) : null;
    return owner != null ? owner : colonAfterSubject(p, toks, a, b, to, tail);
  }

  /** The most words a quote judged by a verb of judging may have: a phrase, not a statement. */
  private static final int MAX_JUDGED = 8;

  /** How far back from a quote "as saying" may stand: "quoted Gina Raimondo as saying the talks were “…”". */
  private static final int AS_SAYING_REACH = 12;

  /**
   * "Reuters quoted Commerce Secretary Gina Raimondo as saying the talks were “…”", "State media quoted Xi as
   * saying: “…”", "Raimondo was quoted as saying “…”": the words are the one quoted, not the one quoting;
   * null when the sentence has no "as saying", or names someone else after it.
   */
  private Who quotedAsSaying(Paragraph p, List<Tok> toks, int a, int b, int to) {
    for (int k = b - 1; k > a + 1 && k >= b - AS_SAYING_REACH; k--) {
      if (!Set.of("saying", "telling", "writing").contains(toks.get(k).lower()) || !toks.get(k - 1).lower().equals("as")) {
        continue;
      }
      int as = k - 1;
      Who who = null;
      for (int q = as - 1; q >= a && q >= as - 8 && who == null; q--) {
        if (toks.get(q).lower().equals("quoted") && q + 1 < as) {
          Parsed named = speaker(p, toks, q + 1, Mode.INVERTED);
          who = named != null && named.end() == as && !(named.who() instanceof Pronoun) ? named.who() : null;
          if (who == null && q > a && Set.of("was", "were", "is", "been").contains(toks.get(q - 1).lower())) {
            who = sentenceSubject(p, toks, a, q - 1); // "Raimondo was quoted as saying"
          }
          break;
        }
      }
      return who == null || someoneElse(who, p, toks.get(k).end(), to) ? null : who;
    }
    return null;
  }

  private static final Set<String> WRITINGS_OF = Set.of("language", "words", "messages", "emails", "e-mails", "posts", "tweets",
      "comments", "remarks", "statements", "threats", "letters", "writings", "notes", "texts", "lyrics");
  private static final Set<String> INCLUDING = Set.of("include", "includes", "included", "were", "read", "reads", "said");

  /**
   * "Examples of Johnson's threatening language include: “…”; “…”": the words listed after a colon
   * are those of the one whose words the clause before it names, when it names nobody else.
   */
  private Who ownersWordsInclude(Paragraph p, List<Tok> toks, int a, int b) {
    if (!INCLUDING.contains(toks.get(b - 1).lower())) {
      return null;
    }
    for (int k = a; k < b - 1; k++) {
      if (!toks.get(k).capitalised() || !toks.get(k).possessive()) {
        continue;
      }
      int noun = -1;
      for (int j = k + 1; j < b - 1 && j <= k + 3 && noun < 0; j++) {
        noun = WRITINGS_OF.contains(toks.get(j).lower()) ? j : -1;
      }
      int start = k;
      while (start > a && toks.get(start - 1).capitalised() && Names.gapBefore(p.masked, toks, start).equals(" ")) {
        start--;
      }
      Name owner = noun < 0 ? null : Names.parse(p.masked, toks, start, k + 1);
      if (owner == null) {
        return null;
      }
      for (int j = noun + 1; j < b; j++) {
        if (toks.get(j).capitalised()) {
          return null; // someone else, or a name, between the words and the colon
        }
      }
      return new Named(owner, p.pos(toks.get(start).start()));
    }
    return null;
  }

  private static final Set<String> INSTRUCTING = Set.of("instructed", "ordered", "directed", "advised", "urged", "told", "asked");

  /**
   * Whether someone unnamed ("an NOPD supervisor", "a spokesman for …") is given a verb of saying or
   * instructing between the verb at v and the quote at b: the words are theirs, whom a quiz cannot name.
   */
  private static boolean unnamedSpeakerBetween(List<Tok> toks, int v, int b) {
    for (int k = v + 1; k < b - 1; k++) {
      if (!Set.of("a", "an").contains(toks.get(k).lower())) {
        continue;
      }
      for (int j = k + 1; j < b && j <= k + 5; j++) {
        String w = toks.get(j).lower();
        if (Words.isPersonNoun(w) || Words.TITLE_HEADS.contains(w) && !toks.get(j).capitalised()) {
          for (int x = j + 1; x < b && x <= j + 8; x++) {
            String y = toks.get(x).lower();
            if (Words.SPEECH_VERBS.contains(y) || INSTRUCTING.contains(y)) {
              return true;
            }
          }
          break;
        }
      }
    }
    return false;
  }

  /** Whether "they" or "we" opens the verb's own clause a few words before it, with no name or comma between. */
  private static boolean pluralSubjectRightBefore(Paragraph p, List<Tok> toks, int a, int v) {
    for (int k = v - 1; k >= a && k >= v - 6; k--) {
      String w = toks.get(k).lower();
      if (w.equals("they") || w.equals("we")) {
        return true;
      }
      if (toks.get(k).capitalised() && !Words.DEMONYMS.contains(w) || !Names.gapBefore(p.masked, toks, k + 1).equals(" ")) {
        return false;
      }
    }
    return false;
  }

  /**
   * "Susan Cohen thought of him as “a mass murderer”, adding to CNN: “…”": a participle right
   * after an earlier quote of its sentence speaks for the sentence's subject, unless a relative
   * clause about a person ("Tom Berg met Ana Ruiz, who called it “…”, adding") or a new clause
   * stands between.
   */
  private Who participleAfterQuotes(Paragraph p, List<Tok> toks, int a, int b) {
    int opens = firstTokenFrom(toks, p.sentenceStart(toks.get(a).start()));
    if (opens >= a || a - opens > MAX_HEAD_WORDS || !Words.PARTICIPLES.contains(toks.get(a).lower()) || !p.quoteBetween(toks.get(opens).start(), toks.get(a).start())) {
      return null;
    }
    for (int k = opens + 1; k < a; k++) {
      String w = toks.get(k).lower();
      String g = Names.gapBefore(p.masked, toks, k);
      boolean relative = (w.equals("who") || w.equals("whose") || w.equals("whom")) && toks.get(k - 1).capitalised();
      if (relative || g.contains(";") || g.contains(",") && Words.CONJUNCTIONS.contains(w)) {
        return null;
      }
    }
    Who subject = sentenceSubject(p, toks, opens, a);
    // "US citizen Susan Cohen, the mother of one of those killed, thought …": the subject and its apposition before the verb
    for (int v = opens + 1; subject == null && v < a && v <= opens + 25 && !p.quoteBetween(toks.get(opens).start(), toks.get(v).start()); v++) {
      String w = toks.get(v).lower();
      String g = Names.gapBefore(p.masked, toks, v);
      if (!toks.get(v).capitalised() && !Words.FUNCTION.contains(w) && (g.equals(" ") || g.equals(", "))) {
        subject = subjectOf(p, toks, opens, v);
      }
    }
    return subject;
  }

  /**
   * Whether only words quoted as terms stand between the verb at v and a colon before the quote at
   * b, and no one is named there: "Nunzio Galantino has called the sentence “dangerous” and “ideological”:".
   */
  private boolean termsBeforeColon(Paragraph p, List<Tok> toks, int v, int b, int to) {
    for (int k = v + 1; k < b; k++) {
      if (toks.get(k).capitalised()) {
        return false;
      }
    }
    int lo = p.firstSpanFrom(toks.get(v).end()); // the first quote opening after the verb
    Span last = null;
    for (int k = lo; k < p.spans.size() && p.spans.get(k).open < to; k++) {
      if (!notQuotes.contains(p.spans.get(k)) || k - lo >= 4) {
        return false;
      }
      last = p.spans.get(k);
    }
    // past a bracket: "“ideological” ((it)):", "“ideological” (in Italian):"
    return last != null && last.close < to && p.masked.substring(last.close + 1, to).replaceAll("\\(+[^()]*\\)+", "").strip().equals(":");
  }

  private static final Set<String> POSTED = Set.of("statement", "letter", "message", "note", "post", "tweet", "email");

  /**
   * "Ana Berg released a statement which read, in part, “…”": the words a statement "read" are
   * those of whoever issued it, the subject of the sentence, when nobody else is named after it.
   */
  private Who issuedReading(Paragraph p, List<Tok> toks, int a, int v, int b) {
    String w = toks.get(v).lower();
    if (!w.equals("read") && !w.equals("reads") || v - 3 < a || !Set.of("which", "that").contains(toks.get(v - 1).lower())
        || !POSTED.contains(toks.get(v - 2).lower()) || b - v > 4) {
      return null;
    }
    Who subject = sentenceSubject(p, toks, a, v - 2);
    return subject == null || someoneElse(subject, p, toks.get(v - 2).start(), toks.get(b - 1).end()) ? null : subject;
  }

  /**
   * "an open letter from company president Lee Scott saying it was time to hear the “…”": a name after
   * "from" or "by", right before a participle of saying at v, the quote at b a few words on with nobody
   * else named between.
   */
  private Who nameBeforeSaying(Paragraph p, List<Tok> toks, int a, int v, int b) {
    if (!SAYING.contains(toks.get(v).lower()) || b - v > 12 || v - 1 <= a || !toks.get(v - 1).capitalised()
        || !Names.gapBefore(p.masked, toks, v).equals(" ")) {
      return null;
    }
    for (int x = v + 1; x < b; x++) {
      if (toks.get(x).capitalised()) {
        return null;
      }
    }
    int start = v - 1;
    while (start - 1 > a && v - start < 4 && toks.get(start - 1).capitalised() && Names.gapBefore(p.masked, toks, start).equals(" ")) {
      start--;
    }
    // only the author of a writing: "a letter from …", "a statement by …"; "replied to Boylan saying" is the replier's
    int before = start - 1;
    while (before > a && start - before <= 3 && !toks.get(before).capitalised() && !Words.FUNCTION.contains(toks.get(before).lower())) {
      before--; // past a lowercase role: "from company president Lee Scott"
    }
    // …and the one heard or seen: "a video of Clinton saying", "reminds me of Abraham Lincoln saying"
    if (!Set.of("from", "by", "of").contains(toks.get(before).lower())) {
      return null;
    }
    Parsed named = speaker(p, toks, start, Mode.INVERTED);
    return named != null && named.who() instanceof Named && named.end() == v ? named.who() : null;
  }

  private static final Set<String> SAYING = Set.of("saying", "adding", "insisting", "warning", "claiming", "arguing",
      "suggesting", "accusing", "describing", "calling", "branding", "telling", "declaring", "stating");

  /** ", with Ed Miliband accusing “…”" after the verb at v, the quote at b: the one named before the participle. */
  private Who withParticiple(Paragraph p, List<Tok> toks, int v, int b) {
    for (int k = v + 1; k < b - 2; k++) {
      String g = Names.gapBefore(p.masked, toks, k);
      if (toks.get(k).lower().equals("with") && (g.equals(", ") || g.equals(" "))) {
        Parsed named = speaker(p, toks, k + 1, Mode.SUBJECT);
        int verb = named == null ? -1 : named.end();
        boolean participle = verb >= 0 && verb < b && toks.get(verb).lower().endsWith("ing") && toks.get(verb).text().length() >= 5
            && !toks.get(verb).capitalised();
        if (!participle || !(named.who() instanceof Named)) {
          return null;
        }
        // "with leader Charles Kennedy saying his party was the “…”", "with Alan Milburn accusing Mr Howard of producing a
        // “…”": a participle of saying reaches further, past its object, when no one else is named
        boolean saying = SAYING.contains(toks.get(verb).lower()) && b - verb <= 12;
        for (int x = verb + 2; saying && x < b; x++) {
          saying = !toks.get(x).capitalised();
        }
        // without a comma before "with", only a participle of saying: "… injury with Rovers boss Mark Hughes claiming it had been an “…”"
        return (b - verb <= 3 && g.equals(", ")) || saying ? named.who() : null;
      }
    }
    return null;
  }

  /** Whether a clause after the verb at v ("…, but Maria Pike disagreed:") names someone other than its subject. */
  private boolean newClauseNamesAnother(Paragraph p, List<Tok> toks, int a, int v, int b, Who subject) {
    int mainClause = pastSubordinateClause(p, toks, a, b);
    for (int k = v + 1; k < b; k++) {
      String g = Names.gapBefore(p.masked, toks, k);
      // "When Trump suggested that …, Rubio fired back:": the comma that ends a subordinate clause opens the main one
      boolean clause = g.contains(";") || g.contains(",") && (Words.CONJUNCTIONS.contains(toks.get(k).lower())
          || k == mainClause);
      if (clause) {
        return someoneElse(subject, p, toks.get(k).start(), toks.get(b - 1).end());
      }
    }
    return false;
  }

  /**
   * "Jo Anne Val Tilburg of UCLA disagreed with these findings: “The existence …”": a whole sentence
   * quoted after the colon that ends a sentence whose subject is a named person, its verb one of
   * saying or of taking a stand right after the name (and its "of …" affiliation), and nobody else
   * named in between, is that person's; after a comma, only with a verb of taking a stand ("Trump,
   * also on Twitter, defended his decision, “As I have …”"). "Tom Berg praised Ana Ruiz: “…”" is not.
   */
  private Who colonAfterSubject(Paragraph p, List<Tok> toks, int a, int b, int to, String tail) {
    boolean colon = tail.strip().equals(":");
    boolean paragraphEnds = colon && only(p.text, to, p.text.length(), ""); // the quote opens the next paragraph
    if (!colon && !tail.strip().equals(",") || !paragraphEnds && (to + 1 >= p.text.length()
        || !Character.isUpperCase(p.text.codePointAt(to + 1)))) {
      return null;
    }
    int main = pastSubordinateClause(p, toks, a, b);
    Parsed subject = main >= 0 ? speaker(p, toks, main, Mode.SUBJECT) : speaker(p, toks, a, Mode.SUBJECT);
    int past = subject == null && main < 0 ? pastOpeningPhrase(p, toks, a, Math.min(b, a + 20)) : -1;
    if (past >= 0) {
      subject = speaker(p, toks, past, Mode.SUBJECT); // "In a post-match interview, captain Scott Wharton praised the fans:"
    }
    if (subject == null && (toks.get(a).lower().endsWith("ed") || toks.get(a).lower().endsWith("ing"))) {
      // "Asked if she would run again, Mara Quist was blunt: “…”": past the participle's clause
      for (int k = a + 1; k < b && k < a + 15; k++) {
        if (Names.gapBefore(p.masked, toks, k).equals(", ") && toks.get(k).capitalised()) {
          subject = speaker(p, toks, k, Mode.SUBJECT);
          break;
        }
      }
    }
    boolean pronoun = subject != null && subject.who() instanceof Pronoun pr && Set.of("he", "she").contains(pr.word());
    if (subject == null || !(subject.who() instanceof Named) && !pronoun) {
      return null;
    }
    int v = subject.end(); // past a description in commas: "Trump, also on Twitter, defended"
    if (v < b && OF.contains(toks.get(v).lower())) {
      // past the affiliation: "of the University of California, Los Angeles"
      int k = v + 1;
      while (k < b && k < v + 14 && (toks.get(k).capitalised() || Words.FUNCTION.contains(toks.get(k).lower()))) {
        k++;
      }
      v = k;
    }
    v = skipAdverbs(toks, v);
    // "Rubio fired back forcefully:": a retort, as "countered" is
    boolean retort = colon && v + 1 < b && HIT_BACK.contains(toks.get(v).lower()) && toks.get(v + 1).lower().equals("back");
    // "Mara Quist was blunt: “No chance.”": a way of speaking after "was" takes a stand too
    int adjective = v + 1 < b && DEGREE.contains(toks.get(v + 1).lower()) ? v + 2 : v + 1; // "was more critical"
    boolean manner = colon && adjective < b && Set.of("was", "is", "were", "are").contains(toks.get(v).lower())
        && MANNER.contains(toks.get(adjective).lower());
    if (pronoun && !manner) {
      return null; // "He was more critical of Hood:": only a way of speaking, for a pronoun
    }
    // After a comma only a verb of taking a stand leads to the words: "Trump defended his decision, “…”".
    if (v >= b || toks.get(v).capitalised() || !manner && !retort && !Words.STANCE_VERBS.contains(toks.get(v).lower())
        && !(colon && Words.SPEECH_VERBS.contains(toks.get(v).lower()))) {
      return null;
    }
    v = manner ? adjective : retort ? skipAdverbs(toks, v + 2) - 1 : v;
    if (manner && v + 1 < b && Set.of("of", "about", "towards", "toward").contains(toks.get(v + 1).lower())) {
      return subject.who(); // "was more critical of Hood:": whom the words are about, not who says them
    }
    for (int k = v + 1; k < b; k++) {
      if (toks.get(k).capitalised() && Names.gapBefore(p.masked, toks, k).equals(" ") && !toks.get(k).possessive()) {
        return null; // a name in the object may be whose words these are; an owner ("Canada's wine") is checked below
      }
    }
    return someoneElse(subject.who(), p, toks.get(v).start(), to) ? null : subject.who();
  }

  /** "When Trump suggested that …, Rubio fired back": where the main clause begins past the subordinate one at a, or -1. */
  private static int pastSubordinateClause(Paragraph p, List<Tok> toks, int a, int limit) {
    if (a >= limit || !SUBORDINATORS.contains(toks.get(a).lower())) {
      return -1;
    }
    for (int k = a + 1; k < limit && k < a + MAX_SUBORDINATE; k++) {
      if (Names.gapBefore(p.masked, toks, k).equals(", ")) {
        return k;
      }
    }
    return -1;
  }

  private static final int MAX_SUBORDINATE = 25;

  /** Verbs of saying in the form an infinitive takes: "for Trump to tweet that “…”". */
  private static final Set<String> BASE_SAYING = Set.of("say", "tweet", "write", "tell", "claim", "declare", "insist",
      "suggest", "warn", "argue", "add", "announce", "post", "call");

  private static final Set<String> HIT_BACK = Set.of("fired", "fires", "shot", "shoots", "hit", "hits", "struck", "strikes");

  /** The subject of the verb at v, starting at a clause start at or after a: "Alexis Boon, the head of …, said". */
  private Who subjectOf(Paragraph p, List<Tok> toks, int a, int v) {
    for (int c = a; c < v; c++) {
      if (c > a && !clauseBreak(Names.gapBefore(p.masked, toks, c))
          && !Words.CONJUNCTIONS.contains(toks.get(c - 1).lower()) && !toks.get(c - 1).lower().equals("however")) {
        continue;
      }
      if (c > a && pairedName(p, toks, c)) {
        continue; // "hosted by Bernard McGuirk and Sid Rosenberg, who …, tweeted": two people, or none, speak
      }
      if (c > a && SUBORDINATORS.contains(toks.get(c - 1).lower()) && Names.gapBefore(p.masked, toks, c).equals(" ")
          && commaBetween(p, toks, c, v)) {
        continue; // "After the leak, the CEO …, Enver Solomon, told": the clause of "after" ends at its comma
      }
      Parsed subject = speaker(p, toks, c, Mode.SUBJECT);
      if (subject != null && skipAdverbs(toks, subject.end()) == v) {
        return subject.who();
      }
    }
    return nameBeforeVerb(p, toks, a, v);
  }

  /** Where the words after an opening phrase at a ("After the leak, …") begin, before limit; -1 when a opens none. */
  private static int pastOpeningPhrase(Paragraph p, List<Tok> toks, int a, int limit) {
    if (!Words.INTRODUCERS.contains(toks.get(a).lower())) {
      return -1;
    }
    for (int c = a + 1; c < limit; c++) {
      if (Names.gapBefore(p.masked, toks, c).equals(", ")) {
        return c;
      }
    }
    return -1;
  }

  private static final Set<String> SUBORDINATORS = Set.of("after", "before", "when", "while", "because", "as",
      "though", "although", "whereas", "since", "if", "once", "until");

  private static boolean commaBetween(Paragraph p, List<Tok> toks, int from, int to) {
    for (int k = from + 1; k <= to && k < toks.size(); k++) {
      if (Names.gapBefore(p.masked, toks, k).contains(",")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words at c follow "Name and" or "Name or": the second of two names, no subject of its own. */
  private static boolean pairedName(Paragraph p, List<Tok> toks, int c) {
    String w = toks.get(c - 1).lower();
    return (w.equals("and") || w.equals("or")) && c >= 2 && toks.get(c - 2).capitalised()
        && Names.gapBefore(p.masked, toks, c - 1).equals(" ") && toks.get(c).capitalised();
  }

  /**
   * A full name right before the verb, after a description of it that holds no verb: "Johns Hopkins
   * Center for Health Security medical anthropologist Monica Schoch-Spana told", "Former US
   * Ambassador to the United Nations Nikki Haley wrote". The description is the role.
   */
  private Who nameBeforeVerb(Paragraph p, List<Tok> toks, int a, int v) {
    String s = p.masked;
    int k = v;
    while (k - 1 > a && (Words.ADVERBS.contains(toks.get(k - 1).lower())
        || Words.VERB_HELPERS.contains(toks.get(k - 1).lower()))) {
      k--;
    }
    if (k - 1 <= a || !Names.gapBefore(s, toks, k).equals(" ")) {
      return null;
    }
    int start = k;
    while (start - 1 > a && toks.get(start - 1).capitalised() && k - start < 6
        && Names.gapBefore(s, toks, start - 1 + 1).equals(" ")) {
      start--;
    }
    // "After the leak, CEO of the Refugee Council Enver Solomon told": past an opening phrase and its comma
    int past = pastOpeningPhrase(p, toks, a, start);
    a = past >= 0 ? past : a;
    for (int f = start; f <= k - 2; f++) {
      Name n = Names.parse(s, toks, f, k);
      if (n == null || n.first() != f || n.end() != k || toks.get(k - 1).possessive()) {
        continue;
      }
      for (int c = a; c < f; c++) {
        Tok t = toks.get(c);
        String g = c > a ? Names.gapBefore(s, toks, c) : " ";
        boolean adjective = c > a && toks.get(c - 1).lower().endsWith("ly") && t.lower().endsWith("ed"); // "Newly elected"
        String next = Names.gapBefore(s, toks, c + 1);
        boolean owners = next.startsWith("'") || next.startsWith("\u2019"); // "Train drivers' union": a noun, no verb
        if (Words.verbLike(t) && !adjective && !owners || Words.isSpeechVerb(t.lower()) || Words.PRONOUNS.contains(t.lower())
            || g.indexOf(Article.MASK) >= 0 || g.contains(",") && c > a) {
          return null;
        }
      }
      if (andAfterAName(toks, a, f)) {
        return null; // "Joe Biden and Prime Minister Fumio Kishida announced": two people
      }
      String role = s.substring(toks.get(a).start(), toks.get(f - 1).end());
      return new Named(new Name(n.name(), n.tokens(), role, n.honorific(), n.first(), n.end(), n.shown()),
          p.pos(toks.get(f).start()));
    }
    return null;
  }

  /** The person or description that opens the sentence at a as its subject, a verb following it before limit. */
  private Who sentenceSubject(Paragraph p, List<Tok> toks, int a, int limit) {
    int c = a;
    while (c + 1 < limit && (Words.CONJUNCTIONS.contains(toks.get(c).lower()) || Words.ADVERBS.contains(toks.get(c).lower())
        || toks.get(c).lower().equals("however")) && !SUBORDINATORS.contains(toks.get(c).lower())) {
      c++; // "So I rang …", "And he said …"
    }
    if (SUBORDINATORS.contains(toks.get(c).lower())) {
      c = pastSubordinateClause(p, toks, c, limit);
      if (c < 0) {
        return null;
      }
    }
    Parsed subject = speaker(p, toks, c, Mode.SUBJECT);
    // "According to the indictment, Boyd possessed …", "In a release the next day, the ministry denounced …"
    int past = subject == null ? pastOpeningPhrase(p, toks, c, Math.min(limit, c + 20)) : -1;
    if (past >= 0) {
      c = past;
      subject = speaker(p, toks, c, Mode.SUBJECT);
    }
    if (subject == null) {
      return roleThenNameBeforeVerb(p, toks, c, limit);
    }
    if (subject.end() >= limit) {
      return null;
    }
    int after = pastShortPhrase(p, toks, subject.end(), limit); // "Benjamin Netanyahu in a tweet congratulated …"
    Tok next = toks.get(after);
    boolean verb = !next.capitalised() && !Words.FUNCTION.contains(next.lower())
        || Words.AUXILIARIES.contains(next.lower()) || Words.VERB_HELPERS.contains(next.lower());
    String gap = Names.gapBefore(p.masked, toks, subject.end());
    // "The mayor of London, Sadiq Khan, gave …": a name in commas, the verb after the closing one.
    boolean apposed = gap.equals(", ") && subject.who() instanceof Named n && n.name().first() > c;
    return verb && (gap.equals(" ") || apposed) ? subject.who() : null;
  }

  private static final Set<String> MEANS = Set.of("in", "on", "via", "through", "during");

  /**
   * Where the verb stands past a short phrase of means or time after the subject at k, without
   * commas ("in a tweet", "on Twitter", "in a statement on Monday"); k when there is none.
   */
  private static int pastShortPhrase(Paragraph p, List<Tok> toks, int k, int limit) {
    if (k >= limit || !MEANS.contains(toks.get(k).lower()) || !Names.gapBefore(p.masked, toks, k).equals(" ")) {
      return k;
    }
    for (int v = k + 1; v < limit && v <= k + 6; v++) {
      Tok t = toks.get(v);
      if (!Names.gapBefore(p.masked, toks, v).equals(" ")) {
        return k;
      }
      if (Words.verbLike(t) && !Words.ADVERBS.contains(t.lower()) && !t.lower().endsWith("s")) {
        return v;
      }
    }
    return k;
  }

  /** "Swedish political party Vänsterpartiet Malmö released …": role words, then a full name right before the first verb. */
  private Who roleThenNameBeforeVerb(Paragraph p, List<Tok> toks, int c, int limit) {
    for (int v = c + 2; v < limit && v <= c + 10; v++) {
      if (!Names.gapBefore(p.masked, toks, v).equals(" ")) {
        return null;
      }
      if (Words.verbLike(toks.get(v))) {
        return nameBeforeVerb(p, toks, c, v);
      }
    }
    return null;
  }

  private static boolean clauseBreak(String gap) {
    return gap.contains(",") || gap.contains(";") || gap.contains(":") || gap.contains("\u2014")
        || gap.contains("(") || gap.contains(")") || gap.contains(" - ") || gap.contains(" \u2013 ");
  }

  /**
   * "Saying “…”, President Fernández elaborated, “…”": a participle of saying opens the sentence,
   * the quote is its object, and the subject of the clause after the comma is the speaker.
   */
  private Who sayingFirst(Span s) {
    Paragraph p = s.paragraph;
    if (!s.closed) {
      return null;
    }
    List<Tok> toks = toks(p);
    int head = firstTokenFrom(toks, p.sentenceStart(s.open));
    int open = firstTokenFrom(toks, s.open);
    if (open != head + 1 || !toks.get(head).capitalised() || !Words.PARTICIPLES.contains(toks.get(head).lower())) {
      return null;
    }
    int t = firstTokenFrom(toks, s.close + 1);
    if (t >= toks.size() || !only(p.masked, s.close + 1, toks.get(t).start(), ",")
        || p.masked.substring(s.close + 1, toks.get(t).start()).indexOf(',') < 0) {
      return null;
    }
    Parsed subject = speaker(p, toks, t, Mode.SUBJECT);
    if (subject == null || subject.who() instanceof Pronoun && !Words.PRONOUNS.contains(toks.get(t).lower())) {
      return null;
    }
    int v = skipAdverbs(toks, subject.end());
    return v < toks.size() && Names.gapBefore(p.masked, toks, v).equals(" ") && Words.verbLike(toks.get(v))
        ? subject.who() : null;
  }

  /**
   * "The border is the “main difference” between them, he added.": an attribution that closes the
   * quote's sentence after a comma, with no other quote between.
   */
  private Who trailingAttribution(Span s) {
    Paragraph p = s.paragraph;
    if (!s.closed) {
      return null;
    }
    List<Tok> toks = toks(p);
    int from = firstTokenFrom(toks, s.close + 1);
    int end = from;
    int start = p.sentenceStart(s.open);
    while (end < toks.size() && p.sentenceStart(toks.get(end).start()) == start && end - from <= 30) {
      end++;
    }
    // Only a short tail is read, so that a paragraph of many quotes stays linear.
    if (end - from < 2 || end - from > 30 || p.quoteBetween(s.close + 1, toks.get(end - 1).end())) {
      return null;
    }
    String rest = p.masked.substring(toks.get(end - 1).end(), end < toks.size() ? toks.get(end).start() : p.masked.length());
    if (!rest.strip().matches("[.!]?")) {
      return null;
    }
    for (int c = end - 2; c >= from && c >= end - 8; c--) {
      if (!Names.gapBefore(p.masked, toks, c).equals(", ")) {
        continue;
      }
      Tok first = toks.get(c);
      Parsed by = Words.INVERTING.contains(first.lower()) ? speaker(p, toks, c + 1, Mode.INVERTED)
          : speaker(p, toks, c, Mode.SUBJECT);
      if (by == null || by.who() instanceof Described) {
        return null;
      }
      if (Words.INVERTING.contains(first.lower())) {
        return by.end() == end ? by.who() : null;
      }
      int v = skipAdverbs(toks, by.end());
      return v == end - 1 && Words.SPEECH_VERBS.contains(toks.get(v).lower()) ? by.who() : null;
    }
    return null;
  }

  /** How far past a quote "was the verdict of …" is looked for: a sentence or two, so that the drafter stays linear. */
  private static final int MAX_WORDS_OF = 400;
  private static final Pattern WORDS_OF = Pattern.compile("\\b(?:was|were|is|are|came) the (?:words?|verdict|reply|"
      + "response|view|message|assessment|warning|answer|reaction|comment|judgment|judgement) (?:of|from) ");

  /**
   * "“Absolutely not,” was the reply from Mayor Tom Reyes.", "“…”. That was the verdict of councillor
   * Mary Holt.": the words are the one whose reply or verdict the rest of the sentence, or the next,
   * says they were.
   */
  private Who wordsOf(Span s) {
    Paragraph p = s.paragraph;
    if (!s.closed || s.close + 1 >= p.text.length()) {
      return null;
    }
    int from = s.close + 1;
    // the rest of the quote's sentence and the sentence after it
    int end = Math.min(p.sentenceAfter(from, p.sentenceStart(from) > s.open ? 1 : 2), from + MAX_WORDS_OF);
    int the = from >= end ? -1 : p.masked.substring(from, end).indexOf(" the "); // bounded: only these few hundred characters
    if (the < 0) {
      return null; // most quotes: no "… the reply from" after them
    }
    Matcher m = WORDS_OF.matcher(p.masked).region(Math.max(from, from + the - 6), end);
    if (!m.find() || p.quoteBetween(from, m.start())) {
      return null;
    }
    List<Tok> toks = toks(p);
    Parsed by = speaker(p, toks, firstTokenFrom(toks, m.end()), Mode.INVERTED);
    return by == null || by.who() instanceof Pronoun ? null : by.who(); // "the view of the council": the council's, or no one's
  }

  private static final Set<String> PUTTING = Set.of("described", "put", "summed", "summarised", "summarized",
      "characterised", "characterized", "called", "explained", "saw", "sees", "describes", "puts", "sums");

  /**
   * "“…” So says Maria Gomez, who …", "“A triumph of engineering,” was how project lead Jane Doe described
   * the bridge": the words right after the quote name the one whose they are; null for any other.
   */
  private Who soSaysOrWasHow(Span s) {
    Paragraph p = s.paragraph;
    if (!s.closed) {
      return null;
    }
    List<Tok> toks = toks(p);
    int t = firstTokenFrom(toks, s.close + 1);
    if (t + 2 >= toks.size() || !only(p.masked, s.close + 1, toks.get(t).start(), " ,")) {
      return null;
    }
    String first = toks.get(t).text();
    String second = toks.get(t + 1).lower();
    if (first.equals("So") && Set.of("says", "said").contains(second)) {
      Parsed by = speaker(p, toks, t + 2, Mode.INVERTED);
      return by == null || !(by.who() instanceof Named) ? null : by.who();
    }
    if (first.equals("was") && second.equals("how")) {
      Parsed by = speaker(p, toks, t + 2, Mode.SUBJECT);
      int v = by == null ? -1 : skipAdverbs(toks, by.end());
      return by != null && by.who() instanceof Named && v < toks.size() && PUTTING.contains(toks.get(v).lower()) ? by.who() : null;
    }
    return null;
  }

  /**
   * "According to U.S. Attorney Bash, the manifesto could strengthen the case: “…”": a sentence
   * that opens with "According to" a named person holds that person's words, when no one else is
   * named before the quote.
   */
  private Who accordingToOpener(Span s) {
    Paragraph p = s.paragraph;
    List<Tok> toks = toks(p);
    int head = firstTokenFrom(toks, p.sentenceStart(s.open));
    // …or a clause after a semicolon, near the quote: "…; according to Derrec Becker, an officer for …, injuries ranged “…”"
    int b = firstTokenFrom(toks, s.open);
    for (int k = b - 1; k > head && k >= b - MAX_HEAD_WORDS; k--) {
      if (Names.gapBefore(p.masked, toks, k).contains(";")) {
        head = k;
        break;
      }
    }
    if (head + 2 >= toks.size() || !toks.get(head).lower().equals("according") || !toks.get(head + 1).lower().equals("to")) {
      return null;
    }
    Parsed by = speaker(p, toks, head + 2, Mode.INVERTED);
    if (by == null || !(by.who() instanceof Named) || by.end() >= toks.size()) {
      return null;
    }
    int e = by.end();
    if (OF.contains(toks.get(e).lower()) && e + 1 < toks.size() && toks.get(e + 1).capitalised()) {
      // "According to Paul Sperry of Counter Jihad, “…”": where the speaker is from, then the comma
      e++;
      while (e < toks.size() && (toks.get(e).capitalised() || toks.get(e).lower().equals("the"))
          && Names.gapBefore(p.masked, toks, e).equals(" ")) {
        e++;
      }
    }
    int after = toks.get(e - 1).end(); // the quote may end the paragraph, with no word after it
    if (after > s.open || !p.masked.substring(after, s.open).startsWith(",")) {
      return null;
    }
    return someoneElse(by.who(), p, after, s.open) ? null : by.who();
  }

  private static final Pattern WRITING_FROM = Pattern.compile(
      "^(?:The|An|A) (?:e-?mail|letter|message|note|memo|text) from ([^,;:.!?]{3,120}?) to \\p{Lu}");

  /** "The email from … Neera Tanden to … John Podesta asks …, “…”": its writer's, not whom it went to. */
  private Who writingFrom(Span s) {
    Paragraph p = s.paragraph;
    int from = p.sentenceStart(s.open);
    if (from >= s.open || !p.masked.startsWith("The ", from) && !p.masked.startsWith("A", from)
        || p.firstSpanFrom(from) != p.firstSpanFrom(s.open)) {
      return null; // the quote opens the sentence, or another quote is before it in the sentence
    }
    Matcher m = WRITING_FROM.matcher(p.masked.substring(from, Math.min(s.open, from + 200)));
    if (!m.find()) {
      return null;
    }
    People.Mention writer = people.lastMentionIn(p.pos(from + m.start(1)), p.pos(from + m.end(1)));
    return writer == null || writer.person().tokens.isEmpty() ? null : byFullName(writer.person(), p.pos(s.open));
  }

  private static final Pattern WHAT_CALLED = Pattern.compile(
      "\\bwhat ([^,;:.!?]{1,60}?) (?:called|calls|termed|terms|dubbed|dubs|labeled|labelled|(?:described|describes|characterized) as)\\s*$");

  /** "the election for what Newt Gingrich called “…”": the one who called it so. */
  private Who whatTheyCalled(Span s) {
    Paragraph p = s.paragraph;
    int lo = Math.max(p.sentenceStart(s.open), s.open - 100);
    int what = p.masked.substring(lo, s.open).lastIndexOf("what "); // within reach only: a search back would be quadratic
    if (what < 0) {
      return null;
    }
    int from = lo + what;
    Matcher m = WHAT_CALLED.matcher(p.masked.substring(from, s.open));
    if (!m.find()) {
      return null;
    }
    List<Tok> toks = toks(p);
    int k = firstTokenFrom(toks, from + m.start(1));
    Parsed by = speaker(p, toks, k, Mode.SUBJECT);
    return by != null && by.end() < toks.size() && toks.get(by.end()).start() == from + m.end(1) + 1 ? by.who() : null;
  }

  /** A quote that opens a paragraph after one that ends "… said:". */
  private Who introducedByColon(Span s) {
    Paragraph p = s.paragraph;
    if (s.open != 0 || p.index == 0) {
      return null;
    }
    Paragraph prev = article.paragraphs.get(p.index - 1);
    String text = prev.masked.stripTrailing();
    if (text.endsWith(":")) {
      Who said = before(prev, prev.sentenceStart(text.length() - 1), text.length());
      return said != null ? said : statementFrom(prev, prev.sentenceStart(text.length() - 1));
    }
    // "Ben Fox, communications director for the governor, issued the following statement …."
    Matcher m = FOLLOWING.matcher(text);
    Who found = null;
    while (m.find()) {
      List<Tok> toks = toks(prev);
      int v = firstTokenFrom(toks, m.start(1));
      int a = firstTokenFrom(toks, prev.sentenceStart(m.start()));
      found = subjectOf(prev, toks, a, v);
    }
    return found;
  }

  /** What someone speaks on, between their name and the colon: "Raheem Sterling on the penalty: ‘…’". */
  private static final int MAX_TOPIC = 8;

  /**
   * "England defender Harry Maguire: ‘…’", "Raheem Sterling on the penalty: ‘…’": a paragraph that opens
   * with a person's name, the title before it and what they speak on, then a colon and the quotation,
   * as a match report's "what they said"; null for any other opening.
   */
  private Who nameThenColon(Span s) {
    Paragraph p = s.paragraph;
    if (s.open > 160) {
      return null; // only a paragraph's opening words, so that many quotes in one stay linear
    }
    String head = p.masked.substring(0, s.open).stripTrailing();
    if (!head.endsWith(":")) {
      return null;
    }
    // "POLL OVERHYPE - David Wasserman: “…”": a digest's item, a heading, a dash, then whose words follow
    Matcher dash = DASH_BEFORE_NAME.matcher(head);
    int from = dash.find() ? dash.end() : 0;
    if (head.indexOf(Article.MASK, from) >= 0) {
      return null;
    }
    List<Tok> toks = toks(p);
    int colon = firstTokenFrom(toks, head.length());
    // "- Manchester City boss Kevin Keegan: “…”": a match report's reactions, one to a bullet
    java.util.regex.Matcher bullet = BULLET.matcher(p.masked);
    int opens = from > 0 ? from : bullet.lookingAt() ? bullet.end() : 0;
    int first = firstTokenFrom(toks, opens);
    if (toks.isEmpty() || first >= toks.size() || toks.get(first).start() != opens || colon == first) {
      return null;
    }
    Parsed named = speaker(p, toks, first, Mode.INVERTED);
    if (named == null || !(named.who() instanceof Named n) || named.end() > colon
        || n.name().tokens().size() < 2 && !n.name().titled()) {
      return null; // "Verdict: ‘…’", "Wembley: ‘…’": one word is no name to trust here
    }
    int end = named.end();
    boolean topic = end < colon && toks.get(end).lower().equals("on") && colon - end <= MAX_TOPIC
        && Names.gapBefore(p.masked, toks, end).equals(" ");
    for (int k = end; topic && k < colon; k++) {
      topic = !Words.isSpeechVerb(toks.get(k).lower()) && (k == end || Names.gapBefore(p.masked, toks, k).equals(" "));
    }
    return end == colon || topic ? named.who() : null;
  }

  private static final Pattern BULLET = Pattern.compile("[-\u2013\u2014\u2022*] +");
  /** A spaced dash whose words after it, up to the colon, are few: "HEADING - Jane Doe:". */
  private static final Pattern DASH_BEFORE_NAME = Pattern.compile(" [-\u2013\u2014] (?=[^-\u2013\u2014:]{3,60}:$)");

  private static final Pattern STATEMENT_FROM = Pattern.compile(
      "\\b(statement|remarks|message|comments?|tribute|letter|response) (from|by) ");

  /**
   * "The following is a statement from NASA Administrator Bill Nelson on …:", "… is Bill Nelson's
   * statement on …:": whose words follow.
   */
  private Who statementFrom(Paragraph prev, int sentence) {
    List<Tok> toks = toks(prev);
    Matcher m = STATEMENT_FROM.matcher(prev.masked);
    if (m.find(sentence)) {
      Parsed by = speaker(prev, toks, firstTokenFrom(toks, m.end()), Mode.INVERTED);
      return by == null || by.who() instanceof Pronoun ? null : by.who();
    }
    for (int k = firstTokenFrom(toks, sentence) + 1; k < toks.size(); k++) {
      Tok owner = toks.get(k - 1);
      if (STATEMENTS.contains(toks.get(k).lower()) && owner.capitalised() && owner.possessive()) {
        int a = k - 1;
        while (a > 0 && toks.get(a - 1).capitalised() && Names.gapBefore(prev.masked, toks, a).equals(" ")) {
          a--;
        }
        Name n = Names.parse(prev.masked, toks, a, k);
        return n == null ? null : new Named(n, prev.pos(toks.get(n.first()).start()));
      }
    }
    return null;
  }

  private static final Set<String> STATEMENTS = Set.of("statement", "remarks", "message", "comments", "tribute", "letter");

  private static final Pattern FOLLOWING = Pattern.compile(
      "\\b(issued|released|gave|made|sent|posted|said|read|shared|provided|offered) the following "
          + "(statement|remarks|comments?|message|response|reply)\\b");

  /** Whether [from, to) of s holds only white space and the given characters; stops at the first other. */
  private static boolean only(String s, int from, int to, String allowed) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && allowed.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** [from, to) of s, or a text no pattern matches when it is too long to be punctuation between words. */
  private static String shortText(String s, int from, int to) {
    return to - from > Names.LONG ? "\u0000" : s.substring(from, to);
  }

  /** The index of the first token that starts at or after offset (the size when none does). */
  private static int firstTokenFrom(List<Tok> toks, int offset) {
    int lo = 0;
    int hi = toks.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (toks.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");
  private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");
  private static final Set<String> SPANS_OF_TIME = Set.of("week", "month", "year", "weekend", "morning", "afternoon",
      "evening", "night");

  /** How many words at k tell when, between a subject and its verb: "on Thursday", "later Monday night", "last week". */
  private static int timeBetween(List<Tok> toks, int k) {
    int n = 0;
    String w = toks.get(k).lower();
    if ((w.equals("on") || w.equals("later") || w.equals("earlier")) && k + 1 < toks.size()
        && WEEKDAYS.contains(toks.get(k + 1).lower())) {
      n = 2;
    } else if (WEEKDAYS.contains(w)) {
      n = 1;
    } else if (Set.of("last", "this", "earlier", "later").contains(w) && k + 1 < toks.size()
        && SPANS_OF_TIME.contains(toks.get(k + 1).lower())) {
      return 2;
    }
    if (n > 0 && k + n < toks.size() && PARTS_OF_DAY.contains(toks.get(k + n).lower())) {
      n++;
    }
    return n;
  }

  private static int skipAdverbs(List<Tok> toks, int k) {
    while (k < toks.size()) {
      String w = toks.get(k).lower();
      int when = timeBetween(toks, k);
      if (Words.ADVERBS.contains(w) || Words.VERB_HELPERS.contains(w) || Words.isMannerAdverb(toks.get(k).text())) {
        k++;
      } else if (when > 0) {
        k += when; // "Priebus on Thursday told", "Clinton last week said"
      } else if (Set.of("went", "goes", "go", "going").contains(w) && k + 2 < toks.size()
          && toks.get(k + 1).lower().equals("on") && toks.get(k + 2).lower().equals("to")) {
        k += 3; // "Dittmar went on to add"
      } else {
        break;
      }
    }
    return k;
  }

  /**
   * A speaker starting at token i. SUBJECT: the subject of a following verb, which may carry a
   * description in commas ("Alexis Boon, the head of …, said"); end is where the verb should
   * stand. INVERTED: the speaker after a verb ("said Santa Barbara County Sheriff Bill Brown",
   * "wrote back his sister in China"); end is just after it.
   */
  private Parsed speaker(Paragraph p, List<Tok> toks, int i, Mode mode) {
    if (i >= toks.size()) {
      return null;
    }
    String s = p.masked;
    Tok t = toks.get(i);
    String w = t.lower();
    long pos = p.pos(t.start());
    if (Words.PRONOUNS.contains(w) || Words.NARRATOR.contains(w)) {
      return new Parsed(new Pronoun(w, pos), i + 1);
    }
    if (w.equals("it") && mode == Mode.SUBJECT) {
      int v = skipAdverbs(toks, i + 1);
      if (v < toks.size() && Names.gapBefore(s, toks, i + 1).equals(" ") && Words.isSpeechVerb(toks.get(v).lower())) {
        return new Parsed(new Pronoun(w, pos), i + 1); // "it said": a body, if the text has just named one
      }
      return null;
    }
    int same = i + 1 < toks.size() && toks.get(i + 1).lower().equals("same") ? i + 2 : i + 1;
    if ((w.equals("this") || w.equals("that") || w.equals("the") && same > i + 1) && same < toks.size()
        && Bodies.DOCUMENTS.contains(toks.get(same).lower()) && Names.gapBefore(s, toks, same).equals(" ")) {
      // "This same letter concluded": the letter the text has just named, as "the letter" is
      return new Parsed(new Described("The " + toks.get(same).lower(), pos), same + 1);
    }
    if (Words.DETERMINERS.contains(w)) {
      return description(p, toks, i, mode);
    }
    if (AGED.matcher(w).matches() && i + 1 < toks.size() && toks.get(i + 1).capitalised() && Names.gapBefore(s, toks, i + 1).equals(" ")) {
      return speaker(p, toks, i + 1, mode); // "25-year-old Netta, who …, said"
    }
    int k = i;
    while (mode == Mode.SUBJECT && k + 1 < toks.size() && k - i < 5 && toks.get(k).capitalised() && !toks.get(k).possessive()
        && Names.gapBefore(s, toks, k + 1).equals(" ")) {
      k++;
    }
    if (mode == Mode.SUBJECT && toks.get(k).capitalised() && toks.get(k).possessive()) {
      // "RIAA's DMCA notice alleged", "Harlow Records's notice": a body's document speaks for the body
      Parsed owned = description(p, toks, k, mode);
      if (owned != null && owned.who() instanceof Described d && Bodies.DOCUMENTS.contains(head(d.phrase().split(" ")).toLowerCase(Locale.ROOT))) {
        return new Parsed(new Described(s.substring(t.start(), toks.get(k).start()) + d.phrase(), pos), owned.end());
      }
      if (owned != null && owned.who() instanceof Named n && k == i && n.name().first() > k) {
        return owned; // "Aitchison's father Norrie said"
      }
    }
    Parsed titled = afterLongTitle(p, toks, i, mode);
    if (titled == null) {
      titled = afterOwnersTitle(p, toks, i, mode);
    }
    if (titled != null) {
      return titled;
    }
    // Role words, then a name: "White House trade adviser Peter Navarro", "Navarro", "Captain Rochester".
    int j = i;
    while (j < toks.size() && j - i < 10) {
      Tok x = toks.get(j);
      String lx = x.lower();
      if (j > i && !Names.gapBefore(s, toks, j).equals(" ")) {
        break;
      }
      // "lab director and co-author Tom Berg said": two titles joined by "and"
      boolean titlesJoined = lx.equals("and") && j > i && Words.TITLE_HEADS.contains(toks.get(j - 1).lower())
          && j + 1 < toks.size() && !toks.get(j + 1).capitalised() && !Words.FUNCTION.contains(toks.get(j + 1).lower());
      boolean nameWord = x.capitalised() && j + 1 < toks.size() && toks.get(j + 1).capitalised(); // "Say Lork said"
      boolean ofRole = lx.equals("of") && j > i && Names.ofRoleAt(s, toks, j);
      if (Words.isSpeechVerb(lx) && !nameWord || (Words.ADVERBS.contains(lx) || Words.VERB_HELPERS.contains(lx)) && !x.capitalised()
          || Words.FUNCTION.contains(lx) && !x.capitalised() && !Words.NAME_PARTICLES.contains(lx) && !titlesJoined && !ofRole) {
        break;
      }
      j++;
      if (x.possessive()) {
        break;
      }
    }
    Name name = null;
    int nameEnd = j;
    for (int r = i; r < j; ) {
      if (!toks.get(r).capitalised()) {
        r++;
        continue;
      }
      int end = Math.min(Names.capsEnd(s, toks, r), j);
      // Only title words may stand before the name: "White House trade adviser Peter Navarro". A name
      // after one is the speaker's: "Caloundra coach Geoff Ingram", "UCL astronomer Angelos Tsiaras".
      // …or lowercase words of a role before a capitalised title: "said law Professor Jonathan Turley"
      boolean roleWords = r > i && !toks.get(r - 1).capitalised() && (Words.TITLE_HEADS.contains(toks.get(r).lower())
          || Names.ofRoleBefore(s, toks, r) >= i // "director of rugby Nigel Melville"
          || Words.TITLE_MODIFIERS.contains(toks.get(r - 1).lower())); // "former South Carolina Gov. Jim Hodges"
      if (r == i && end == r + 1 && Words.DEMONYMS.contains(toks.get(r).lower()) && r + 1 < j && !toks.get(r + 1).capitalised()) {
        r = end; // "Swedish political party …": a people's adjective, no name
        continue;
      }
      if (r == i || Words.TITLE_HEADS.contains(toks.get(r - 1).lower()) || roleWords) {
        Name n = Names.parse(s, toks, r, end);
        if (n != null && n.end() == end && !toks.get(end - 1).possessive()) {
          if (name != null && !(r - 1 >= 0 && !toks.get(r - 1).capitalised())) {
            break;
          }
          name = n;
          nameEnd = end;
        } else if (name != null) {
          break;
        }
      } else if (name != null) {
        break;
      }
      r = end;
    }
    j = nameEnd;
    if (name != null && j < toks.size() && !toks.get(j).capitalised() && Words.TITLE_HEADS.contains(toks.get(j).lower())
        && Names.gapBefore(s, toks, j).equals(" ") && name.tokens().size() == 1) {
      return null; // "says Burnley mayor as …": the place or body whose mayor speaks, not a name, and the mayor unnamed
    }
    if (name == null && t.capitalised() && i + 1 < toks.size() && Names.gapBefore(s, toks, i + 1).equals(" ")) {
      // "May said", "Long said": a word that is no name alone but the surname of one person named before
      Person known = people.withSurname(t.bare());
      if (known != null) {
        name = new Name(known.name, known.tokens, null, false, i, i + 1);
        j = i + 1;
      }
    }
    if (name == null && ACRONYM.matcher(t.text()).matches()) {
      // "NASA said", "according to the FBI": a body by its letters, which the text names as the speaker
      int v = skipAdverbs(toks, i + 1);
      boolean says = mode == Mode.SUBJECT && v < toks.size() && Words.isSpeechVerb(toks.get(v).lower())
          && Names.gapBefore(s, toks, i + 1).equals(" ");
      if (says) {
        name = new Name(t.text(), List.of(t.text()), null, false, i, i + 1);
        j = i + 1;
      }
    }
    if (t.capitalised() && (name == null || j < Bodies.nameEnd(s, toks, i))) {
      // "Kent Fire and Rescue Service said": the body's name, not a person "Kent Fire" within it
      Parsed body = bareBody(p, toks, i, mode);
      if (body != null || name == null) {
        return body;
      }
    }
    if (name == null) {
      return null;
    }
    if (mode == Mode.SUBJECT) {
      return new Parsed(new Named(name, pos), afterAppositive(s, toks, j));
    }
    return new Parsed(new Named(name, pos), j);
  }

  /**
   * "Kent Police said", "said Acme Corp.", "Westminster City Council (WCC) said": a body named
   * without an article, two capitalised words or more whose head is a word for a body, right
   * before the verb (or after it, the attribution's last words); null for anything else.
   */
  private Parsed bareBody(Paragraph p, List<Tok> toks, int i, Mode mode) {
    String s = p.masked;
    int end = Bodies.nameEnd(s, toks, i);
    if (end - i < 2 || toks.get(end - 1).possessive()) {
      return null;
    }
    String[] words = new String[end - i];
    for (int k = i; k < end; k++) {
      words[k - i] = toks.get(k).text();
    }
    if (!Words.ORG_HEADS.contains(head(words).toLowerCase(Locale.ROOT))) {
      return null;
    }
    int after = mode == Mode.SUBJECT ? afterAppositive(s, toks, end) : end;
    if (mode == Mode.SUBJECT) {
      int v = skipAdverbs(toks, after);
      String gap = v < toks.size() ? Names.gapBefore(s, toks, v) : "";
      if (v >= toks.size() || !Words.isSpeechVerb(toks.get(v).lower()) || !gap.equals(" ") && !(v == after && gap.equals(") "))) {
        return null; // the verb right after the name, or after its letters: "Westminster City Council (WCC) said"
      }
    } else if (end < toks.size()) {
      // the attribution ends at the name, or goes on with a lowercase clause or "in a statement"; not
      // "said Kent Police officers were …" nor "said University of California, San Diego's chancellor, …"
      String gap = Names.gapBefore(s, toks, end);
      boolean ends = gap.startsWith(".") || gap.startsWith(";") || gap.startsWith(",") && !toks.get(end).capitalised()
          || gap.equals(" ") && Set.of("in", "on").contains(toks.get(end).lower());
      if (!ends) {
        return null;
      }
    }
    String name = s.substring(toks.get(i).start(), toks.get(end - 1).start() + toks.get(end - 1).bare().length());
    return new Parsed(new Named(new Name(name, List.of(), null, false, i, end), p.pos(toks.get(i).start())), after);
  }

  /**
   * "said Assistant Attorney General for the Civil Division Tony West": a capitalised title that
   * runs on through "for", "of" and "the" (a title word before the first of them), then the name.
   */
  private Parsed afterLongTitle(Paragraph p, List<Tok> toks, int i, Mode mode) {
    String s = p.masked;
    if (!toks.get(i).capitalised()) {
      return null;
    }
    boolean head = false;
    int lastLink = -1;
    List<Integer> links = new ArrayList<>();
    int k = i;
    for (; k < toks.size() && k - i < 25; k++) {
      Tok x = toks.get(k);
      if (k > i && k + 1 < toks.size() && Names.gapBefore(s, toks, k).equals(" (") && ACRONYM.matcher(x.text()).matches()
          && Names.gapBefore(s, toks, k + 1).equals(") ") && lastLink >= 0) {
        continue; // "Assistant Secretary for Immigration and Customs Enforcement (ICE) John Morton": the office's letters
      }
      if (k > i && !Names.gapBefore(s, toks, k).equals(" ") && !(Names.gapBefore(s, toks, k).equals(") ")
          && ACRONYM.matcher(toks.get(k - 1).text()).matches() && lastLink >= 0)) {
        break;
      }
      if (!x.capitalised()) {
        if (!Names.TITLE_LINKS.contains(x.text()) || !head) {
          break;
        }
        lastLink = k;
        links.add(k);
      } else if (lastLink < 0 && Words.TITLE_HEADS.contains(x.lower())) {
        head = true;
      }
      if (x.possessive()) {
        break;
      }
    }
    Name name = null;
    boolean office = k < toks.size() && toks.get(k).possessive() || lastLink >= 0 && lastLink + 1 < k && toks.get(lastLink + 1).capitalised()
        && (Names.parse(s, toks, lastLink + 1, k) == null || !Names.opensWithGiven(toks, lastLink + 1));
    for (int l = links.size() - 2; l >= 0 && office; l--) {
      // "Acting Assistant Director in Charge John G. Perren of the FBI's Washington Field Office": the name
      // before the office it holds, after an earlier link; the office follows it with a link of its own
      int from = links.get(l) + 1;
      int end = Names.capsEnd(s, toks, from);
      for (int g = from; g < end - 1 && g <= from + 3 && end == links.get(l + 1); g++) { // past the title's last words: "in Charge"
        if (Names.opensWithGiven(toks, g)) {
          name = Names.parse(s, toks, g, end);
          lastLink = name == null ? lastLink : g - 1;
          k = name == null ? k : end;
          break;
        }
      }
      if (name != null) {
        break;
      }
    }
    if (lastLink < 0 || lastLink + 1 >= k || !toks.get(lastLink + 1).capitalised()) {
      return null;
    }
    if (name == null && k < toks.size() && toks.get(k).possessive() && toks.get(k).capitalised() && head) {
      // "Special Agent in Charge of the Internal Revenue Service's Criminal Investigation Division Jose A. Gonzalez said":
      // past the body's possessive, the rest of the title, then the name from its given name on
      int end = Names.capsEnd(s, toks, k + 1);
      for (int g = k + 1; g < end - 1 && g <= k + 8 && name == null; g++) { // a few words of title at most
        if (Names.opensWithGiven(toks, g)) {
          name = Names.parse(s, toks, g, end);
          lastLink = name == null ? lastLink : g - 1;
        }
      }
      k = name == null ? k : end;
    }
    if (name == null) {
      name = Names.parse(s, toks, lastLink + 1, k);
    }
    if (name == null || name.end() != k) {
      return null;
    }
    long pos = p.pos(toks.get(i).start());
    int nameAt = s.indexOf(name.name(), toks.get(lastLink + 1).start());
    // "of State Pompeo" is no name: the run's first word opens one only as a given name or before an initial.
    boolean wholeRun = nameAt == toks.get(lastLink + 1).start();
    List<String> nt = name.tokens();
    boolean opens = GivenNames.isGiven(nt.get(0)) || nt.size() >= 3 && nt.get(1).length() == 2 && nt.get(1).endsWith(".");
    if (nameAt < 0 || wholeRun && !opens || nt.size() < 2 && name.title() == null) {
      return null; // "in Charge Fuhrman" is a surname after the title's last word
    }
    if (andAfterAName(toks, i, lastLink)) {
      return null; // "President Joe Biden and Prime Minister Fumio Kishida": two people, not one long title
    }
    String title = s.substring(toks.get(i).start(), nameAt).strip();
    Name whole = new Name(name.name(), name.tokens(), title, name.honorific(), i, k, name.shown());
    return new Parsed(new Named(whole, pos), mode == Mode.SUBJECT ? afterAppositive(s, toks, k) : k);
  }

  /** Whether an "and" in [i, end] follows a given name and a surname: a person, then someone else. */
  private static boolean andAfterAName(List<Tok> toks, int i, int end) {
    for (int k = i + 2; k <= end && k < toks.size(); k++) {
      if (toks.get(k).text().equals("and") && GivenNames.isGiven(toks.get(k - 2).text())
          && toks.get(k - 1).capitalised()) {
        return true;
      }
    }
    return false;
  }

  /** "said Supreme’s founder James Jebbia", "NASA's chief scientist Jim Green said": a body's own title, then the name. */
  private Parsed afterOwnersTitle(Paragraph p, List<Tok> toks, int i, Mode mode) {
    String s = p.masked;
    Tok owner = toks.get(i);
    if (owner.capitalised() && !owner.possessive()) {
      // "said University of Hawaii's Lauren Schurmeier": a body's name of several words, then its possessive
      for (int o = i + 1; o < toks.size() && o <= i + 5 && Names.gapBefore(s, toks, o).equals(" "); o++) {
        Tok x = toks.get(o);
        if (x.capitalised() && x.possessive()) {
          Parsed owned = afterOwnersTitle(p, toks, o, mode);
          return owned != null && owned.who() instanceof Named n && n.name().tokens().size() >= 2 ? owned : null;
        }
        if (!x.capitalised() && !Names.TITLE_LINKS.contains(x.text())) {
          return null;
        }
      }
      return null;
    }
    if (!owner.capitalised() || !owner.possessive()) {
      return null;
    }
    int k = i + 1;
    while (k < toks.size() && k - i <= 5 && !toks.get(k).capitalised() && Names.gapBefore(s, toks, k).equals(" ")
        && !Words.FUNCTION.contains(toks.get(k).lower()) && !Words.isSpeechVerb(toks.get(k).lower())) {
      k++;
    }
    boolean bare = k == i + 1; // "said Labour's Keir Starmer": the body, then the name
    if (k >= toks.size() || !bare && !Words.TITLE_HEADS.contains(toks.get(k - 1).lower())
        || !toks.get(k).capitalised() || !Names.gapBefore(s, toks, k).equals(" ")) {
      return null;
    }
    int end = Names.capsEnd(s, toks, k);
    Name n = Names.parse(s, toks, k, end);
    if (n == null || n.first() != k || n.end() != end || n.tokens().size() < 2 || bare && n.titled()) {
      return null;
    }
    String title = bare ? null : s.substring(owner.start(), toks.get(k - 1).end());
    Name whole = new Name(n.name(), n.tokens(), title, n.honorific(), i, end, n.shown());
    long pos = p.pos(owner.start());
    return new Parsed(new Named(whole, pos), mode == Mode.SUBJECT ? afterAppositive(s, toks, end) : end);
  }

  /** Past ", a description ," after a subject, to the verb that follows it; or j when there is none. */
  private static int afterAppositive(String s, List<Tok> toks, int j) {
    if (j + 1 < toks.size() && Names.gapBefore(s, toks, j).equals(" (") && ACRONYM.matcher(toks.get(j).text()).matches()
        && Names.gapBefore(s, toks, j + 1).equals(") ")) {
      return afterAppositive(s, toks, j + 1); // "the World Health Organization (WHO) said"
    }
    if (j > 0 && j < toks.size() && Names.gapBefore(s, toks, j).equals(" (")) {
      Matcher party = PARTY_IN_BRACKETS.matcher(s).region(toks.get(j - 1).end(), Math.min(s.length(), toks.get(j - 1).end() + 16));
      if (party.lookingAt()) {
        int k = firstTokenFrom(toks, party.end());
        if (k < toks.size() && s.substring(party.end(), toks.get(k).start()).equals(", ")) {
          int past = pastCommaPhrase(s, toks, k); // "Sen. Richard J. Durbin (D-Ill.), noting …, said"
          return past >= 0 ? past : j;
        }
        return k < toks.size() && s.substring(party.end(), toks.get(k).start()).equals(" ") ? k : j; // "Chuck Schumer (D-N.Y.) said"
      }
    }
    if (j < toks.size() && SPEAKING.contains(toks.get(j).lower()) && Names.gapBefore(s, toks, j).equals(" ")) {
      // "Mitsotakis speaking to the Atlantic Council think tank called …": a participle's phrase without commas
      for (int k = j + 1; k < toks.size() && k < j + 12; k++) {
        if (!Names.gapBefore(s, toks, k).equals(" ")) {
          return j;
        }
        if (!toks.get(k).capitalised() && Words.SPEECH_VERBS.contains(toks.get(k).lower())) {
          return k;
        }
      }
      return j;
    }
    boolean forThe = j + 1 < toks.size() && toks.get(j).lower().equals("for") && toks.get(j + 1).lower().equals("the"); // "Tom Moss for the District of Idaho said"
    if (j < toks.size() && Names.gapBefore(s, toks, j).equals(" ") && (OF.contains(toks.get(j).lower()) || forThe)) {
      // "Mike Ryan of the World Health Organization (WHO) told", "Mick Jagger of The Rolling Stones also reacted"
      for (int k = j + 1; k < toks.size() && k < j + 14; k++) {
        String g = Names.gapBefore(s, toks, k);
        if (g.equals(", ")) {
          int past = afterAppositive(s, toks, k);
          return past == k ? j : past;
        }
        if (g.indexOf(Article.MASK) >= 0 || g.matches("(?s).*[.!?,;:]\\s.*") || g.contains("\u2014")) {
          return j;
        }
        int v = skipAdverbs(toks, k);
        if (v < toks.size() && Words.isSpeechVerb(toks.get(v).lower()) && !toks.get(k).capitalised()) {
          return k;
        }
        if (Words.verbLike(toks.get(k)) && !Words.ADVERBS.contains(toks.get(k).lower())) {
          return j;
        }
      }
      return j;
    }
    if (j >= toks.size() || !Names.gapBefore(s, toks, j).startsWith(",")) {
      return j;
    }
    int past = pastCommaPhrase(s, toks, j);
    return past >= 0 ? past : j;
  }

  /** From j, the first word after a comma: past the phrase to the verb after its closing comma, or -1. */
  private static int pastCommaPhrase(String s, List<Tok> toks, int j) {
    for (int k = j + 1; k < toks.size() && k < j + 40; k++) {
      String g = Names.gapBefore(s, toks, k);
      if (g.indexOf(Article.MASK) >= 0 || g.matches("(?s).*[.!?]\\s.*") || g.contains(";") || g.contains(":")) {
        return -1;
      }
      String verb = skipAdverbsWord(toks, k);
      if (g.contains(",") && toks.get(k).lower().endsWith("ing") && Words.verbLike(toks.get(k))) {
        continue; // ", speaking to BBC, said": a participle's phrase, then the verb
      }
      if (g.contains(",") && (Words.verbLike(toks.get(k)) || Words.COLON_VERBS.contains(verb))) {
        return k;
      }
    }
    return -1;
  }

  /** Three to six capitals, a body's letters (NASA, UNICEF); two-letter ones are mostly countries (US, UK, EU). */
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{3,6}");
  /** A US politician's party and state in brackets after the name: " (D-N.Y.)", " (R-Fla.)", " (I)". */
  private static final Pattern PARTY_IN_BRACKETS = Pattern.compile(" \\([RDI](-[A-Z][A-Za-z.]{0,10})?\\)");
  private static final Set<String> MANNER = Set.of("blunt", "clear", "adamant", "emphatic", "firm", "frank",
      "candid", "defiant", "direct", "unequivocal", "unapologetic", "scathing", "forthright", "philosophical",
      "critical", "harsh", "damning", "scornful", "dismissive", "optimistic", "pessimistic", "upbeat", "confident");
  private static final Set<String> DEGREE = Set.of("more", "less", "very", "even", "equally", "particularly", "most");
  private static final Set<String> OF = Set.of("of", "from", "at", "with");
  private static final Set<String> SPEAKING = Set.of("speaking", "talking", "writing", "testifying", "addressing");

  private static String skipAdverbsWord(List<Tok> toks, int k) {
    int v = skipAdverbs(toks, k);
    return v < toks.size() ? toks.get(v).lower() : "";
  }

  /** "the petition", "his sister in China", "An eyewitness"; or "The prime minister, Boris Johnson," as a subject. */
  private Parsed description(Paragraph p, List<Tok> toks, int i, Mode mode) {
    String s = p.masked;
    int j = i + 1;
    while (j < toks.size() && j - i <= 7) {
      if (!Names.gapBefore(s, toks, j).equals(" ")) {
        break;
      }
      Tok x = toks.get(j);
      String lx = x.lower();
      boolean nounBeforeVerb = j + 1 < toks.size() && Words.isSpeechVerb(toks.get(j + 1).lower())
          && !Words.isSpeechVerb(lx) && !Words.ADVERBS.contains(lx) && !Words.VERB_HELPERS.contains(lx);
      if (mode == Mode.SUBJECT && !nounBeforeVerb && (Words.SPEECH_VERBS.contains(lx) || Words.ADVERBS.contains(lx)
          || Words.VERB_HELPERS.contains(lx) || Words.COLON_VERBS.contains(lx) || Words.verbLike(x))) {
        break; // "the police's internal investigators told": a plural noun right before the verb is no verb
      }
      if (Words.AUXILIARIES.contains(lx) || lx.equals("as") || lx.equals("when") || lx.equals("while")
          || Words.PARTICIPLES.contains(lx)) {
        return null;
      }
      // After a verb the speaker ends where a phrase of its own begins: "said the company in a statement".
      if (mode == Mode.INVERTED && Words.FUNCTION.contains(lx) && j + 1 < toks.size()
          && (Words.DETERMINERS.contains(toks.get(j + 1).lower()) || Words.FUNCTION.contains(toks.get(j + 1).lower()))) {
        break;
      }
      j++;
    }
    String last = toks.get(j - 1).lower();
    if (j - i < 2 || Words.FUNCTION.contains(last) || Words.ADVERBS.contains(last)
        || last.endsWith("ly") && !Words.isPersonNoun(last) && !Words.isInstitution(last) && !Words.lyNoun(last)) {
      return null; // "the newly confirmed field": no noun, no one
    }
    long pos = p.pos(toks.get(i).start());
    // "a clearly angry Charles Moose", "veteran reporter Mike Buchanan": the name, not the description.
    int c = j;
    while (c - 1 > i && toks.get(c - 1).capitalised() && Names.gapBefore(s, toks, c - 1).equals(" ")) {
      c--;
    }
    // "The Turkish Ministry of Foreign Affairs": the end of a body's name after "of", no person's
    boolean bodysName = c - 2 > i && Names.TITLE_LINKS.contains(toks.get(c - 1).lower())
        && Words.isInstitution(toks.get(c - 2).lower());
    if (j - c == 1 && c - 1 > i && Words.KIN.contains(toks.get(c - 1).lower()) && Names.gapBefore(s, toks, c).equals(" ")) {
      // "The boy's mother Ellen said", "Aitchison's father Norrie said": kin, then a one-word name
      Name kinName = Names.parse(s, toks, c, j);
      if (kinName != null) {
        Name named = new Name(kinName.name(), kinName.tokens(), s.substring(toks.get(i).start(), toks.get(c - 1).end()),
            false, c, j);
        return new Parsed(new Named(named, pos), mode == Mode.SUBJECT ? afterAppositive(s, toks, j) : j);
      }
    }
    if (j - c == 1 && c - 1 > i && !toks.get(c - 1).capitalised() && !Words.FUNCTION.contains(toks.get(c - 1).lower())
        && !toks.get(c).possessive()) { // not "The body of Mansell"
      // "The 23-year-old Rashford added", "the forward Rashford said": the surname of someone named before
      Person known = people.withSurname(toks.get(c).bare());
      if (known != null) {
        Name named = new Name(known.name, known.tokens, s.substring(toks.get(i).start(), toks.get(c - 1).end()), false, c, j);
        return new Parsed(new Named(named, pos), mode == Mode.SUBJECT ? afterAppositive(s, toks, j) : j);
      }
    }
    if (j - c >= 2 && !bodysName) {
      Name inner = Names.parse(s, toks, c, j);
      if (inner != null && inner.first() == c) {
        int end = mode == Mode.SUBJECT ? afterAppositive(s, toks, j) : j;
        return new Parsed(new Named(inner, pos), end);
      }
    }
    if (j < toks.size() && Names.gapBefore(s, toks, j).equals(", ") && toks.get(j).capitalised()) {
      // "The prime minister, Boris Johnson, tweeted"; "said the defendant, Tom Hale, in court."
      int end = Names.capsEnd(s, toks, j);
      Name name = Names.parse(s, toks, j, end);
      String closing = end < toks.size() ? Names.gapBefore(s, toks, end) : s.substring(toks.get(end - 1).end());
      boolean closes = closing.startsWith(",") || mode != Mode.SUBJECT && closing.strip().startsWith(".")
          || mode != Mode.SUBJECT && closing.isBlank();
      if (name != null && (mode == Mode.SUBJECT || name.tokens().size() >= 2) && closes) {
        return new Parsed(new Named(name, pos), end);
      }
    }
    if (mode == Mode.SUBJECT) {
      return new Parsed(new Described(s.substring(toks.get(i).start(), toks.get(j - 1).end()), pos),
          afterAppositive(s, toks, j));
    }
    String after = j < toks.size() ? Names.gapBefore(s, toks, j) : "";
    if (j < toks.size() && after.equals(" ") && !Words.FUNCTION.contains(toks.get(j).lower())) {
      return null;
    }
    return new Parsed(new Described(s.substring(toks.get(i).start(), toks.get(j - 1).end()), pos), j);
  }
}
