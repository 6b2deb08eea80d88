package dev.sourced.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sourced.classroom.ClassEvent.End;
import dev.sourced.classroom.ClassEvent.Lock;
import dev.sourced.classroom.ClassEvent.Next;
import dev.sourced.classroom.ClassEvent.Pause;
import dev.sourced.classroom.ClassEvent.Record;
import dev.sourced.classroom.ClassEvent.Skip;
import dev.sourced.classroom.ClassEvent.Tick;
import dev.sourced.game.Challenge;
import dev.sourced.game.Draw;
import dev.sourced.game.Mode;
import dev.sourced.game.RoundSettings;
import dev.sourced.pack.Pack;
import dev.sourced.testing.TestPacks;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionTest {
  static final Pack PACK = TestPacks.minimal().withQuestions(6).build();

  static List<Challenge> challenges(int n) {
    RoundSettings r = new RoundSettings(Mode.QUIZ, n, 0, List.of(), null, null, null, 5);
    return ((Draw.Drawn) Draw.round(List.of(PACK), r)).challenges();
  }

  static ClassSettings settings(int teams) {
    RoundSettings r = new RoundSettings(Mode.QUIZ, 4, 0, List.of(), null, null, null, 5);
    return ClassSettings.defaults(r, TeamNames.pick(teams, 1));
  }

  /** A keyed session with its first question open: past the lead-in when it is timed. */
  static Session keyed(ClassSettings cs, List<Challenge> qs) {
    return through(Session.keyed(cs, qs));
  }

  /** On to the next question with its answers open (past its lead-in), or to the end. */
  static Session through(Session s) {
    while (s.phase() != Session.Phase.QUESTION && s.phase() != Session.Phase.FINISHED) {
      s = s.leadingIn() ? s.next(new Tick(s.leadInMillis())) : s.next(new Next());
    }
    return s;
  }

  static int right(Session s) {
    return s.current().correct();
  }

  static int wrong(Session s) {
    return (s.current().correct() + 1) % s.current().choices().size();
  }

  @Test
  void answersLockWhenEveryTeamHasAnswered() {
    Session s = keyed(settings(3), challenges(4));
    s = s.next(new Record(0, right(s), 1)).next(new Record(1, wrong(s), 2));
    assertThat(s.phase()).isEqualTo(Session.Phase.QUESTION);
    s = s.next(new Record(2, right(s), 3));
    assertThat(s.phase()).isEqualTo(Session.Phase.REVEAL);
    assertThat(s.lastOutcome().how()).isEqualTo(Outcome.Lock.ALL_ANSWERED);
    assertThat(s.lastOutcome().points()).containsExactly(1000, 0, 1000);
  }

  @Test
  void teamCanChangeItsAnswerUntilAnswersLock() {
    Session s = keyed(settings(2), challenges(4));
    s = s.next(new Record(0, wrong(s), 1)).next(new Record(0, right(s), 2)).next(new Lock());
    assertThat(s.lastOutcome().ballots().get(0).choice()).isEqualTo(s.lastOutcome().challenge().correct());
    assertThat(s.lastOutcome().points()).containsExactly(1000, 0);
    Session after = s.next(new Record(1, right(s), 3));
    assertThat(after).isSameAs(s);
  }

  @Test
  void timerRunningOutLocksAndUnansweredTeamsScoreNothing() {
    Session s = keyed(settings(2), challenges(4));
    s = s.next(new Record(0, right(s), 1)).next(new Tick(29_999));
    assertThat(s.phase()).isEqualTo(Session.Phase.QUESTION);
    s = s.next(new Tick(1));
    assertThat(s.phase()).isEqualTo(Session.Phase.REVEAL);
    assertThat(s.lastOutcome().how()).isEqualTo(Outcome.Lock.TIMER);
    assertThat(s.lastOutcome().correct()).containsExactly(true, false);
  }

  @Test
  void pauseStopsTheClock() {
    Session s = keyed(settings(2), challenges(4)).next(new Tick(10_000)).next(new Pause());
    s = s.next(new Tick(60_000));
    assertThat(s.phase()).isEqualTo(Session.Phase.QUESTION);
    assertThat(s.remainingMillis()).isEqualTo(20_000);
    s = s.next(new Pause()).next(new Tick(20_000));
    assertThat(s.phase()).isEqualTo(Session.Phase.REVEAL);
  }

  @Test
  void skippedQuestionScoresNoOneAndMovesOn() {
    Session s = keyed(settings(2), challenges(4));
    s = s.next(new Record(0, right(s), 1)).next(new Skip());
    assertThat(s.phase()).as("the next question opens with its lead-in").isEqualTo(Session.Phase.LEAD_IN);
    assertThat(s.index()).isEqualTo(1);
    assertThat(s.outcomes()).singleElement().satisfies(o -> {
      assertThat(o.skipped()).isTrue();
      assertThat(o.points()).containsExactly(0, 0);
    });
  }

  @Test
  void eachQuestionGoesRevealDiscussionLeaderboard() {
    Session s = keyed(settings(2), challenges(2));
    s = s.next(new Lock());
    assertThat(s.phase()).isEqualTo(Session.Phase.REVEAL);
    s = s.next(new Next());
    assertThat(s.phase()).isEqualTo(Session.Phase.DISCUSSION);
    s = s.next(new Tick(5_000));
    assertThat(s.discussionMillis()).isEqualTo(5_000);
    s = s.next(new Next());
    assertThat(s.phase()).isEqualTo(Session.Phase.LEADERBOARD);
    s = s.next(new Next());
    assertThat(s.phase()).isEqualTo(Session.Phase.LEAD_IN);
    assertThat(s.index()).isEqualTo(1);
    s = through(s).next(new Lock()).next(new Next()).next(new Next()).next(new Next());
    assertThat(s.phase()).isEqualTo(Session.Phase.FINISHED);
    assertThat(s.endedEarly()).isFalse();
  }

  @Test
  void withoutDiscussionStopRevealGoesToTheLeaderboard() {
    Session s = keyed(settings(2).withDiscussion(false, 0), challenges(2)).next(new Lock()).next(new Next());
    assertThat(s.phase()).isEqualTo(Session.Phase.LEADERBOARD);
  }

  @Test
  void endingEarlyDropsTheQuestionInProgress() {
    Session s = keyed(settings(2), challenges(4));
    s = s.next(new Record(0, right(s), 1)).next(new Lock()).next(new Next()).next(new Next()).next(new Next());
    s = s.next(new Record(0, right(s), 1)).next(new End());
    assertThat(s.phase()).isEqualTo(Session.Phase.FINISHED);
    assertThat(s.endedEarly()).isTrue();
    assertThat(s.outcomes()).hasSize(1);
    assertThat(s.scores()).containsExactly(1000, 0);
  }

  @Test
  void tiesSharePlaces() {
    List<Standing> st = Standing.of(List.of("A", "B", "C", "D"), List.of(1000, 2000, 1000, 0));
    assertThat(st).extracting(Standing::name).containsExactly("B", "A", "C", "D");
    assertThat(st).extracting(Standing::place).containsExactly(1, 2, 2, 4);
  }

  @Test
  void accuracyScoringIgnoresSpeed() {
    Session s = keyed(settings(2), challenges(4)).next(new Tick(25_000));
    s = s.next(new Record(0, right(s), 1)).next(new Record(1, right(s), 2));
    assertThat(s.lastOutcome().points()).containsExactly(1000, 1000);
  }

  @Test
  void speedScoringUsesTheSoloFormula() {
    ClassSettings speed = settings(2).withScoring(ClassSettings.ScoringRule.SPEED).withTimer(20);
    Session s = keyed(speed, challenges(4));
    s = s.next(new Record(0, right(s), 1)).next(new Tick(10_000)).next(new Record(1, right(s), 2));
    assertThat(s.lastOutcome().points()).containsExactly(1000, 750);
  }

  @Test
  void streakBonusOnlyWhenSwitchedOn() {
    for (boolean on : new boolean[] {false, true}) {
      Session s = keyed(settings(2).withStreakBonus(on), challenges(4));
      for (int q = 0; q < 3; q++) {
        s = s.next(new Record(0, right(s), 1)).next(new Record(1, wrong(s), 1));
        s = through(s.next(new Next()).next(new Next()).next(new Next()));
      }
      assertThat(s.scores()).containsExactly(on ? 3300 : 3000, 0);
    }
  }

  @Test
  void leaderboardKnowsThePlacesBeforeTheLastQuestion() {
    Session s = keyed(settings(2), challenges(4));
    s = through(s.next(new Record(0, right(s), 1)).next(new Record(1, wrong(s), 1)).next(new Next()).next(new Next())
        .next(new Next()));
    s = s.next(new Record(0, wrong(s), 1)).next(new Record(1, right(s), 1));
    s = s.next(new Record(0, wrong(s), 1));
    Session second = through(s.next(new Next()).next(new Next()).next(new Next()));
    second = second.next(new Record(1, right(second), 1)).next(new Record(0, wrong(second), 1));
    assertThat(second.previousStandings()).extracting(Standing::place).containsExactly(1, 1);
    assertThat(second.standings()).extracting(Standing::name).first().isEqualTo(second.settings().teams().get(1));
  }

  @Test
  void mostMissedComesFirstInTheSummary() {
    Session s = keyed(settings(2), challenges(3));
    s = through(s.next(new Record(0, right(s), 1)).next(new Record(1, right(s), 1)).next(new Next()).next(new Next())
        .next(new Next()));
    s = through(s.next(new Record(0, wrong(s), 1)).next(new Record(1, wrong(s), 1)).next(new Next()).next(new Next())
        .next(new Next()));
    s = s.next(new Skip());
    assertThat(s.phase()).isEqualTo(Session.Phase.FINISHED);
    assertThat(s.mostMissed()).extracting(Outcome::number).containsExactly(2, 1);
  }

  /** A whole session with every kind of event, then the same session cut after question 2 and resumed. */
  @Test
  void resumedSessionEndsExactlyAsTheUninterruptedOne() throws Exception {
    ClassSettings cs = settings(3).withScoring(ClassSettings.ScoringRule.SPEED).withTimer(20).withStreakBonus(true);
    List<Challenge> qs = challenges(5);
    Session s = keyed(cs, qs);
    List<List<ClassEvent>> perQuestion = new ArrayList<>();
    perQuestion.add(List.of(new Tick(3_000), new Record(0, qs.get(0).correct(), 1), new Tick(2_000),
        new Record(1, 0, 2), new Record(1, qs.get(0).correct(), 3), new Tick(5_500),
        new Record(2, (qs.get(0).correct() + 1) % 4, 4)));
    perQuestion.add(List.of(new Tick(1_000), new Record(2, qs.get(1).correct(), 5), new Tick(25_000)));
    perQuestion.add(List.of(new Tick(4_000), new Skip()));
    perQuestion.add(List.of(new Tick(2_000), new Pause(), new Tick(9_000), new Pause(), new Record(0,
        qs.get(3).correct(), 6), new Tick(1_000), new Lock()));
    perQuestion.add(List.of(new Record(0, qs.get(4).correct(), 7), new Record(1, qs.get(4).correct(), 8),
        new Record(2, qs.get(4).correct(), 9)));
    List<Session> afterEach = new ArrayList<>();
    for (List<ClassEvent> events : perQuestion) {
      for (ClassEvent e : events) {
        s = s.next(e);
      }
      s = through(s);
      afterEach.add(s);
    }
    assertThat(s.phase()).isEqualTo(Session.Phase.FINISHED);
    Session cut = afterEach.get(1);
    List<Replay.Saved> saved = cut.outcomes().stream()
        .map(Replay.Saved::of).toList();
    Session resumed = Replay.resume(cs, qs, cut.players(), saved);
    assertThat(resumed.phase()).isEqualTo(Session.Phase.LEAD_IN); // a resumed question opens with its lead-in too
    resumed = through(resumed);
    assertThat(resumed).isEqualTo(cut);
    for (List<ClassEvent> events : perQuestion.subList(2, perQuestion.size())) {
      for (ClassEvent e : events) {
        resumed = resumed.next(e);
      }
      resumed = through(resumed);
    }
    assertThat(resumed).isEqualTo(s);
    assertThat(resumed.scores()).isEqualTo(s.scores());
  }
}
