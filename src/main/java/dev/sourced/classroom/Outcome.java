package dev.sourced.classroom;

import dev.sourced.game.Challenge;
import java.util.List;

/**
 * A question once answers locked (or it was skipped): each seated player's ballot, whether it was
 * right, the points it gained, by seat. how says what locked it.
 */
public record Outcome(int number, Challenge challenge, Lock how, long lockedAtMillis, List<Ballot> ballots,
    List<Boolean> correct, List<Integer> points) {

  public enum Lock { ALL_ANSWERED, TIMER, TEACHER, SKIPPED }

  public Outcome {
    ballots = List.copyOf(ballots);
    correct = List.copyOf(correct);
    points = List.copyOf(points);
    if (correct.size() != ballots.size() || points.size() != ballots.size()) {
      throw new IllegalArgumentException("an outcome has a ballot, a verdict and points for every seat");
    }
  }

  public boolean skipped() {
    return how == Lock.SKIPPED;
  }

  /** Seats that were in the session when this question locked. */
  public int seats() {
    return ballots.size();
  }

  public int rightCount() {
    return (int) correct.stream().filter(b -> b).count();
  }

  /** Points of a seat, 0 for one that joined later. */
  public int pointsOf(int seat) {
    return seat < points.size() ? points.get(seat) : 0;
  }

  /** How many players chose each option. */
  public int[] tally() {
    int[] counts = new int[challenge.choices().size()];
    for (Ballot b : ballots) {
      if (b.given()) {
        counts[b.choice()]++;
      }
    }
    return counts;
  }
}
