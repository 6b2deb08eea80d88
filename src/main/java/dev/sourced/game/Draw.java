package dev.sourced.game;

import dev.sourced.pack.Difficulty;
import dev.sourced.pack.Pack;
import dev.sourced.pack.Question;
import dev.sourced.pack.Quote;
import dev.sourced.pack.Source;
import dev.sourced.pack.Speaker;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Draws a round's items from packs: filtered, without repeats, in an order and with choice
 * orders that follow from the seed alone.
 */
public final class Draw {
  public static final int CANDIDATES = 4;

  private Draw() {}

  /** A drawn round, or why none can be drawn. */
  public sealed interface Outcome permits Drawn, Unavailable {}

  /** note is null, or says that fewer items matched than were asked for. */
  public record Drawn(List<Challenge> challenges, String note) implements Outcome {
    public Drawn {
      challenges = List.copyOf(challenges);
    }
  }

  /** A saved challenge names something its pack no longer has. */
  public static final class Gone extends Exception {
    public Gone(String message) {
      super(message);
    }
  }

  public record Unavailable(String reason) implements Outcome {}

  public static Outcome round(List<Pack> all, RoundSettings settings) {
    List<Pack> packs = all;
    if (!settings.packs().isEmpty()) {
      packs = all.stream().filter(p -> settings.packs().contains(p.id())).toList();
    }
    if (packs.isEmpty()) {
      return new Unavailable("No packs are loaded. Run `sourced packs` to see why.");
    }
    // By id, so that a seed draws the same round from the same packs whatever else is installed.
    packs = packs.stream().sorted(java.util.Comparator.comparing(Pack::id)).toList();
    Random random = new Random(settings.seed());
    List<Item> pool = new ArrayList<>();
    Mode mode = settings.mode();
    boolean wantQuestions = mode == Mode.QUIZ || mode == Mode.MIXED;
    boolean wantQuotes = mode == Mode.WHO_SAID_IT || mode == Mode.MIXED;
    boolean wantTexts = mode == Mode.WHICH_TEXT || mode == Mode.MIXED;
    boolean anySpeakers = false;
    boolean anyAttributable = false;
    boolean anyTexts = false;
    for (Pack pack : packs) {
      if (wantQuestions) {
        for (Question q : pack.questions()) {
          if (matches(settings, q.source(), q.tags(), q.difficulty())) {
            pool.add(new Item(key(pack, q.passage()), () -> ask(pack, q, random)));
          }
        }
      }
      if (wantQuotes && pack.speakers().size() >= 2) {
        anySpeakers = true;
        Set<String> shared = sourcesWithSeveralSpeakers(pack);
        for (Quote q : pack.quotes()) {
          if (shared.contains(q.source())) {
            anyAttributable = true;
            if (matches(settings, q.source(), q.tags(), q.difficulty() == null ? Difficulty.MEDIUM : q.difficulty())) {
              pool.add(new Item(key(pack, q.passage()), () -> whoSaidIt(pack, q, random)));
            }
          }
        }
      }
      if (wantTexts && pack.sources().size() >= 2) {
        anyTexts = true;
        for (Passage p : passages(pack)) {
          if (matches(settings, p.source(), p.tags(), p.difficulty())) {
            pool.add(new Item(key(pack, p.text()), () -> whichText(pack, p, random)));
          }
        }
      }
    }
    if (mode == Mode.WHO_SAID_IT && !anySpeakers) {
      return new Unavailable("Who said it? needs a pack with at least two speakers, and "
          + names(packs) + (packs.size() == 1 ? " has" : " have") + " fewer.");
    }
    if (mode == Mode.WHO_SAID_IT && !anyAttributable) {
      return new Unavailable("Who said it? needs two or more speakers quoted in the same text, so that the choices"
          + " cannot be told apart by where they were published; in " + names(packs)
          + " each text quotes one speaker. Try the mode which-text.");
    }
    if (mode == Mode.WHICH_TEXT && !anyTexts) {
      return new Unavailable("Which text said it? needs a pack with at least two sources, and "
          + names(packs) + (packs.size() == 1 ? " has" : " have") + " one.");
    }
    if (pool.isEmpty()) {
      return new Unavailable("Nothing in " + names(packs) + " matches " + describe(settings) + ".");
    }
    Collections.shuffle(pool, random);
    int n = Math.min(settings.count(), pool.size());
    // One item a passage while the pool allows: an earlier item's passage would give a later one away.
    List<Item> chosen = new ArrayList<>();
    List<Item> later = new ArrayList<>();
    Set<String> passages = new HashSet<>();
    for (Item item : pool) {
      if (chosen.size() < n && passages.add(item.passage())) {
        chosen.add(item);
      } else {
        later.add(item);
      }
    }
    for (int i = 0; chosen.size() < n; i++) {
      chosen.add(later.get(i));
    }
    List<Challenge> challenges = new ArrayList<>();
    for (Item item : chosen) {
      challenges.add(item.make().get());
    }
    String note = n < settings.count()
        ? "Only " + n + " item" + (n == 1 ? "" : "s") + " match" + (n == 1 ? "es" : "") + "; the round has " + n + "."
        : null;
    return new Drawn(challenges, note);
  }

