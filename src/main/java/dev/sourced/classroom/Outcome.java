package dev.sourced.classroom;

import dev.sourced.game.Challenge;
import java.util.List;

/**
 * A question once answers locked (or it was skipped): each seated player's ballot, whether it was
 * right, the points it gained, by seat. how says what locked it. locked holds the ballots as they
 * were at the lock and streaksBefore each seat's streak before this question, so that a teacher's
 * correction after the reveal can be scored as the answer would have been.
 */
public record Outcome(int number, Challenge challenge, Lock how, long lockedAtMillis, List<Ballot> ballots,
    List<Boolean> correct, List<Integer> points, List<Ballot> locked, List<Integer> streaksBefore) {

  public enum Lock { ALL_ANSWERED, TIMER, TEACHER, SKIPPED }

  public Outcome {
    ballots = List.copyOf(ballots);
    correct = List.copyOf(correct);
    points = List.copyOf(points);
    locked = List.copyOf(locked);
    streaksBefore = List.copyOf(streaksBefore);
    int n = ballots.size();
    if (correct.size() != n || points.size() != n || locked.size() != n || streaksBefore.size() != n) {
      throw new IllegalArgumentException("an outcome has a ballot, a verdict and points for every seat");
    }
  }

  /** Whether the teacher changed this seat's answer after the lock. */
  public boolean corrected(int seat) {
    return !ballots.get(seat).equals(locked.get(seat));
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
