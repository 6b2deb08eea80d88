package dev.sourced.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Words of a paragraph, and the small English lexicon the drafter reads them with. */
final class Words {
  private Words() {}

  private static final Set<String> SMALL_WORDS_IN_CAPITALS = Set.of("who", "us", "it", "am", "as", "or", "an", "in",
      "on", "at", "is", "do", "so", "no", "up", "me", "we", "he");

  /** A surname joined to its lowercase particle: "al-Megrahi", "el-Sisi", "bin-Salman", "d'Estaing". */
  private static final Pattern JOINED_PARTICLE =
      Pattern.compile("(?:al|el|ad|ar|as|ash|at|az|ul|bin|ibn|abu|d)[-'\u2019]\\p{Lu}");

  /** A word at [start, end) of a paragraph; text keeps the full stop of an abbreviation or initial. */
  record Tok(int start, int end, String text) {
    String lower() {
      String lower = text.toLowerCase(Locale.ROOT);
      // "WHO", "US", "IT" in capitals are a body, a country, a trade, never the small words they spell
      return text.length() >= 2 && !lower.equals(text) && text.equals(text.toUpperCase(Locale.ROOT))
          && SMALL_WORDS_IN_CAPITALS.contains(lower) ? text : lower;
    }

    boolean capitalised() {
      if (Character.isUpperCase(text.codePointAt(0))) {
        return true;
      }
      int joint = Math.max(text.indexOf('-'), Math.max(text.indexOf('\''), text.indexOf('\u2019')));
      return joint > 0 && joint <= 3 && JOINED_PARTICLE.matcher(text).lookingAt();
    }

    /** The word without a possessive 's. */
    String bare() {
      if (text.endsWith("\u2019s") || text.endsWith("'s")) {
        return text.substring(0, text.length() - 2);
      }
      return text.endsWith(".") && !isHonorific(text) && text.length() > 2 ? text.substring(0, text.length() - 1) : text;
    }

    boolean possessive() {
      return Words.possessive(text);
    }
  }

  /** Whether a word ends in a possessive 's, straight or curly. */
  static boolean possessive(String word) {
    return word.endsWith("\u2019s") || word.endsWith("'s");
  }

