package dev.sourced.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sourced.pack.Difficulty;
import dev.sourced.pack.Pack;
import dev.sourced.pack.Speaker;
import dev.sourced.testing.TestPacks;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DrawTest {
  private static RoundSettings settings(Mode mode, int count, long seed) {
    return new RoundSettings(mode, count, 0, List.of(), null, null, null, seed);
  }

  private static Round draw(List<Pack> packs, RoundSettings s) {
    Draw.Outcome o = Draw.round(packs, s);
    assertThat(o).isInstanceOf(Draw.Drawn.class);
    return Round.start(((Draw.Drawn) o).challenges(), s);
  }

  private static Pack quotesPack() {
    return TestPacks.minimal().withSource("op")
        .withSpeaker("a").withSpeaker("b").withSpeaker("c").withSpeaker("d").withSpeaker("e").withSpeaker("f")
        .withQuote("qa", "a", "news").withQuote("qb", "b", "news").withQuote("qc", "c", "news")
        .withQuote("qd", "d", "op").withQuote("qe", "e", "op").withQuote("qf", "f", "op")
        .build();
  }

  @Test
  void sameSeedDrawsTheSameRound() {
    Pack p = TestPacks.minimal().withQuestions(30).build();
    Round a = draw(List.of(p), settings(Mode.QUIZ, 10, 7));
    Round b = draw(List.of(p), settings(Mode.QUIZ, 10, 7));
    assertThat(a.challenges()).extracting(Challenge::id).isEqualTo(b.challenges().stream().map(Challenge::id).toList());
    assertThat(a.challenges()).extracting(Challenge::choices)
        .isEqualTo(b.challenges().stream().map(Challenge::choices).toList());
  }

  @Test
  void otherSeedsShuffleOrderAndChoices() {
    Pack p = TestPacks.minimal().withQuestions(30).build();
    Set<List<String>> orders = new HashSet<>();
    Set<Integer> correctPositions = new HashSet<>();
    for (long seed = 0; seed < 20; seed++) {
      Round r = draw(List.of(p), settings(Mode.QUIZ, 10, seed));
      orders.add(r.challenges().stream().map(Challenge::id).toList());
      r.challenges().forEach(c -> correctPositions.add(c.correct()));
    }
    assertThat(orders).hasSizeGreaterThan(15);
    assertThat(correctPositions).containsExactlyInAnyOrder(0, 1, 2, 3);
  }

  @Test
  void roundHasNoRepeats() {
    Pack p = TestPacks.minimal().withQuestions(12).build();
    Round r = draw(List.of(p), settings(Mode.QUIZ, 12, 3));
    assertThat(r.challenges()).extracting(Challenge::id).doesNotHaveDuplicates().hasSize(12);
  }

  @Test
  void shortPoolGivesAShorterRoundWithANote() {
    Pack p = TestPacks.minimal().withQuestions(3).build();
    Draw.Drawn d = (Draw.Drawn) Draw.round(List.of(p), settings(Mode.QUIZ, 10, 1));
    assertThat(d.challenges()).hasSize(3);
    assertThat(d.note()).isEqualTo("Only 3 items match; the round has 3.");
  }

  @Test
  void correctIndexPointsAtTheAnswer() {
    Pack p = TestPacks.minimal().withQuestions(10).build();
    for (Challenge c : draw(List.of(p), settings(Mode.QUIZ, 10, 11)).challenges()) {
      assertThat(c.correctChoice()).isEqualTo("A0");
    }
  }

  @Test
  void filtersBySourceTagAndDifficulty() {
    Pack p = TestPacks.minimal()
        .withQuestion("easy-x", Difficulty.EASY, List.of("x"))
        .withQuestion("hard-x", Difficulty.HARD, List.of("x"))
        .withQuestion("hard-y", Difficulty.HARD, List.of("y"))
        .build();
    RoundSettings s = new RoundSettings(Mode.QUIZ, 10, 0, List.of(), "news", "x", Difficulty.HARD, 1);
    assertThat(draw(List.of(p), s).challenges()).extracting(Challenge::id).containsExactly("test/hard-x");
    RoundSettings none = new RoundSettings(Mode.QUIZ, 10, 0, List.of(), "elsewhere", null, null, 1);
    assertThat(Draw.round(List.of(p), none)).isInstanceOf(Draw.Unavailable.class);
  }

  @Test
  void packsSettingLimitsTheDraw() {
    Pack a = TestPacks.minimal().id("a").withQuestions(5).build();
    Pack b = TestPacks.minimal().id("b").withQuestions(5).build();
    RoundSettings s = settings(Mode.QUIZ, 10, 1).withPacks(List.of("b"));
    assertThat(draw(List.of(a, b), s).challenges()).allSatisfy(c -> assertThat(c.id()).startsWith("b/"));
  }

  @Test
  void whoSaidItOffersTheSpeakerAndThreeOthers() {
    Round r = draw(List.of(quotesPack()), settings(Mode.WHO_SAID_IT, 6, 5));
    for (Challenge c : r.challenges()) {
      Challenge.WhoSaidIt w = (Challenge.WhoSaidIt) c;
      assertThat(w.candidates()).hasSize(4).doesNotHaveDuplicates();
      assertThat(w.speaker().id()).isEqualTo(w.quote().speaker());
    }
  }

  @Test
  void whoSaidItPrefersSpeakersOfTheSameSource() {
    Round r = draw(List.of(quotesPack()), settings(Mode.WHO_SAID_IT, 6, 9));
    for (Challenge c : r.challenges()) {
      Challenge.WhoSaidIt w = (Challenge.WhoSaidIt) c;
      Set<String> sameSource = w.quote().source().equals("news") ? Set.of("a", "b", "c") : Set.of("d", "e", "f");
      // Two others share the source; the fourth candidate must come from the other source.
      assertThat(w.candidates().stream().map(Speaker::id).filter(sameSource::contains)).hasSize(3);
    }
  }

  @Test
  void whoSaidItWithFewerSpeakersOffersThemAll() {
    Pack p = TestPacks.minimal().withSpeaker("a").withSpeaker("b").withQuote("qa", "a", "news")
        .withQuote("qb", "b", "news").build();
    Challenge.WhoSaidIt w = (Challenge.WhoSaidIt) draw(List.of(p), settings(Mode.WHO_SAID_IT, 1, 1)).current();
    assertThat(w.candidates()).extracting(Speaker::id).containsExactlyInAnyOrder("a", "b");
  }

  @Test
  void whoSaidItNeedsTwoSpeakers() {
    Pack p = TestPacks.minimal().withSpeaker("a").withQuote("qa", "a", "news").withQuestions(2).build();
    Draw.Outcome o = Draw.round(List.of(p), settings(Mode.WHO_SAID_IT, 5, 1));
    assertThat(o).isInstanceOf(Draw.Unavailable.class);
    assertThat(((Draw.Unavailable) o).reason()).contains("at least two speakers");
  }

  @Test
  void mixedRoundHoldsBothKinds() {
    Pack p = TestPacks.minimal().withSpeaker("a").withSpeaker("b")
        .withQuote("qa", "a", "news").withQuote("qb", "b", "news").withQuestions(2).build();
    Round r = draw(List.of(p), settings(Mode.MIXED, 4, 2));
    assertThat(r.challenges()).hasSize(4)
        .hasAtLeastOneElementOfType(Challenge.Ask.class)
        .hasAtLeastOneElementOfType(Challenge.WhoSaidIt.class);
  }

  @Test
  void noPacksIsUnavailable() {
    assertThat(Draw.round(List.of(), settings(Mode.QUIZ, 5, 1))).isInstanceOf(Draw.Unavailable.class);
  }

  @Test
  void aDrawnChallengeIsRebuiltFromWhatAResultsFileKeeps() throws Exception {
    Pack questions = TestPacks.minimal().withQuestions(8).build();
    Pack quotes = quotesPack();
    List<Challenge> drawn = new java.util.ArrayList<>(draw(List.of(questions), settings(Mode.QUIZ, 8, 4)).challenges());
    drawn.addAll(draw(List.of(quotes), settings(Mode.WHO_SAID_IT, 6, 4)).challenges());
    for (Challenge c : drawn) {
      Challenge back = Draw.rebuild(c.pack(), c.kind(), c.itemId(), c.choiceKeys());
      assertThat(back).isEqualTo(c);
      assertThat(back.correct()).isEqualTo(c.correct());
    }
  }

  @Test
  void rebuildingSaysWhatThePackNoLongerHas() {
    Pack p = quotesPack();
    assertThatThrownBy(() -> Draw.rebuild(p, Challenge.Kind.WHO_SAID_IT, "gone", List.of("a", "b")))
        .isInstanceOf(Draw.Gone.class).hasMessage("names the quote \"gone\", which test no longer has");
    assertThatThrownBy(() -> Draw.rebuild(p, Challenge.Kind.WHO_SAID_IT, "qa", List.of("b", "c")))
        .hasMessage("quote \"qa\" no longer has its speaker among the saved choices");
    assertThatThrownBy(() -> Draw.rebuild(p, Challenge.Kind.WHO_SAID_IT, "qa", List.of("a", "zz")))
        .hasMessage("names the speaker \"zz\", which test no longer has");
    Pack q = TestPacks.minimal().withQuestions(2).build();
    String item = q.questions().get(0).id();
    assertThatThrownBy(() -> Draw.rebuild(q, Challenge.Kind.QUESTION, item, List.of("x", "y")))
        .hasMessage("question \"" + item + "\" has other choices in test now");
  }

  @Test
  void judgingIsTheChallengesOwn() {
    for (Challenge c : draw(List.of(quotesPack()), settings(Mode.WHO_SAID_IT, 6, 2)).challenges()) {
      for (int i = -1; i < c.choices().size(); i++) {
        assertThat(c.judge(i)).isEqualTo(i == c.correct());
      }
    }
  }

  /** The op-ed case: one speaker in its text would be told apart from the others by the text alone. */
  @Test
  void aQuoteWhoseTextHasOneSpeakerIsNotAskedAsWhoSaidIt() {
    Pack p = TestPacks.minimal().withSource("op")
        .withSpeaker("a").withSpeaker("b").withSpeaker("c")
        .withQuote("qa", "a", "news").withQuote("qb", "b", "news").withQuote("qc1", "c", "op").withQuote("qc2", "c", "op")
        .build();
    for (long seed = 0; seed < 20; seed++) {
      Round r = draw(List.of(p), settings(Mode.WHO_SAID_IT, 4, seed));
      assertThat(r.challenges()).extracting(Challenge::itemId).containsExactlyInAnyOrder("qa", "qb");
    }
    Pack alone = TestPacks.minimal().withSource("op").withSpeaker("a").withSpeaker("c")
        .withQuote("qa", "a", "news").withQuote("qc", "c", "op").build();
    Draw.Outcome o = Draw.round(List.of(alone), settings(Mode.WHO_SAID_IT, 4, 1));
    assertThat(((Draw.Unavailable) o).reason()).contains("two or more speakers quoted in the same text")
        .contains("which-text");
  }

  @Test
  void whichTextOffersThePacksTextsForEachPassageOnce() {
    Pack p = quotesPack();
    Round r = draw(List.of(p), settings(Mode.WHICH_TEXT, 20, 3));
    assertThat(r.challenges()).hasSize(6); // six quotes, each its own passage
    for (Challenge c : r.challenges()) {
      Challenge.WhichText w = (Challenge.WhichText) c;
      assertThat(w.choiceKeys()).containsExactlyInAnyOrder("news", "op");
      assertThat(w.source().id()).isEqualTo(p.quotes().stream().filter(q -> q.id().equals(w.itemId())).findFirst()
          .orElseThrow().source());
      assertThat(w.heading()).isEqualTo("Which text said it?");
      assertThat(w.choices()).containsExactlyInAnyOrder("The Daily: A Report", "Outlet op: Title op");
    }
    Round again = draw(List.of(p), settings(Mode.WHICH_TEXT, 20, 3));
    assertThat(again.challenges()).isEqualTo(r.challenges());
  }

  @Test
  void whichTextIsUnavailableWithOneSource() {
    Pack p = TestPacks.minimal().withQuestions(4).build();
    Draw.Outcome o = Draw.round(List.of(p), settings(Mode.WHICH_TEXT, 4, 1));
    assertThat(((Draw.Unavailable) o).reason()).isEqualTo(
        "Which text said it? needs a pack with at least two sources, and \"" + p.title() + "\" has one.");
  }

  @Test
  void aMixedRoundHasEveryKind() {
    Pack p = quotesPack();
    Round r = draw(List.of(TestPacks.minimal().id("other").withSource("op").withQuestions(6).build(), p),
        settings(Mode.MIXED, 30, 5));
    assertThat(r.challenges()).extracting(Challenge::kind).contains(Challenge.Kind.values());
  }

  /** Two quotes from one paragraph in a short round: the first item's passage would give the second away. */
  @Test
  void aShortRoundTakesEachPassageOnceWhileThePoolAllows() {
    TestPacks t = TestPacks.minimal().withSpeaker("a").withSpeaker("b");
    for (int i = 0; i < 8; i++) {
      t.withQuote("q" + i, i % 2 == 0 ? "a" : "b", "news");
    }
    Pack p = t.build();
    // Give every two quotes one paragraph.
    List<dev.sourced.pack.Quote> shared = new java.util.ArrayList<>();
    for (dev.sourced.pack.Quote q : p.quotes()) {
      int pair = Integer.parseInt(q.id().substring(1)) / 2;
      String para = "Paragraph " + pair + ": " + p.quotes().get(pair * 2).text() + " " + p.quotes().get(pair * 2 + 1).text();
      shared.add(new dev.sourced.pack.Quote(q.id(), q.text(), q.speaker(), q.source(), para, null, q.difficulty(),
          q.tags()));
    }
    Pack paired = new Pack(p.id(), p.title(), p.description(), p.language(), p.sources(), p.speakers(), shared,
        p.questions(), p.origin());
    for (long seed = 0; seed < 30; seed++) {
      Round r = draw(List.of(paired), settings(Mode.WHO_SAID_IT, 4, seed));
      assertThat(r.challenges()).extracting(Challenge::passage).doesNotHaveDuplicates();
      Round all = draw(List.of(paired), settings(Mode.WHO_SAID_IT, 8, seed));
      assertThat(all.challenges()).hasSize(8);
    }
  }
}
