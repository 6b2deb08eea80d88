package dev.sourced.draft;

import dev.sourced.draft.Article.Paragraph;
import dev.sourced.draft.Names.Name;
import dev.sourced.draft.Words.Tok;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The people an article names, with the roles it gives them, and where each is mentioned, so that
 * "he said" finds the last person named and "Heikkila added" finds Eric Heikkila.
 */
final class People {
  enum Gender { MALE, FEMALE, UNKNOWN }

  static final class Person {
    final String name;
    final List<String> tokens;
    String role;
    Gender gender = Gender.UNKNOWN;

    /**
     * The gender the text shows, else the one a given name suggests ("Helen Marsh"): only good to
     * rule someone out for a pronoun, never to prefer them over a nearer person.
     */
    Gender likely() {
      return gender != Gender.UNKNOWN || tokens.size() < 2 ? gender : GivenNames.of(tokens.get(0));
    }
    /** The age the text gives after the name ("Marta Quill, 56,"), or -1. */
    int age = -1;
    /** A one-word name acting in a sentence ("Shapps announced") whom the text never shows fully: no speaker, but a "he" after it may be them. */
    boolean stranger;

    Person(String name, List<String> tokens, String role) {
      this.name = name;
      this.tokens = List.copyOf(tokens);
      this.role = role;
    }
  }

  /** Where a person is named; object when a verb or preposition takes them ("thanked Gloria Vance"), in the sentence starting at sentence. */
  /** object: taken by a verb or preposition; opens: the subject that opens its sentence, past titles and an opening phrase. */
  record Mention(long pos, Person person, long sentence, boolean object, boolean opens) {}

  private final Map<String, Person> byName = new LinkedHashMap<>();
  /** In text order. */
  private final List<Mention> mentions = new ArrayList<>();
  /** Each person's mentions, in text order, and the people each name word belongs to. */
  private final Map<Person, List<Long>> mentionsOf = new HashMap<>();
  private final Map<String, List<Person>> byToken = new HashMap<>();
  /** Start and end positions, in pairs and in text order, of the descriptions that follow names. */
  private final List<Long> roles = new ArrayList<>();

  /** Two passes: first the people the text clearly names, then every mention of them in order. */
  static People scan(Article article) {
    People people = new People();
    for (Paragraph p : article.paragraphs) {
      for (Tok t : p.tokens()) {
        people.words.add(t.bare().toLowerCase(Locale.ROOT));
        if (!t.capitalised()) {
          people.lowerWords.add(t.bare());
        }
      }
    }
    for (Paragraph p : article.paragraphs) {
      people.register(p);
    }
    for (Paragraph p : article.paragraphs) {
      for (Article.Span span : p.spans) {
        people.noteQuotedFullNames(span.inside());
      }
    }
    people.mergeSurnames();
    people.addUnnamedAlone();
    for (Paragraph p : article.paragraphs) {
      people.mentions(p);
    }
    return people;
  }

  /**
   * A person first registered by surname alone ("President Trump says" in a headline) is the one
   * person whose full name ends with it ("Donald Trump"); with two such people it stays as it is.
   */
  private void mergeSurnames() {
    for (Map.Entry<String, Person> e : List.copyOf(byName.entrySet())) {
      Person single = e.getValue();
      if (single.tokens.size() == 2 && Words.NAME_PARTICLES.contains(single.tokens.get(0).toLowerCase(Locale.ROOT))) {
        Person whole = endingWith(single.tokens); // "Van Hollen said" after "Chris Van Hollen"
        if (whole != null) {
          byName.put(e.getKey(), whole);
        }
        continue;
      }
      if (single.tokens.size() != 1) {
        continue;
      }
      Person full = withSurname(single.tokens.get(0));
      String fullName = full == null ? fullNameOf(single.tokens.get(0)) : null;
      if (full == null && fullName == null && !fullNames.containsKey(single.tokens.get(0))) {
        fullName = quotedFullName(single.tokens.get(0)); // "Clinton said" where only a quote says "Hillary Clinton"
      }
      if (fullName != null && fullName.endsWith(" " + single.tokens.get(0))) {
        // "substitute Jamie Clark scoring …" then "Clark, 21, said": the full name the text holds for the surname
        full = byFullName(fullName, null);
      }
      if (full != null) {
        byName.put(e.getKey(), full);
        if (full.role == null) {
          full.role = single.role;
        }
        if (full.gender == Gender.UNKNOWN) {
          full.gender = single.gender;
        }
      }
    }
  }

  /** The one person named in full whose name ends with these words ("Marine Le Pen" for "Le Pen"), or null. */
  private Person endingWith(List<String> end) {
    Person only = null;
    for (Person p : byToken.getOrDefault(end.get(end.size() - 1), List.of())) {
      if (p.tokens.size() > end.size() && p.tokens.subList(p.tokens.size() - end.size(), p.tokens.size()).equals(end)) {
        if (only != null && only != p) {
          return null;
        }
        only = p;
      }
    }
    return only;
  }

  /** One-word names opening "X, who …", made people only when no one named has that word in their name. */
  private final Set<String> unnamedAlone = new java.util.LinkedHashSet<>();
  /** The gender their own sentence shows of them: "Jones, who says she is innocent". */
  private final Map<String, Gender> unnamedGender = new HashMap<>();

  private void addUnnamedAlone() {
    for (String word : unnamedAlone) {
      String full = fullNameOf(word);
      if (!byToken.containsKey(word) && !byName.containsKey(word) && full == null) {
        Person alone = new Person(word, List.of(word), null);
        alone.gender = unnamedGender.getOrDefault(word, Gender.UNKNOWN);
        add(word, alone);
      } else if (!byToken.containsKey(word) && full != null && full.endsWith(" " + word) && unnamedGender.containsKey(word)) {
        // "doping claims against Marion Jones …" then "Jones, who says she is innocent": her, shown to be a woman
        byFullName(full, null).gender = unnamedGender.get(word);
      }
    }
  }

  /**
   * Full names the text holds without showing them to be people ("Senate Minority Whip Dick
   * Durbin and … Adam Schiff both questioned"), by surname: the two last words of each run of
   * capitalised words. A surname with two different first names is left out.
   */
  private final Map<String, String> fullNames = new HashMap<>();
  private final Set<String> ambiguousSurnames = new java.util.HashSet<>();

  /** Surnames and the full names quotations give them, a given name first ("… because Hillary Clinton does …"). */
  private final Map<String, String> quotedFullNames = new HashMap<>();
  private final Set<String> ambiguousQuoted = new java.util.HashSet<>();

  private void noteQuotedFullNames(String quote) {
    List<Tok> toks = Words.tokens(quote);
    for (int k = 0; k + 1 < toks.size(); k++) {
      Tok given = toks.get(k);
      Tok surname = toks.get(k + 1);
      boolean nextCapital = k + 2 < toks.size() && toks.get(k + 2).capitalised();
      if (!GivenNames.isGiven(given.text()) || !surname.capitalised() || nextCapital || given.possessive()
          || Words.NOT_NAMES.contains(surname.lower()) || Words.TITLE_HEADS.contains(surname.lower())) {
        continue;
      }
      String full = given.text() + " " + surname.bare();
      String had = quotedFullNames.putIfAbsent(surname.bare(), full);
      if (had != null && !had.equals(full)) {
        ambiguousQuoted.add(surname.bare());
      }
    }
  }

  /** The one full name the quotations give for this surname, or null. */
  private String quotedFullName(String surname) {
    return ambiguousQuoted.contains(surname) ? null : quotedFullNames.get(surname);
  }

  private void noteFullName(List<Tok> toks, int from, int end) {
    if (end - from < 2) {
      return;
    }
    Tok first = toks.get(end - 2);
    Tok last = toks.get(end - 1);
    for (Tok t : List.of(first, last)) {
      String b = t.bare();
      String lb = b.toLowerCase(Locale.ROOT);
      boolean surname = t == last && Words.SURNAMES_TOO.contains(lb); // "Lee Park", as Names reads it
      if (b.length() < 2 || t.possessive() && t == first || Words.NOT_NAMES.contains(lb)
          || Words.NOT_PERSON.contains(lb) && !surname || Words.TITLE_HEADS.contains(lb) || Words.isHonorific(lb) || b.chars().anyMatch(Character::isDigit)
          || b.equals(b.toUpperCase(Locale.ROOT))) {
        return;
      }
    }
    String surname = last.bare();
    String full = first.bare() + " " + surname;
    String had = fullNames.putIfAbsent(surname, full);
    if (had != null && !had.equals(full)) {
      ambiguousSurnames.add(surname);
    }
    String given = first.bare();
    String hadGiven = byFirstWord.putIfAbsent(given, full);
    if (hadGiven != null && !hadGiven.equals(full)) {
      ambiguousFirstWords.add(given);
    }
  }

  /** The same by the first of the two words: "Prem Buth" then "said Prem", "Xi Jinping" then "Xi said". */
  private final Map<String, String> byFirstWord = new HashMap<>();
  private final Set<String> ambiguousFirstWords = new java.util.HashSet<>();

  /** The one person of two words or more named so far whose last word is this, or null. */
  Person withSurname(String word) {
    Person only = null;
    String folded = fold(word); // "Erdogan" is "Recep Tayyip Erdoğan"'s surname too
    for (Person p : byFoldedToken.getOrDefault(folded, List.of())) {
      if (p.tokens.size() >= 2 && fold(p.tokens.get(p.tokens.size() - 1)).equals(folded)) {
        if (only != null && only != p) {
          return null;
        }
        only = p;
      }
    }
    return only;
  }

  /** The one full name the text holds for this surname, else for this first word, or null. */
  private String fullNameOf(String word) {
    if (fullNames.containsKey(word)) {
      return ambiguousSurnames.contains(word) ? null : fullNames.get(word);
    }
    return ambiguousFirstWords.contains(word) ? null : byFirstWord.get(word);
  }

  /** The article's first line when it reads as a headline: short, and not ended as a sentence is. */
  private static boolean headline(Paragraph p) {
    String t = p.text.strip();
    return p.index == 0 && p.tokens().size() <= 15 && !t.isEmpty() && ".!?\"\u201D\u2019'".indexOf(t.charAt(t.length() - 1)) < 0;
  }

  private static final Set<String> TITLE_CASE_MINOR = Set.of("The", "On", "To", "Of", "For", "And", "In", "At", "With",
      "From", "By", "That", "Is", "Are", "Was", "How", "Why", "What", "About", "After", "Over", "Into", "Her", "His");


  /** Where the paragraphs set in title case start and end, in text order. */
  private final List<Long> titleCasedFrom = new ArrayList<>();
  private final List<Long> titleCasedTo = new ArrayList<>();

  boolean inTitleCase(long pos) {
    int k = Collections.binarySearch(titleCasedFrom, pos);
    int at = k >= 0 ? k : -k - 2;
    return at >= 0 && pos < titleCasedTo.get(at);
  }

