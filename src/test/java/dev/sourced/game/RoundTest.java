package dev.sourced.game;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sourced.pack.Pack;
import dev.sourced.testing.TestPacks;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundTest {
  private static Round round(int count, int timer) {
    Pack pack = TestPacks.minimal().withQuestions(count).build();
    RoundSettings s = new RoundSettings(Mode.QUIZ, count, timer, List.of(), null, null, null, 42);
    return Round.start(((Draw.Drawn) Draw.round(List.of(pack), s)).challenges(), s);
  }

  private static Round answerCorrectly(Round r) {
    return r.next(new Event.Choose(r.current().correct()));
  }

  private static Round answerWrongly(Round r) {
    return r.next(new Event.Choose((r.current().correct() + 1) % r.current().choices().size()));
  }

  @Test
  void correctAnswerScoresAndShowsFeedback() {
    Round r = answerCorrectly(round(3, 0));
    assertThat(r.phase()).isEqualTo(Round.Phase.FEEDBACK);
    assertThat(r.score()).isEqualTo(1000);
    assertThat(r.lastAnswer().correct()).isTrue();
    assertThat(r.streak()).isEqualTo(1);
  }

  @Test
  void answersAreIgnoredDuringFeedback() {
    Round r = answerCorrectly(round(3, 0));
    assertThat(r.next(new Event.Choose(0))).isSameAs(r);
  }

  @Test
  void choiceOutsideTheListIsIgnored() {
    Round r = round(3, 0);
    assertThat(r.next(new Event.Choose(4))).isSameAs(r);
    assertThat(r.next(new Event.Choose(-1))).isSameAs(r);
  }

  @Test
  void wholeRoundEndsFinishedWithStreaksCounted() {
    Round r = round(4, 0);
    r = answerCorrectly(r).next(new Event.Next());
    r = answerCorrectly(r).next(new Event.Next());
    r = answerWrongly(r).next(new Event.Next());
    r = answerCorrectly(r).next(new Event.Next());
    assertThat(r.phase()).isEqualTo(Round.Phase.FINISHED);
    assertThat(r.answers()).extracting(Answer::points).containsExactly(1000, 1100, 0, 1000);
    assertThat(r.score()).isEqualTo(3100);
    assertThat(r.bestStreak()).isEqualTo(2);
    assertThat(r.streak()).isEqualTo(1);
    assertThat(r.correctCount()).isEqualTo(3);
  }

  @Test
  void timeoutScoresZeroAndEndsTheStreak() {
    Round r = answerCorrectly(round(3, 10)).next(new Event.Next());
    assertThat(r.streak()).isEqualTo(1);
    r = r.next(new Event.Tick(6_000));
    assertThat(r.phase()).isEqualTo(Round.Phase.ASKING);
    assertThat(r.remainingMillis()).isEqualTo(4_000);
    r = r.next(new Event.Tick(4_000));
    assertThat(r.phase()).isEqualTo(Round.Phase.FEEDBACK);
    assertThat(r.lastAnswer().timedOut()).isTrue();
    assertThat(r.lastAnswer().points()).isZero();
    assertThat(r.streak()).isZero();
  }

  @Test
  void timedAnswerUsesTheTicksThatPassed() {
    Round r = round(2, 20).next(new Event.Tick(10_000));
    r = answerCorrectly(r);
    assertThat(r.lastAnswer().points()).isEqualTo(750);
    assertThat(r.lastAnswer().millis()).isEqualTo(10_000);
  }

  @Test
  void clockRestartsForEachItem() {
    Round r = round(2, 20).next(new Event.Tick(15_000));
    r = answerCorrectly(r).next(new Event.Tick(30_000)).next(new Event.Next());
    assertThat(r.elapsedMillis()).isZero();
    assertThat(r.remainingMillis()).isEqualTo(20_000);
  }

  @Test
  void untimedRoundNeverTimesOut() {
    Round r = round(2, 0).next(new Event.Tick(10_000_000));
    assertThat(r.phase()).isEqualTo(Round.Phase.ASKING);
  }
}
