package dev.sourced.classroom;

import dev.sourced.game.Challenge;
import java.util.List;

/**
 * A question once answers locked (or it was skipped): each team's ballot, whether it was right,
 * the points it gained. how says what locked it.
 */
public record Outcome(int number, Challenge challenge, Lock how, long lockedAtMillis, List<Ballot> ballots,
    List<Boolean> correct, List<Integer> points) {

  public enum Lock { ALL_ANSWERED, TIMER, TEACHER, SKIPPED }

  public Outcome {
    ballots = List.copyOf(ballots);
    correct = List.copyOf(correct);
    points = List.copyOf(points);
  }

  public boolean skipped() {
    return how == Lock.SKIPPED;
  }

  public int rightCount() {
    return (int) correct.stream().filter(b -> b).count();
  }

  /** How many teams chose each option. */
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