  /**
   * A heading set in title case, though ended with a point as some sources end them: "Clinton Said That The
   * Blame Placed On The United States …", "John Leguizamo On How U.S. History Makes Latinos Feel". Its capitals
   * mark no names; a run there names someone only where it opens with a given name or a title.
   */
  static boolean titleCased(List<Tok> toks) {
    int words = 0;
    int minor = 0;
    for (int k = 0; k < toks.size(); k++) {
      Tok t = toks.get(k);
      if (!Character.isLetter(t.text().codePointAt(0))) {
        continue;
      }
      words++;
      if (!t.capitalised() && !Words.LOWER_IN_TITLES.contains(t.text())) {
        return false;
      }
      minor += k > 0 && TITLE_CASE_MINOR.contains(t.text()) ? 1 : 0;
    }
    return words >= 5 && minor >= 1;
  }

  private void register(Paragraph p) {
    String s = p.masked;
    List<Tok> toks = p.tokens();
    boolean titleCased = titleCased(toks);
    if (titleCased) {
      titleCasedFrom.add(p.pos(0));
      titleCasedTo.add(p.pos(p.text.length()));
    }
    int i = 0;
    while (i < toks.size()) {
      if (!toks.get(i).capitalised()) {
        i++;
        continue;
      }
      int end = Names.capsEnd(s, toks, i);
      for (int k = i + 1; titleCased && k < end; k++) {
        if (TITLE_CASE_MINOR.contains(toks.get(k).text()) || k >= i + 2 && toks.get(k).text().endsWith("ed")) {
          end = k; // "John Leguizamo On How U.S. History Makes Latinos Feel", "Salma Hayek Described Her …": the name ends
        }
      }
      String opening = toks.get(i).lower();
      if ((i == 0 && headline(p) || titleCased) && end - i >= 2 && !GivenNames.isGiven(toks.get(i).text())
          && !Words.TITLE_HEADS.contains(opening) && !Words.TITLE_MODIFIERS.contains(opening) && !Words.isHonorific(opening)) {
        // "Dogged Federer claims Dubai crown": a headline's first word is capitalised as any first word is;
        // in title case the whole run is capitals of the heading: "Over a Struggling Donald Trump"
        i = titleCased && !(i == 0 && headline(p)) ? end : i + 1;
        continue;
      }
      noteFullName(toks, i, end);
      Name n = Names.parse(s, toks, i, end);
      boolean afterArticle = i > 0 && toks.get(i - 1).text().equals("the") && Names.gap(s, toks, i - 1).equals(" ");
      i = end;
      if (n == null || groupsName(s, toks, end)) {
        continue;
      }
      if (afterArticle && !n.titled()) {
        continue; // "the Eastern Mediterranean, claiming …": a place or a body, not a person
      }
      if (n.first() > 0 && Set.of("born", "née", "nee").contains(toks.get(n.first() - 1).lower())) {
        continue; // "Ginger Baker was born Peter Edward Baker": a name he no longer goes by
      }
      int clauseStart = clauseStart(p, toks, n.first());
      String apposedBefore = Names.roleInAppositionBefore(s, toks, n.first(), n.end(), clauseStart);
      String after = roleAfterName(s, toks, n);
      boolean described = after != null || Names.ageAfter(s, toks, n.end()) || Names.relativeAfter(s, toks, n.end());
      boolean speaks = speechVerbAfter(s, toks, n.end()) || n.first() > 0
          && Words.isSpeechVerb(toks.get(n.first() - 1).lower()) && gapIsSpace(s, toks, n.first() - 1);
      // "turnout in Prek Chrey dropped": after a preposition the name is no subject of the verb
      boolean afterPreposition = n.first() > 0 && TAKING.contains(toks.get(n.first() - 1).text())
          && toks.get(n.first()).text().equals(n.tokens().get(0)); // not "of National Drug Control Policy Gil Kerlikowske"
      boolean acts = n.end() < toks.size() && gapIsSpace(s, toks, n.end() - 1) && Words.verbLike(toks.get(n.end()))
          && !afterPreposition;
      // "Dana Whitfield's agency", "Ana Ruiz and Tom Berg came": a given name before a surname shows a person.
      boolean given = n.tokens().size() >= 2 && n.tokens().size() <= 3 && GivenNames.isGiven(n.tokens().get(0))
          && !afterArticle;
      // "the Libyan ruler's son Seif al-Islam": a kinship word right before a full name shows a person
      boolean kin = n.first() > 0 && gapIsSpace(s, toks, n.first() - 1) && Words.KIN.contains(toks.get(n.first() - 1).lower());
      boolean person = n.tokens().size() >= 2 ? n.titled() || apposedBefore != null || described || speaks || acts || given || kin
          : n.titled() || apposedBefore != null || Names.ageAfter(s, toks, n.end()) && (clauseStart == n.first() || speaks)
              && !commonNoun(n.tokens().get(0));
      // "Sok, a unionist and former activist, was told": a one-word name that an apposition says is a person
      boolean apposedPerson = after != null && Set.of("a", "an").contains(toks.get(n.end()).lower())
          && java.util.Arrays.stream(after.toLowerCase(Locale.ROOT).split("[^a-z-]+")).anyMatch(Words::isPersonNoun);
      // …at a clause's start, or after an opening phrase: "Almost four decades later, Tharo, whose name …"
      boolean opens = clauseStart == n.first() || n.first() > 0 && Names.gapBefore(s, toks, n.first()).equals(", ")
          && !toks.get(n.first() - 1).capitalised();
      // "Her son, Diego, now works beside her": a one-word name in apposition to a kinship word
      // …or right after it: "Cole's daughter Emma, now 30, grew up"
      boolean kinApposed = n.tokens().size() == 1 && n.first() > 0 && (Names.gapBefore(s, toks, n.first()).equals(", ")
          || gapIsSpace(s, toks, n.first() - 1)) && Words.KIN.contains(toks.get(n.first() - 1).lower());
      // "a 52-year-old Salem resident named Caroline": a given name alone, as the text names her
      boolean namedSo = n.tokens().size() == 1 && n.first() > 0 && gapIsSpace(s, toks, n.first() - 1)
          && Set.of("named", "called").contains(toks.get(n.first() - 1).lower()) && GivenNames.of(n.tokens().get(0)) != Gender.UNKNOWN;
      if (!person && n.tokens().size() == 1 && (opens && (Names.relativeAfter(s, toks, n.end()) || apposedPerson) || kinApposed
          || namedSo) && !commonNoun(n.tokens().get(0))) {
        unnamedAlone.add(n.tokens().get(0)); // "Chet, who decided to vote, …": a person, if no one else has that name
        if (namedSo) {
          unnamedGender.putIfAbsent(n.tokens().get(0), GivenNames.of(n.tokens().get(0)));
        }
        Gender shown = gender(s, toks, n, null);
        if (shown != Gender.UNKNOWN) {
          unnamedGender.putIfAbsent(n.tokens().get(0), shown);
        }
      }
      if (!person) {
        continue;
      }
      if (after != null) {
        int at = s.indexOf(after, toks.get(n.end() - 1).end());
        if (at >= 0) {
          roles.add(p.pos(at));
          roles.add(p.pos(at + after.length()));
        }
      }
      int age = Names.ageAfter(s, toks, n.end()) ? Integer.parseInt(toks.get(n.end()).text()) : -1;
      String role = join(n.title(), apposedBefore, after);
      Gender gender = gender(s, toks, n, role);
      Person known = byName.get(n.name());
      if (known == null && n.tokens().size() >= 2) {
        known = sameEnds(n.tokens()); // "Robert Mugabe" and "Robert Gabriel Mugabe" are one man
        if (known != null) {
          byName.put(n.name(), known);
        }
      }
      if (known == null) {
        // "Ten Hag said" opening a sentence after "Erik ten Hag": the same person, in other capitals or accents
        Person single = n.tokens().size() == 1 ? byTokens(n.tokens(), Long.MAX_VALUE, n.shown()) : byFoldedTokens(n.tokens());
        if (single != null) {
          known = single;
        } else {
          Person created = new Person(n.name(), n.tokens(), role);
          created.gender = gender;
          created.age = age;
          add(n.name(), created);
          continue;
        }
      }
      if (known.role == null) {
        known.role = role;
      }
      if (known.gender == Gender.UNKNOWN) {
        known.gender = gender;
      }
      if (known.age < 0) {
        known.age = age;
      }
    }
  }

  /**
   * Words the text also writes in lower case, and every word: "Leaders, who met …" opens with a noun,
   * as does "Soldiers, who …" where the text has "Soldier" too; "Chet, who …" opens with a name.
   */
  private final Set<String> lowerWords = new java.util.HashSet<>();
  private final Set<String> words = new java.util.HashSet<>();

  private boolean commonNoun(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return lowerWords.contains(w) || w.endsWith("s") && words.contains(w.substring(0, w.length() - 1));
  }

  /** The one person already known whose name has these first and last words, or null. */
  private Person sameEnds(List<String> tokens) {
    Person only = null;
    for (Person p : byToken.getOrDefault(tokens.get(tokens.size() - 1), List.of())) {
      if (p.tokens.size() >= 2 && p.tokens.get(0).equals(tokens.get(0))
          && p.tokens.get(p.tokens.size() - 1).equals(tokens.get(tokens.size() - 1))) {
        if (only != null && only != p) {
          return null;
        }
        only = p;
      }
    }
    return only;
  }

  /** The gender an honorific shows: "Mrs" female, "Mr" male; UNKNOWN for "Dr". */
  static Gender ofHonorific(String lower) {
    return MALE_HONORIFICS.contains(lower) ? Gender.MALE : FEMALE_HONORIFICS.contains(lower) ? Gender.FEMALE : Gender.UNKNOWN;
  }

  private static final Set<String> MALE_HONORIFICS = Set.of("mr", "mr.", "sir", "lord", "king", "prince");
  private static final Set<String> FEMALE_HONORIFICS = Set.of("mrs", "mrs.", "ms", "ms.", "miss", "mme", "mme.",
      "dame", "lady", "queen", "princess", "madam");
  private static final Set<String> FEMALE_ROLE_WORDS = Set.of("actress", "wife", "widow", "mother", "daughter",
      "sister", "spokeswoman", "chairwoman", "congresswoman", "councilwoman", "businesswoman", "woman", "queen",
      "princess", "grandmother", "aunt", "niece", "girlfriend");
  private static final Set<String> MALE_ROLE_WORDS = Set.of("husband", "widower", "father", "son", "brother",
      "spokesman", "chairman", "congressman", "councilman", "businessman", "man", "king", "prince", "grandfather",
      "uncle", "nephew", "boyfriend");

