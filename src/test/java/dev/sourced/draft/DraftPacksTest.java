package dev.sourced.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sourced.pack.Loaded;
import dev.sourced.pack.Pack;
import dev.sourced.pack.PackLoader;
import dev.sourced.pack.PackWriter;
import dev.sourced.pack.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class DraftPacksTest {
  private static final DraftPacks.Details DETAILS = new DraftPacks.Details("harbour-report", "The harbour report",
      "The Quay Gazette", "R. Writer", "2021-03-04", SourceKind.NEWS, "harbour.txt");

  private static Loaded reload(Pack pack) {
    return PackLoader.load("draft.json", "draft", PackWriter.toJson(pack));
  }

  @Test
  void aDraftBecomesAPackThatLoadsWithoutProblems() {
    Draft d = Drafter.draft("\"We counted forty boats this morning,\" said Kai Moreno, a harbour official.\n\n"
        + "\"Ten more came in after lunch,\" Moreno added.\n\n"
        + "\"It was the busiest day of the year,\" said Ana Ruiz.\n");
    Pack pack = DraftPacks.build(d, DETAILS);
    Loaded again = reload(pack);
    assertThat(again.problems()).allMatch(DraftPacksTest::onlyNoDiscussion);
    assertThat(again.pack()).isEqualTo(pack);
    assertThat(pack.id()).isEqualTo("harbour-report");
    assertThat(pack.sources()).singleElement().satisfies(s -> {
      assertThat(s.id()).isEqualTo("the-quay-gazette");
      assertThat(s.title()).isEqualTo("The harbour report");
      assertThat(s.author()).isEqualTo("R. Writer");
      assertThat(s.date()).isEqualTo("2021-03-04");
    });
    assertThat(pack.speakers()).extracting(sp -> sp.id() + " " + sp.name() + " / " + sp.role()).containsExactly(
        "kai-moreno Kai Moreno / a harbour official",
        "ana-ruiz Ana Ruiz / " + DraftPacks.NO_ROLE);
    assertThat(pack.quotes()).extracting(q -> q.id() + " " + q.speaker()).containsExactly(
        "quote-kai-moreno-1 kai-moreno", "quote-kai-moreno-2 kai-moreno", "quote-ana-ruiz-1 ana-ruiz");
    assertThat(pack.quotes().get(1).passage()).isEqualTo("\"Ten more came in after lunch,\" Moreno added.");
  }

  @Test
  void speakersWhoseNamesMakeTheSameIdAreKeptApart() {
    Draft d = new Draft(List.of(
        new Draft.Found("First words here.", "Zoë Lund", null, "\"First words here.\"", 1),
        new Draft.Found("Second words here.", "Zoe Lund", null, "\"Second words here.\"", 3)), List.of());
    Pack pack = DraftPacks.build(d, DETAILS);
    assertThat(pack.speakers()).extracting(sp -> sp.id()).containsExactly("zoe-lund", "zoe-lund-2");
    assertThat(reload(pack).problems()).allMatch(DraftPacksTest::onlyNoDiscussion);
  }

  @Test
  void charactersAPackMayNotHoldAreLeftOutOfTextAndPassageAlike() {
    Draft d = new Draft(List.of(new Draft.Found("We won \uD83D\uDE00 at last.", "Ana Ruiz", "a\tcoach",
        "She said \"We won \uD83D\uDE00 at last.\"", 1)), List.of());
    Pack pack = DraftPacks.build(d, DETAILS);
    assertThat(pack.quotes().get(0).text()).isEqualTo("We won  at last.");
    assertThat(pack.speakers().get(0).role()).isEqualTo("a coach");
    assertThat(reload(pack).problems()).allMatch(DraftPacksTest::onlyNoDiscussion);
  }

  @Test
  void slugsAreAsciiAndShort() {
    assertThat(DraftPacks.slug("Łukasz Szumowski", "x", 40)).isEqualTo("lukasz-szumowski");
    assertThat(DraftPacks.slug("The human cost of a WeChat ban: severing a hundred million ties", "x", 48))
        .isEqualTo("the-human-cost-of-a-wechat-ban-severing-a");
    assertThat(DraftPacks.slug("\u4E2D\u6587", "draft", 48)).isEqualTo("draft");
  }

  @Test
  void theBreakingPassLongQuoteMakesAPackThatLoads() {
    // breaking-pass F16 (long-quote.txt), with a second quote so that there is a pack to build.
    Draft d = Drafter.draft("A title\n\nJohn Smith, a teacher, said: \"" + "word ".repeat(20_001) + "end.\" "
        + "\"Then the bell rang for lunch.\"\n\n\"We all went home at four,\" he said.\n");
    Pack pack = DraftPacks.build(d, DETAILS);
    assertThat(d.tooLong()).hasSize(1);
    assertThat(reload(pack).problems()).allMatch(DraftPacksTest::onlyNoDiscussion);
    assertThat(pack.quotes()).extracting(q -> q.text()).containsExactly("Then the bell rang for lunch.", "We all went home at four");
    assertThat(pack.quotes()).allMatch(q -> q.passage().length() <= DraftPacks.MAX_PASSAGE);
  }

  @Test
  void anEmptyDraftMakesNoPack() {
    assertThatThrownBy(() -> DraftPacks.build(new Draft(List.of(), List.of()), DETAILS))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** A draft leaves the discussion prompts to the teacher; that warning is the only one allowed. */
  static boolean onlyNoDiscussion(dev.sourced.pack.Problem p) {
    return !p.isError() && p.message().startsWith("no \"discussion\" prompt");
  }
}
