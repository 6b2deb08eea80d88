package dev.sourced.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sourced.classroom.ClassEvent.Back;
import dev.sourced.classroom.ClassEvent.Correct;
import dev.sourced.classroom.ClassEvent.Lock;
import dev.sourced.classroom.ClassEvent.Next;
import dev.sourced.classroom.ClassEvent.Record;
import dev.sourced.classroom.ClassEvent.Skip;
import dev.sourced.classroom.ClassEvent.Tick;
import dev.sourced.classroom.ClassEvent.Unskip;
import dev.sourced.game.Challenge;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a teacher can do after a mistake: correct an answer, take back a skip, go back to the reveal. */
class CorrectionsTest {
  static ClassSettings settings() {
    return SessionTest.settings(3).withStreakBonus(true).withScoring(ClassSettings.ScoringRule.SPEED).withTimer(20);
  }

  static Session revealed() {
    Session s = SessionTest.keyed(settings(), SessionTest.challenges(4)).next(new Tick(5_000));
    return s.next(new Record(0, SessionTest.right(s), 1)).next(new Tick(5_000))
        .next(new Record(1, SessionTest.wrong(s), 2)).next(new Record(2, SessionTest.wrong(s), 3));
  }

  @Test
  void aCorrectedAnswerIsScoredAsIfItHadBeenKeyedSo() {
    Session s = revealed();
    assertThat(s.phase()).isEqualTo(Session.Phase.REVEAL);
    int right = s.lastOutcome().challenge().correct();
    Session.Step step = s.step(new Correct(1, right, 9));
    Session fixed = step.session();
    assertThat(step.effects()).containsExactly(new ClassEffect.Save());
    Outcome o = fixed.lastOutcome();
    assertThat(o.correct()).containsExactly(true, true, false);
    assertThat(o.points().get(1)).as("speed points for the time it was keyed: 10 s of 20").isEqualTo(750);
    assertThat(o.corrected(1)).isTrue();
    assertThat(o.corrected(0)).isFalse();
    assertThat(o.locked().get(1).choice()).isEqualTo((right + 1) % 4);
    assertThat(fixed.streaks()).containsExactly(1, 1, 0);
    Session back = fixed.next(new Correct(1, (right + 1) % 4, 10));
    assertThat(back.lastOutcome().points()).isEqualTo(s.lastOutcome().points());
    assertThat(back.streaks()).isEqualTo(s.streaks());
  }

  @Test
  void aCorrectionIsTakenDuringTheDiscussionAndLeaderboardButNotOnceTheNextQuestionStarts() {
    Session s = revealed().next(new Next()).next(new Next());
    assertThat(s.phase()).isEqualTo(Session.Phase.LEADERBOARD);
    int right = s.lastOutcome().challenge().correct();
    assertThat(s.next(new Correct(2, right, 1)).lastOutcome().correct().get(2)).isTrue();
    Session next = s.next(new Next());
    assertThat(next.next(new Correct(2, right, 1))).isSameAs(next);
  }

  @Test
  void aNoAnswerCanBeCorrectedToo() {
    Session s = SessionTest.keyed(settings(), SessionTest.challenges(4)).next(new Tick(20_000));
    assertThat(s.lastOutcome().how()).isEqualTo(Outcome.Lock.TIMER);
    Session fixed = s.next(new Correct(0, s.lastOutcome().challenge().correct(), 1));
    assertThat(fixed.lastOutcome().points().get(0)).as("scored at the lock's time").isEqualTo(500);
  }

  @Test
  void aSkipIsTakenBackWhileNobodyHasAnsweredTheNextQuestion() {
    Session s = SessionTest.keyed(settings(), SessionTest.challenges(4)).next(new Tick(3_000)).next(new Skip());
    assertThat(s.index()).isEqualTo(1);
    Session.Step undo = s.step(new Unskip());
    assertThat(undo.effects()).containsExactly(new ClassEffect.Save());
    assertThat(undo.session().index()).isZero();
    assertThat(undo.session().outcomes()).isEmpty();
    assertThat(undo.session().remainingMillis()).isEqualTo(17_000);
    assertThat(undo.session().phase()).as("back with a lead-in, its clock where the skip left it")
        .isEqualTo(Session.Phase.LEAD_IN);
    Session answered = SessionTest.through(s).next(new Record(0, 0, 1));
    assertThat(answered.next(new Unskip())).isSameAs(answered);
  }

  @Test
  void skippingTheLastQuestionCanBeTakenBackFromTheEnd() {
    Session s = SessionTest.keyed(settings(), SessionTest.challenges(1)).next(new Skip());
    assertThat(s.phase()).isEqualTo(Session.Phase.FINISHED);
    Session undo = s.next(new Unskip());
    assertThat(undo.phase()).isEqualTo(Session.Phase.LEAD_IN);
    assertThat(undo.outcomes()).isEmpty();
  }

  @Test
  void backReturnsToTheRevealFromTheNextQuestionBeforeAnyoneAnswers() {
    Session s = revealed().next(new Next()).next(new Next()).next(new Next());
    assertThat(s.phase()).isEqualTo(Session.Phase.LEAD_IN);
    assertThat(s.index()).isEqualTo(1);
    Session back = s.next(new Back());
    assertThat(back.phase()).isEqualTo(Session.Phase.REVEAL);
    assertThat(back.index()).isZero();
    assertThat(back.outcomes()).isEqualTo(s.outcomes());
    assertThat(revealed().next(new Next()).next(new Back()).phase()).isEqualTo(Session.Phase.REVEAL);
    assertThat(SessionTest.through(s).next(new Back()).phase()).as("from the open question too")
        .isEqualTo(Session.Phase.REVEAL);
    Session answered = SessionTest.through(s).next(new Record(0, 1, 1));
    assertThat(answered.next(new Back())).isSameAs(answered);
  }

  @Test
  void correctionsAreReplayedOnResume() throws Exception {
    Session s = revealed();
    int right = s.lastOutcome().challenge().correct();
    s = s.next(new Correct(2, right, 9)).next(new Next()).next(new Next()).next(new Next());
    List<Replay.Saved> saved = s.outcomes().stream().map(Replay.Saved::of).toList();
    Session resumed = Replay.resume(s.settings(), s.challenges(), s.players(), saved);
    assertThat(resumed).isEqualTo(s);
  }

  @Test
  void aSessionWhoseEveryQuestionWasPlayedResumesFinished() throws Exception {
    List<Challenge> qs = SessionTest.challenges(1);
    Session s = SessionTest.keyed(settings(), qs).next(new Lock());
    List<Replay.Saved> saved = s.outcomes().stream().map(Replay.Saved::of).toList();
    Session resumed = Replay.resume(s.settings(), qs, s.players(), saved);
    assertThat(resumed.phase()).isEqualTo(Session.Phase.FINISHED);
    assertThat(resumed.endedEarly()).isFalse();
    assertThat(resumed.outcomes()).isEqualTo(s.outcomes());
  }

  @Test
  void endingBeforeAnythingIsPlayedSavesNothing() {
    Session s = SessionTest.keyed(settings(), SessionTest.challenges(2));
    assertThat(s.step(new ClassEvent.End()).effects()).isEmpty();
    assertThat(s.next(new Lock()).step(new ClassEvent.End()).effects()).containsExactly(new ClassEffect.Save());
  }
}
