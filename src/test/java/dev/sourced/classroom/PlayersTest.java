package dev.sourced.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sourced.classroom.ClassEvent.Join;
import dev.sourced.classroom.ClassEvent.Lock;
import dev.sourced.classroom.ClassEvent.Next;
import dev.sourced.classroom.ClassEvent.Record;
import dev.sourced.classroom.ClassEvent.Skip;
import dev.sourced.classroom.ClassEvent.Tick;
import dev.sourced.game.Challenge;
import dev.sourced.game.Mode;
import dev.sourced.game.RoundSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A session of players, each on their own seat: 1, 8 and 500 of them, with and without teams. */
class PlayersTest {
  static final List<String> TEAMS = List.of("Otters", "Pandas", "Herons", "Foxes");

  static ClassSettings settings(boolean teams) {
    RoundSettings r = new RoundSettings(Mode.QUIZ, 4, 0, List.of(), null, null, null, 5);
    return new ClassSettings(r, teams ? TEAMS : List.of(), 30, ClassSettings.ScoringRule.ACCURACY, true, true, 0);
  }

  static List<Player> players(int n, boolean teams) {
    List<Player> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new Player("p" + i, "Player " + i, teams ? i % TEAMS.size() : Player.NO_TEAM));
    }
    return out;
  }

  static Session session(int n, boolean teams) {
    return SessionTest.through(Session.start(settings(teams), SessionTest.challenges(4), players(n, teams)));
  }

  static int right(Session s) {
    return s.current().correct();
  }

  static int wrong(Session s) {
    return (s.current().correct() + 1) % s.current().choices().size();
  }

  static Session through(Session s) {
    return SessionTest.through(s);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 8, 500})
  void answersLockOnlyWhenEveryPlayerHasAnswered(int n) {
    Session s = session(n, false);
    for (int p = 0; p < n - 1; p++) {
      s = s.next(new Record(p, p % 2 == 0 ? right(s) : wrong(s), p));
    }
    assertThat(s.phase()).isEqualTo(Session.Phase.QUESTION);
    assertThat(s.answeredCount()).isEqualTo(n - 1);
    s = s.next(new Record(n - 1, right(s), 0));
    assertThat(s.phase()).isEqualTo(Session.Phase.REVEAL);
    assertThat(s.lastOutcome().how()).isEqualTo(Outcome.Lock.ALL_ANSWERED);
    assertThat(s.lastOutcome().seats()).isEqualTo(n);
    assertThat(s.lastOutcome().rightCount()).isEqualTo(n / 2 + 1); // the even seats and the last
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 8, 500})
  void aPlayerChangesTheirAnswerUntilTheTeacherLocks(int n) {
    Session s = session(n, false);
    s = s.next(new Record(0, wrong(s), 1));
    if (n > 1) {
      s = s.next(new Record(0, right(s), 2));
    }
    s = s.next(new Lock());
    assertThat(s.lastOutcome().how()).isEqualTo(n == 1 ? Outcome.Lock.ALL_ANSWERED : Outcome.Lock.TEACHER);
    assertThat(s.lastOutcome().correct().get(0)).isEqualTo(n > 1);
    assertThat(s.lastOutcome().correct().subList(1, n)).doesNotContain(true);
    assertThat(s.next(new Record(0, right(s), 3))).isSameAs(s);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 8, 500})
  void theTimerLocksAndUnansweredPlayersScoreNothing(int n) {
    Session s = session(n, false).next(new Tick(29_999));
    assertThat(s.phase()).isEqualTo(Session.Phase.QUESTION);
    s = s.next(new Tick(1));
    assertThat(s.lastOutcome().how()).isEqualTo(Outcome.Lock.TIMER);
    assertThat(s.lastOutcome().points()).containsOnly(0);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 8, 500})
  void skipScoresNobodyAndKeepsStreaks(int n) {
    Session s = session(n, false);
    s = through(s.next(new Record(0, right(s), 1)).next(new Lock()));
    s = through(s.next(new Skip()));
    assertThat(s.outcomes()).hasSize(2);
    assertThat(s.outcomes().get(1).skipped()).isTrue();
    assertThat(s.index()).isEqualTo(2);
    s = through(s.next(new Record(0, right(s), 1)).next(new Lock()));
    // The streak bonus carries over a skipped question: 1000, then 1000 + 100.
    assertThat(s.scores().get(0)).isEqualTo(2100);
  }

  @Test
  void streaksAndPointsArePerPlayer() {
    Session s = session(3, false);
    for (int q = 0; q < 3; q++) {
      s = s.next(new Record(0, right(s), 1)).next(new Record(1, q == 1 ? wrong(s) : right(s), 1))
          .next(new Record(2, wrong(s), 1));
      s = through(s);
    }
    assertThat(s.scores()).containsExactly(1000 + 1100 + 1200, 1000 + 0 + 1000, 0);
    assertThat(s.streaks()).containsExactly(3, 1, 0);
  }

  @Test
  void tiedPlayersSharePlaces() {
    Session s = session(3, false);
    s = s.next(new Record(0, right(s), 1)).next(new Record(1, right(s), 1)).next(new Record(2, wrong(s), 1));
    assertThat(s.playerStandings()).extracting(Standing::place).containsExactly(1, 1, 3);
    assertThat(s.playerStandings()).extracting(Standing::name).containsExactly("Player 0", "Player 1", "Player 2");
  }

  @Test
  void aTeamScoresTheMeanOfItsPlayers() {
    // Otters: p0, p4 (both right); Pandas: p1, p5 (one right); Herons: p2 (right); Foxes: p3 (wrong).
    Session s = SessionTest.through(Session.start(settings(true), SessionTest.challenges(4), players(6, true)));
    int c = right(s);
    int x = wrong(s);
    int[] choices = {c, c, c, x, c, x};
    for (int p = 0; p < 6; p++) {
      s = s.next(new Record(p, choices[p], 1));
    }
    assertThat(s.teamScores(s.scores())).containsExactly(1000, 500, 1000, 0);
    assertThat(s.standings()).extracting(Standing::name).containsExactly("Otters", "Herons", "Pandas", "Foxes");
    assertThat(s.standings()).extracting(Standing::place).containsExactly(1, 1, 3, 4);
  }

  @Test
  void aTeamWithoutPlayersHasNothingAndAPlayerWithoutATeamCountsForNone() {
    List<Player> ps = List.of(new Player("a", "Ann", 0), new Player("b", "Ben", Player.NO_TEAM));
    Session s = SessionTest.through(Session.start(settings(true), SessionTest.challenges(4), ps));
    s = s.next(new Record(0, right(s), 1)).next(new Record(1, right(s), 1));
    assertThat(s.teamScores(s.scores())).containsExactly(1000, 0, 0, 0);
  }

  @Test
  void aPlayerWhoJoinsLateStartsFromNothingAndDoesNotHoldUpTheLock() {
    Session s = session(2, false);
    s = through(s.next(new Record(0, right(s), 1)).next(new Record(1, right(s), 1)));
    s = s.next(new Join(new Player("late", "Late", Player.NO_TEAM)));
    assertThat(s.playerCount()).isEqualTo(3);
    assertThat(s.next(new Join(new Player("late", "Again", Player.NO_TEAM))).players()).hasSize(3);
    s = s.next(new Record(0, right(s), 1)).next(new Record(1, right(s), 1));
    assertThat(s.phase()).isEqualTo(Session.Phase.QUESTION); // the newcomer is a seat too
    s = s.next(new Record(2, right(s), 1));
    assertThat(s.scores()).containsExactly(2100, 2100, 1000);
    assertThat(s.outcomes().get(0).pointsOf(2)).isZero();
  }

  @Test
  void theTeacherKeyedClassIsOneSeatPerTeam() {
    ClassSettings cs = settings(true);
    Session s = SessionTest.keyed(cs, SessionTest.challenges(4));
    assertThat(s.players()).extracting(Player::name).containsExactlyElementsOf(TEAMS);
    assertThat(s.players()).extracting(Player::team).containsExactly(0, 1, 2, 3);
    s = s.next(new Record(2, right(s), 1)).next(new Lock());
    assertThat(s.standings()).first().extracting(Standing::name).isEqualTo("Herons");
    assertThat(s.standings().get(0).score()).isEqualTo(1000);
  }

  @Test
  void locksAndSkipsAskToBeSaved() {
    Session s = session(2, false);
    assertThat(s.step(new Record(0, right(s), 1)).effects()).isEmpty();
    Session.Step locked = s.step(new Lock());
    assertThat(locked.effects()).containsExactly(new ClassEffect.Save());
    Session q2 = through(locked.session());
    assertThat(q2.step(new Skip()).effects()).containsExactly(new ClassEffect.Save());
    assertThat(q2.step(new ClassEvent.End()).effects()).containsExactly(new ClassEffect.Save());
    assertThat(q2.step(new Tick(1_000)).effects()).isEmpty();
  }

  /** 500 players answer at random times through four questions; the session cut after two and replayed goes on the same. */
  @Test
  void aReplayedFiveHundredPlayerSessionEqualsTheUninterruptedOne() throws Exception {
    ClassSettings cs = settings(true).withScoring(ClassSettings.ScoringRule.SPEED).withTimer(20);
    List<Challenge> qs = SessionTest.challenges(4);
    List<Player> ps = players(500, true);
    Random random = new Random(9);
    List<List<ClassEvent>> perQuestion = new ArrayList<>();
    for (int q = 0; q < 4; q++) {
      List<ClassEvent> events = new ArrayList<>();
      for (int p = 0; p < 500; p++) {
        if (random.nextInt(10) > 0) {
          events.add(new Tick(random.nextInt(30)));
          events.add(new Record(p, random.nextInt(qs.get(q).choices().size()), 1_700_000_000_000L + p));
        }
      }
      events.add(q == 2 ? new Skip() : new Tick(20_000));
      perQuestion.add(events);
    }
    Session s = SessionTest.through(Session.start(cs, qs, ps));
    Session cut = null;
    for (int q = 0; q < 4; q++) {
      for (ClassEvent e : perQuestion.get(q)) {
        s = s.next(e);
      }
      s = through(s);
      if (q == 1) {
        cut = s;
      }
    }
    assertThat(s.phase()).isEqualTo(Session.Phase.FINISHED);
    List<Replay.Saved> saved = cut.outcomes().stream()
        .map(Replay.Saved::of).toList();
    Session resumed = through(Replay.resume(cs, qs, ps, saved));
    assertThat(resumed).isEqualTo(cut);
    for (List<ClassEvent> events : perQuestion.subList(2, 4)) {
      for (ClassEvent e : events) {
        resumed = resumed.next(e);
      }
      resumed = through(resumed);
    }
    assertThat(resumed).isEqualTo(s);
    assertThat(resumed.teamStandings()).isEqualTo(s.teamStandings());
  }
}
