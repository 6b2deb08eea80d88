package dev.sourced.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sourced.classroom.ClassEvent.Back;
import dev.sourced.classroom.ClassEvent.Join;
import dev.sourced.classroom.ClassEvent.Lock;
import dev.sourced.classroom.ClassEvent.Next;
import dev.sourced.classroom.ClassEvent.Pause;
import dev.sourced.classroom.ClassEvent.Record;
import dev.sourced.classroom.ClassEvent.Skip;
import dev.sourced.classroom.ClassEvent.Start;
import dev.sourced.classroom.ClassEvent.Tick;
import dev.sourced.classroom.ClassEvent.Unskip;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 3-2-1 before each timed question (issue 10): answers open, and the clock starts, when it ends. */
class LeadInTest {
  static final long LEAD = Session.LEAD_IN_MILLIS;

  private static ClassSettings speed() {
    return SessionTest.settings(2).withScoring(ClassSettings.ScoringRule.SPEED).withTimer(20);
  }

  @Test
  void aTimedQuestionOpensWithALeadInThatTakesNoAnswerAndNoLock() {
    Session s = Session.keyed(speed(), SessionTest.challenges(3));
    assertThat(s.phase()).isEqualTo(Session.Phase.LEAD_IN);
    assertThat(s.leadInMillis()).isEqualTo(LEAD);
    assertThat(s.next(new Record(0, SessionTest.right(s), 1))).as("a key press in the lead-in does nothing").isSameAs(s);
    assertThat(s.next(new Lock())).isSameAs(s);
    assertThat(s.next(new Next())).isSameAs(s);
    s = s.next(new Tick(LEAD - 1));
    assertThat(s.phase()).isEqualTo(Session.Phase.LEAD_IN);
    assertThat(s.leadInMillis()).isEqualTo(1);
    s = s.next(new Tick(1));
    assertThat(s.phase()).isEqualTo(Session.Phase.QUESTION);
    assertThat(s.elapsedMillis()).as("the question's own timer starts now").isZero();
    assertThat(s.remainingMillis()).isEqualTo(20_000);
    assertThat(s.leadInMillis()).isZero();
  }

  @Test
  void withoutATimerThereIsNoLeadIn() {
    Session s = Session.keyed(SessionTest.settings(2).withTimer(0), SessionTest.challenges(3));
    assertThat(s.phase()).isEqualTo(Session.Phase.QUESTION);
    s = s.next(new Lock()).next(new Next()).next(new Next()).next(new Next());
    assertThat(s.phase()).isEqualTo(Session.Phase.QUESTION);
    assertThat(s.index()).isEqualTo(1);
  }

  @Test
  void speedPointsCountFromTheEndOfTheLeadIn() {
    Session s = Session.keyed(speed(), SessionTest.challenges(3)).next(new Tick(LEAD));
    s = s.next(new Record(0, SessionTest.right(s), 1));
    // A tick longer than what is left of the lead-in carries the rest into the question.
    s = s.next(new Tick(10_000)).next(new Record(1, SessionTest.right(s), 2));
    assertThat(s.lastOutcome().ballots()).extracting(Ballot::millis).containsExactly(0L, 10_000L);
    assertThat(s.lastOutcome().points()).containsExactly(1000, 750);
    s = s.next(new Next()).next(new Next()).next(new Next()).next(new Tick(LEAD + 10_000));
    assertThat(s.phase()).isEqualTo(Session.Phase.QUESTION);
    assertThat(s.elapsedMillis()).isEqualTo(10_000);
    s = s.next(new Record(0, SessionTest.right(s), 3)).next(new Record(1, SessionTest.right(s), 4));
    assertThat(s.lastOutcome().points()).containsExactly(750, 750);
  }

  @Test
  void pauseHoldsTheLeadIn() {
    Session s = Session.keyed(speed(), SessionTest.challenges(3)).next(new Tick(1_000)).next(new Pause());
    s = s.next(new Tick(60_000));
    assertThat(s.phase()).isEqualTo(Session.Phase.LEAD_IN);
    assertThat(s.leadInMillis()).isEqualTo(LEAD - 1_000);
    s = s.next(new Pause()).next(new Tick(LEAD - 1_000));
    assertThat(s.phase()).isEqualTo(Session.Phase.QUESTION);
    assertThat(s.paused()).isFalse();
    assertThat(s.remainingMillis()).isEqualTo(20_000);
  }

  @Test
  void aQuestionSkippedInItsLeadInIsSkippedAndCanBeTakenBack() {
    Session s = Session.keyed(speed(), SessionTest.challenges(3)).next(new Tick(1_000));
    Session.Step skipped = s.step(new Skip());
    assertThat(skipped.effects()).containsExactly(new ClassEffect.Save());
    s = skipped.session();
    assertThat(s.lastOutcome().skipped()).isTrue();
    assertThat(s.lastOutcome().lockedAtMillis()).isZero();
    assertThat(s.index()).isEqualTo(1);
    assertThat(s.phase()).as("the next question has its own lead-in").isEqualTo(Session.Phase.LEAD_IN);
    assertThat(s.leadInMillis()).isEqualTo(LEAD);
    Session undone = s.next(new Unskip());
    assertThat(undone.index()).isZero();
    assertThat(undone.phase()).isEqualTo(Session.Phase.LEAD_IN);
    assertThat(undone.outcomes()).isEmpty();
  }

  @Test
  void backFromALeadInReturnsToTheRevealJustShown() {
    Session s = SessionTest.keyed(speed(), SessionTest.challenges(3)).next(new Lock());
    s = s.next(new Next()).next(new Next()).next(new Next());
    assertThat(s.phase()).isEqualTo(Session.Phase.LEAD_IN);
    Session back = s.next(new Back());
    assertThat(back.phase()).isEqualTo(Session.Phase.REVEAL);
    assertThat(back.index()).isZero();
    assertThat(back.leadInMillis()).isZero();
    assertThat(back.next(new Next()).next(new Next()).next(new Next()).phase()).as("and on again, with a lead-in")
        .isEqualTo(Session.Phase.LEAD_IN);
  }

  @Test
  void aLobbyStartsIntoTheFirstLeadInAndStudentsMayStillJoinDuringIt() {
    Session s = Session.lobby(speed().withTeams(List.of()), SessionTest.challenges(3))
        .next(new Join(new Player("a", "Ann", Player.NO_TEAM)));
    Session.Step started = s.step(new Start());
    assertThat(started.session().phase()).isEqualTo(Session.Phase.LEAD_IN);
    assertThat(started.effects()).containsExactly(new ClassEffect.Save());
    Session joined = started.session().next(new Join(new Player("b", "Bob", Player.NO_TEAM)));
    assertThat(joined.playerCount()).isEqualTo(2);
    assertThat(joined.leadInMillis()).isEqualTo(LEAD);
  }

  @Test
  void aLeadInIsOnlyEverLeftDuringTheLeadIn() {
    Session s = Session.keyed(speed(), SessionTest.challenges(3));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Session(s.settings(), s.challenges(), s.players(), 0,
        Session.Phase.QUESTION, 0, false, s.ballots(), s.outcomes(), s.streaks(), 0, false, 500))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
