package dev.sourced.classroom;

import dev.sourced.game.Challenge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rebuilds a session from what a results file kept, by replaying it through Session.next: the
 * resumed session is the one that was played, not a copy of its numbers.
 */
public final class Replay {
  private Replay() {}

  /** One locked or skipped question as saved: how it ended, when, and each team's final ballot. */
  public record Saved(Outcome.Lock how, long lockedAtMillis, List<Ballot> ballots, List<Integer> points) {
    public Saved {
      ballots = List.copyOf(ballots);
      points = List.copyOf(points);
    }
  }

  public static final class Mismatch extends Exception {
    public Mismatch(String message) {
      super(message);
    }
  }

  /** The session at the start of the first question not yet played. */
  public static Session resume(ClassSettings settings, List<Challenge> challenges, List<Saved> saved)
      throws Mismatch {
    if (saved.size() >= challenges.size()) {
      throw new Mismatch("every question of this session has been played");
    }
    return rebuild(settings, challenges, saved);
  }

  /** The session after the saved questions, finished ones included (for a summary). */
  public static Session rebuild(ClassSettings settings, List<Challenge> challenges, List<Saved> saved)
      throws Mismatch {
    if (saved.size() > challenges.size()) {
      throw new Mismatch("more questions were played than the session has");
    }
    Session s = Session.start(settings, challenges);
    for (Saved q : saved) {
      s = replay(s, q);
      List<Integer> points = s.outcomes().get(s.outcomes().size() - 1).points();
      if (!points.equals(q.points())) {
        throw new Mismatch("question " + s.outcomes().size() + " replays to points " + points + ", but the file says "
            + q.points() + "; was the pack changed?");
      }
      while (s.phase() != Session.Phase.QUESTION && s.phase() != Session.Phase.FINISHED) {
        s = s.next(new ClassEvent.Next());
      }
    }
    return s;
  }

  private static Session replay(Session s, Saved q) {
    if (q.how() == Outcome.Lock.SKIPPED) {
      return s.next(new ClassEvent.Tick(q.lockedAtMillis())).next(new ClassEvent.Skip());
    }
    List<Integer> order = new ArrayList<>();
    for (int t = 0; t < q.ballots().size(); t++) {
      if (q.ballots().get(t).given()) {
        order.add(t);
      }
    }
    order.sort(Comparator.<Integer>comparingLong(t -> q.ballots().get(t).millis()).thenComparingInt(t -> t));
    for (int t : order) {
      Ballot b = q.ballots().get(t);
      s = s.next(new ClassEvent.Tick(Math.max(0, b.millis() - s.elapsedMillis())));
      s = s.next(new ClassEvent.Record(t, b.choice(), b.wallMillis()));
    }
    if (s.phase() == Session.Phase.QUESTION) {
      s = s.next(new ClassEvent.Tick(Math.max(0, q.lockedAtMillis() - s.elapsedMillis())));
    }
    if (s.phase() == Session.Phase.QUESTION) {
      s = s.next(new ClassEvent.Lock());
    }
    return s;
  }
}
