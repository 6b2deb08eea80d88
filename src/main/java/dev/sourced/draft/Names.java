package dev.sourced.draft;

import dev.sourced.draft.Words.Tok;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads a person's name, and the role words around it, from the words of a paragraph. */
final class Names {
  private Names() {}

  /**
   * A name found at tokens [first, end): the name without titles or honorifics, the title that
   * stood before it ("Santa Barbara County Sheriff", "White House trade adviser") or null.
   */
  record Name(String name, List<String> tokens, String title, boolean honorific, int first, int end, People.Gender shown) {
    Name(String name, List<String> tokens, String title, boolean honorific, int first, int end) {
      this(name, tokens, title, honorific, first, end, People.Gender.UNKNOWN);
    }

    boolean titled() {
      return title != null || honorific;
    }
  }

  /**
   * What a gap longer than this reads as: a quotation and a sentence end, which stop every run of
   * names or roles. Only short gaps are copied, so that reading around each of many quotes in one
   * paragraph stays linear in its length.
   */
  static final int LONG = 64;
  private static final String LONG_GAP = Article.MASK + ". " + Article.MASK;

  static String gap(String s, List<Tok> toks, int i) {
    int from = toks.get(i).end();
    int to = i + 1 < toks.size() ? toks.get(i + 1).start() : s.length();
    return to - from > LONG ? LONG_GAP : s.substring(from, to);
  }

  static String gapBefore(String s, List<Tok> toks, int i) {
    int from = i > 0 ? toks.get(i - 1).end() : 0;
    int to = toks.get(i).start();
    return to - from > LONG ? LONG_GAP : s.substring(from, to);
  }

  private static boolean space(String gap) {
    return gap.equals(" ") || gap.equals("\u00A0");
  }

  /** A quoted word between a given name and a surname, as masked: one short quotation, nothing else. */
  private static final java.util.regex.Pattern NICKNAME = java.util.regex.Pattern.compile(
      "\\s[\"\u201C'\u2018]" + Article.MASK + "{2,15}[\"\u201D'\u2019]\\s");

  /** The end (exclusive) of the run of capitalised words that starts at i. */
  static int capsEnd(String s, List<Tok> toks, int i) {
    int j = i;
    while (j < toks.size() && toks.get(j).capitalised()) {
      if (j + 1 < toks.size() && !toks.get(j).possessive() && toks.get(j + 1).capitalised() && NICKNAME.matcher(gap(s, toks, j)).matches()) {
        j++; // "Dongfan “Greg” Chung": a nickname in quote marks inside the name
        continue;
      }
      if (toks.get(j).possessive() || j + 1 >= toks.size() || !space(gap(s, toks, j))) {
        return j + 1;
      }
      Tok next = toks.get(j + 1);
      if (!next.capitalised() && Words.NAME_PARTICLES.contains(next.text()) && j + 2 < toks.size()
          && space(gap(s, toks, j + 1)) && toks.get(j + 2).capitalised()) {
        j += 2;
        continue;
      }
      j++;
    }
    return j;
  }

