package dev.sourced.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The packs shipped in questions/ load cleanly and hold what the bank promises (issue 3). */
class BundledPacksTest {
  static final Path QUESTIONS = Path.of("questions");

  private static List<Loaded> bundled() throws IOException {
    try (Stream<Path> s = Files.list(QUESTIONS)) {
      List<Path> files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      assertThat(files).isNotEmpty();
      return files.stream().map(p -> PackLoader.loadFile(p, "bundled")).toList();
    }
  }

  @Test
  void everyBundledPackLoadsWithoutErrorsOrWarnings() throws IOException {
    for (Loaded l : bundled()) {
      assertThat(l.problems()).as(l.file()).isEmpty();
      assertThat(l.ok()).isTrue();
    }
  }

  @Test
  void everySourceAndSpeakerIsUsed() throws IOException {
    for (Loaded l : bundled()) {
      Pack p = l.pack();
      Set<String> usedSources = new HashSet<>();
      p.quotes().forEach(q -> usedSources.add(q.source()));
      p.questions().forEach(q -> usedSources.add(q.source()));
      assertThat(usedSources).containsExactlyInAnyOrderElementsOf(p.sources().stream().map(Source::id).toList());
      Set<String> usedSpeakers = p.quotes().stream().map(Quote::speaker).collect(Collectors.toSet());
      assertThat(usedSpeakers).containsExactlyInAnyOrderElementsOf(p.speakers().stream().map(Speaker::id).toList());
    }
  }

  @Test
  void quotesStandInsideTheirPassagesAndAnswersAmongChoices() throws IOException {
    for (Loaded l : bundled()) {
      for (Quote q : l.pack().quotes()) {
        assertThat(Texts.findLoose(q.passage(), q.text(), false)).as(q.id()).isNotNull();
      }
      for (Question q : l.pack().questions()) {
        assertThat(q.choices()).as(q.id()).contains(q.answer()).doesNotHaveDuplicates();
      }
    }
  }

  @Test
  void idsAreUniqueAcrossQuotesAndQuestions() throws IOException {
    for (Loaded l : bundled()) {
      List<String> ids = Stream.concat(l.pack().quotes().stream().map(Quote::id),
          l.pack().questions().stream().map(Question::id)).toList();
      assertThat(ids).doesNotHaveDuplicates();
    }
  }

  @Test
  void wechatBankHasTheCountsTheIssueAsksFor() throws IOException {
    Pack p = bundled().stream().map(Loaded::pack).filter(x -> x.id().equals("wechat-ban-2020")).findFirst()
        .orElseThrow();
    assertThat(p.sources()).extracting(Source::id).containsExactly("techreview", "chinadaily", "thehill");
    assertThat(p.questions()).hasSizeGreaterThanOrEqualTo(66);
    Map<String, Long> perSource = p.questions().stream()
        .collect(Collectors.groupingBy(Question::source, Collectors.counting()));
    assertThat(perSource.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(12));
    assertThat(p.quotes()).hasSizeGreaterThanOrEqualTo(30);
    Map<Difficulty, Long> perDifficulty = p.questions().stream()
        .collect(Collectors.groupingBy(Question::difficulty, Collectors.counting()));
    // Roughly a third each: no level under a quarter of the questions.
    assertThat(perDifficulty.values()).hasSize(3)
        .allSatisfy(n -> assertThat(n * 4).isGreaterThanOrEqualTo(p.questions().size()));
    Map<Question.Type, Long> perType = p.questions().stream()
        .collect(Collectors.groupingBy(Question::type, Collectors.counting()));
    assertThat(perType).containsKeys(Question.Type.CHOICE, Question.Type.TRUE_FALSE);
    // The op-ed quotes nobody; its own lines are attributed to its authors.
    assertThat(p.quotes().stream().filter(q -> q.source().equals("thehill")).map(Quote::speaker).distinct().toList())
        .containsExactly("thayer-han");
    assertThat(p.source("thehill").orElseThrow().date()).isNull();
    assertThat(p.source("techreview").orElseThrow().author()).isNull();
  }

