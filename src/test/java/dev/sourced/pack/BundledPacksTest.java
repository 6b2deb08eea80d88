package dev.sourced.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
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
    assertThat(p.questions()).hasSizeGreaterThanOrEqualTo(60);
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

  @Test
  void bundledPacksAreReadFromTheClassPathToo() {
    List<Loaded> fromJar = PackLoader.loadBundled();
    assertThat(fromJar).extracting(Loaded::origin).containsOnly("bundled");
    assertThat(fromJar.stream().map(Loaded::pack).map(Pack::id)).contains("wechat-ban-2020");
    assertThat(fromJar.stream().collect(Collectors.toMap(Loaded::file, Function.identity()))).isNotEmpty();
  }
}
