package dev.sourced.classroom;

import dev.sourced.game.Challenge;
import dev.sourced.game.Scoring;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A teacher-led session as a value: next(event) returns the session after it. Each question goes
 * QUESTION -> REVEAL -> DISCUSSION (when on) -> LEADERBOARD; after the last, FINISHED.
 * Teams are numbered by their place in settings.teams().
 */
public record Session(
    ClassSettings settings,
    List<Challenge> challenges,
    int index,
    Phase phase,
    long elapsedMillis,
    boolean paused,
    List<Ballot> ballots,
    List<Outcome> outcomes,
    List<Integer> streaks,
    long discussionMillis,
    boolean endedEarly) {

  public enum Phase { QUESTION, REVEAL, DISCUSSION, LEADERBOARD, FINISHED }

  public Session {
    challenges = List.copyOf(challenges);
    ballots = List.copyOf(ballots);
    outcomes = List.copyOf(outcomes);
    streaks = List.copyOf(streaks);
    if (challenges.isEmpty()) {
      throw new IllegalArgumentException("a session has at least one question");
    }
  }

  public static Session start(ClassSettings settings, List<Challenge> challenges) {
    int n = settings.teams().size();
    return new Session(settings, challenges, 0, Phase.QUESTION, 0, false, Collections.nCopies(n, Ballot.NONE),
        List.of(), Collections.nCopies(n, 0), 0, false);
  }

  public Challenge current() {
    return challenges.get(index);
  }

  public int teamCount() {
    return settings.teams().size();
  }

  public boolean timed() {
    return settings.timerSeconds() > 0;
  }

  public long remainingMillis() {
    return Math.max(0, settings.timerMillis() - elapsedMillis);
  }

  /** The outcome of the question on screen, once it is locked. */
  public Outcome lastOutcome() {
    return outcomes.isEmpty() ? null : outcomes.get(outcomes.size() - 1);
  }

  public List<Integer> scores() {
    return scoresAfter(outcomes.size());
  }

  /** Scores after the first k outcomes. */
  public List<Integer> scoresAfter(int k) {
    List<Integer> s = new ArrayList<>(Collections.nCopies(teamCount(), 0));
    for (Outcome o : outcomes.subList(0, k)) {
      for (int t = 0; t < teamCount(); t++) {
        s.set(t, s.get(t) + o.points().get(t));
      }
    }
    return s;
  }

  public List<Standing> standings() {
    return Standing.of(settings.teams(), scores());
  }

  /** The standings before the last question, to show each team's change in place. */
  public List<Standing> previousStandings() {
    return Standing.of(settings.teams(), scoresAfter(Math.max(0, outcomes.size() - 1)));
  }

  public Session next(ClassEvent e) {
    if (e instanceof ClassEvent.End && phase != Phase.FINISHED) {
      return finish(true);
    }
    switch (phase) {
      case QUESTION:
        return onQuestion(e);
      case REVEAL:
        return e instanceof ClassEvent.Next ? with(settings.discussionStop() ? Phase.DISCUSSION : Phase.LEADERBOARD) : this;
      case DISCUSSION:
        if (e instanceof ClassEvent.Tick t && !paused) {
          return new Session(settings, challenges, index, phase, elapsedMillis, paused, ballots, outcomes, streaks,
              discussionMillis + t.millis(), endedEarly);
        }
        if (e instanceof ClassEvent.Pause) {
          return new Session(settings, challenges, index, phase, elapsedMillis, !paused, ballots, outcomes, streaks,
              discussionMillis, endedEarly);
        }
        return e instanceof ClassEvent.Next ? with(Phase.LEADERBOARD) : this;
      case LEADERBOARD:
        return e instanceof ClassEvent.Next ? advance() : this;
      default:
        return this;
    }
  }

  private Session onQuestion(ClassEvent e) {
    if (e instanceof ClassEvent.Record r) {
      if (r.team() < 0 || r.team() >= teamCount() || r.choice() < 0 || r.choice() >= current().choices().size()) {
        return this;
      }
      List<Ballot> b = new ArrayList<>(ballots);
      b.set(r.team(), new Ballot(r.choice(), elapsedMillis, r.wallMillis()));
      Session s = new Session(settings, challenges, index, phase, elapsedMillis, paused, b, outcomes, streaks,
          discussionMillis, endedEarly);
      return b.stream().allMatch(Ballot::given) ? s.lock(Outcome.Lock.ALL_ANSWERED) : s;
    }
    if (e instanceof ClassEvent.Lock) {
      return lock(Outcome.Lock.TEACHER);
    }
    if (e instanceof ClassEvent.Pause) {
      return new Session(settings, challenges, index, phase, elapsedMillis, !paused, ballots, outcomes, streaks,
          discussionMillis, endedEarly);
    }
    if (e instanceof ClassEvent.Tick t && !paused) {
      long elapsed = elapsedMillis + t.millis();
      if (timed() && elapsed >= settings.timerMillis()) {
        elapsed = settings.timerMillis();
      }
      Session s = new Session(settings, challenges, index, phase, elapsed, paused, ballots, outcomes, streaks,
          discussionMillis, endedEarly);
      return timed() && elapsed >= settings.timerMillis() ? s.lock(Outcome.Lock.TIMER) : s;
    }
    if (e instanceof ClassEvent.Skip) {
      int n = teamCount();
      List<Outcome> o = new ArrayList<>(outcomes);
      o.add(new Outcome(index + 1, current(), Outcome.Lock.SKIPPED, elapsedMillis, Collections.nCopies(n, Ballot.NONE),
          Collections.nCopies(n, false), Collections.nCopies(n, 0)));
      return new Session(settings, challenges, index, phase, elapsedMillis, paused, ballots, o, streaks,
          discussionMillis, endedEarly).advance();
    }
    return this;
  }

  private Session lock(Outcome.Lock how) {
    int n = teamCount();
    List<Boolean> right = new ArrayList<>();
    List<Integer> points = new ArrayList<>();
    List<Integer> newStreaks = new ArrayList<>();
    for (int t = 0; t < n; t++) {
      Ballot b = ballots.get(t);
      boolean ok = b.given() && b.choice() == current().correct();
      int streakBefore = settings.streakBonus() ? streaks.get(t) : 0;
      int p;
      if (!ok) {
        p = 0;
      } else if (settings.scoring() == ClassSettings.ScoringRule.SPEED) {
        p = Scoring.points(true, b.millis(), settings.timerMillis(), streakBefore);
      } else {
        p = Scoring.CORRECT + Scoring.streakBonus(streakBefore);
      }
      right.add(ok);
      points.add(p);
      newStreaks.add(ok ? streaks.get(t) + 1 : 0);
    }
    List<Outcome> o = new ArrayList<>(outcomes);
    o.add(new Outcome(index + 1, current(), how, elapsedMillis, ballots, right, points));
    return new Session(settings, challenges, index, Phase.REVEAL, elapsedMillis, false, ballots, o, newStreaks, 0,
        endedEarly);
  }

  private Session advance() {
    if (index + 1 >= challenges.size()) {
      return finish(false);
    }
    return new Session(settings, challenges, index + 1, Phase.QUESTION, 0, false,
        Collections.nCopies(teamCount(), Ballot.NONE), outcomes, streaks, 0, endedEarly);
  }

  private Session with(Phase p) {
    return new Session(settings, challenges, index, p, elapsedMillis, false, ballots, outcomes, streaks, 0,
        endedEarly);
  }

  private Session finish(boolean early) {
    return new Session(settings, challenges, index, Phase.FINISHED, elapsedMillis, false, ballots, outcomes, streaks,
        0, early);
  }

  /** Questions by how many teams missed them, most missed first: what to revisit. */
  public List<Outcome> mostMissed() {
    List<Outcome> asked = new ArrayList<>(outcomes.stream().filter(o -> !o.skipped()).toList());
    asked.sort((a, b) -> a.rightCount() != b.rightCount() ? Integer.compare(a.rightCount(), b.rightCount())
        : Integer.compare(a.number(), b.number()));
    return asked;
  }
}