  @Test
  void everyQuestionCarriesItsTeachingFields() throws IOException {
    for (Loaded l : bundled()) {
      for (Question q : l.pack().questions()) {
        assertThat(q.tags()).as(q.id()).contains(q.source());
        assertThat(q.explanation()).as(q.id()).isNotEqualToIgnoringCase(q.answer());
        assertThat(q.discussion()).as(q.id()).endsWith("?");
      }
      Map<String, Long> byPrompt = l.pack().questions().stream()
          .collect(Collectors.groupingBy(Question::prompt, Collectors.counting()));
      assertThat(byPrompt.values()).as("no question asked twice").allMatch(n -> n == 1);
    }
  }

  /**
   * Choices that may stand out by length, each with the reason it stays. Every entry must still be
   * needed, so the list cannot outlive the question it excuses.
   */
  static final Map<String, String> LONG_CHOICE_EXCEPTIONS = Map.of();

  /** Choices that may repeat a word of their prompt, each with the reason it stays; kept current as above. */
  static final Map<String, String> ECHO_EXCEPTIONS = Map.of();

  @Test
  void noChoiceStandsOutByLength() throws IOException {
    List<String> found = new ArrayList<>();
    Set<String> excused = new HashSet<>();
    for (Loaded l : bundled()) {
      for (Question q : choiceQuestions(l.pack())) {
        List<String> longOnes = ChoiceChecks.tooLong(q.choices());
        if (LONG_CHOICE_EXCEPTIONS.containsKey(q.id())) {
          excused.add(q.id());
          assertThat(longOnes).as("%s is excused for a long choice but has none", q.id()).isNotEmpty();
        } else {
          longOnes.forEach(c -> found.add(q.id() + ": " + c));
        }
      }
    }
    assertThat(found).as("choices more than %s times as long as the longest other", ChoiceChecks.MAX_LENGTH_RATIO)
        .isEmpty();
    assertThat(excused).containsExactlyInAnyOrderElementsOf(LONG_CHOICE_EXCEPTIONS.keySet());
  }

  @Test
  void pickingTheLongestOrShortestChoiceWinsNoMoreThanAThird() throws IOException {
    // Under the 1.6 limit an answer can still be the longest choice every time; a student who notices wins.
    for (Loaded l : bundled()) {
      List<Question> qs = choiceQuestions(l.pack());
      long longest = qs.stream().filter(q -> q.choices().stream().filter(c -> !c.equals(q.answer()))
          .allMatch(c -> c.length() < q.answer().length())).count();
      long shortest = qs.stream().filter(q -> q.choices().stream().filter(c -> !c.equals(q.answer()))
          .allMatch(c -> c.length() > q.answer().length())).count();
      assertThat(longest * 3).as("%s: the answer is the longest choice in %d of %d", l.file(), longest, qs.size())
          .isLessThanOrEqualTo(qs.size());
      assertThat(shortest * 3).as("%s: the answer is the shortest choice in %d of %d", l.file(), shortest, qs.size())
          .isLessThanOrEqualTo(qs.size());
    }
  }

  @Test
  void noChoiceRepeatsAWordOfItsPromptThatTheOthersLack() throws IOException {
    List<String> found = new ArrayList<>();
    Set<String> excused = new HashSet<>();
    for (Loaded l : bundled()) {
      List<String> names = textNames(l.pack());
      for (Question q : choiceQuestions(l.pack())) {
        List<String> echoes = ChoiceChecks.echoes(q.prompt(), q.choices(), names);
        if (ECHO_EXCEPTIONS.containsKey(q.id())) {
          excused.add(q.id());
          assertThat(echoes).as("%s is excused for an echo but has none", q.id()).isNotEmpty();
        } else {
          echoes.forEach(e -> found.add(q.id() + ": " + e));
        }
      }
    }
    assertThat(found).isEmpty();
    assertThat(excused).containsExactlyInAnyOrderElementsOf(ECHO_EXCEPTIONS.keySet());
  }

  @Test
  void noTwoQuestionsShareTheirChoicesAndAnswer() throws IOException {
    for (Loaded l : bundled()) {
      // True/false questions all have the choices True and False, so only choice questions count.
      Map<List<Object>, List<String>> byChoicesAndAnswer = choiceQuestions(l.pack()).stream()
          .collect(Collectors.groupingBy(q -> List.<Object>of(Set.copyOf(q.choices()), q.answer()), LinkedHashMap::new,
              Collectors.mapping(Question::id, Collectors.toList())));
      assertThat(byChoicesAndAnswer.values()).as(l.file()).allSatisfy(ids -> assertThat(ids).hasSize(1));
    }
  }

