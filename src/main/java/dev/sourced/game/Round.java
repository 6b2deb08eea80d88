package dev.sourced.game;

import java.util.ArrayList;
import java.util.List;

/**
 * A solo round as a value: next(event) returns the round after it. Phases go ASKING -> FEEDBACK
 * for each item, then FINISHED.
 */
public record Round(
    List<Challenge> challenges,
    RoundSettings settings,
    int index,
    Phase phase,
    long elapsedMillis,
    int score,
    int streak,
    int bestStreak,
    List<Answer> answers) {

  public enum Phase { ASKING, FEEDBACK, FINISHED }

  public Round {
    challenges = List.copyOf(challenges);
    answers = List.copyOf(answers);
    if (challenges.isEmpty()) {
      throw new IllegalArgumentException("a round has at least one item");
    }
  }

  public static Round start(List<Challenge> challenges, RoundSettings settings) {
    return new Round(challenges, settings, 0, Phase.ASKING, 0, 0, 0, 0, List.of());
  }

  public Challenge current() {
    return challenges.get(Math.min(index, challenges.size() - 1));
  }

  /** The answer to the current item, once given. */
  public Answer lastAnswer() {
    return answers.isEmpty() ? null : answers.get(answers.size() - 1);
  }

  public boolean timed() {
    return settings.timerSeconds() > 0;
  }

  public long remainingMillis() {
    return Math.max(0, settings.timerMillis() - elapsedMillis);
  }

  public int correctCount() {
    return (int) answers.stream().filter(Answer::correct).count();
  }

  public Round next(Event event) {
    if (event instanceof Event.Choose c && phase == Phase.ASKING) {
      if (c.choice() < 0 || c.choice() >= current().choices().size()) {
        return this;
      }
      return answer(c.choice());
    }
    if (event instanceof Event.Tick t && phase == Phase.ASKING && timed()) {
      long elapsed = elapsedMillis + t.millis();
      Round later = new Round(challenges, settings, index, phase, elapsed, score, streak, bestStreak, answers);
      return elapsed >= settings.timerMillis() ? later.answer(Answer.TIMED_OUT) : later;
    }
    if (event instanceof Event.Tick t && phase == Phase.ASKING) {
      return new Round(challenges, settings, index, phase, elapsedMillis + t.millis(), score, streak, bestStreak,
          answers);
    }
    if (event instanceof Event.Next && phase == Phase.FEEDBACK) {
      boolean last = index + 1 >= challenges.size();
      return new Round(challenges, settings, last ? index : index + 1, last ? Phase.FINISHED : Phase.ASKING, 0,
          score, streak, bestStreak, answers);
    }
    return this;
  }

  private Round answer(int choice) {
    boolean correct = choice == current().correct();
    long limit = settings.timerMillis();
    long took = timed() ? Math.min(elapsedMillis, limit) : elapsedMillis;
    int points = Scoring.points(correct, took, limit, streak);
    int newStreak = correct ? streak + 1 : 0;
    List<Answer> all = new ArrayList<>(answers);
    all.add(new Answer(current(), choice, correct, points, took));
    return new Round(challenges, settings, index, Phase.FEEDBACK, elapsedMillis, score + points, newStreak,
        Math.max(bestStreak, newStreak), all);
  }
}