  /**
   * What the text shows of a person's gender where it names them: an honorific ("Mme Spanton"), a
   * word of their role ("actress"), or "her" or "his" later in the sentence before anyone else is
   * named ("Emily Spanton, 39, who has waived her right").
   */
  private static Gender gender(String s, List<Tok> toks, Name n, String role) {
    for (int k = Math.max(0, n.first() - 1); k < n.end(); k++) {
      Gender honorific = ofHonorific(toks.get(k).lower());
      if (honorific != Gender.UNKNOWN) {
        return honorific;
      }
    }
    // "his mother Sarah Miller and his uncle …", "His mother, Sarah Miller, and …": the kinship word before the name
    String kin = n.first() > 0 && Set.of(" ", ", ").contains(Names.gap(s, toks, n.first() - 1)) ? toks.get(n.first() - 1).lower() : "";
    if (Words.FEMALE_KIN.contains(kin) || Words.MALE_KIN.contains(kin)) {
      return Words.FEMALE_KIN.contains(kin) ? Gender.FEMALE : Gender.MALE;
    }
    if (role != null) {
      for (String w : role.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
        if (FEMALE_ROLE_WORDS.contains(w)) {
          return Gender.FEMALE;
        }
        if (MALE_ROLE_WORDS.contains(w)) {
          return Gender.MALE;
        }
      }
    }
    // "a woman who accused Donald Trump of raping her": the pronouns in an object's sentence are the subject's
    String before = n.first() > 0 && Names.gap(s, toks, n.first() - 1).equals(" ") && !toks.get(n.first() - 1).capitalised()
        ? toks.get(n.first() - 1).lower() : "";
    boolean object = TAKING.contains(before) || !before.isEmpty() && Words.verbLike(toks.get(n.first() - 1))
        && !Words.isSpeechVerb(before);
    boolean she = false;
    boolean he = false;
    for (int k = n.end(); k < toks.size() && k < n.end() + 25; k++) {
      Tok t = toks.get(k);
      String g = Names.gapBefore(s, toks, k);
      String w = t.lower();
      if (g.matches("(?s).*[.!?]\\s.*") && g.indexOf(Article.MASK) < 0) {
        // "… Sudesh Amman, 20, was placed under surveillance. He was imprisoned …"
        she |= w.equals("she");
        he |= w.equals("he");
        break;
      }
      if (t.capitalised() && !Words.NOT_NAMES.contains(w) || g.indexOf(Article.MASK) >= 0) {
        break;
      }
      // "him", and "her" before no noun, are the object, someone else: "Eva Holm described him as …"
      boolean hers = w.equals("her") && k + 1 < toks.size() && !toks.get(k + 1).capitalised()
          && !Words.FUNCTION.contains(toks.get(k + 1).lower()) && Names.gapBefore(s, toks, k + 1).equals(" ");
      she |= !object && (w.equals("she") || hers || w.equals("herself"));
      he |= !object && (w.equals("he") || w.equals("his") || w.equals("himself"));
    }
    return she == he ? Gender.UNKNOWN : she ? Gender.FEMALE : Gender.MALE;
  }