  @Test
  void everySpeakerIsDescribedAndNamedSoTheNameStandsAlone() throws IOException {
    for (Loaded l : bundled()) {
      for (Speaker s : l.pack().speakers()) {
        // "Said by: name, role" after every quote: a role of a few words says too little.
        assertThat(s.role().trim().split("\\s+")).as("role of %s: %s", s.id(), s.role()).hasSizeGreaterThan(3);
        // A name is shown alone among candidates, where "His sister" refers to no one.
        assertThat(s.name()).as("name of %s", s.id()).doesNotStartWith("His ").doesNotStartWith("Her ")
            .doesNotStartWith("Their ").doesNotStartWith("Its ");
      }
    }
  }

  @Test
  void noPassageIsThePublishersBanner() throws IOException {
    // The Hill prints this over every contributor's piece; it is page furniture, not the column (review row 14).
    String banner = "The views expressed by contributors are their own";
    for (Loaded l : bundled()) {
      Stream.concat(l.pack().questions().stream().map(Question::passage),
          l.pack().quotes().stream().map(Quote::passage))
          .forEach(passage -> assertThat(passage).doesNotContain(banner));
    }
  }

  private static List<Question> choiceQuestions(Pack p) {
    return p.questions().stream().filter(q -> q.type() == Question.Type.CHOICE).toList();
  }

  /**
   * How prompts name the pack's texts: each outlet, and for outlets of three words or more their
   * first two ("China Daily" for "China Daily Global").
   */
  private static List<String> textNames(Pack p) {
    List<String> names = new ArrayList<>();
    for (Source s : p.sources()) {
      names.add(s.outlet());
      String[] w = s.outlet().split(" ");
      if (w.length >= 3) {
        names.add(w[0] + " " + w[1]);
      }
    }
    return names;
  }

  @Test
  void bundledPacksAreReadFromTheClassPathToo() {
    List<Loaded> fromJar = PackLoader.loadBundled();
    assertThat(fromJar).extracting(Loaded::origin).containsOnly("bundled");
    assertThat(fromJar.stream().map(Loaded::pack).map(Pack::id)).contains("wechat-ban-2020");
    assertThat(fromJar.stream().collect(Collectors.toMap(Loaded::file, Function.identity()))).isNotEmpty();
  }

  /**
   * No who-said-it choice set can be solved by knowing which text each speaker is in: the real
   * speaker always shares its text with another candidate, over many seeds of every quote.
   */
  @Test
  void candidateSpeakersCannotBeToldApartBySourceAlone() throws IOException {
    for (Loaded l : bundled()) {
      Pack p = l.pack();
      Map<String, Set<String>> sourcesOf = new java.util.HashMap<>();
      p.quotes().forEach(q -> sourcesOf.computeIfAbsent(q.speaker(), k -> new HashSet<>()).add(q.source()));
      Set<String> asked = new HashSet<>();
      for (long seed = 0; seed < 40; seed++) {
        dev.sourced.game.RoundSettings r = new dev.sourced.game.RoundSettings(dev.sourced.game.Mode.WHO_SAID_IT, 200,
            0, List.of(p.id()), null, null, null, seed);
        if (!(dev.sourced.game.Draw.round(List.of(p), r) instanceof dev.sourced.game.Draw.Drawn d)) {
          continue;
        }
        for (dev.sourced.game.Challenge c : d.challenges()) {
          dev.sourced.game.Challenge.WhoSaidIt w = (dev.sourced.game.Challenge.WhoSaidIt) c;
          asked.add(w.quote().id());
          String source = w.quote().source();
          long sharing = w.candidates().stream()
              .filter(sp -> !sp.id().equals(w.speaker().id()))
              .filter(sp -> sourcesOf.getOrDefault(sp.id(), Set.of()).contains(source)).count();
          assertThat(sharing).as(p.id() + "/" + w.quote().id() + ": another candidate quoted in " + source)
              .isPositive();
        }
      }
      // Quotes of a text with one speaker (the op-ed's) are left to "Which text said it?".
      for (Quote q : p.quotes()) {
        long speakersInText = p.quotes().stream().filter(x -> x.source().equals(q.source())).map(Quote::speaker)
            .distinct().count();
        assertThat(asked.contains(q.id())).as(q.id()).isEqualTo(speakersInText >= 2);
      }
    }
  }
}