  /**
   * The sources that quote two or more speakers. A quote from a text with one speaker is left out
   * of "who said it": with its outlet hidden, its speaker would still be the only one of that text
   * among the choices, and a reader who knows the texts would answer by the source alone.
   */
  static Set<String> sourcesWithSeveralSpeakers(Pack pack) {
    java.util.Map<String, Set<String>> speakers = new java.util.HashMap<>();
    for (Quote q : pack.quotes()) {
      speakers.computeIfAbsent(q.source(), k -> new HashSet<>()).add(q.speaker());
    }
    Set<String> out = new HashSet<>();
    speakers.forEach((source, who) -> {
      if (who.size() >= 2) {
        out.add(source);
      }
    });
    return out;
  }

  /** An item of the pool: the passage it shows, and how to make it once drawn. */
  private record Item(String passage, Supplier<Challenge> make) {}

  private static String key(Pack pack, String passage) {
    return pack.id() + "\u0000" + passage.strip().replaceAll("\\s+", " ");
  }

  /** A passage of a pack, once however many items quote it, with the item it came from first. */
  record Passage(String item, String text, String source, List<String> tags, Difficulty difficulty) {}

  static List<Passage> passages(Pack pack) {
    List<Passage> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Question q : pack.questions()) {
      if (seen.add(key(pack, q.passage()))) {
        out.add(new Passage(q.id(), q.passage(), q.source(), q.tags(), q.difficulty()));
      }
    }
    for (Quote q : pack.quotes()) {
      if (seen.add(key(pack, q.passage()))) {
        out.add(new Passage(q.id(), q.passage(), q.source(), q.tags(),
            q.difficulty() == null ? Difficulty.MEDIUM : q.difficulty()));
      }
    }
    return out;
  }

  /** The text the passage is from, and up to three of the pack's others, in random order. */
  private static Challenge whichText(Pack pack, Passage p, Random random) {
    Source real = source(pack, p.source());
    List<Source> others = new ArrayList<>(pack.sources().stream().filter(x -> !x.id().equals(real.id())).toList());
    Collections.shuffle(others, random);
    List<Source> candidates = new ArrayList<>();
    candidates.add(real);
    candidates.addAll(others.subList(0, Math.min(CANDIDATES - 1, others.size())));
    Collections.shuffle(candidates, random);
    return new Challenge.WhichText(pack, p.item(), p.text(), candidates, candidates.indexOf(real));
  }

  private static boolean matches(RoundSettings s, String source, List<String> tags,
      Difficulty difficulty) {
    return (s.source() == null || s.source().equals(source))
        && (s.tag() == null || tags.contains(s.tag()) || s.tag().equals(source))
        && (s.difficulty() == null || s.difficulty() == difficulty);
  }

  /**
   * The challenge a results file saved: its pack, kind, item id and the keys of its choices in the
   * order they were played (Challenge.choiceKeys). The one other place, beside the draw, that
   * builds challenges.
   */
  public static Challenge rebuild(Pack pack, Challenge.Kind kind, String item, List<String> keys) throws Gone {
    return switch (kind) {
      case QUESTION -> {
        Question q = pack.questions().stream().filter(x -> x.id().equals(item)).findFirst()
            .orElseThrow(() -> new Gone("names the question \"" + item + "\", which " + pack.id() + " no longer has"));
        if (!new HashSet<>(keys).equals(new HashSet<>(q.choices())) || keys.size() != q.choices().size()) {
          throw new Gone("question \"" + item + "\" has other choices in " + pack.id() + " now");
        }
        yield ask(pack, q, keys);
      }
      case WHO_SAID_IT -> {
        Quote quote = pack.quotes().stream().filter(x -> x.id().equals(item)).findFirst()
            .orElseThrow(() -> new Gone("names the quote \"" + item + "\", which " + pack.id() + " no longer has"));
        List<Speaker> candidates = new ArrayList<>();
        for (String id : keys) {
          candidates.add(pack.speaker(id).orElseThrow(
              () -> new Gone("names the speaker \"" + id + "\", which " + pack.id() + " no longer has")));
        }
        if (!keys.contains(quote.speaker())) {
          throw new Gone("quote \"" + item + "\" no longer has its speaker among the saved choices");
        }
        yield whoSaidIt(pack, quote, candidates);
      }
      case WHICH_TEXT -> {
        Passage p = passages(pack).stream().filter(x -> x.item().equals(item)).findFirst()
            .orElseThrow(() -> new Gone("names the passage of \"" + item + "\", which " + pack.id() + " no longer has"));
        List<Source> candidates = new ArrayList<>();
        for (String id : keys) {
          candidates.add(pack.source(id).orElseThrow(
              () -> new Gone("names the source \"" + id + "\", which " + pack.id() + " no longer has")));
        }
        if (!keys.contains(p.source())) {
          throw new Gone("the passage of \"" + item + "\" no longer has its source among the saved choices");
        }
        yield new Challenge.WhichText(pack, item, p.text(), candidates, keys.indexOf(p.source()));
      }
    };
  }

  private static Challenge ask(Pack pack, Question q, Random random) {
    List<String> choices = new ArrayList<>(q.choices());
    if (q.type() == Question.Type.CHOICE) {
      Collections.shuffle(choices, random); // True/False keeps its order
    }
    return ask(pack, q, choices);
  }

  private static Challenge ask(Pack pack, Question q, List<String> choices) {
    return new Challenge.Ask(q, pack, source(pack, q.source()), choices, choices.indexOf(q.answer()));
  }

  private static Challenge whoSaidIt(Pack pack, Quote quote, List<Speaker> candidates) {
    Speaker real = pack.speaker(quote.speaker()).orElseThrow();
    return new Challenge.WhoSaidIt(quote, pack, source(pack, quote.source()), candidates, candidates.indexOf(real));
  }

  /**
   * The speaker and up to three others from the same pack: first those quoted in the same source,
   * then the rest, each group in random order.
   */
  static Challenge whoSaidIt(Pack pack, Quote quote, Random random) {
    Speaker real = pack.speaker(quote.speaker()).orElseThrow();
    Set<String> sameSource = new LinkedHashSet<>();
    for (Quote q : pack.quotes()) {
      if (q.source().equals(quote.source())) {
        sameSource.add(q.speaker());
      }
    }
    List<Speaker> near = new ArrayList<>();
    List<Speaker> far = new ArrayList<>();
    for (Speaker s : pack.speakers()) {
      if (!s.id().equals(real.id())) {
        (sameSource.contains(s.id()) ? near : far).add(s);
      }
    }
    Collections.shuffle(near, random);
    Collections.shuffle(far, random);
    List<Speaker> candidates = new ArrayList<>();
    candidates.add(real);
    Set<String> names = new HashSet<>(Set.of(real.name()));
    for (Speaker s : concat(near, far)) {
      if (candidates.size() == CANDIDATES) {
        break;
      }
      if (names.add(s.name())) {
        candidates.add(s);
      }
    }
    Collections.shuffle(candidates, random);
    return whoSaidIt(pack, quote, candidates);
  }

  private static List<Speaker> concat(List<Speaker> a, List<Speaker> b) {
    List<Speaker> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static Source source(Pack pack, String id) {
    return pack.source(id).orElseThrow();
  }

  private static String names(List<Pack> packs) {
    return packs.stream().map(p -> "\"" + p.title() + "\"").reduce((a, b) -> a + ", " + b).orElse("");
  }

  private static String describe(RoundSettings s) {
    List<String> parts = new ArrayList<>();
    parts.add("the mode " + s.mode().id());
    if (s.source() != null) {
      parts.add("source " + s.source());
    }
    if (s.tag() != null) {
      parts.add("tag " + s.tag());
    }
    if (s.difficulty() != null) {
      parts.add("difficulty " + s.difficulty().label());
    }
    return String.join(", ", parts);
  }
}