  /**
   * A named person whom "the actress" or "the coach" points back to: the last one mentioned in this
   * paragraph or the two before whose title or role holds the description's last word; null if none.
   */
  Person namedByRole(String phrase, long pos) {
    String[] words = phrase.toLowerCase(Locale.ROOT).split(" ");
    if (words.length < 2 || !words[0].equals("the")) {
      return null;
    }
    String head = words[words.length - 1];
    // "the State Department" is the body named before with that word in its name, never a person with it in a role.
    boolean body = Words.isInstitution(head);
    boolean office = Words.TITLE_HEADS.contains(head) || Words.isPersonNoun(head);
    int paragraph = (int) (pos >>> 32);
    for (int k = lastMentionBefore(pos), seen = 0; k >= 0 && seen < MAX_BACK; k--, seen++) {
      Mention m = mentions.get(k);
      if ((int) (m.pos() >>> 32) < paragraph - 2) {
        break;
      }
      Person p = m.person();
      if (body) {
        if (p.tokens.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).equals(head))) {
          return p;
        }
        continue;
      }
      // only a word for a person's office: "the NAACP said" is the body, not the head of its branch named before
      if (office && !p.tokens.isEmpty() && p.role != null && roleHolds(p.role, head) && !otherRank(words, p.role)
          && !lesserOffice(words, p.role, head) && !otherMaker(phrase, p)) {
        return p;
      }
    }
    // …and so for the one named further back: "the CNRP said" is the party, not its former councillor
    Person sole = body || !office ? null : soleByRole(head, pos);
    return sole != null && (otherRank(words, sole.role) || lesserOffice(words, sole.role, head) || otherMaker(phrase, sole))
        ? null : sole;
  }

  /**
   * "the CNN host" is not "host Larry O'Connor" of a radio station: a capitalised word before the description's
   * head that the role does not hold, and someone else's does, names another employer or place.
   */
  private boolean otherMaker(String phrase, Person p) {
    String[] cased = phrase.split(" ");
    for (int k = 1; k < cased.length - 1; k++) {
      String word = cased[k];
      if (Character.isUpperCase(word.codePointAt(0)) && !Words.possessive(word) && !p.role.contains(word)
          && byName.values().stream().anyMatch(x -> x != p && x.role != null && x.role.contains(word))) {
        return true; // …when someone else's role holds it: "Brazile's CNN colleague, Jake Tapper"
      }
    }
    return false;
  }

  private static final Set<String> DEPUTIES = Set.of("vice", "deputy", "assistant", "lieutenant", "lt", "associate", "under");

  /** "the former president" is not "Vice President Joe Biden": the role's office is a deputy's, the description's not. */
  private static boolean lesserOffice(String[] words, String role, String head) {
    String[] in = role.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    for (int k = 1; k < in.length; k++) {
      if (in[k].equals(head) && DEPUTIES.contains(in[k - 1]) && !List.of(words).contains(in[k - 1])) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> RANKS = Set.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
      "eighth", "ninth", "tenth", "top");

  /** "the seventh seed" is not the one named "Second seed Andy Roddick": the description's rank is another. */
  private static boolean otherRank(String[] words, String role) {
    String rank = java.util.Arrays.stream(words).filter(RANKS::contains).findFirst().orElse(null);
    if (rank == null || role == null) {
      return false;
    }
    List<String> in = List.of(role.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+"));
    return in.stream().anyMatch(RANKS::contains) && !in.contains(rank);
  }

  /** By each word of their roles, the people named with one, built when first asked. */
  private Map<String, Set<Person>> byRoleWord;

  /**
   * "Sentencing, Judge Peter Kelly told him …" and, paragraphs later, "The judge said": the one
   * person named before pos whose role holds the word, when the text names only one; else null.
   */
  private Person soleByRole(String head, long pos) {
    if (byRoleWord == null) {
      byRoleWord = new HashMap<>();
      for (Person p : new java.util.LinkedHashSet<>(byName.values())) {
        if (p.tokens.isEmpty() || p.role == null || p.stranger) {
          continue;
        }
        for (String w : p.role.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
          for (String word : SHORT_TITLES.getOrDefault(w, Set.of(w))) {
            byRoleWord.computeIfAbsent(word, x -> new java.util.LinkedHashSet<>()).add(p);
          }
        }
      }
    }
    Person only = null;
    for (Person p : byRoleWord.getOrDefault(head, Set.of())) {
      List<Long> at = mentionsOf.getOrDefault(p, List.of());
      if (!at.isEmpty() && at.get(0) < pos) {
        if (only != null) {
          return null;
        }
        only = p;
      }
    }
    return only;
  }

  /** Titles written short, by the words that describe them again: "Sen. Lindsey Graham" is "the senator". */
  private static final Map<String, Set<String>> SHORT_TITLES = Map.ofEntries(
      Map.entry("sen", Set.of("senator")), Map.entry("rep", Set.of("representative", "congressman", "congresswoman", "lawmaker")),
      Map.entry("gov", Set.of("governor")), Map.entry("gen", Set.of("general")), Map.entry("lt", Set.of("lieutenant")),
      Map.entry("col", Set.of("colonel")), Map.entry("sgt", Set.of("sergeant")), Map.entry("capt", Set.of("captain")),
      Map.entry("maj", Set.of("major")), Map.entry("adm", Set.of("admiral")), Map.entry("dr", Set.of("doctor")),
      Map.entry("prof", Set.of("professor")), Map.entry("supt", Set.of("superintendent")), Map.entry("det", Set.of("detective")),
      Map.entry("insp", Set.of("inspector")), Map.entry("cllr", Set.of("councillor")), Map.entry("atty", Set.of("attorney")),
      Map.entry("amb", Set.of("ambassador")), Map.entry("cmdr", Set.of("commander")), Map.entry("sec", Set.of("secretary")));

  /** Whether a role holds the word, or a short title for it: "Sen., a South Carolina Republican" holds "senator". */
  private static boolean roleHolds(String role, String word) {
    for (String w : role.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
      if (w.equals(word) || SHORT_TITLES.getOrDefault(w, Set.of()).contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "“…,” said a senior intelligence advisor." then "Gary Phillips, senior intelligence advisor for
   * …, spoke": a description of two words or more that a person named in this paragraph or the two after
   * carries whole in their role is that person.
   */
  Person namedAhead(String phrase, long pos) {
    String[] words = phrase.toLowerCase(Locale.ROOT).split(" ");
    if (words.length < 3 || !ARTICLES.contains(words[0])) {
      return null;
    }
    String wanted = " " + String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length)) + " ";
    int paragraph = (int) (pos >>> 32);
    for (int k = lastMentionBefore(pos) + 1, seen = 0; k < mentions.size() && seen < MAX_BACK; k++, seen++) {
      Mention m = mentions.get(k);
      if ((int) (m.pos() >>> 32) > paragraph + 2) {
        break;
      }
      Person p = m.person();
      if (!p.tokens.isEmpty() && p.role != null
          && (" " + p.role.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}-]+", " ") + " ").contains(wanted)) {
        return p;
      }
    }
    return null;
  }

  /** Words that describe again the person a passage is about, rather than bring in someone new: "the striker said". */
  private static final Set<String> EPITHETS = Set.of("scientist", "researcher", "astronomer", "physicist",
      "geologist", "biologist", "chemist", "ecologist", "economist", "historian", "academic", "striker", "forward",
      "midfielder", "defender", "goalkeeper", "winger", "player", "batsman", "bowler", "quarterback", "pitcher",
      "athlete", "swimmer", "runner", "cyclist", "boxer", "champion", "singer", "rapper", "actor", "actress",
      "author", "novelist", "writer", "poet", "artist", "musician", "drummer", "guitarist", "comedian", "filmmaker",
      "star", "veteran", "teenager", "youngster", "entrepreneur", "chef", "designer", "developer", "founder",
      "keeper", "skipper", "centre-back", "full-back", "playmaker", "sprinter", "golfer", "jockey", "driver",
      // one person by their country: "the Italian told Sky Sports" (not "the Chinese", "the Swiss": a people too)
      "spaniard", "frenchman", "frenchwoman", "dutchman", "englishman", "englishwoman", "scot", "scotsman",
      "welshman", "irishman", "italian", "german", "brazilian", "argentine", "argentinian", "belgian", "croat",
      "norwegian", "swede", "dane", "australian", "american", "canadian", "mexican", "nigerian", "colombian",
      "uruguayan", "austrian", "russian", "ukrainian", "serb", "egyptian", "moroccan", "ghanaian", "kenyan");
  private static final java.util.regex.Pattern AGED = java.util.regex.Pattern.compile("(\\d{1,3})-year-old");

  /**
   * "Harris, 31, scored twice. “…,” the 31-year-old said"; "Dana Ruiz leads the team. “…,” the
   * scientist said": a description that only describes again whom the passage is about is the
   * person named last in this paragraph or the one before, when that one was not named as the
   * object of someone else's act (then it is a guess), and an age, when given, is theirs.
   */
  Person describedAgain(String phrase, long pos) {
    String[] cased = phrase.split(" ");
    String[] words = phrase.toLowerCase(Locale.ROOT).split(" ");
    // "the England winger", "the East Kilbride athlete", "the 1998 French Open champion": a team, country, place or
    // event before the epithet
    boolean qualified = words.length >= 3 && words.length <= 5 && EPITHETS.contains(words[words.length - 1]);
    for (int k = 1; k < words.length - 1; k++) {
      qualified &= (Character.isUpperCase(cased[k].codePointAt(0)) || cased[k].matches("\\d{4}")) && !cased[k].endsWith("s");
    }
    // "the 34-year-old farmer", "the 73-year-old former Chelsea chairman": an age before any noun
    boolean agedNoun = words.length >= 3 && words.length <= 6 && AGED.matcher(words[1]).matches()
        && !words[words.length - 1].endsWith("s");
    if (words.length != 2 && !qualified && !agedNoun || !words[0].equals("the")) {
      return null;
    }
    String epithet = words[agedNoun ? 1 : words.length - 1];
    java.util.regex.Matcher aged = AGED.matcher(epithet);
    int age = aged.matches() ? Integer.parseInt(aged.group(1)) : -1;
    if (age < 0 && !EPITHETS.contains(epithet)) {
      return null;
    }
    Gender shown = epithet.equals("actress") ? Gender.FEMALE : epithet.equals("actor") ? Gender.MALE : Gender.UNKNOWN;
    int paragraph = (int) (pos >>> 32);
    int start = lastMentionBefore(pos);
    // paragraphs that name nobody (a quote going on) are passed over, two at most
    int from = start < 0 ? paragraph - 1 : Math.min(paragraph - 1, Math.max(paragraph - 3, (int) (mentions.get(start).pos() >>> 32)));
    Person firstUnaged = null;
    boolean firstHere = false;
    boolean twoUnaged = false;
    // "Norwich have signed Charlton midfielder Graham Stuart. “…,” the 34-year-old told …": the one person named, though as an object
    Set<Person> named = new java.util.HashSet<>();
    Person takenUnaged = null;
    for (int k = start, seen = 0; k >= 0 && seen < MAX_BACK; k--, seen++) {
      Mention m = mentions.get(k);
      Person p = m.person();
      if ((int) (m.pos() >>> 32) < from || p.stranger) {
        break;
      }
      if (!p.tokens.isEmpty()) {
        named.add(p);
        takenUnaged = m.object() && p.age < 0 ? p : takenUnaged;
      }
    }
    boolean onlyOne = age >= 0 && named.size() == 1 && takenUnaged != null && firstMentionIsOnlyOne(takenUnaged);
    for (int k = start, seen = 0; k >= 0 && seen < MAX_BACK; k--, seen++) {
      Mention m = mentions.get(k);
      Person p = m.person();
      if ((int) (m.pos() >>> 32) < from || p.stranger) {
        return twoUnaged ? null : firstUnaged != null ? firstUnaged : onlyOne ? takenUnaged : null;
      }
      if (p.tokens.isEmpty()) {
        continue; // "the scientist" itself, or another description
      }
      if (age >= 0) {
        if (p.age == age) {
          return p;
        }
        if (p.age < 0 && !m.object()) {
          // "Sam Okoro scored … the 22-year-old said", when nobody is given that age; of two such, neither,
          // unless the first is the one person the description's own paragraph names and the other is further back
          if (firstUnaged != null && firstUnaged != p && firstHere && (int) (m.pos() >>> 32) < paragraph) {
            return firstUnaged;
          }
          twoUnaged |= firstUnaged != null && firstUnaged != p;
          firstHere = firstUnaged == null ? (int) (m.pos() >>> 32) == paragraph : firstHere;
          firstUnaged = firstUnaged == null ? p : firstUnaged;
        }
        continue;
      }
      return m.object() || otherGender(p, shown) ? null : p;
    }
    return twoUnaged ? null : firstUnaged != null ? firstUnaged : onlyOne ? takenUnaged : null;
  }

  /** Whether this person is the first one named in the text: before their first mention, nobody named was. */
  private boolean firstMentionIsOnlyOne(Person p) {
    if (firstNamed == null) {
      firstNamed = mentions.stream().map(Mention::person).filter(x -> !x.tokens.isEmpty()).findFirst().orElse(null);
    }
    return firstNamed == p;
  }

  private Person firstNamed;

  private static boolean gapIsSpace(String s, List<Tok> toks, int i) {
    return Names.gap(s, toks, i).equals(" ");
  }

  /**
   * "Mr Milburn, in the latest in his series of campaigning, explained", "Kisrty Williams, for the Lib
   * Dems, added": the index past a phrase between commas at k that opens with a lowercase word, or k.
   */
  private static int pastCommaPhrase(String s, List<Tok> toks, int k) {
    if (k >= toks.size() || !Names.gapBefore(s, toks, k).equals(", ") || toks.get(k).capitalised()
        || Words.isSpeechVerb(toks.get(k).lower())) {
      return k;
    }
    for (int c = k + 1; c < toks.size() && c < k + 15; c++) {
      String g = Names.gapBefore(s, toks, c);
      if (!g.equals(" ")) {
        return g.equals(", ") ? c : k;
      }
    }
    return k;
  }

  private static boolean speechVerbAfter(String s, List<Tok> toks, int end) {
    int k = pastCommaPhrase(s, toks, end);
    boolean past = k != end;
    while (k < toks.size() && Words.ADVERBS.contains(toks.get(k).lower())) {
      k++;
    }
    return k < toks.size() && k > 0 && (past || Names.gapBefore(s, toks, k).isBlank()) && Words.isSpeechVerb(toks.get(k).lower());
  }

  /** The index of the first token of the sentence that holds token i. */
  static int clauseStart(Paragraph p, List<Tok> toks, int i) {
    int start = p.sentenceStart(toks.get(i).start());
    int k = i;
    while (k > 0 && toks.get(k - 1).start() >= start) {
      k--;
    }
    return k;
  }

  private void mentions(Paragraph p) {
    String s = p.masked;
    List<Tok> toks = p.tokens();
    int i = 0;
    while (i < toks.size()) {
      Tok t = toks.get(i);
      boolean clause = i == 0 || !gapIsSpace(s, toks, i - 1) || Words.CONJUNCTIONS.contains(toks.get(i - 1).lower());
      // "Now he fears …": an adverb opening the sentence leaves the pronoun its subject
      boolean afterOpening = i > 0 && (Words.ADVERBS.contains(toks.get(i - 1).lower()) || OPENING.contains(toks.get(i - 1).lower()))
          && p.sentenceStart(toks.get(i - 1).start()) == toks.get(i - 1).start();
      if ((t.lower().equals("he") || t.lower().equals("she")) && (clause || afterOpening)) {
        // "In another post, he referred to …": whom the sentence is about
        (t.lower().equals("he") ? subjectHe : subjectShe).add(p.pos(t.start()));
      }
      if ((t.text().equals("I") || t.lower().equals("we")) && clause) {
        narrators.add(p.pos(t.start()));
      }
      if (t.lower().equals("my") && i + 1 < toks.size() && Words.KIN.contains(toks.get(i + 1).lower())) {
        mention(p.pos(t.start()), kin(s.substring(t.start(), toks.get(i + 1).end())));
        i += 2;
        continue;
      }
      if (ARTICLES.contains(t.lower())) {
        int end = personPhrase(s, toks, i);
        // "Colin Wilson is a project scientist …. He said": what someone is, not someone else
        // …nor what they served as: "Biden, who served as a US senator for 36 years"
        boolean predicate = i > 0 && COPULAS.contains(toks.get(i - 1).lower())
            || i > 1 && toks.get(i - 1).lower().equals("as") && toks.get(i - 2).lower().endsWith("ed") && Words.verbLike(toks.get(i - 2));
        if (end > 0) {
          if (!insideRole(p.pos(t.start())) && !predicate) {
            Person d = described(s.substring(t.start(), toks.get(end - 1).end()));
            mention(p.pos(t.start()), d);
            descriptionSentence.put(p.pos(t.start()), p.pos(p.sentenceStart(t.start())));
            if (end < toks.size() && gapIsSpace(s, toks, end - 1) && Words.isSpeechVerb(toks.get(end).lower())) {
              describedSpeaking.add(p.pos(t.start())); // "“…,” the Tory leader said"
            }
            boolean afterAdverb = i > 0 && Words.ADVERBS.contains(toks.get(i - 1).lower())
                && (i == 1 || !gapIsSpace(s, toks, i - 2)); // "Later a woman from the bakery stood up"
            // …or before a relative clause: "The seventh seed, who has never gone beyond …, is looking forward"
            boolean relative = end < toks.size() && Names.relativeAfter(s, toks, end);
            if ((clause || afterAdverb) && end < toks.size() && (Words.verbLike(toks.get(end)) && gapIsSpace(s, toks, end - 1)
                || relative)) {
              subjectDescriptions.add(p.pos(t.start())); // "The Colombian-French politician was greeted by …"
            }
          }
          i = end;
          continue;
        }
      }
      if (!t.capitalised()) {
        i++;
        continue;
      }
      int end = Names.capsEnd(s, toks, i);
      Name n = Names.parse(s, toks, i, end);
      i = end;
      if (n == null || groupsName(s, toks, end)) {
        continue;
      }
      Person known = ofShownGender(byName.get(n.name()), n);
      if (known == null) {
        known = byTokens(n.tokens(), p.pos(toks.get(n.first()).start()), n.shown());
      }
      if (known == null && n.tokens().size() == 1 && p.sentenceStart(toks.get(n.first()).start()) == toks.get(n.first()).start()
          && (acting(s, toks, n) || fullNameOf(n.tokens().get(0)) != null && actingNow(s, toks, n))) {
        known = actor(n.tokens().get(0), Words.isSpeechVerb(toks.get(n.end()).lower()));
      }
      if (known != null && known.gender == Gender.UNKNOWN && n.first() > 0
          && (gapIsSpace(s, toks, n.first() - 1) || Names.gapBefore(s, toks, n.first()).equals(", "))) {
        String kin = toks.get(n.first() - 1).lower(); // "Aitchison's father Norrie", "her son Tom"
        known.gender = Words.MALE_KIN.contains(kin) ? Gender.MALE : Words.FEMALE_KIN.contains(kin) ? Gender.FEMALE : Gender.UNKNOWN;
      }
      // "an Alan Shearer strike": a name used as a word about a thing is no mention of one who acts
      boolean modifier = n.first() > 0 && Set.of("a", "an").contains(toks.get(n.first() - 1).lower())
          && gapIsSpace(s, toks, n.first() - 1)
          // …and so is one in a title before another's name: "Trump attorney Alan Garten", "Clinton staffer Maya Harris"
          || n.tokens().size() == 1 && n.end() + 1 < toks.size() && gapIsSpace(s, toks, n.end() - 1)
              && gapIsSpace(s, toks, n.end()) && !toks.get(n.end()).capitalised()
              && Words.TITLE_HEADS.contains(toks.get(n.end()).lower()) && toks.get(n.end() + 1).capitalised();
      if (known != null && !modifier) {
        int at = toks.get(n.first()).start();
        mention(new Mention(p.pos(at), known, p.pos(p.sentenceStart(at)),
            taken(s, toks, n.first(), p.sentenceStart(at)) || reportedSubject(s, toks, n)
                || ownerAfterSubject(p.pos(p.sentenceStart(at)), known, toks.get(n.end() - 1)),
            opensSentence(s, toks, n.first(), p.sentenceStart(at))));
        // "Richards, the executive director of the NAO, said": the description is hers, no one else's
        String role = roleAfterName(s, toks, n);
        int roleAt = role == null ? -1 : s.indexOf(role, toks.get(n.end() - 1).end());
        while (roleAt >= 0 && i < toks.size() && toks.get(i).end() <= roleAt + role.length()) {
          i++;
        }
        int v = i;
        while (v < toks.size() && v < i + 3 && Words.ADVERBS.contains(toks.get(v).lower())) {
          v++;
        }
        if (role == null) {
          v = pastCommaPhrase(s, toks, v);
        }
        // "But Ruddock feels that the England man should be more careful. “…,” he said.": a view is reported as words are
        if (v < toks.size() && (Words.isSpeechVerb(toks.get(v).lower()) || THINKS.contains(toks.get(v).lower())) && !toks.get(v).capitalised()
            && Set.of(" ", ", ").contains(Names.gapBefore(s, toks, v))) {
          speaking.add(p.pos(at)); // "shadow chancellor John McDonnel said the result was …"
        }
      }
    }
  }

  /** The description after a name, past an age: "San Sak, 41, the former councilor …". */
  private static String roleAfterName(String s, List<Tok> toks, Name n) {
    String after = Names.roleAfter(s, toks, n.end());
    return after == null && Names.ageAfter(s, toks, n.end()) ? Names.roleAfter(s, toks, n.end() + 1) : after;
  }

  private static final Set<String> TAKING = Set.of("for", "with", "to", "by", "of", "at", "from", "on", "about", "in",
      "near", "across", "through", "around", "among", "between", "within", "inside", "outside",
      "against", "into", "like", "than", "as", "over", "beside", "behind", "toward", "towards");

  /**
   * Whether the name at first opens its sentence as its subject: "Andy Logan said", "Detective
   * Inspector Andy Logan said", "In a statement, Detective Inspector Andy Logan, …, said".
   */
  private static boolean opensSentence(String s, List<Tok> toks, int first, int sentenceStart) {
    int k = first;
    while (k > 0 && toks.get(k - 1).start() >= sentenceStart && gapIsSpace(s, toks, k - 1) && (toks.get(k - 1).capitalised()
        || Words.TITLE_HEADS.contains(toks.get(k - 1).lower()) || Words.TITLE_MODIFIERS.contains(toks.get(k - 1).lower()))) {
      k--; // titles before the name: "Detective Inspector Andy Logan", "And Blues boss Jose Mourinho"
    }
    if (k == 0 || toks.get(k - 1).start() < sentenceStart) {
      return true;
    }
    if (!Names.gapBefore(s, toks, k).equals(", ")) {
      return false;
    }
    int open = k - 1;
    while (open > 0 && toks.get(open - 1).start() >= sentenceStart) {
      open--;
    }
    return Words.INTRODUCERS.contains(toks.get(open).lower()) && k - open <= 8;
  }

  private static final Set<String> GROUPS = Set.of("guerrillas", "guerillas", "fighters", "militants", "rebels", "troops",
      "forces", "soldiers", "militia", "militiamen", "insurgents", "loyalists", "supporters", "lawmakers", "officials",
      "leaders", "members", "activists", "protesters", "protestors", "fans", "players", "workers", "employees",
      "engineers", "scientists", "researchers", "students", "residents", "voters", "authorities", "executives");

  /** Whether the capitalised words ending at end name a group's kind, not a person: "Khmer Rouge guerillas", "Taliban fighters". */
  private static boolean groupsName(String s, List<Tok> toks, int end) {
    return end < toks.size() && gapIsSpace(s, toks, end - 1) && GROUPS.contains(toks.get(end).lower()) && !toks.get(end - 1).possessive();
  }

  /** Words of hoping, believing and knowing, whose "that" clause is what someone thinks, not who acts. */
  private static final Set<String> THINKING = Set.of("hope", "hopes", "hoped", "hoping", "hopeful", "believe", "believes",
      "believed", "belief", "think", "thinks", "thought", "fear", "fears", "feared", "expect", "expects", "expected",
      "know", "knows", "knew", "feel", "feels", "felt", "wish", "wishes", "wished", "doubt", "doubts", "doubted",
      "confident", "sure", "convinced", "worried", "aware", "proud", "glad", "happy", "pleased");

  /** Words that open a sentence before its subject: "Now he fears", "Yesterday she said". */
  private static final Set<String> OPENING = Set.of("now", "yet", "meanwhile", "today", "yesterday", "instead", "however");

  /** THINKING's verbs, as a subject's: "Ruddock feels", "she believed". */
  private static final Set<String> THINKS = Set.of("hopes", "hoped", "believes", "believed", "thinks", "thought",
      "fears", "feared", "expects", "expected", "feels", "felt", "doubts", "doubted");

  /**
   * Whether the name is the subject of what someone is reported to have said, right after the verb: "Agassi,
   * who …, said Melzer was an example" (not "said Melzer", the speaker after the verb).
   */
  private static boolean reportedSubject(String s, List<Tok> toks, Name n) {
    if (n.first() == 0 || n.end() >= toks.size() || !gapIsSpace(s, toks, n.first() - 1) || !gapIsSpace(s, toks, n.end() - 1)
        || toks.get(n.end() - 1).possessive()) {
      return false;
    }
    String next = toks.get(n.end()).lower();
    return Words.INVERTING.contains(toks.get(n.first() - 1).lower())
        && (Words.VERB_HELPERS.contains(next) || Set.of("is", "was", "are", "were").contains(next));
  }

  /**
   * "Jose Mourinho backed Gerrard's view that Rafael Benitez's team could struggle": an owner named after
   * the subject that opens the sentence is what it is about, like an object; alone ("Ferguson's side won")
   * the owner stays whom a pronoun may mean.
   */
  private boolean ownerAfterSubject(long sentence, Person known, Tok last) {
    if (!last.possessive()) {
      return false;
    }
    for (int k = mentions.size() - 1; k >= 0 && k >= mentions.size() - 6 && mentions.get(k).sentence() == sentence; k--) {
      Mention m = mentions.get(k);
      if (m.opens() && m.person() != known && !m.person().stranger) {
        return true;
      }
    }
    return false;
  }

  /** Whether the name at tokens[first] is the object of a verb or preposition right before it in its sentence. */
  private static boolean taken(String s, List<Tok> toks, int first, int sentenceStart) {
    return taken(s, toks, first, sentenceStart, 0);
  }

  private static boolean taken(String s, List<Tok> toks, int first, int sentenceStart, int listed) {
    int k = first - 1;
    int and = k; // past a lowercase role: "including captain Jason Robinson and fly-half Charlie Hodgson"
    while (and > 0 && and > first - 3 && !toks.get(and).capitalised() && gapIsSpace(s, toks, and)
        && Words.TITLE_HEADS.contains(toks.get(and).lower())) {
      and--;
    }
    if (listed < 3 && and > 0 && (toks.get(and).lower().equals("and") || toks.get(and).lower().equals("or")) && gapIsSpace(s, toks, and)
        && gapIsSpace(s, toks, and - 1) && toks.get(and - 1).capitalised() && !toks.get(and - 1).possessive()) {
      // "the verdicts MacKinnon and Millar were given": the second of two names is taken as the first is
      int other = and - 1;
      while (other > 0 && and - other < 4 && toks.get(other - 1).capitalised() && gapIsSpace(s, toks, other - 1)) {
        other--;
      }
      if (toks.get(other).start() >= sentenceStart && taken(s, toks, other, sentenceStart, listed + 1)) {
        return true;
      }
    }
    // "stars Robert De Niro, Barbra Streisand and Ben Stiller": within a list that ends "and …", a name after a comma
    // is taken as the one before it is
    if (listed >= 1 && listed < 3 && k > 0 && Names.gapBefore(s, toks, first).equals(", ") && toks.get(k).capitalised()
        && !toks.get(k).possessive()) {
      int other = k;
      while (other > 0 && k - other < 3 && toks.get(other - 1).capitalised() && gapIsSpace(s, toks, other - 1)) {
        other--;
      }
      if (toks.get(other).start() >= sentenceStart && taken(s, toks, other, sentenceStart, listed + 1)) {
        return true;
      }
    }
    // "with her grandmother, Edith", "to his son Diego": a name after a kinship word is taken as the kin phrase is
    if (listed < 3 && k > 1 && Set.of(" ", ", ").contains(Names.gap(s, toks, k)) && Words.KIN.contains(toks.get(k).lower())
        && Set.of("her", "his", "their").contains(toks.get(k - 1).lower()) && gapIsSpace(s, toks, k - 1)
        && toks.get(k - 1).start() >= sentenceStart) {
      return taken(s, toks, k - 1, sentenceStart, listed + 1);
    }
    // past a role before the name: "a biography of NASA astronaut Sally Ride" is taken by "of"
    int role = k;
    while (role >= 0 && role > first - 4 && toks.get(role).start() >= sentenceStart && gapIsSpace(s, toks, role)
        && !toks.get(role).capitalised() && (Words.TITLE_HEADS.contains(toks.get(role).lower())
            || Words.TITLE_MODIFIERS.contains(toks.get(role).lower()))) {
      role--;
    }
    if (role < k) {
      while (role >= 0 && role > first - 6 && toks.get(role).start() >= sentenceStart && gapIsSpace(s, toks, role)
          && toks.get(role).capitalised() && !toks.get(role).possessive()) {
        role--; // the role's owner: "NASA astronaut"
      }
      k = role;
    }
    if (k > 0 && Set.of("both", "either").contains(toks.get(k).lower()) && gapIsSpace(s, toks, k - 1)) {
      k--; // "assisting both Sir Bobby Robson and Louis van Gaal"
    }
    if (k < 0 || toks.get(k).start() < sentenceStart || !gapIsSpace(s, toks, k)) {
      return false;
    }
    Tok t = toks.get(k);
    String w = t.lower();
    // "Clare said Hood had resigned": a verb of saying with its subject before it takes the reported clause
    boolean reported = Words.INVERTING.contains(w) && k > 0 && toks.get(k - 1).start() >= sentenceStart && gapIsSpace(s, toks, k - 1)
        && (toks.get(k - 1).capitalised() || Set.of("he", "she").contains(toks.get(k - 1).lower()));
    if (t.capitalised() || Words.INVERTING.contains(w) && !reported) {
      return false; // "said Gloria Vance": the speaker after her verb
    }
    if (reported) {
      return true;
    }
    boolean pointedOut = w.equals("out") && k > 0 && Words.POINTING.contains(toks.get(k - 1).lower());
    int verb = pointedOut ? k - 1 : k;
    if ((Words.isSpeechVerb(w) && !Words.INVERTING.contains(w) || pointedOut) && verb - 1 >= 0 && toks.get(verb - 1).start() >= sentenceStart
        && (toks.get(verb - 1).capitalised() || Set.of("he", "she").contains(toks.get(verb - 1).lower()))) {
      return true; // "Mike Pence pointed out President Trump is …": the subject of what someone said
    }
    if (w.equals("that")) {
      // "Sarah Quint told the court that Pell had …": the subject of what someone said, not of the sentence
      // …or of what someone hopes or believes: "Barge isn't giving up hope that Trejo will …"
      for (int v = k - 1; v >= 0 && toks.get(v).start() >= sentenceStart && v >= k - 8; v--) {
        if (Words.isSpeechVerb(toks.get(v).lower()) || THINKING.contains(toks.get(v).lower())) {
          return true;
        }
      }
      return false;
    }
    // "refused to support Harold Wilson", "will face Jurgen Melzer": a verb's plain form after "to" or a helper takes the name
    if (k > 0 && gapIsSpace(s, toks, k - 1) && toks.get(k - 1).start() >= sentenceStart && !Words.FUNCTION.contains(w)
        && !Words.AUXILIARIES.contains(w) && (toks.get(k - 1).lower().equals("to") || Words.VERB_HELPERS.contains(toks.get(k - 1).lower()))) {
      return true;
    }
    // "his party appreciates Nelson Mandela's criticism": a verb in the present takes the name too
    boolean present = w.length() >= 5 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
        && !t.possessive() && !Words.FUNCTION.contains(w) && !Words.ADVERBS.contains(w);
    return TAKING.contains(w) || Words.IRREGULAR_PAST.contains(w) || w.length() >= 4 && (w.endsWith("ed") || w.endsWith("ing"))
        || present;
  }

  /** Whether a one-word name opening a sentence is the subject of a verb in the past right after it: "Shapps announced", "Moor said". */
  private static boolean acting(String s, List<Tok> toks, Name n) {
    String w = toks.get(n.first()).bare().toLowerCase(Locale.ROOT);
    if (n.end() >= toks.size() || !gapIsSpace(s, toks, n.end() - 1) || toks.get(n.end() - 1).possessive()
        || Words.NOT_NAMES.contains(w) || Words.NOT_PERSON.contains(w) || Words.isInstitution(w)) {
      return false;
    }
    Tok next = toks.get(n.end());
    String v = next.lower();
    return !next.capitalised() && (Words.isSpeechVerb(v) || Words.IRREGULAR_PAST.contains(v) || v.endsWith("ed") && v.length() >= 4);
  }

  /** "Prem is planning", "Prem labors": a one-word name opening a sentence before a verb of any tense. */
  private static boolean actingNow(String s, List<Tok> toks, Name n) {
    String w = toks.get(n.first()).bare().toLowerCase(Locale.ROOT);
    return n.end() < toks.size() && gapIsSpace(s, toks, n.end() - 1) && !toks.get(n.end() - 1).possessive()
        && !Words.NOT_NAMES.contains(w) && !Words.NOT_PERSON.contains(w) && Words.verbLike(toks.get(n.end()));
  }

  /**
   * The person a one-word name acting in a sentence stands for: the one full name the text holds for
   * it ("England's transport secretary, Grant Shapps, …"; "Shapps announced"), else a stranger.
   */
  private Person actor(String word, boolean speaks) {
    String full = fullNameOf(word);
    if (full == null && speaks) {
      return null; // "Sergey said": a speaker, met as one where the quote is attributed
    }
    if (full == null) {
      Person stranger = new Person(word, List.of(), null);
      stranger.stranger = true;
      return stranger;
    }
    Person known = byFullName(full, null);
    byName.putIfAbsent(word, known);
    return known;
  }

  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  private static final Set<String> COPULAS = Set.of("is", "was", "are", "were", "becomes", "became", "remains",
      "remained", "'s", "\u2019s");
  private static final Set<String> LINKS = Set.of("of", "from", "at", "in", "for", "with");

  /** Whether pos is inside a description after a name; roles are in text order, so a binary search. */
  private boolean insideRole(long pos) {
    int lo = 0;
    int hi = roles.size() / 2;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (roles.get(2 * mid) <= pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo > 0 && pos < roles.get(2 * (lo - 1) + 1);
  }

  /**
   * The end of a description of a person that starts with the article at i ("the guy", "a lady
   * from the county commissioner's office"), or -1 when it describes no person.
   */
  static int personPhrase(String s, List<Tok> toks, int i) {
    int head = -1;
    for (int k = i + 1; k < toks.size() && k <= i + 5; k++) {
      Tok x = toks.get(k);
      String lx = x.lower();
      if (!Names.gapBefore(s, toks, k).equals(" ") || Words.FUNCTION.contains(lx) || Words.isSpeechVerb(lx)) {
        break;
      }
      if (!x.possessive() && !x.capitalised() && Words.isPersonNoun(lx)) {
        head = k;
        break;
      }
      if (!x.possessive() && Words.verbLike(x)) {
        break;
      }
    }
    if (head < 0) {
      return -1;
    }
    int end = head + 1;
    if (end < toks.size() && Names.gapBefore(s, toks, end).equals(" ")) {
      Tok next = toks.get(end);
      String ln = next.lower();
      // a plural noun is no verb here: "a local arms dealer"
      boolean plural = ln.endsWith("s") && !Words.AUXILIARIES.contains(ln) && !Words.VERB_HELPERS.contains(ln);
      if (!LINKS.contains(ln) && !next.capitalised() && !Words.FUNCTION.contains(ln) && !Words.isSpeechVerb(ln)
          && (!Words.verbLike(next) || plural)) {
        return -1; // the noun is a modifier, as in "the general public"
      }
      if (LINKS.contains(ln)) {
        int last = -1;
        for (int k = end + 1; k < toks.size() && k <= end + 5 && Names.gapBefore(s, toks, k).equals(" "); k++) {
          Tok x = toks.get(k);
          String lx = x.lower();
          boolean nounBeforeVerb = Words.verbLike(x) && !Words.isSpeechVerb(lx) && k + 1 < toks.size()
              && Words.isSpeechVerb(toks.get(k + 1).lower());
          if (!nounBeforeVerb && (Words.verbLike(x) || Words.isSpeechVerb(lx) || Words.AUXILIARIES.contains(lx)
              || Words.FUNCTION.contains(lx) && !ARTICLES.contains(lx))) {
            break;
          }
          last = k;
          if (nounBeforeVerb) {
            break;
          }
        }
        if (last > end && !ARTICLES.contains(toks.get(last).lower())) {
          end = last + 1;
        }
      }
    }
    return end;
  }

  /** A person the article describes rather than names: "the guy", "An eyewitness", "his sister in China". */
  Person described(String phrase) {
    String[] parts = phrase.split(" ");
    if (parts.length == 2 && parts[0].equalsIgnoreCase("my") && Words.KIN.contains(parts[1].toLowerCase(Locale.ROOT))) {
      return kin(phrase);
    }
    String key = phrase.toLowerCase(Locale.ROOT);
    Person p = byName.get(key);
    if (p == null) {
      p = new Person(Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1), List.of(), null);
      for (String w : parts) {
        String lw = w.toLowerCase(Locale.ROOT);
        if (Words.MALE_NOUNS.contains(lw) || Words.MALE_KIN.contains(lw)) {
          p.gender = Gender.MALE;
        } else if (Words.FEMALE_NOUNS.contains(lw) || Words.FEMALE_KIN.contains(lw)) {
          p.gender = Gender.FEMALE;
        }
      }
      add(key, p);
    }
    return p;
  }

  /**
   * The person a description names after an owner's possessive ("the Washington Post’s Ed O’Keefe"):
   * two or more capitalised words after the last possessive, or null.
   */
  Person namedAfterOwner(String[] words) {
    int own = -1;
    for (int k = 1; k < words.length - 2; k++) {
      if (Words.possessive(words[k]) && Character.isUpperCase(words[k].codePointAt(0))) {
        own = k;
      }
    }
    if (own < 0 || !words[0].equalsIgnoreCase("the") || words.length - own - 1 > 4) {
      return null;
    }
    for (int k = own + 1; k < words.length; k++) {
      if (!Character.isUpperCase(words[k].codePointAt(0)) || Words.possessive(words[k])) {
        return null;
      }
    }
    String full = String.join(" ", java.util.Arrays.copyOfRange(words, own + 1, words.length));
    Person known = byName.get(full);
    return known != null ? known : GivenNames.isGiven(words[own + 1]) ? byFullName(full, null) : null;
  }

  /** "my dad", a person the narrator names by kinship. */
  Person kin(String phrase) {
    String key = phrase.toLowerCase(Locale.ROOT);
    String display = Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    Person p = byName.get(key);
    if (p == null) {
      p = new Person(display, List.of(), null);
      String word = key.substring(key.lastIndexOf(' ') + 1);
      p.gender = Words.MALE_KIN.contains(word) ? Gender.MALE : Words.FEMALE_KIN.contains(word) ? Gender.FEMALE
          : Gender.UNKNOWN;
      add(key, p);
    }
    return p;
  }

  /** The person a name in an attribution stands for: a known person, or a new one. */
  Person named(Name n, long pos) {
    Person known = ofShownGender(byName.get(n.name()), n);
    if (known == null) {
      known = byTokens(n.tokens(), pos, n.shown());
    }
    if (known == null && n.tokens().size() == 1 && n.title() == null && commonNoun(n.tokens().get(0))) {
      return null; // "Sometimes …", "Programs included …": a word the text also writes in lower case
    }
    String word = n.tokens().size() == 1 ? n.tokens().get(0) : null;
    if (known == null && word != null && fullNameOf(word) == null && !fullNames.containsKey(word) && quotedFullName(word) != null
        && !commonNoun(word)) {
      known = byFullName(quotedFullName(word), n.title()); // "Clinton told supporters" where only a quote says "Hillary Clinton"
      byName.put(n.name(), known);
    }
    if (known == null && n.tokens().size() == 1 && fullNameOf(n.tokens().get(0)) != null) {
      // "Schiff called it …" where the text named him only in a list: "… and Representative Adam Schiff both …"
      String full = fullNameOf(n.tokens().get(0));
      known = byFullName(full, n.title());
      byName.put(n.name(), known);
    }
    if (known == null && n.tokens().size() >= 2 && n.title() == null && !GivenNames.isGiven(n.tokens().get(0))
        && inTitleCase(pos)) {
      return null; // "Clinton Said That The Blame Placed On The United States …": capitals of a heading, no name
    }
    if (known == null) {
      known = new Person(n.name(), n.tokens(), n.title());
      add(n.name(), known);
    }
    if (!mentionsOf.containsKey(known)) {
      // Someone first met in an attribution ("Sergey said") is mentioned there, for a "he" that follows.
      insertMention(pos, known);
    }
    return known;
  }

  private void insertMention(long pos, Person p) {
    int k = lastMentionBefore(pos) + 1;
    mentions.add(k, new Mention(pos, p, -1, false, false));
    mentionsOf.computeIfAbsent(p, x -> new ArrayList<>()).add(pos);
    firstSubject.merge(p, pos, Math::min);
  }

  /**
   * Who an interview's turn marker stands for: a person it names ("Perttu Ahola", "Ahola"), a
   * person with those initials ("JD" for Jane Doe), or the marker itself ("WN"); null for the
   * bare "Q" and "A", which name nobody.
   */
  private static String titleCase(String capitals) {
    StringBuilder b = new StringBuilder();
    for (String w : capitals.split(" ")) {
      b.append(b.length() > 0 ? " " : "").append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }

  Person marker(String m) {
    String letters = m.replace(".", "");
    if (letters.matches("\\p{Lu}{1,4}")) {
      if (letters.length() == 1) {
        return null;
      }
      Person only = null;
      for (Person p : byName.values()) {
        if (p.tokens.size() >= 2 && initials(p.tokens).equals(letters)) {
          if (only != null && only != p) {
            return null; // two people with these initials: no guess
          }
          only = p;
        }
      }
      if (only != null) {
        return only;
      }
    }
    if ((m.indexOf(' ') > 0 || m.length() > 4) && m.equals(m.toUpperCase(Locale.ROOT))) {
      m = titleCase(m); // "MARA QUELL:", a transcript's speaker in capitals
    }
    Person known = byName.get(m);
    if (known == null) {
      known = byTokens(List.of(m.split(" ")), Long.MAX_VALUE);
    }
    if (known == null) {
      known = new Person(m, List.of(m.split(" ")), null);
      add(m, known);
    }
    return known;
  }

  private static String initials(List<String> tokens) {
    StringBuilder b = new StringBuilder();
    tokens.forEach(t -> b.append(t.charAt(0)));
    return b.toString();
  }

  /** The person of this full name ("Adam Schiff"), made with the title given when the text has none yet. */
  private Person byFullName(String full, String title) {
    Person known = byName.get(full);
    if (known == null) {
      known = new Person(full, List.of(full.split(" ")), title);
      add(full, known);
    }
    return known;
  }

  private void add(String key, Person p) {
    byName.put(key, p);
    for (String t : p.tokens) {
      byToken.computeIfAbsent(t, k -> new ArrayList<>()).add(p);
      byFoldedToken.computeIfAbsent(fold(t), k -> new ArrayList<>()).add(p);
    }
    for (int k = 0; k < p.tokens.size(); k++) {
      byFoldedEnd.merge(foldJoin(p.tokens, k), p, (had, now) -> had == now ? had : AMBIGUOUS);
    }
  }

  /** People by the words of their names without accents: "Erdogan said" after "Recep Tayyip Erdoğan". */
  private final Map<String, List<Person>> byFoldedToken = new HashMap<>();

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** A word without accents or capitals: "Erdoğan" is "erdogan", and "Ten Hag" opening a sentence "ten Hag". */
  static String fold(String word) {
    return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** The sentence of each description's mention, by position. */
  private final Map<Long, Long> descriptionSentence = new HashMap<>();
  /** Positions of descriptions right before a verb of saying. */
  private final Set<Long> describedSpeaking = new java.util.HashSet<>();

  private void mention(long pos, Person p) {
    mention(new Mention(pos, p, -1, false, false));
  }

  /** Where each person is first named other than as an object: a subject, or a speaker. */
  private final Map<Person, Long> firstSubject = new HashMap<>();

  private void mention(Mention m) {
    if (!m.object()) {
      firstSubject.merge(m.person(), m.pos(), Math::min);
    }
    mentions.add(m);
    mentionsOf.computeIfAbsent(m.person(), k -> new ArrayList<>()).add(m.pos());
  }

  /** The people mentioned in [from, to). */
  List<Person> mentionedBetween(long from, long to) {
    List<Person> out = new ArrayList<>();
    for (int k = lastMentionBefore(to); k >= 0 && mentions.get(k).pos() >= from; k--) {
      out.add(mentions.get(k).person());
    }
    return out;
  }

  /** The last mention in [from, to), or null. */
  Mention lastMentionIn(long from, long to) {
    int k = lastMentionBefore(to);
    return k >= 0 && mentions.get(k).pos() >= from ? mentions.get(k) : null;
  }

  /** The index of the last mention before pos, or -1. */

  private int lastMentionBefore(long pos) {
    int lo = 0;
    int hi = mentions.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).pos() < pos) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  private static final int MAX_BACK = 200;

  /** The last person named before pos that the pronoun can stand for; null when none. */
  Person pronoun(String pronoun, long pos, long sentence) {
    String p = pronoun.toLowerCase(Locale.ROOT);
    if (Words.NARRATOR.contains(p) || p.equals("they")) {
      return null; // the writer, whom the article does not name; "they", who are more than one person
    }
    // A pronoun reaches back two paragraphs at most: further than that it is a guess.
    int paragraph = (int) (pos >>> 32);
    Gender wanted = p.equals("he") ? Gender.MALE : p.equals("she") ? Gender.FEMALE : Gender.UNKNOWN;
    // A person the text shows to be of the pronoun's gender, in this paragraph or the one before,
    // wins over a nearer one it does not show: "Emily Spanton … officers Quirin and Redouane … She told".
    int nearest = lastMentionBefore(pos);
    Person reporter = wanted == Gender.UNKNOWN ? null : reporter(nearest, wanted, sentence, paragraph);
    if (reporter == null && wanted != Gender.UNKNOWN) {
      reporter = describedReporter(nearest, wanted, sentence, paragraph);
    }
    if (reporter != null) {
      return reporter;
    }
    // …unless the nearer one opens a sentence of this paragraph: "Palmer looked downbeat. “…,” he said."
    if (wanted != Gender.UNKNOWN && !(nearest >= 0 && opensSentenceIn(mentions.get(nearest), paragraph))) {
      for (int k = nearest, seen = 0; k >= 0 && seen < MAX_BACK; k--, seen++) {
        Mention m = mentions.get(k);
        if ((int) (m.pos() >>> 32) < paragraph - 1) {
          break;
        }
        if (describedInsideAClause(k)) {
          continue;
        }
        if (m.person().stranger || opensSentenceIn(m, paragraph)) {
          break; // someone acted in between whom the text does not show: "he" may be them
        }
        if (m.person().gender == wanted) {
          return notWhatItIsAbout(k, wanted, sentence, paragraph);
        }
        if (m.person().likely() == wanted && !m.object() && (m.sentence() == sentence
            || (int) (m.pos() >>> 32) == paragraph && speaks(m))) {
          break; // "Republican Paul Ryan disagreed: “…,” he said": a given name of that gender in the pronoun's sentence is not passed over
        }
      }
    }
    for (int k = lastMentionBefore(pos), seen = 0; k >= 0 && seen < MAX_BACK; k--, seen++) {
      Mention m = mentions.get(k);
      if ((int) (m.pos() >>> 32) < paragraph - 2) {
        break;
      }
      if (describedInsideAClause(k)) {
        continue;
      }
      Gender g = m.person().likely();
      if (m.person().stranger) {
        return null; // the nearest one who acted is someone the text does not show
      }
      if (p.equals("he") && g == Gender.FEMALE || p.equals("she") && g == Gender.MALE) {
        continue;
      }
      return notWhatItIsAbout(k, wanted, sentence, paragraph);
    }
    return null;
  }

  /**
   * "Sebastian Strangio, author of Hun Sen's Cambodia, said that … Hun Sen was likely to rule …. “…,”
   * he told VOA": after a sentence of someone's reported words, with nobody named since, "he" is
   * the one who spoke, not those the words are about. Null when the last sentence naming anyone
   * is the pronoun's own, or nobody of that gender speaks in it.
   */
  private Person reporter(int nearest, Gender wanted, long sentence, int paragraph) {
    // "But Ruddock feels that the England man should be more careful": a description in the reported
    // words is what they are about, as a name there is
    int named = nearest;
    while (named >= 0 && nearest - named < MAX_BACK && mentions.get(named).sentence() < 0 && mentions.get(named).person().tokens.isEmpty()) {
      named--; // a few mentions back at most, so that the drafter stays linear
    }
    if (named >= 0 && named < nearest && mentions.get(named).sentence() >= 0) {
      long in = mentions.get(named).sentence();
      boolean inside = true;
      for (int k = named + 1; k <= nearest; k++) {
        inside &= descriptionSentence.getOrDefault(mentions.get(k).pos(), -1L) == in;
      }
      nearest = inside ? named : nearest;
    }
    if (nearest < 0 || mentions.get(nearest).sentence() == sentence || mentions.get(nearest).sentence() < 0
        || (int) (mentions.get(nearest).pos() >>> 32) < paragraph - 1) {
      return null;
    }
    long last = mentions.get(nearest).sentence();
    for (int k = nearest, seen = 0; k >= 0 && seen < MAX_BACK && mentions.get(k).sentence() == last; k--, seen++) {
      Mention m = mentions.get(k);
      if (speaks(m) && !m.person().stranger && !m.person().tokens.isEmpty()) {
        return m.person().likely() == wanted ? m.person() : null;
      }
    }
    return null;
  }

  /**
   * "“…,” the Tory leader said after mockingly welcoming the chancellor back. He urged …": after a
   * sentence whose speaker is a description of someone named before, with nobody named speaking
   * since, "he" is the one the description means. Null otherwise.
   */
  private Person describedReporter(int nearest, Gender wanted, long sentence, int paragraph) {
    long last = -1;
    for (int k = nearest, seen = 0; k >= 0 && seen < MAX_BACK; k--, seen++) {
      Mention m = mentions.get(k);
      long in = m.sentence() >= 0 ? m.sentence() : descriptionSentence.getOrDefault(m.pos(), -1L);
      if (in < 0 || in == sentence || (int) (m.pos() >>> 32) < paragraph - 1 || last >= 0 && in != last) {
        return null;
      }
      last = in;
      if (m.person().tokens.isEmpty() && describedSpeaking.contains(m.pos())) {
        Person named = namedByRole(m.person().name, m.pos());
        return named != null && named.likely() == wanted ? named : null;
      }
      if (speaks(m)) {
        return null;
      }
    }
    return null;
  }

  /**
   * "Judge Darroch told Marsh that he did accept the man was attempting to help. He sentenced …":
   * a description of a person ("the man") that does not open a clause as its subject is no one a
   * later pronoun stands for.
   */
  private boolean describedInsideAClause(int k) {
    Mention m = mentions.get(k);
    Person p = m.person();
    long paragraphStart = m.pos() & ~0xFFFFFFFFL;
    return p.tokens.isEmpty() && !p.stranger
        && (p.name.startsWith("The ") || p.name.startsWith("A ") || p.name.startsWith("An "))
        && Collections.binarySearch(subjectDescriptions, m.pos()) < 0
        && first(narrators, paragraphStart, m.pos()) < 0; // "I rang the owner … And he said": the narrator's story keeps them
  }

  /**
   * subjectBefore, but one taken as an object in the pronoun's own sentence is what the words are
   * about, not who says them ("Targeting exiles would hurt Tom Hale, “…,” he said"): the one named
   * before that sentence whom the pronoun may mean, or null.
   */
  private Person notWhatItIsAbout(int k, Gender wanted, long sentence, int paragraph) {
    Mention m = mentions.get(k);
    Person got = subjectBefore(k, wanted);
    if (got != m.person() || !m.object() || m.sentence() != sentence) {
      return got;
    }
    for (int j = k - 1, seen = 0; j >= 0 && seen < MAX_BACK; j--, seen++) {
      Mention e = mentions.get(j);
      if ((int) (e.pos() >>> 32) < paragraph - 2 || e.person().stranger) {
        return null;
      }
      Gender g = e.person().likely();
      boolean fits = wanted == Gender.UNKNOWN || g == wanted || g == Gender.UNKNOWN;
      if (e.sentence() != sentence && e.person() != m.person() && !e.object() && !e.person().tokens.isEmpty() && fits) {
        return e.person();
      }
    }
    return null;
  }

  /** Whether a named person of unknown gender opens a sentence of the paragraph with this mention. */
  private static boolean opensSentenceIn(Mention m, int paragraph) {
    Person p = m.person();
    return m.opens() && (int) (m.pos() >>> 32) == paragraph && !p.stranger && !p.tokens.isEmpty()
        && p.likely() == Gender.UNKNOWN;
  }

  /**
   * The person of mentions[k], or, when a verb or preposition takes them, the subject named before
   * them in the same sentence whom the pronoun may mean: "Helen Marsh thanked Gloria Vance. “…,” she said."
   */
  private Person subjectBefore(int k, Gender wanted) {
    Mention m = mentions.get(k);
    if (m.sentence() < 0) {
      return m.person();
    }
    if (!m.object()) {
      Person described = m.opens() ? null : describedSubject(m, wanted);
      if (described == null && !m.opens() && !speaks(m)) {
        described = openingPronounsOne(m, wanted); // "So he is full of admiration for … Alessandro Costacurta. “…,” he said."
      }
      return described != null ? described : m.person();
    }
    for (int j = k - 1; j >= 0 && j >= k - MAX_BACK && mentions.get(j).sentence() == m.sentence(); j--) {
      Mention e = mentions.get(j);
      Gender g = e.person().likely();
      if (e.person() != m.person() && !e.object() && !e.person().stranger && !e.person().tokens.isEmpty()
          && (wanted == Gender.UNKNOWN || g == wanted || g == Gender.UNKNOWN)) {
        return e.person();
      }
    }
    // "In another post, he referred to Robart as “…”. He also claimed": the sentence's subject is a
    // pronoun of that gender, so the object is someone else, and the pronoun means whom that one means
    long subject = wanted == Gender.UNKNOWN ? -1 : first(wanted == Gender.MALE ? subjectHe : subjectShe, m.sentence(), m.pos());
    if (subject >= 0 && depth < 3) {
      depth++;
      try {
        return pronoun(wanted == Gender.MALE ? "he" : "she", subject, m.sentence());
      } finally {
        depth--;
      }
    }
    Person described = describedSubject(m, wanted);
    return described != null ? described : m.person();
  }

  /**
   * When "he" or "she" opens the sentence of a name that is not its subject ("So he is full of
   * admiration for … Alessandro Costacurta"), a later pronoun of that gender means whom that one
   * means; null when no such pronoun opens it.
   */
  private Person openingPronounsOne(Mention m, Gender wanted) {
    if (wanted == Gender.UNKNOWN || depth >= 3) {
      return null;
    }
    long subject = first(wanted == Gender.MALE ? subjectHe : subjectShe, m.sentence(), m.pos());
    if (subject < 0 || subject - m.sentence() > 12) {
      return null; // none, or one opening a later clause: "Smith, who said he …"
    }
    return meantInstead(wanted, subject, m);
  }

  /** Whom a pronoun of that gender at pos means, one step deeper; null when it is m's own person. */
  private Person meantInstead(Gender wanted, long pos, Mention m) {
    depth++;
    try {
      Person meant = pronoun(wanted == Gender.MALE ? "he" : "she", pos, m.sentence());
      return meant == m.person() ? null : meant;
    } finally {
      depth--;
    }
  }

  /**
   * "The Colombian-French politician was greeted by the President and the First Lady, Carla
   * Bruni-Sarkozy. “…,” she said": when a description of a person opens the sentence as its
   * subject, the one named later in it is not whom it is about; the pronoun means whom the
   * description means. Null when no description opens the sentence or it finds nobody.
   */
  private Person describedSubject(Mention m, Gender wanted) {
    long at = first(subjectDescriptions, m.sentence(), m.pos());
    int k = at < 0 ? -1 : lastMentionBefore(at + 1);
    if (k < 0 || wanted == Gender.UNKNOWN || depth >= 3) {
      return null;
    }
    Gender g = mentions.get(k).person().likely();
    if (g != Gender.UNKNOWN && g != wanted) {
      return null;
    }
    return meantInstead(wanted, at, m);
  }

  /**
   * The one described, not named, and mentioned last before pos ("said a senior intelligence
   * advisor"), in its paragraph or the one before, for a pronoun that stops at them; else null.
   */
  Mention describedBefore(long pos) {
    int k = lastMentionBefore(pos);
    if (k < 0 || (int) (mentions.get(k).pos() >>> 32) < (int) (pos >>> 32) - 1) {
      return null;
    }
    Person p = mentions.get(k).person();
    return p.tokens.isEmpty() && !p.stranger && (p.name.startsWith("A ") || p.name.startsWith("An ")) ? mentions.get(k) : null;
  }

  /** The one person the title names: whom an obituary or a profile is about; null when it names none, or two. */
  Person inTitle() {
    Person found = null;
    for (Mention m : mentions) {
      if ((int) (m.pos() >>> 32) > 0) {
        break;
      }
      if (!m.person().tokens.isEmpty() && !m.person().stranger) {
        if (found != null && found != m.person()) {
          return null;
        }
        found = m.person();
      }
    }
    return found;
  }

  /** Whether a description of a person opens a clause at pos as its subject: "The coach was furious …". */
  boolean describedSubjectAt(long pos) {
    return Collections.binarySearch(subjectDescriptions, pos) >= 0;
  }

  /** Positions of "he" and of "she" opening a clause, and of a description of a person opening one as its subject, in text order. */
  private final List<Long> subjectHe = new ArrayList<>();
  private final List<Long> subjectShe = new ArrayList<>();
  private final List<Long> subjectDescriptions = new ArrayList<>();
  /** Positions of names a verb of saying follows, past their role: "John McDonnel said …". */
  private final List<Long> speaking = new ArrayList<>();

  private boolean speaks(Mention m) {
    return Collections.binarySearch(speaking, m.pos()) >= 0;
  }
  /** Positions of "I" and "we" opening a clause: the narrator's own story. */
  private final List<Long> narrators = new ArrayList<>();
  /** How deep a pronoun's look-up has gone through earlier pronouns; a few steps at most. */
  private int depth;

  /** The first of the positions in [from, to), or -1. */
  private static long first(List<Long> positions, long from, long to) {
    int k = Collections.binarySearch(positions, from);
    int at = k >= 0 ? k : -k - 1;
    return at < positions.size() && positions.get(at) < to ? positions.get(at) : -1;
  }

  /** Someone whose name holds all these words ("Heikkila", "Captain Rochester"), the latest mentioned first. */
  /** Whether the text shows, or the given name suggests, a gender other than the one shown (UNKNOWN: none is). */
  private static boolean otherGender(Person p, Gender shown) {
    return shown != Gender.UNKNOWN && p.likely() != Gender.UNKNOWN && p.likely() != shown;
  }

  /** The person, unless the name's honorific shows the other gender: "Mrs Miller" is not Jack Miller. */
  private static Person ofShownGender(Person known, Name n) {
    return known == null || !otherGender(known, n.shown()) ? known : null;
  }

  private Person byTokens(List<String> tokens, long pos) {
    return byTokens(tokens, pos, Gender.UNKNOWN);
  }

  /** The person these words name, among those of the gender shown when it is known. */
  private Person byTokens(List<String> tokens, long pos, Gender shown) {
    if (tokens.isEmpty()) {
      return null;
    }
    Person latest = null;
    long latestPos = -1;
    Person surname = null;
    Person any = null;
    for (Person p : byToken.getOrDefault(tokens.get(0), List.of())) {
      if (!p.tokens.containsAll(tokens) || p.tokens.size() <= tokens.size()
          || otherGender(p, shown)) {
        continue;
      }
      List<Long> at = mentionsOf.getOrDefault(p, List.of());
      int k = Collections.binarySearch(at, pos);
      int before = k >= 0 ? k - 1 : -k - 2;
      if (before >= 0 && at.get(before) > latestPos) {
        latest = p;
        latestPos = at.get(before);
      }
      if (surname == null && p.tokens.get(p.tokens.size() - 1).equals(tokens.get(tokens.size() - 1))) {
        surname = p;
      }
      if (any == null) {
        any = p;
      }
    }
    if (latest == null && surname == null && any == null) {
      return byFoldedTokens(tokens);
    }
    Person first = tokens.size() == 1 ? firstWithSurname(tokens.get(0), pos, shown) : null;
    return first != null ? first : latest != null ? latest : surname != null ? surname : any;
  }

  /** More people than this sharing a surname are a crowd, not a family: no one of them is whom the article is about. */
  private static final int MAX_FAMILY = 8;

  /**
   * "Margaret Ellison … her daughter, Claire Ellison, … Ellison moved to California": where several
   * people named in full share a surname, the bare surname is the one named first, whom the article is
   * about; the others it names by their given names. Null when fewer than two share it.
   */
  private Person firstWithSurname(String surname, long pos, Gender shown) {
    List<Person> sharing = new ArrayList<>();
    for (Person p : byToken.getOrDefault(surname, List.of())) {
      List<Long> at = mentionsOf.getOrDefault(p, List.of());
      if (p.tokens.size() >= 2 && p.tokens.get(p.tokens.size() - 1).equals(surname) && !at.isEmpty() && at.get(0) < pos
          && !otherGender(p, shown)) {
        sharing.add(p);
      }
      if (sharing.size() > MAX_FAMILY) {
        return null; // a crowd sharing the name: no one of them is the one the article is about
      }
    }
    // "Remembering James Dean" in a heading and "James Dean" are one person
    sharing.removeIf(p -> sharing.stream().anyMatch(q -> q != p && q.tokens.size() < p.tokens.size()
        && p.tokens.subList(p.tokens.size() - q.tokens.size(), p.tokens.size()).equals(q.tokens)));
    if (sharing.size() < 2) {
      return null;
    }
    Person first = null;
    for (Person p : sharing) {
      if (first == null || mentionsOf.get(p).get(0) < mentionsOf.get(first).get(0)) {
        first = p;
      }
    }
    // "The daughter of Eric Garner …" then "Erica Garner said": one named only as an object before is
    // not the one who acts, where exactly one other of them has
    List<Person> acting = sharing.stream().filter(p -> firstSubject.getOrDefault(p, Long.MAX_VALUE) < pos).toList();
    return acting.size() == 1 ? acting.get(0) : first;
  }

  /**
   * byTokens without accents or capitals, for a name that ends the way someone's name ends
   * ("Erdogan" for "Recep Tayyip Erdoğan", "Ten Hag" for "Erik ten Hag") but not in the same
   * letters: the one such person, or null. One look-up, however many people share a word.
   */
  private Person byFoldedTokens(List<String> tokens) {
    Person p = byFoldedEnd.get(foldJoin(tokens, 0));
    if (p == null || p == AMBIGUOUS) {
      return null;
    }
    List<String> end = p.tokens.subList(p.tokens.size() - tokens.size(), p.tokens.size());
    return end.equals(tokens) ? null : p; // the same letters: byTokens's to find
  }

  /** People by the last words of their names, folded and joined ("ten hag", "hag"); AMBIGUOUS where two share one. */
  private final Map<String, Person> byFoldedEnd = new HashMap<>();
  private static final Person AMBIGUOUS = new Person("", List.of(), null);

  private static String foldJoin(List<String> tokens, int from) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < tokens.size(); k++) {
      b.append(k > from ? " " : "").append(fold(tokens.get(k)));
    }
    return b.toString();
  }

  private static String join(String... parts) {
    StringBuilder b = new StringBuilder();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        if (b.length() > 0) {
          b.append(", ");
        }
        b.append(part.strip());
      }
    }
    return b.length() == 0 ? null : b.toString();
  }
}