  static List<Tok> tokens(String s) {
    List<Tok> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      if (!Character.isLetterOrDigit(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
          i++;
        } else if ((c == '\'' || c == '\u2019' || c == '-') && i + 1 < s.length()
            && Character.isLetterOrDigit(s.charAt(i + 1))) {
          i++;
        } else {
          break;
        }
      }
      String word = s.substring(start, i);
      if (i < s.length() && s.charAt(i) == '.' && (word.length() == 1 && Character.isUpperCase(word.charAt(0))
          || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT)))) {
        i++;
        // "U.S.", "J.K.": initials written without spaces are one word, not a name "U." and a word "S."
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        while (initial && i + 1 < s.length() && Character.isUpperCase(s.charAt(i)) && s.charAt(i + 1) == '.'
            && (i + 2 >= s.length() || !Character.isLetter(s.charAt(i + 2)))) {
          i += 2;
        }
        word = s.substring(start, i);
      }
      out.add(new Tok(start, i, word));
    }
    return out;
  }

  /** "U.S.", "P.J.": two or more initials, each with its full stop. */
  static boolean isInitials(String word) {
    return word.length() >= 4 && word.matches("(\\p{Lu}\\.)+");
  }

  /** Whether the full stop at dot ends an abbreviation or an initial rather than a sentence. */
  static boolean isAbbreviation(String s, int dot) {
    int b = dot;
    while (b > 0 && Character.isLetter(s.charAt(b - 1))) {
      b--;
    }
    String word = s.substring(b, dot);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true; // an initial, as in "Bradley A. Thayer"
    }
    if (b > 0 && s.charAt(b - 1) == '.') {
      return true; // "U.S.", "a.m."
    }
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep",
      "rev", "no", "inc", "ltd", "co", "corp", "vs", "etc", "e.g", "i.e", "approx", "dept", "ft", "mt",
      // ranks: "Brig. Gen. John Charlton", "Maj. Gen. William Hix", "Staff Sgt.", "Cmdr."
      "brig", "maj", "adm", "cmdr", "cpl", "pvt", "spc", "pfc", "supt", "det", "insp", "atty", "hon");

  static boolean isHonorific(String word) {
    return HONORIFICS.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
  }

  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame");

  /** Verbs that attribute a quotation, as found in news prose. */
  static final Set<String> SPEECH_VERBS = Set.of(
      "said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "tweeted", "tweets", "posted",
      "stated", "states", "remarked", "remarks", "explained", "explains", "asked", "asks", "replied", "replies",
      "answered", "continued", "continues", "noted", "notes", "argued", "argues", "insisted", "insists", "warned",
      "warns", "declared", "declares", "announced", "announces", "urged", "urges", "claimed", "claims",
      "acknowledged", "admitted", "admits", "recalled", "recalls", "commented", "concluded", "conceded",
      "observed", "emphasised", "emphasized", "stressed", "cautioned", "predicted", "suggested", "responded",
      "responds", "testified", "shouted", "joked", "called", "calls", "described", "describes", "thanked",
      "texted", "messaged", "reported", "reports", "pleaded", "vowed", "promised", "reminded", "exclaimed",
      "quipped", "laughed", "sighed", "wondered", "mused", "boasted", "bragged", "complained", "lamented",
      "marveled", "marvelled", "cried", "yelled", "screamed", "whispered", "murmured", "muttered", "snapped",
      "retorted", "countered", "agreed", "offered", "spoke", "reacted", "characterized", "characterised",
      "recounted", "recounts", "elaborated", "elaborates", "reiterated", "asserted", "contended", "echoed",
      "opined", "talked", "add", "acknowledges", "concedes", "observes", "predicts", "suggests", "stresses",
      "jokes", "agrees", "complains", "remembers", "laments", "confirms", "confirmed", "ruled", "found", "decided",
      "estimated", "estimates", "indicated", "alleged", "alleges", "revealed", "disclosed", "maintained", "maintains",
      "contends", "highlighted", "underscored", "underlined", "informed", "informs", "dubbed", "dubs", "branded",
      "brands", "labelled", "labeled", "termed", "terms", "referred", "refers", "remembered", "dismissed", "dismisses",
      "charged", "charges", "retaliated", "interjected", "scoffed", "fumed",
      // ways of saying loudly or warmly: "“Go back to Univision,” Trump barked"
      "barked", "boomed", "thundered", "roared", "bellowed", "beamed", "gushed", "deadpanned", "chided", "scolded",
      "growled", "huffed", "sneered", "hollered", "chuckled",
      // the present of a profile or a column: "“…,” Viguerie concludes", "Bozell answers"
      "concludes", "answers", "asserts", "counters", "emphasizes", "emphasises", "cautions", "quips", "wonders", "muses",
      "boasts", "exclaims", "shouts", "testifies", "reasons", "reasoned", "retorts");

  /** Verbs of judging whose object a short quote names in the subject's words: "defended him as a “very decent man”". */
  static final Set<String> JUDGING = Set.of("accused", "accuses", "decried", "decries", "defended", "defends",
      "denounced", "denounces", "mocked", "mocks", "praised", "praises", "hailed", "hails", "blasted", "blasts", "slammed",
      "slams", "criticized", "criticised", "criticizes", "criticises", "touted", "touts");

  /** Verbs whose object is the quote, which must follow them closely: "called the stabbing “…”". */
  static final Set<String> OBJECT_VERBS = Set.of("called", "calls", "described", "describes", "thanked",
      "characterized", "characterised", "dubbed", "dubs", "branded", "brands", "labelled", "labeled", "termed", "terms",
      "referred", "refers", "remembered", "dismissed", "dismisses", "accused", "accuses", "decried", "decries", "defended",
      "defends", "denounced", "denounces", "mocked", "mocks", "praised", "praises", "hailed", "hails", "blasted", "blasts",
      "slammed", "slams", "criticized", "criticised", "criticizes", "criticises", "touted", "touts");

  /** Verbs that may come before their speaker: "said Eric Heikkila", "wrote back his sister". */
  static final Set<String> INVERTING = Set.of(
      "said", "says", "added", "adds", "wrote", "writes", "asked", "asks", "continued", "continues", "replied",
      "explained", "noted", "recalled", "argued", "insisted", "warned", "concluded", "observed", "responded",
      "tweeted", "posted", "stated", "remarked", "declared", "announced", "cautioned", "answered", "shouted",
      "exclaimed", "quipped", "laughed", "sighed", "wondered", "mused", "cried", "yelled", "screamed",
      "whispered", "murmured", "muttered", "snapped", "retorted", "countered", "replies", "explains", "commented",
      "admitted", "conceded", "stressed", "suggested", "joked", "claimed", "acknowledged", "complained", "reflected",
      "reiterated", "recounted", "elaborated", "charged", "retaliated", "interjected", "scoffed", "fumed", "barked",
      "boomed", "thundered", "roared", "bellowed", "beamed", "gushed", "deadpanned", "chided", "scolded", "growled",
      "huffed", "sneered", "hollered", "chuckled", "agrees", "agreed");

  /** Words opening a phrase before a sentence's subject: "After the leak, …", "On Monday, …". */
  static final Set<String> INTRODUCERS = Set.of("after", "before", "on", "in", "at", "during", "following",
      "later", "earlier", "meanwhile", "separately", "speaking", "when", "while", "since", "last", "this", "yesterday", "today",
      "according", "here");

  /** Verbs that introduce a written text only when a colon or comma leads straight to it: "the sign read: “…”". */
  static final Set<String> COLON_VERBS = Set.of("read", "reads");

  /** Verbs of taking a stand that end a sentence with a colon before the words: "X disagreed with the findings: “…”". */
  static final Set<String> STANCE_VERBS = Set.of("disagreed", "agreed", "responded", "replied", "reacted",
      "commented", "concluded", "countered", "objected", "elaborated", "disputed", "summarised", "summarized",
      "cautioned", "reflected", "recalled", "wrote", "tweeted", "posted", "explained", "warned", "added", "stated",
      "defended", "criticized", "criticised", "condemned", "welcomed", "dismissed", "rejected", "hailed", "slammed",
      "apologised", "apologized", "insisted", "argued", "vowed", "praised", "lauded", "opposed", "questioned",
      "challenged", "attacked", "blasted", "mocked", "ridiculed", "denied", "denounced", "supported", "backed",
      // a turn taken in an argument: "Trump quickly deflected with a non sequitur: “…”", "Warren swiped at him:"
      "deflected", "swiped", "scoffed", "pushed", "doubled", "conceded", "acknowledged", "predicted", "promised",
      "boasted", "lamented", "complained", "pleaded", "implored", "urged", "scolded", "chided");

  /** Words after which a new clause, with a subject of its own, may start: "…, and the guy told me: “…”". */
  static final Set<String> CONJUNCTIONS = Set.of(
      "and", "but", "so", "then", "while", "when", "because", "after", "before", "as", "that", "where", "though",
      "although", "whereas", "yet");

  /** Words that stand between a subject and its verb: "has said", "would later say". */
  static final Set<String> VERB_HELPERS = Set.of("has", "had", "have", "will", "would", "did", "does", "may",
      "might", "could", "can", "should", "must", "shall");

  /** Participles: they attribute a quote to the subject of the sentence, which stands before them. */
  static final Set<String> PARTICIPLES = Set.of(
      "saying", "stating", "adding", "writing", "telling", "noting", "explaining", "arguing", "warning",
      "declaring", "asking", "insisting", "calling", "describing", "tweeting", "posting", "promising", "claiming",
      "suggesting", "urging", "vowing", "pledging", "admitting", "acknowledging", "conceding", "recalling", "complaining",
      "stressing", "emphasising", "emphasizing", "replying", "responding", "announcing", "reminding", "cautioning", "joking");

  static boolean isSpeechVerb(String lower) {
    return SPEECH_VERBS.contains(lower) || PARTICIPLES.contains(lower);
  }

  /** Words that may stand between a speaker and the verb: "he recently wrote", "Yu later added". */
  static final Set<String> ADVERBS = Set.of(
      "also", "recently", "later", "previously", "then", "once", "still", "again", "further", "simply",
      "repeatedly", "publicly", "earlier", "reportedly", "quietly", "flatly", "bluntly", "often", "always",
      "never", "first", "finally", "subsequently", "separately", "privately", "angrily",
      // what a court release says someone did: "Chung allegedly responded that “…”"
      "allegedly", "apparently", "purportedly", "supposedly", "openly", "immediately");

  /** Lowercase words in -ly that are nouns or adjectives, not adverbs: "the Smith family said". */
  private static final Set<String> LY_NOT_ADVERBS = Set.of("family", "rally", "ally", "assembly", "supply", "reply",
      "anomaly", "monopoly", "bully", "belly", "jelly", "folly", "homily", "panoply", "early", "daily", "weekly",
      "monthly", "yearly", "holy", "ugly", "friendly", "elderly", "lonely", "lovely", "likely", "unlikely", "silly");

  /** Whether a word in -ly is a noun or adjective: "the daily wrote" is a newspaper. */
  static boolean lyNoun(String word) {
    return LY_NOT_ADVERBS.contains(word);
  }

  /** "Trump jokingly said", "she quickly added": a lowercase adverb of manner in -ly between a speaker and the verb. */
  static boolean isMannerAdverb(String word) {
    return word.length() >= 5 && word.endsWith("ly") && word.chars().allMatch(c -> c >= 'a' && c <= 'z')
        && !LY_NOT_ADVERBS.contains(word);
  }

  static final Set<String> AUXILIARIES = Set.of(
      "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "may", "might", "must",
      "shall", "should", "does", "did", "do", "who", "which", "that", "been", "being");

  static final Set<String> PRONOUNS = Set.of("he", "she", "they");

  /**
   * Nouns of bodies, groups and texts. A description with one of these at its head ("the court",
   * "the family's statement", "the company") is no person: the drafter does not attribute to it.
   */
  static final Set<String> INSTITUTIONS = Set.of(
      "court", "government", "ministry", "department", "agency", "council", "committee", "company", "firm",
      "foundation", "organisation", "organization", "university", "family", "police", "party", "team", "club",
      "board", "commission", "office", "union", "association", "institute", "administration", "campaign",
      "statement", "summary", "release", "notice", "report", "letter", "account", "post", "tweet", "document",
      "ruling", "judgment", "judgement", "decision", "website", "site", "page", "paper", "study", "survey",
      "group", "source", "sources", "officials", "authorities", "federation", "confederation", "society", "trust",
      "alliance", "coalition", "network", "league", "chamber", "bureau", "service");

  static boolean isInstitution(String lower) {
    return INSTITUTIONS.contains(lower) || lower.endsWith("'s") && INSTITUTIONS.contains(lower.substring(0, lower.length() - 2))
        || lower.endsWith("’s") && INSTITUTIONS.contains(lower.substring(0, lower.length() - 2));
  }

  /** Words that open a description of someone unnamed among many: "One of the users", "Some protesters". */
  static final Set<String> UNNAMED_ONES = Set.of("one", "some", "several", "many", "another", "two", "three",
      "others", "most", "few");

  /** The writer, who is nobody the article names: a quote they speak is theirs, not the last person's. */
  static final Set<String> NARRATOR = Set.of("i", "we");

  /** Words that make a description a person's: "the guy", "a lady from the county office". */
  static final Set<String> PERSON_NOUNS = Set.of(
      "man", "woman", "lady", "guy", "boy", "girl", "person", "neighbour", "neighbor", "driver", "passenger",
      "worker", "farmer", "survivor", "victim", "suspect", "attacker", "gunman", "shopper", "customer",
      "parent", "father", "mother", "nurse", "doctor", "policeman", "policewoman", "firefighter", "soldier",
      "child", "teenager", "citizen", "voter", "fan", "visitor", "tourist", "stranger", "bystander", "local");

  static final Set<String> MALE_NOUNS = Set.of("man", "guy", "boy", "father", "policeman", "gunman", "king",
      "prince", "chairman", "spokesman", "congressman", "councilman", "alderman");
  static final Set<String> FEMALE_NOUNS = Set.of("woman", "lady", "girl", "mother", "policewoman", "queen",
      "princess", "chairwoman", "spokeswoman", "congresswoman", "councilwoman", "alderwoman");

  static boolean isPersonNoun(String lower) {
    return PERSON_NOUNS.contains(lower) || ROLE_NOUNS.contains(lower);
  }

  /** Titles that, after "a" or "the", stand for a person ("the official"), unlike "general" or "chief". */
  static final Set<String> ROLE_NOUNS = Set.of(
      "official", "spokesman", "spokeswoman", "spokesperson", "officer", "witness", "eyewitness", "director",
      "manager", "lawyer", "attorney", "prosecutor", "judge", "mayor", "minister", "president", "researcher",
      "professor", "teacher", "student", "resident", "activist", "reporter", "journalist", "expert", "analyst",
      "dispatcher", "captain", "sheriff", "owner", "member", "leader", "author", "founder", "chairman",
      "chairwoman", "adviser", "advisor", "aide", "coach", "pilot", "scientist", "historian", "economist",
      "editor", "correspondent", "surgeon", "diplomat", "senator", "governor", "councilor", "councillor",
      "secretary", "commissioner", "ambassador", "detective", "inspector", "writer", "artist", "singer", "chef",
      "actor", "actress", "astronomer", "physicist", "engineer", "designer", "developer", "head", "player", "candidate", "protester", "co-author", "drummer", "musician", "chancellor", "chairperson",
      "politician", "lawmaker", "legislator", "campaigner", "hostage", "athlete", "striker", "goalkeeper", "defender",
      "midfielder", "novelist", "poet", "filmmaker", "entrepreneur", "businessman", "businesswoman", "physician",
      // in sport: "The seventh seed, who …, is looking forward", "the Arsenal boss said"
      "seed", "champion", "boss", "skipper", "winger", "star", "veteran", "sprinter", "batsman", "bowler", "swimmer",
      "runner", "cyclist", "boxer", "golfer", "jockey", "rider", "driver");

  /** Verbs that say with "out" after them: "he pointed out", "Bozell points out". */
  static final Set<String> POINTING = Set.of("pointed", "points");

  /** The words a title in title case leaves in lower case: "Let It Be Me Tonight", "Hillary Clinton Presses Her Advantage Over a …". */
  static final Set<String> LOWER_IN_TITLES = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or",
      "but", "by", "with", "from", "as", "into", "over", "is", "vs", "vs.");

  static final Set<String> DETERMINERS = Set.of(
      "the", "a", "an", "his", "her", "their", "my", "our", "its", "one", "another", "some", "several",
      "somebody", "someone");

  /** Capitalised at the start of a sentence, but not part of a name. */
  static final Set<String> NOT_NAMES = Set.of(
      // sentence adverbs that open a sentence before a name: "Afterwards Okoro was asked"
      "afterwards", "afterward", "earlier", "recently", "previously", "eventually", "finally", "overall", "separately", "elsewhere", "nevertheless", "nonetheless", "moreover", "furthermore", "indeed", "similarly", "initially", "ultimately", "subsequently", "currently",
      "the", "a", "an", "but", "and", "or", "if", "in", "on", "at", "as", "for", "from", "with", "by", "of", "to",
      "it", "its", "it's", "this", "that", "these", "those", "when", "while", "after", "before", "since", "over",
      "under", "both", "then", "so", "yet", "still", "also", "even", "many", "most", "some", "every", "each", "all",
      "no", "not", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "what",
      "who", "how", "why", "where", "there", "here", "shortly", "early", "late", "however", "instead", "thus",
      "essentially", "additionally", "because", "although", "though", "unlike", "like", "only", "one", "two",
      "three", "former", "later", "last", "next", "meanwhile", "today", "yesterday", "tomorrow", "tonight",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
      "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
      "according", "asked", "said", "reports", "police", "officials", "several", "other", "another", "such",
      "despite", "during", "about", "above", "among", "between", "into", "through", "against", "without", "once",
      "now", "just", "more", "less", "much", "any", "there's", "what's", "it’s", "what’s", "there’s",
      // adverbs that open a sentence before a participle: "Sometimes described as “the Army's think tank,” ARCIC …"
      "sometimes", "often", "usually", "frequently", "occasionally", "rarely", "seldom", "perhaps", "maybe", "certainly", "clearly", "obviously", "originally", "formerly", "traditionally", "officially", "widely", "commonly", "generally", "typically", "increasingly");

  /** Head words of job titles and descriptions that name a person's role: "Sheriff Bill Brown", "adviser Peter Navarro". */
  static final Set<String> TITLE_HEADS = Set.of(
      // the bystanders local news names by what they were there: "Neighbor Tom Alvarez said"
      "neighbor", "neighbour", "passenger", "shopper", "customer", "bystander", "commuter", "homeowner",
      "tenant", "visitor", "tourist", "motorist", "pedestrian", "onlooker", "spectator",
      "parishioner", "villager",
      // and roles news gives before a name: "pollster John Zogby said", "veteran Tom Berg"
      "pollster", "strategist", "consultant", "trader", "trainer", "pupil", "headteacher", "critic", "trooper",
      "firefighter", "paramedic", "soldier", "veteran",
      "president", "vice-president", "minister", "secretary", "sheriff", "captain", "capt.", "mayor", "governor",
      "gov.", "senator", "sen.", "representative", "rep.", "congressman", "congresswoman", "judge", "chief",
      "commissioner", "commander", "general", "gen.", "colonel", "col.", "lieutenant", "lt.", "sergeant", "sgt.",
      "inspector", "detective", "superintendent", "officer", "constable", "chancellor", "ambassador",
      "archbishop", "bishop", "cardinal", "pope", "rabbi", "imam", "pastor", "reverend", "rev.", "king", "queen",
      "prince", "princess", "emperor", "chairman", "chairwoman", "chairperson", "chair", "director", "ceo", "founder",
      "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide", "prosecutor", "attorney",
      "lawyer", "counsel", "professor", "coach", "manager", "editor", "correspondent", "reporter", "journalist",
      "analyst", "economist", "researcher", "scientist", "historian", "expert", "specialist", "official",
      "leader", "head", "premier", "supremo", "dispatcher", "trustee", "principal", "dean", "nurse", "surgeon", "mp", "mep",
      "lord", "lady", "witness", "eyewitness", "activist", "author", "executive", "diplomat", "deputy", "cfo",
      "coo", "cto", "boss",
      "pilot", "student", "teacher", "resident", "owner", "member", "chef", "writer", "artist", "singer",
      "councilor", "councillor", "councilman", "councilwoman", "alderman", "alderwoman", "assemblyman",
      "assemblywoman", "delegate", "administrator", "charge", "marshal", "investigator", "auditor",
      "comptroller", "treasurer", "clerk", "coordinator", "supervisor", "speaker",
      "brig.", "maj.", "adm.", "cmdr.", "cpl.", "pvt.", "spc.", "pfc.", "supt.", "det.", "insp.", "atty.", "hon.", "admiral", "brigadier", "major", "corporal", "commodore",
      // British ranks, written without points: "Det Insp Claire Moss", "Det Ch Supt", "PC Andrew Harper", "Cllr"
      "det", "insp", "supt", "ch", "sgt", "pc", "pcso", "dc", "ds", "di", "dci", "dcs", "cllr", "pte", "cpl", "lt",
      "col", "gen", "maj", "capt", "brig", "cdr",
      // occupations that news prose puts before a name: "UCL astronomer Angelos Tsiaras", "Actor Brendan Fraser"
      "astronomer", "astronaut", "physicist", "chemist", "biologist", "geologist", "oceanographer", "anthropologist",
      "archaeologist", "archæologist", "neuroscientist", "epidemiologist", "virologist", "ecologist", "engineer",
      "designer", "actor", "actress", "drummer", "musician", "songwriter", "singer-songwriter", "guitarist",
      "bassist", "rapper", "comedian", "filmmaker", "producer", "developer", "programmer", "player", "striker", "winger", "keeper", "fullback", "quarterback", "pitcher", "batsman", "bowler", "skipper", "runner", "cyclist", "boxer", "sprinter",
      "midfielder", "defender", "goalkeeper", "footballer", "cricketer", "athlete", "swimmer", "photographer",
      "novelist", "poet", "playwright", "lawmaker", "legislator", "politician", "candidate", "nominee",
      "protester", "campaigner", "physician", "psychiatrist", "psychologist", "veterinarian", "entrepreneur",
      "businessman", "businesswoman", "investor", "banker", "mathematician", "co-author", "co-founder",
      "cofounder", "presenter", "broadcaster", "commentator", "columnist", "inventor", "architect", "agent",
      "defendant", "plaintiff", "doctor", "farmer", "host", "model", "cosplayer", "youtuber", "blogger",
      "envoy", "justice", "barrister", "solicitor",
      "magistrate", "scholar", "co-developer", "rapporteur", "whip", "academic", "lecturer", "curator",
      "organiser", "organizer", "volunteer", "priest", "chaplain", "lead", "citizen", "survivor", "co-star", "costar", "team-mate",
      "teammate", "colleague", "bandmate", "classmate", "biographer",
      // sports positions and kinds of player: "Substitute Jamie Lowe scored", "Forward Sam Kerr"
      "substitute", "forward", "centre-back", "center-back", "full-back", "wing-back", "playmaker", "golfer", "jockey", "rookie", "debutant",
      // …in rugby, cricket, athletics, tennis and motor sport: "Bath prop David Barnes", "top seed Andy Roddick"
      "prop", "hooker", "flanker", "fly-half", "scrum-half", "spinner", "all-rounder", "wicketkeeper", "wicket-keeper",
      "hurdler", "medallist", "medalist", "gymnast", "skier", "rower", "decathlete", "heptathlete", "marathoner",
      "referee", "umpire", "linesman", "seed", "champion", "driver", "rider", "holder", "titleholder", "record-holder",
      "star", "legend",
      "voter", "employee", "patient", "intern", "trainee", "apprentice",
      // broadcast and campaign roles: "co-anchor Gayle King said", "co-chair Ann Ruiz"
      "anchor", "co-anchor", "anchorman", "anchorwoman", "moderator", "co-host", "co-chair", "co-chairman",
      "co-chairwoman", "surrogate", "donor", "operative", "pundit", "speechwriter",
      // campaign and office staff, and other occupations: "Clinton staffer Maya Harris replied", "presidential hopeful Ben Carson"
      "staffer", "hopeful", "contender", "supporter", "attendee", "lobbyist", "fundraiser", "publicist", "councilmember",
      "neurosurgeon", "screenwriter", "psychotherapist", "therapist", "preacher", "evangelist", "televangelist");

  /** Adjectives of peoples and countries, which open a description and are no name: "Swedish political party …". */
  static final Set<String> DEMONYMS = Set.of("swedish", "danish", "finnish", "norwegian", "icelandic", "british",
      "english", "irish", "scottish", "welsh", "french", "german", "dutch", "belgian", "swiss", "austrian", "italian",
      "spanish", "portuguese", "greek", "turkish", "russian", "ukrainian", "belarusian", "polish", "czech", "slovak",
      "hungarian", "romanian", "bulgarian", "serbian", "croatian", "bosnian", "albanian", "slovenian", "estonian",
      "latvian", "lithuanian", "georgian", "armenian", "israeli", "palestinian", "lebanese", "syrian", "iraqi",
      "iranian", "saudi", "yemeni", "qatari", "emirati", "kuwaiti", "jordanian", "egyptian", "libyan", "tunisian",
      "moroccan", "algerian", "nigerian", "kenyan", "ghanaian", "ethiopian", "somali", "sudanese", "ugandan",
      "zimbabwean", "rwandan", "congolese", "indian", "pakistani", "afghan", "bangladeshi", "nepalese",
      "chinese", "japanese", "korean", "vietnamese", "thai", "cambodian", "laotian", "burmese", "indonesian",
      "malaysian", "filipino", "singaporean", "taiwanese", "mongolian", "australian", "american", "canadian",
      "mexican", "brazilian", "argentine", "argentinian", "chilean", "colombian", "venezuelan", "peruvian",
      "cuban", "bolivian", "ecuadorian", "uruguayan", "paraguayan", "european", "african", "asian", "arab",
      "kurdish", "catalan", "basque", "tibetan", "uyghur", "kazakh", "uzbek", "azerbaijani");

  /** Words before a title that belong to it: "former Prime Minister", "acting chief". */
  static final Set<String> TITLE_MODIFIERS = Set.of(
      "former", "acting", "interim", "deputy", "current", "outgoing", "incoming", "late", "then", "assistant",
      "senior", "junior", "associate", "vice", "prime");

  /** A name part with one of these words names an organisation or a place, not a person. */
  static final Set<String> NOT_PERSON = Set.of(
      "university", "college", "school", "academy", "institute", "house", "inc", "inc.", "llc", "ltd", "ltd.",
      "co.", "corp", "corp.", "corporation", "company", "group", "holdings", "department", "ministry", "council",
      "committee", "commission", "agency", "office", "police", "guard", "command", "court", "party", "platform",
      "review", "news", "times", "post", "journal", "daily", "press", "media", "network", "bank", "foundation",
      "mail", "herald", "tribune", "gazette", "telegraph", "chronicle", "observer", "courier", "inquirer", "examiner",
      "association", "union", "organization", "organisation", "society", "church", "hospital", "museum",
      "airport", "island", "islands", "street", "road", "avenue", "square", "county", "city", "state", "states",
      "republic", "kingdom", "sea", "ocean", "river", "lake", "park", "day", "law", "act", "edition", "firewall",
      "orchestra", "charity", "initiative", "initiatives", "federation", "international", "global",
      "technology", "technologies", "services", "service", "center", "centre", "club", "team", "league", "army",
      "navy", "force", "forces", "administration", "government", "parliament", "congress", "senate", "assembly",
      "embassy", "station", "channel", "radio", "app", "store", "stores", "market", "exchange", "fund",
      "project", "program", "programme", "world", "war", "high", "district", "province", "region", "valley",
      "coast", "beach", "village", "town", "airlines", "airways", "motors", "systems", "labs", "studio",
      "studios", "records", "games", "olympics", "cup",
      // clubs, competitions and an institute's field: "Aston Villa", "Zurich Premiership", "Institute of Fiscal Studies"
      "villa", "united", "rovers", "albion", "wanderers", "athletic", "rangers", "hotspur", "premiership", "championship",
      "championships", "trophy", "tournament", "series", "derby", "studies", "affairs", "sciences",
      "festival", "awards", "prize", "hall", "tower",
      "building", "mall", "bridge", "gate", "port", "county's", "east", "west", "north", "south", "nations",
      "travel", "aquatics", "adventures", "communist", "democratic", "republican", "national", "federal",
      "royal", "christmas", "european", "american", "chinese", "british", "board", "trust", "authority", "bureau",
      "tribunal", "alliance", "coalition", "partnership", "campaign", "consortium");

  /**
   * Head words of a body's name, which speaks as the body without an article: "Kent Police said",
   * "Acme Corp. said", "Ministry of Defence said".
   */
  static final Set<String> ORG_HEADS = Set.of("police", "constabulary", "council", "service", "services", "company",
      "corporation", "corp", "corp.", "inc", "inc.", "co.", "ltd", "ltd.", "llc", "plc", "fc", "afc", "group", "holdings",
      "airlines", "airways", "motors", "club", "association", "federation", "confederation", "union", "league", "board",
      "authority", "commission", "committee", "ministry", "department", "agency", "office", "foundation", "trust",
      "society", "institute", "university", "college", "hospital", "court", "party", "bank", "organisation",
      "organization", "alliance", "coalition", "embassy", "bureau", "administration", "government", "parliament", "fund",
      "network", "centre", "center", "labs", "laboratory", "technologies", "systems", "studios", "records", "news",
      "partnership", "consortium", "charity", "chamber", "tribunal", "command", "assembly", "executive");

  /**
   * Many people by what they are, opening a sentence with a capital: "Critics called it “…”", "Experts say".
   * No name, and no speaker a quiz can name. None of them is a common surname (Jones, Roberts, Evans are not here).
   */
  static final Set<String> GROUPS_OF_PEOPLE = Set.of("critics", "experts", "analysts", "residents", "scientists",
      "researchers", "officials", "doctors", "economists", "lawyers", "activists", "witnesses", "protesters", "protestors",
      "demonstrators", "voters", "fans", "parents", "teachers", "students", "workers", "employees", "investigators",
      "prosecutors", "observers", "commentators", "historians", "campaigners", "locals", "neighbours", "neighbors",
      "villagers", "farmers", "engineers", "nurses", "supporters", "opponents", "lawmakers", "legislators", "senators",
      "diplomats", "insiders", "organisers", "organizers", "environmentalists", "citizens", "users", "customers",
      "passengers", "survivors", "victims", "relatives", "colleagues", "scholars", "academics", "ministers", "officers",
      "troops", "soldiers", "rebels", "militants", "leaders", "members", "owners", "managers", "executives", "shareholders",
      "investors", "traders", "bankers", "regulators", "jurors", "attorneys", "advocates", "skeptics", "sceptics",
      "believers", "readers", "viewers", "listeners", "spectators", "onlookers", "bystanders", "commuters", "motorists",
      "pedestrians", "visitors", "tourists", "pilgrims", "refugees", "migrants", "immigrants", "delegates", "negotiators",
      "mediators", "inspectors", "auditors", "physicians", "surgeons", "pharmacists", "psychologists", "psychiatrists",
      "epidemiologists", "astronomers", "biologists", "chemists", "physicists", "geologists", "archaeologists",
      "forecasters", "meteorologists", "pollsters", "strategists", "consultants", "contractors", "developers",
      "designers", "artists", "musicians", "actors", "writers", "authors", "journalists", "reporters", "editors",
      "photographers", "filmmakers", "producers", "players", "coaches", "athletes", "teammates", "paramedics",
      "firefighters", "firemen", "rescuers", "medics", "democrats", "republicans", "conservatives", "liberals",
      "socialists", "progressives", "moderates", "everyone", "everybody", "nobody", "somebody", "someone", "anyone",
      "americans", "britons", "europeans", "africans", "asians", "australians", "canadians", "israelis",
      "palestinians", "ukrainians", "russians", "chinese", "iranians", "iraqis", "afghans", "syrians", "mexicans");

  /** Words of NOT_PERSON that are surnames too, as the last word of a name: "Doris Day", "Durham Hall". */
  static final Set<String> SURNAMES_TOO = Set.of("day", "hall", "park", "lake", "church", "bridge", "post", "west");

  /** Family words that the article's narrator uses for a person: "my dad". */
  static final Set<String> KIN = Set.of(
      "dad", "father", "mom", "mum", "mother", "sister", "brother", "grandma", "grandmother", "grandpa",
      "grandfather", "husband", "wife", "son", "daughter", "aunt", "uncle", "cousin", "parents", "friend",
      "boss", "colleague", "partner");

  static final Set<String> MALE_KIN = Set.of("dad", "father", "brother", "grandpa", "grandfather", "husband", "son",
      "uncle");
  static final Set<String> FEMALE_KIN = Set.of("mom", "mum", "mother", "sister", "grandma", "grandmother", "wife",
      "daughter", "aunt");

  /** Small words that end a run of role or name words. */
  static final Set<String> FUNCTION = Set.of(
      "the", "a", "an", "of", "and", "or", "by", "to", "in", "on", "at", "for", "with", "from", "as", "that",
      "which", "who", "whom", "whose", "this", "these", "those", "is", "was", "are", "were", "has", "had", "have",
      "be", "been", "it", "its", "he", "she", "they", "his", "her", "their", "but", "about", "after", "before",
      "when", "while", "where", "than", "not", "no", "will", "would", "can", "could", "told", "said", "says",
      "if", "into", "over", "under", "between", "since", "during", "via", "per", "up", "out", "down", "off",
      "all", "some", "any", "each", "both", "what", "how", "why", "so", "then");

  static final Set<String> NAME_PARTICLES = Set.of(
      "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "bin", "al", "ibn", "dos", "das", "del", "ten", "ter");

  /** Past tenses that do not end in -ed: "a woman from the bakery stood up". */
  static final Set<String> IRREGULAR_PAST = Set.of(
      "stood", "sat", "went", "came", "took", "got", "made", "gave", "ran", "left", "felt", "knew", "saw", "held",
      "kept", "began", "brought", "thought", "found", "put", "set", "spoke", "rose", "fell", "won", "lost", "met",
      "paid", "sent", "spent", "built", "led", "heard", "meant", "became", "broke", "chose", "drove", "ate",
      "fought", "hid", "hung", "lay", "rode", "rang", "sang", "shook", "shot", "slept", "stole", "struck", "swam",
      "threw", "understood", "woke", "wore", "sold", "bought", "caught", "taught", "grew", "drew", "flew", "beat", "hit",
      // participles, which take an object after "has": "Melzer has now beaten Agassi"
      "beaten", "taken", "given", "chosen", "driven", "written", "shown", "thrown", "drawn", "spoken", "stolen",
      "forgotten", "forgiven", "ridden", "overtaken", "begun");

  /** A lowercase word that after a comma begins a new clause rather than continuing a description. */
  static boolean verbLike(Tok t) {
    String w = t.lower();
    if (t.capitalised() || t.possessive()) {
      return false;
    }
    if (isSpeechVerb(w) || ADVERBS.contains(w) || IRREGULAR_PAST.contains(w) || AUXILIARIES.contains(w) && !w.equals("who")
        && !w.equals("which") && !w.equals("that")) {
      return true;
    }
    return w.length() >= 4 && !FUNCTION.contains(w) && (w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss")
        && !w.endsWith("us") && !w.endsWith("is"));
  }
}