  /** A capitalised compound of lowercase words: "Man-of-the-match", a description before a name. */
  private static final java.util.regex.Pattern LOWER_COMPOUND = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}*(-\\p{Ll}+)+");

  /** Lowercase words inside a long title: "Director for Investigations", "General of the Civil Division". */
  static final java.util.Set<String> TITLE_LINKS = java.util.Set.of("for", "of", "in", "the", "and", "on", "at");
  private static final java.util.Set<String> TITLES_AS_SURNAMES = java.util.Set.of("king", "marshal", "bishop",
      "dean", "chancellor", "sheriff", "judge", "deacon", "pope", "prince", "major", "holder");
  private static final java.util.regex.Pattern PARTY_STATE = java.util.regex.Pattern.compile("[RDI]-[A-Z][A-Za-z.]*");
  /** US states and countries of one word, which alone name no person (left out: those that are also names, Georgia, Israel, Washington). */
  private static final java.util.Set<String> PLACES = java.util.Set.of("Alabama", "Alaska", "Arizona", "Arkansas",
      "California", "Colorado", "Connecticut", "Delaware", "Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
      "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi",
      "Missouri", "Montana", "Nebraska", "Nevada", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Tennessee", "Texas",
      "Utah", "Vermont", "Wisconsin", "Wyoming", "America", "Britain", "Scotland",
      "France", "Germany", "Italy", "Spain", "Portugal", "Russia", "Ukraine", "China", "Japan", "India",
      "Pakistan", "Iran", "Iraq", "Syria", "Egypt", "Turkey", "Mexico", "Canada", "Brazil", "Argentina",
      "Australia", "Nigeria", "Kenya", "Cuba", "Venezuela", "Afghanistan", "Libya", "Greece", "Poland", "Sweden",
      "Norway", "Denmark", "Finland", "Belgium", "Switzerland", "Austria", "Cambodia", "Vietnam", "Thailand",
      "Indonesia", "Malaysia", "Philippines", "Korea", "Taiwan", "Europe", "Africa", "Asia");

  private static final java.util.Set<String> TWO_WORD_PLACES = java.util.Set.of("New Hampshire", "New Jersey",
      "New Mexico", "New York", "North Carolina", "South Carolina", "North Dakota", "South Dakota", "West Virginia",
      "Rhode Island", "United States", "United Kingdom", "New Zealand", "South Africa", "North Korea", "South Korea",
      "Saudi Arabia", "Northern Ireland", "Sri Lanka", "Hong Kong");

  /** Offices in the plural, before the first of the names that hold them. */
  private static final java.util.Set<String> PLURAL_OFFICES = java.util.Set.of("representatives", "senators", "reps.",
      "sens.", "congressmen", "congresswomen", "governors", "mayors", "councilmen", "councilwomen", "commissioners");

  /** Words for a party's members, which end no name. */
  private static final java.util.Set<String> MEMBERS = java.util.Set.of("democrat", "democrats", "republican",
      "republicans", "tory", "tories");

  static boolean isMember(String word) {
    return MEMBERS.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  /** Title words that are also common given names: "Dean Baker" is a man, not a dean. */
  private static final java.util.Set<String> TITLES_AS_GIVEN = java.util.Set.of("dean");
  private static final java.util.Set<String> SUFFIXES = java.util.Set.of("jr.", "sr.", "jr", "sr", "ii", "iii", "iv");
  /** Titles that, before one word, are part of the name: peers ("Lord Kinclaven") and popes and monarchs ("Pope Francis"). */
  private static final java.util.Set<String> PEERS = java.util.Set.of("lord", "lady", "baroness", "baron", "pope", "king",
      "queen", "prince", "princess", "emperor", "empress");
  private static final java.util.Set<String> PARTIES = java.util.Set.of("republican", "democrat", "democratic",
      "labour", "conservative", "tory", "liberal", "socialist", "independent");
  private static final java.util.Set<String> POSTNOMINALS = java.util.Set.of("qc", "kc", "mp", "msp", "mbe", "obe",
      "cbe", "kbe", "jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd");

  /** A name from the capitalised words [from, end), or null when they do not name a person. */
  static Name parse(String s, List<Tok> toks, int from, int end) {
    int spanEnd = end; // "John Roberts Jr. wrote": the verb comes after the letters
    // "Judge Durham Hall QC": letters after a name are not part of it.
    while (end - from > 1 && POSTNOMINALS.contains(toks.get(end - 1).lower()) && !toks.get(end - 1).possessive()) {
      end--;
    }
    int f = from;
    while (f < end && (Words.NOT_NAMES.contains(toks.get(f).lower()) || PARTIES.contains(toks.get(f).lower()) && end - f >= 3)) {
      f++; // "Republican Paul Ryan", "Democrat Chuck Schumer": a party before a name is none of it
    }
    int head = -1;
    for (int k = f; k < end; k++) {
      String w = toks.get(k).lower();
      boolean surnameAfterGiven = k == end - 1 && k > f && (GivenNames.isGiven(toks.get(k - 1).text())
          || TITLES_AS_SURNAMES.contains(w) && !Words.TITLE_HEADS.contains(toks.get(k - 1).lower()));
      // "Dean said" with no article: the surname of someone named before, not an office
      boolean loneSurname = k == f && end - f == 1 && TITLES_AS_SURNAMES.contains(w) && (from == 0
          || !java.util.Set.of("the", "a", "an").contains(toks.get(from - 1).lower()) && !toks.get(from - 1).possessive());
      // "Dean Baker, co-director of …": a title word that is also a given name, before one name word, opens the name
      boolean givenFirst = k == f && end - f == 2 && TITLES_AS_GIVEN.contains(w) && toks.get(k + 1).capitalised()
          && !Words.TITLE_HEADS.contains(toks.get(k + 1).lower());
      // "Representatives James E. Clyburn of South Carolina and …": a title in the plural is a title too
      boolean pluralTitle = PLURAL_OFFICES.contains(w) && k < end - 1;
      if ((Words.TITLE_HEADS.contains(w) || pluralTitle) && !Words.isHonorific(w) && !surnameAfterGiven && !loneSurname
          && !givenFirst) {
        head = k; // but "Larry King", "Renee King": a title word after a given name, or after any name word, is a surname
      }
    }
    if (head == end - 1 && head - 1 >= f && Words.TITLE_HEADS.contains(toks.get(head - 1).lower())
        && TITLES_AS_SURNAMES.contains(toks.get(head).lower())) {
      head--; // "Assistant Attorney General King": a title word after a title is the surname
    }
    if (head >= 0 && end - head == 2 && PEERS.contains(toks.get(head).lower())) {
      // "Judge Lord Kinclaven", "Lady Hale": a peer's title before one word is part of the name
      int before = head - 1;
      while (before >= f && !Words.TITLE_HEADS.contains(toks.get(before).lower())) {
        before--;
      }
      head = before >= f ? before : -1;
    }
    int n = head >= 0 ? head + 1 : f;
    for (int k = n + 1; k < end - 1; k++) {
      if (Words.isHonorific(toks.get(k).text())) {
        n = k; // "Undersecretary for Education Mr. Toccafondi": the name starts at the honorific
        break;
      }
    }
    while (n < end - 1 && LOWER_COMPOUND.matcher(toks.get(n).text()).matches()) {
      n++; // "Man-of-the-match Stephen Jones": a capitalised compound of lowercase words is a description, no name
    }
    boolean honorific = false;
    People.Gender gender = People.Gender.UNKNOWN;
    // "Lord Kinclaven", "Lady Hale": a peer's title before one word is part of the name
    boolean peer = end - n == 2 && PEERS.contains(toks.get(n).lower());
    while (n < end && Words.isHonorific(toks.get(n).text()) && !peer) {
      honorific = true;
      gender = People.ofHonorific(toks.get(n).lower()); // "Mrs Miller" is no son named Miller
      n++;
    }
    // "Assistant Director for Investigations Michael Merritt", "Inspector General of … Urban Development
    // Kenneth M. Donohue": the tail of a long title, then a name that opens with a given name.
    boolean anchored = false;
    boolean titleGoesOn = from > 0 && TITLE_LINKS.contains(toks.get(from - 1).text()) && space(gap(s, toks, from - 1));
    for (int k = n + 1; titleGoesOn && k < end - 1 && end - n > 2; k++) {
      if (opensWithGiven(toks, k) && !initialsOrGiven(toks, n, k)) {
        n = k;
        anchored = true;
        break;
      }
    }
    if (!anchored && head < 0 && n == from && end - n >= 3 && from > 0 && toks.get(from - 1).text().equals("of")
        && space(gap(s, toks, from - 1)) && !toks.get(end - 1).possessive()) {
      // "leader of Zimbabwe Robert Mugabe", "First Minister of Scotland Nicola Sturgeon": the place, then the name.
      n = end - 2;
    }
    if (n >= end || end - n > 4) {
      return null;
    }
    if (end - n == 1 && PLACES.contains(toks.get(n).bare())
        || end - n == 2 && TWO_WORD_PLACES.contains(toks.get(n).text() + " " + toks.get(n + 1).bare())) {
      return null; // "In Texas, …", "an event in New Hampshire asked her": a state or a country alone names no person
    }
    if (isMember(toks.get(end - 1).text())) {
      return null; // "one New Hampshire Democrat", "a Texas Republican": a party's member, unnamed
    }
    if (end - n == 1 && end < toks.size() && Words.isMannerAdverb(toks.get(n).lower()) && !GivenNames.isGiven(toks.get(n).text())
        && toks.get(end).text().endsWith("ing") && !toks.get(end).capitalised() && gapBefore(s, toks, end).equals(" ")
        && (n == 0 || gapBefore(s, toks, n).strip().matches(".*[.!?]"))) {
      return null; // "Hastily politicizing the tragedy, Trump …": an adverb opening the sentence, no name
    }
    List<String> parts = new ArrayList<>();
    for (int k = n; k < end; k++) {
      Tok t = toks.get(k);
      String bare = t.bare();
      String lb = bare.toLowerCase(Locale.ROOT);
      // "Helen Park", "Tony West": a place word after a given name is a surname
      // …but "Jakarta Post" is a newspaper: a word of SURNAMES_TOO is a surname only after a given name or a title
      boolean given = k > n && GivenNames.isGiven(toks.get(k - 1).text());
      // "US hip-hop star Kanye West": a lowercase title before the name lets a place word end it as a surname
      boolean surname = k == end - 1 && (given || Words.SURNAMES_TOO.contains(lb) && (head >= 0 || honorific || k == n
          || f == from && titleBefore(s, toks, from, false, end - n == 1) != null));
      boolean initials = Words.isInitials(t.text()) && k < end - 1; // "J.K. Rowling", but not "the U.S."
      if (Words.NOT_PERSON.contains(lb) && !surname || bare.chars().anyMatch(Character::isDigit)
          || bare.length() >= 2 && bare.equals(bare.toUpperCase(Locale.ROOT)) && !bare.endsWith(".") && !initials
          || Words.NOT_NAMES.contains(bare.toLowerCase(Locale.ROOT)) && !surname || Words.GROUPS_OF_PEOPLE.contains(lb)
          || Words.isSpeechVerb(t.lower()) && !verbAsGivenName(toks, k, end)) {
        return null;
      }
      if (k == n && end - n >= 2 && Words.DEMONYMS.contains(lb)) {
        return null; // "the British and Irish Lions will", "French Open": a people's adjective opens no name
      }
      if (PARTY_STATE.matcher(bare).matches()) {
        return null; // "Tom Ardent, R-Ga., said": a party and state, not a name
      }
      if (t.possessive() && k < end - 1) {
        return null; // "the Attorney's Office", "Doris Day's foundation": a thing of someone's, not a person
      }
      parts.add(bare);
    }
    String title = head >= 0 ? s.substring(toks.get(f).start(), toks.get(head).end()) : null;
    if (f == from) {
      String before = titleBefore(s, toks, from, head >= 0, end - n == 1);
      if (before != null) {
        title = title == null ? before : before + " " + title;
      }
    }
    int shown = end < spanEnd && SUFFIXES.contains(toks.get(end).lower()) ? end + 1 : end; // "Ronald C. Machen Jr."
    String name = s.substring(toks.get(n).start(), toks.get(shown - 1).end());
    if (name.indexOf(Article.MASK) >= 0) {
      name = NICKNAME.matcher(name).replaceAll(" "); // "Dongfan Chung", without the nickname's marks
    }
    if (toks.get(shown - 1).possessive()) {
      name = name.substring(0, name.length() - 2);
    }
    return new Name(name, parts, title, honorific, f, spanEnd, gender);
  }

  /** Whether toks[k] may open a name after a title: a given name, or a word before an initial ("Jose A. Gonzalez"). */
  static boolean opensWithGiven(List<Tok> toks, int k) {
    boolean initialNext = k + 1 < toks.size() && toks.get(k + 1).text().length() == 2 && toks.get(k + 1).text().endsWith(".");
    return GivenNames.isGiven(toks.get(k).text()) || initialNext;
  }

  /** "Say Lork": a verb's plain form, capitalised and before another capitalised word, opening a name. */
  private static boolean verbAsGivenName(List<Tok> toks, int k, int end) {
    String w = toks.get(k).lower();
    return k < end - 1 && toks.get(k).capitalised() && !w.endsWith("s") && !w.endsWith("ed")
        && !Words.IRREGULAR_PAST.contains(w) && !w.equals("said") && !w.equals("told");
  }

  /** Whether a token in [from, to) is a given name or an initial, so that a name may begin there already. */
  private static boolean initialsOrGiven(List<Tok> toks, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = toks.get(k).text();
      if (GivenNames.isGiven(w) || w.length() == 2 && w.endsWith(".") || Words.isInitials(w)) {
        return true;
      }
    }
    return false;
  }

  /** Participles that belong to a title: "retired Army general", "newly elected mayor". */
  private static final java.util.Set<String> TITLE_PARTICIPLES = java.util.Set.of("retired", "elected", "appointed",
      "acclaimed", "renowned", "celebrated", "noted", "disgraced", "convicted", "jailed", "detained", "exiled",
      "self-described", "self-proclaimed", "qualified", "licensed", "certified", "registered");

  /** The run of lowercase title words right before a name: "White House trade adviser", "former". */
  private static String titleBefore(String s, List<Tok> toks, int from, boolean titledInside, boolean oneWord) {
    int j = from - 1;
    if (j < 0 || !space(gap(s, toks, j))) {
      return null;
    }
    String w = toks.get(j).lower();
    if (oneWord && w.equals("host") && j > 0 && toks.get(j - 1).capitalised() && space(gap(s, toks, j - 1))) {
      return null; // "Sale host Bath on Friday": a team's verb, not a title
    }
    boolean head = !toks.get(j).capitalised() && Words.TITLE_HEADS.contains(w);
    boolean modifier = titledInside && Words.TITLE_MODIFIERS.contains(w);
    int of = ofRoleBefore(s, toks, from);
    if (!head && !modifier && of < 0) {
      return null;
    }
    int k = of >= 0 ? of : j;
    while (k - 1 >= 0 && space(gap(s, toks, k - 1))) {
      Tok t = toks.get(k - 1);
      String lw = t.lower();
      // "sentenced former Harwood mayor Dale Kinsey": a verb in the past ends the title
      boolean pastVerb = !t.capitalised() && !TITLE_PARTICIPLES.contains(lw)
          && (Words.IRREGULAR_PAST.contains(lw) || lw.length() >= 5 && lw.endsWith("ed"));
      if (Words.FUNCTION.contains(lw) || Words.isSpeechVerb(lw) || Words.DETERMINERS.contains(lw) || pastVerb
          || Words.NOT_NAMES.contains(lw) && t.capitalised() && !Words.TITLE_MODIFIERS.contains(lw)) {
        break;
      }
      k--;
    }
    return s.substring(toks.get(k).start(), toks.get(j).end());
  }

  /**
   * "director of rugby Nigel Melville", "head of communications Jo Lee": a lowercase title word, "of"
   * and one or two lowercase words of its field, right before the name at from; the title word's
   * index, or -1.
   */
  static int ofRoleBefore(String s, List<Tok> toks, int from) {
    for (int k = from - 1; k >= 2 && k >= from - 2; k--) {
      Tok t = toks.get(k);
      if (t.capitalised() || Words.FUNCTION.contains(t.lower()) || Words.DETERMINERS.contains(t.lower()) || !space(gap(s, toks, k))) {
        return -1;
      }
      if (toks.get(k - 1).text().equals("of") && space(gap(s, toks, k - 1)) && ofRoleAt(s, toks, k - 1)) {
        return k - 2;
      }
    }
    return -1;
  }

  /** "of" at index of, after a lowercase title word: "director of", "head of". */
  static boolean ofRoleAt(String s, List<Tok> toks, int of) {
    if (of < 1) {
      return false;
    }
    Tok head = toks.get(of - 1);
    return !head.capitalised() && Words.TITLE_HEADS.contains(head.lower()) && space(gap(s, toks, of - 1));
  }

  /**
   * The description after a name: ", an urban development ... specialist at the University of
   * Southern California" up to the verb, or "of Ronkonkoma, New York". Null when there is none.
   */
  static String roleAfter(String s, List<Tok> toks, int end) {
    if (end >= toks.size()) {
      return null;
    }
    String g = gapBefore(s, toks, end);
    Tok t = toks.get(end);
    boolean titleWord = t.capitalised() && (Words.TITLE_HEADS.contains(t.lower()) || acronym(t.text())
        || Words.isInitials(t.text()) || titleAhead(s, toks, end));
    boolean appositive = g.equals(", ") && (!t.capitalised() || titleWord) && !Words.FUNCTION.contains(t.lower())
        && !Words.verbLike(t) && !t.text().chars().allMatch(Character::isDigit)
        || g.equals(", ") && (t.lower().equals("a") || t.lower().equals("an") || t.lower().equals("the"));
    boolean place = space(g) && t.text().equals("of") && end + 1 < toks.size() && toks.get(end + 1).capitalised();
    if (!appositive && !place) {
      return null;
    }
    int last = end;
    for (int k = end; k < toks.size() && k < end + 40; k++) {
      last = k;
      if (k + 1 >= toks.size()) {
        break;
      }
      String after = gap(s, toks, k);
      if (after.indexOf(Article.MASK) >= 0 || after.chars().anyMatch(c -> Article.isQuoteMark((char) c))
          || after.contains(";") || after.contains(":") || after.contains("\u2014") || after.contains(" \u2013")
          || after.contains("(") || after.contains(")")) {
        break;
      }
      if (after.matches("(?s).*[.!?]\\s.*") || after.endsWith(".") && k + 1 >= toks.size()) {
        break; // a sentence ends; "Calif.-based" does not end one
      }
      if (after.contains(",") && (Words.verbLike(toks.get(k + 1)) || Words.PRONOUNS.contains(toks.get(k + 1).lower()))) {
        break;
      }
      Tok nx = toks.get(k + 1);
      if (space(after) && !Words.FUNCTION.contains(toks.get(k).lower()) && !Words.DETERMINERS.contains(toks.get(k).lower())
          && (Words.isSpeechVerb(nx.lower()) || nx.lower().endsWith("ed") && Words.verbLike(nx))) {
        break; // "the Lord President of the court decided, …": the description ends where its verb begins
      }
    }
    String role = s.substring(t.start(), toks.get(last).end());
    return role.isBlank() ? null : role;
  }

  /** "Acting Assistant Attorney General of …", "Special Agent in Charge": capitalised words that reach a title word. */
  private static boolean titleAhead(String s, List<Tok> toks, int from) {
    for (int k = from; k < toks.size() && k < from + 4 && toks.get(k).capitalised(); k++) {
      if (Words.TITLE_HEADS.contains(toks.get(k).lower())) {
        return true;
      }
      if (k + 1 < toks.size() && !space(gap(s, toks, k))) {
        return false;
      }
    }
    return false;
  }

  /** "CEO", "MP": a short run of capitals that names a title. */
  private static boolean acronym(String w) {
    return w.length() >= 2 && w.length() <= 4 && w.chars().allMatch(Character::isUpperCase);
  }

  /** An age after a name, "Sudesh Amman, 20,": a sign of a person. */
  static boolean ageAfter(String s, List<Tok> toks, int end) {
    return end < toks.size() && gapBefore(s, toks, end).equals(", ")
        && toks.get(end).text().chars().allMatch(Character::isDigit) && toks.get(end).text().length() <= 3;
  }

  /** ", who ..." after a name. */
  static boolean relativeAfter(String s, List<Tok> toks, int end) {
    return end < toks.size() && gapBefore(s, toks, end).equals(", ")
        && (toks.get(end).lower().equals("who") || toks.get(end).lower().equals("whose"));
  }

  /**
   * "The mayor of London, Sadiq Khan,": the description standing before a name in apposition, or
   * null. clauseStart is the first token of the sentence.
   */
  static String roleInAppositionBefore(String s, List<Tok> toks, int from, int end, int clauseStart) {
    if (from == 0 || !gapBefore(s, toks, from).equals(", ")) {
      return null;
    }
    boolean closes = end >= toks.size() || gapBefore(s, toks, end).startsWith(",")
        || gapBefore(s, toks, end).startsWith(".");
    if (!closes) {
      return null;
    }
    int k = from - 1;
    boolean title = false;
    boolean owner = false;
    while (k >= clauseStart) {
      Tok t = toks.get(k);
      if (Words.TITLE_HEADS.contains(t.lower())) {
        title = true;
      }
      if (Words.DETERMINERS.contains(t.lower()) && (k == clauseStart || !space(gapBefore(s, toks, k)))) {
        break;
      }
      // "England's transport secretary, Grant Shapps,": a place or body's possessive opens the role as "the" does.
      if (k < from - 1 && t.possessive() && t.capitalised() && (k == clauseStart || !space(gapBefore(s, toks, k)))) {
        owner = true;
        break;
      }
      if (k == clauseStart || !space(gapBefore(s, toks, k)) || from - k > 8) {
        return null;
      }
      k--;
    }
    if (k < clauseStart || !title || !owner && !toks.get(k).lower().equals("the")) {
      return null;
    }
    String role = s.substring(toks.get(k).start(), toks.get(from - 1).end());
    return owner ? role : Character.toLowerCase(role.charAt(0)) + role.substring(1);
  }
}
