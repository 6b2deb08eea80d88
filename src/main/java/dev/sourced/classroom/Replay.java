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

  /**
   * One locked or skipped question as saved: how it ended, when, each seat's final ballot and
   * points, and each seat's ballot as it was at the lock (the same unless the teacher corrected it).
   */
  public record Saved(Outcome.Lock how, long lockedAtMillis, List<Ballot> ballots, List<Integer> points,
      List<Ballot> locked) {
    public Saved {
      ballots = List.copyOf(ballots);
      points = List.copyOf(points);
      locked = List.copyOf(locked);
      if (points.size() != ballots.size() || locked.size() != ballots.size()) {
        throw new IllegalArgumentException("points for " + points.size() + " seats, ballots for " + ballots.size());
      }
    }

    public static Saved of(Outcome o) {
      return new Saved(o.how(), o.lockedAtMillis(), o.ballots(), o.points(), o.locked());
    }
  }

  public static final class Mismatch extends Exception {
    public Mismatch(String message) {
      super(message);
    }
  }

  /**
   * The session at the start of the first question not yet played; when every question was played
   * (a session stopped after its last lock), the session finished, with its final standings.
   */
  public static Session resume(ClassSettings settings, List<Challenge> challenges, List<Player> players,
      List<Saved> saved) throws Mismatch {
    return rebuild(settings, challenges, players, saved);
  }

  /** The session after the saved questions, finished ones included (for a summary). */
  public static Session rebuild(ClassSettings settings, List<Challenge> challenges, List<Player> players,
      List<Saved> saved) throws Mismatch {
    try {
      return replayAll(settings, challenges, players, saved);
    } catch (IllegalArgumentException e) {
      throw new Mismatch(e.getMessage()); // a file that replays to no session at all
    }
  }

  private static Session replayAll(ClassSettings settings, List<Challenge> challenges, List<Player> players,
      List<Saved> saved) throws Mismatch {
    if (saved.size() > challenges.size()) {
      throw new Mismatch("more questions were played than the session has");
    }
    Session s = Session.start(settings, challenges, List.of());
    for (Saved q : saved) {
      if (q.ballots().size() > players.size()) {
        throw new Mismatch("question " + (s.outcomes().size() + 1) + " has answers for " + q.ballots().size()
            + " seats, but the session has " + players.size() + " players");
      }
      s = seat(s, players, q.ballots().size());
      s = replay(s, q);
      List<Integer> points = s.outcomes().get(s.outcomes().size() - 1).points();
      if (!points.equals(q.points())) {
        throw new Mismatch("question " + s.outcomes().size() + " replays to points " + brief(points)
            + ", but the file says " + brief(q.points()) + "; was the pack changed?");
      }
      while (s.phase() != Session.Phase.QUESTION && s.phase() != Session.Phase.LEAD_IN
          && s.phase() != Session.Phase.FINISHED) {
        s = s.next(new ClassEvent.Next());
      }
    }
    return seat(s, players, players.size());
  }

  private static Session seat(Session s, List<Player> players, int upTo) {
    for (int p = s.playerCount(); p < upTo; p++) {
      s = s.next(new ClassEvent.Join(players.get(p)));
    }
    return s;
  }

  private static String brief(List<Integer> points) {
    return points.size() <= 8 ? points.toString() : points.subList(0, 8) + "\u2026";
  }

  private static Session replay(Session s, Saved q) {
    // Answer and lock times count from the end of the lead-in (and from the question's start in files
    // saved before there was one), so the lead-in is run out first and the saved times replay as they are.
    if (s.leadingIn()) {
      s = s.next(new ClassEvent.Tick(s.leadInMillis()));
    }
    if (q.how() == Outcome.Lock.SKIPPED) {
      return s.next(new ClassEvent.Tick(q.lockedAtMillis())).next(new ClassEvent.Skip());
    }
    List<Integer> order = new ArrayList<>();
    for (int p = 0; p < q.locked().size(); p++) {
      if (q.locked().get(p).given()) {
        order.add(p);
      }
    }
    order.sort(Comparator.<Integer>comparingLong(p -> q.locked().get(p).millis()).thenComparingInt(p -> p));
    for (int p : order) {
      Ballot b = q.locked().get(p);
      s = s.next(new ClassEvent.Tick(Math.max(0, b.millis() - s.elapsedMillis())));
      s = s.next(new ClassEvent.Record(p, b.choice(), b.wallMillis()));
    }
    if (s.phase() == Session.Phase.QUESTION) {
      s = s.next(new ClassEvent.Tick(Math.max(0, q.lockedAtMillis() - s.elapsedMillis())));
    }
    if (s.phase() == Session.Phase.QUESTION) {
      s = s.next(new ClassEvent.Lock());
    }
    for (int p = 0; p < q.ballots().size(); p++) {
      Ballot b = q.ballots().get(p);
      if (!b.equals(q.locked().get(p))) {
        s = s.next(new ClassEvent.Correct(p, b.choice(), b.wallMillis()));
      }
    }
    return s;
  }
}
