package dev.sourced.classroom;

import dev.sourced.game.Challenge;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A teacher-led session as a value: step(event) returns the session after it and what its owner
 * should do. Each question goes QUESTION -> REVEAL -> DISCUSSION (when on) -> LEADERBOARD; after
 * the last, FINISHED. With a timer, each question opens with a LEAD_IN of LEAD_IN_MILLIS (the room's
 * "3 2 1"): leadInMillis is what is left of it, answers are not taken, and the question's own clock
 * (elapsedMillis, from which answer times and speed points count) starts only when it ends. Players are seats, numbered in the order they joined; ballots, streaks and
 * points are per seat, team standings are derived from them.
 */
public record Session(
    ClassSettings settings,
    List<Challenge> challenges,
    List<Player> players,
    int index,
    Phase phase,
    long elapsedMillis,
    boolean paused,
    List<Ballot> ballots,
    List<Outcome> outcomes,
    List<Integer> streaks,
    long discussionMillis,
    boolean endedEarly,
    long leadInMillis) {

  /**
   * LOBBY: players take their seats from their own terminals until the teacher starts. LEAD_IN:
   * the question's number is up, its answers not yet open.
   */
  public enum Phase { LOBBY, LEAD_IN, QUESTION, REVEAL, DISCUSSION, LEADERBOARD, FINISHED }

  /** How long the lead-in of a timed question lasts: long enough for a room to look up. */
  public static final long LEAD_IN_MILLIS = 3_000;

  /** A session after an event, and the effects the event asks for. */
  public record Step(Session session, List<ClassEffect> effects) {
    public Step {
      effects = List.copyOf(effects);
    }

    public static Step of(Session s) {
      return new Step(s, List.of());
    }

    public static Step saving(Session s) {
      return new Step(s, List.of(new ClassEffect.Save()));
    }
  }

  public Session {
    challenges = List.copyOf(challenges);
    players = List.copyOf(players);
    ballots = List.copyOf(ballots);
    outcomes = List.copyOf(outcomes);
    streaks = List.copyOf(streaks);
    if (challenges.isEmpty()) {
      throw new IllegalArgumentException("a session has at least one question");
    }
    if (ballots.size() != players.size() || streaks.size() != players.size()) {
      throw new IllegalArgumentException("every seat has a ballot and a streak");
    }
    if (leadInMillis < 0 || (leadInMillis > 0 && phase != Phase.LEAD_IN)) {
      throw new IllegalArgumentException("a lead-in is left only during the lead-in: " + leadInMillis);
    }
  }

  public static Session start(ClassSettings settings, List<Challenge> challenges, List<Player> players) {
    int n = players.size();
    for (Player p : players) {
      if (p.team() >= settings.teams().size()) {
        throw new IllegalArgumentException(p.name() + " is in team " + p.team() + ", which the settings lack");
      }
    }
    return new Session(settings, challenges, players, 0, Phase.QUESTION, 0, false, Collections.nCopies(n, Ballot.NONE),
        List.of(), Collections.nCopies(n, 0), 0, false, 0).opened();
  }

  /** A class whose students join from their own terminals: no seats yet, waiting in the lobby. */
  public static Session lobby(ClassSettings settings, List<Challenge> challenges) {
    return start(settings, challenges, List.of()).with(Phase.LOBBY);
  }

  /** The seat of the player with this id, or -1. */
  public int seatOf(String id) {
    for (int p = 0; p < players.size(); p++) {
      if (players.get(p).id().equals(id)) {
        return p;
      }
    }
    return -1;
  }

  /** The seat whose name is this one, ignoring case, or -1. */
  public int seatNamed(String name) {
    String key = ClassSettings.nameKey(name);
    for (int p = 0; p < players.size(); p++) {
      if (ClassSettings.nameKey(players.get(p).name()).equals(key)) {
        return p;
      }
    }
    return -1;
  }

  /** A class without devices: each team is one seat, named as the team, that the teacher answers for. */
  public static Session keyed(ClassSettings settings, List<Challenge> challenges) {
    return start(settings, challenges, seats(settings.teams()));
  }

  /** One seat a team, named as the team: the players of a teacher-keyed class. */
  public static List<Player> seats(List<String> teams) {
    List<Player> seats = new ArrayList<>();
    for (int t = 0; t < teams.size(); t++) {
      seats.add(new Player("team-" + (t + 1), teams.get(t), t));
    }
    return seats;
  }

  public Challenge current() {
    return challenges.get(index);
  }

  public int playerCount() {
    return players.size();
  }

  public int teamCount() {
    return settings.teams().size();
  }

  public int answeredCount() {
    return (int) ballots.stream().filter(Ballot::given).count();
  }

  public boolean timed() {
    return settings.timerSeconds() > 0;
  }

  /** Whether the question on screen is in its lead-in: its number shown, its answers not yet open. */
  public boolean leadingIn() {
    return phase == Phase.LEAD_IN;
  }

  public long remainingMillis() {
    return Math.max(0, settings.timerMillis() - elapsedMillis);
  }

  /** The outcome of the question on screen, once it is locked. */
  public Outcome lastOutcome() {
    return outcomes.isEmpty() ? null : outcomes.get(outcomes.size() - 1);
  }

  /** Each seat's points. */
  public List<Integer> scores() {
    return scoresAfter(outcomes.size());
  }

  /** Each seat's points after the first k outcomes. */
  public List<Integer> scoresAfter(int k) {
    int[] s = new int[players.size()];
    for (Outcome o : outcomes.subList(0, k)) {
      for (int p = 0; p < o.seats(); p++) {
        s[p] += o.pointsOf(p);
      }
    }
    List<Integer> out = new ArrayList<>(s.length);
    for (int v : s) {
      out.add(v);
    }
    return out;
  }

  /**
   * A team's score is the mean of its members' points, rounded to the nearest point, so that a
   * team of three is not beaten by a team of six for being small; a team with no members has 0.
   */
  public List<Integer> teamScores(List<Integer> seatScores) {
    long[] sum = new long[teamCount()];
    int[] members = new int[teamCount()];
    for (int p = 0; p < players.size(); p++) {
      int t = players.get(p).team();
      if (t != Player.NO_TEAM) {
        sum[t] += seatScores.get(p);
        members[t]++;
      }
    }
    List<Integer> out = new ArrayList<>();
    for (int t = 0; t < teamCount(); t++) {
      out.add(members[t] == 0 ? 0 : (int) Math.round((double) sum[t] / members[t]));
    }
    return out;
  }

  public List<Standing> playerStandings() {
    return Standing.of(players.stream().map(Player::name).toList(), scores());
  }

  public List<Standing> teamStandings() {
    return Standing.of(settings.teams(), teamScores(scores()));
  }

  /** The board the room sees: teams when there are teams, players otherwise. */
  public List<Standing> standings() {
    return teamCount() > 0 ? teamStandings() : playerStandings();
  }

  /** The board before the last question, to show each entry's change in place. */
  public List<Standing> previousStandings() {
    List<Integer> before = scoresAfter(Math.max(0, outcomes.size() - 1));
    return teamCount() > 0 ? Standing.of(settings.teams(), teamScores(before))
        : Standing.of(players.stream().map(Player::name).toList(), before);
  }

  public Session next(ClassEvent e) {
    return step(e).session();
  }

  public Step step(ClassEvent e) {
    if (e instanceof ClassEvent.Join j) {
      return Step.of(join(j.player()));
    }
    if (e instanceof ClassEvent.Remove r) {
      return Step.of(remove(r.id()));
    }
    if (e instanceof ClassEvent.End && phase != Phase.FINISHED) {
      // A session ended before anything was played leaves no results file behind.
      return outcomes.isEmpty() ? Step.of(finish(true)) : Step.saving(finish(true));
    }
    if (e instanceof ClassEvent.Correct c) {
      return correct(c);
    }
    if (e instanceof ClassEvent.Unskip) {
      return unskip();
    }
    if (e instanceof ClassEvent.Back) {
      return Step.of(back());
    }
    switch (phase) {
      case LOBBY:
        // Saved at the start, so that a resumed session knows everyone who was seated.
        return e instanceof ClassEvent.Start ? Step.saving(with(Phase.QUESTION).opened()) : Step.of(this);
      case LEAD_IN:
        return onLeadIn(e);
      case QUESTION:
        return onQuestion(e);
      case REVEAL:
        return Step.of(e instanceof ClassEvent.Next
            ? with(settings.discussionStop() ? Phase.DISCUSSION : Phase.LEADERBOARD) : this);
      case DISCUSSION:
        if (e instanceof ClassEvent.Tick t && !paused) {
          return Step.of(new Session(settings, challenges, players, index, phase, elapsedMillis, paused, ballots,
              outcomes, streaks, discussionMillis + t.millis(), endedEarly, leadInMillis));
        }
        if (e instanceof ClassEvent.Pause) {
          return Step.of(withPaused(!paused));
        }
        return Step.of(e instanceof ClassEvent.Next ? with(Phase.LEADERBOARD) : this);
      case LEADERBOARD:
        return e instanceof ClassEvent.Next ? advance() : Step.of(this);
      default:
        return Step.of(this);
    }
  }

  /** A new seat, unless its id is seated, its name taken (ignoring case) or its team unknown. */
  private Session join(Player p) {
    if (seatOf(p.id()) >= 0 || seatNamed(p.name()) >= 0 || p.team() >= teamCount()) {
      return this;
    }
    List<Player> ps = new ArrayList<>(players);
    ps.add(p);
    List<Ballot> b = new ArrayList<>(ballots);
    b.add(Ballot.NONE);
    List<Integer> st = new ArrayList<>(streaks);
    st.add(0);
    return new Session(settings, challenges, ps, index, phase, elapsedMillis, paused, b, outcomes, st,
        discussionMillis, endedEarly, leadInMillis);
  }

  /** Only in the lobby does a seat go away: later, outcomes hold its place. */
  private Session remove(String id) {
    int seat = seatOf(id);
    if (phase != Phase.LOBBY || seat < 0) {
      return this;
    }
    List<Player> ps = new ArrayList<>(players);
    ps.remove(seat);
    return new Session(settings, challenges, ps, index, phase, elapsedMillis, paused,
        Collections.nCopies(ps.size(), Ballot.NONE), outcomes, Collections.nCopies(ps.size(), 0), discussionMillis,
        endedEarly, leadInMillis);
  }

  private Step onQuestion(ClassEvent e) {
    if (e instanceof ClassEvent.Record r) {
      if (r.player() < 0 || r.player() >= players.size() || r.choice() < 0
          || r.choice() >= current().choices().size()) {
        return Step.of(this);
      }
      List<Ballot> b = new ArrayList<>(ballots);
      b.set(r.player(), new Ballot(r.choice(), elapsedMillis, r.wallMillis()));
      Session s = new Session(settings, challenges, players, index, phase, elapsedMillis, paused, b, outcomes,
          streaks, discussionMillis, endedEarly, leadInMillis);
      return s.answeredCount() == players.size() ? s.lock(Outcome.Lock.ALL_ANSWERED) : Step.of(s);
    }
    if (e instanceof ClassEvent.Lock) {
      return lock(Outcome.Lock.TEACHER);
    }
    if (e instanceof ClassEvent.Pause) {
      return Step.of(withPaused(!paused));
    }
    if (e instanceof ClassEvent.Tick t && !paused) {
      long elapsed = elapsedMillis + t.millis();
      if (timed() && elapsed >= settings.timerMillis()) {
        elapsed = settings.timerMillis();
      }
      Session s = new Session(settings, challenges, players, index, phase, elapsed, paused, ballots, outcomes,
          streaks, discussionMillis, endedEarly, leadInMillis);
      return timed() && elapsed >= settings.timerMillis() ? s.lock(Outcome.Lock.TIMER) : Step.of(s);
    }
    if (e instanceof ClassEvent.Skip) {
      return skip();
    }
    return Step.of(this);
  }

  /**
   * The lead-in runs down on ticks (a pause holds it) and may be skipped; answers and a lock are
   * ignored, as nobody has seen the choices yet. Time a tick carries past its end goes to the question.
   */
  private Step onLeadIn(ClassEvent e) {
    if (e instanceof ClassEvent.Tick t && !paused) {
      if (t.millis() < leadInMillis) {
        return Step.of(new Session(settings, challenges, players, index, phase, elapsedMillis, paused, ballots,
            outcomes, streaks, discussionMillis, endedEarly, leadInMillis - t.millis()));
      }
      Session open = new Session(settings, challenges, players, index, Phase.QUESTION, elapsedMillis, false, ballots,
          outcomes, streaks, 0, endedEarly, 0);
      long over = t.millis() - leadInMillis;
      return over > 0 ? open.step(new ClassEvent.Tick(over)) : Step.of(open);
    }
    if (e instanceof ClassEvent.Pause) {
      return Step.of(withPaused(!paused));
    }
    if (e instanceof ClassEvent.Skip) {
      return skip();
    }
    return Step.of(this);
  }

  /** A question that is opening: with a timer, its lead-in first; without, the question at once. */
  private Session opened() {
    return !timed() ? this : new Session(settings, challenges, players, index, Phase.LEAD_IN, elapsedMillis, false,
        ballots, outcomes, streaks, 0, endedEarly, LEAD_IN_MILLIS);
  }

  private Step skip() {
    int n = players.size();
    List<Outcome> o = new ArrayList<>(outcomes);
    o.add(new Outcome(index + 1, current(), Outcome.Lock.SKIPPED, elapsedMillis, Collections.nCopies(n, Ballot.NONE),
        Collections.nCopies(n, false), Collections.nCopies(n, 0), Collections.nCopies(n, Ballot.NONE), streaks));
    Step next = new Session(settings, challenges, players, index, Phase.QUESTION, elapsedMillis, paused, ballots, o,
        streaks, discussionMillis, endedEarly, 0).advance();
    return Step.saving(next.session());
  }

  private Step lock(Outcome.Lock how) {
    int n = players.size();
    List<Boolean> right = new ArrayList<>(n);
    List<Integer> points = new ArrayList<>(n);
    List<Integer> newStreaks = new ArrayList<>(n);
    for (int p = 0; p < n; p++) {
      Ballot b = ballots.get(p);
      boolean ok = b.given() && current().judge(b.choice());
      int streakBefore = settings.streakBonus() ? streaks.get(p) : 0;
      right.add(ok);
      points.add(settings.scoring().points(ok, b.millis(), settings.timerMillis(), streakBefore));
      newStreaks.add(ok ? streaks.get(p) + 1 : 0);
    }
    List<Outcome> o = new ArrayList<>(outcomes);
    o.add(new Outcome(index + 1, current(), how, elapsedMillis, ballots, right, points, ballots, streaks));
    return Step.saving(new Session(settings, challenges, players, index, Phase.REVEAL, elapsedMillis, false, ballots,
        o, newStreaks, 0, endedEarly, 0));
  }

  /** The question on screen has been revealed and not yet left: its outcome can still change. */
  private boolean afterReveal() {
    Outcome o = lastOutcome();
    return (phase == Phase.REVEAL || phase == Phase.DISCUSSION || phase == Phase.LEADERBOARD) && o != null
        && !o.skipped() && o.number() == index + 1;
  }

  private Step correct(ClassEvent.Correct c) {
    Outcome o = lastOutcome();
    if (!afterReveal() || c.player() < 0 || c.player() >= o.seats() || c.choice() < 0
        || c.choice() >= o.challenge().choices().size() || o.ballots().get(c.player()).choice() == c.choice()) {
      return Step.of(this);
    }
    int seat = c.player();
    Ballot was = o.locked().get(seat);
    Ballot now = new Ballot(c.choice(), was.given() ? was.millis() : o.lockedAtMillis(), c.wallMillis());
    boolean ok = o.challenge().judge(now.choice());
    int before = o.streaksBefore().get(seat);
    List<Ballot> b = new ArrayList<>(o.ballots());
    b.set(seat, now);
    List<Boolean> right = new ArrayList<>(o.correct());
    right.set(seat, ok);
    List<Integer> points = new ArrayList<>(o.points());
    points.set(seat, settings.scoring().points(ok, now.millis(), settings.timerMillis(),
        settings.streakBonus() ? before : 0));
    List<Outcome> os = new ArrayList<>(outcomes);
    os.set(os.size() - 1, new Outcome(o.number(), o.challenge(), o.how(), o.lockedAtMillis(), b, right, points,
        o.locked(), o.streaksBefore()));
    List<Integer> st = new ArrayList<>(streaks);
    st.set(seat, ok ? before + 1 : 0);
    return Step.saving(new Session(settings, challenges, players, index, phase, elapsedMillis, paused, ballots, os, st,
        discussionMillis, endedEarly, leadInMillis));
  }

  private Step unskip() {
    Outcome o = lastOutcome();
    boolean justSkipped = o != null && o.skipped()
        && (((phase == Phase.QUESTION || phase == Phase.LEAD_IN) && index == o.number() && answeredCount() == 0)
            || (phase == Phase.FINISHED && !endedEarly && index == o.number() - 1));
    if (!justSkipped) {
      return Step.of(this);
    }
    // The question comes back with its clock where the skip stopped it, after a lead-in when timed.
    return Step.saving(new Session(settings, challenges, players, o.number() - 1, Phase.QUESTION, o.lockedAtMillis(),
        false, Collections.nCopies(players.size(), Ballot.NONE), outcomes.subList(0, outcomes.size() - 1), streaks, 0,
        endedEarly, 0).opened());
  }

  private Session back() {
    if (phase == Phase.DISCUSSION || phase == Phase.LEADERBOARD) {
      return with(Phase.REVEAL);
    }
    Outcome o = lastOutcome();
    if ((phase == Phase.QUESTION || phase == Phase.LEAD_IN) && answeredCount() == 0 && o != null && !o.skipped()
        && o.number() == index) {
      return new Session(settings, challenges, players, index - 1, Phase.REVEAL, o.lockedAtMillis(), false,
          Collections.nCopies(players.size(), Ballot.NONE), outcomes, streaks, 0, endedEarly, 0);
    }
    return this;
  }

  private Step advance() {
    if (index + 1 >= challenges.size()) {
      return Step.saving(finish(false));
    }
    return Step.of(new Session(settings, challenges, players, index + 1, Phase.QUESTION, 0, false,
        Collections.nCopies(players.size(), Ballot.NONE), outcomes, streaks, 0, endedEarly, 0).opened());
  }

  private Session with(Phase p) {
    return new Session(settings, challenges, players, index, p, elapsedMillis, false, ballots, outcomes, streaks, 0,
        endedEarly, 0);
  }

  private Session withPaused(boolean on) {
    return new Session(settings, challenges, players, index, phase, elapsedMillis, on, ballots, outcomes, streaks,
        discussionMillis, endedEarly, leadInMillis);
  }

  private Session finish(boolean early) {
    return new Session(settings, challenges, players, index, Phase.FINISHED, elapsedMillis, false, ballots, outcomes,
        streaks, 0, early, 0);
  }

  /** Questions by how many players missed them, most missed first: what to revisit. */
  public List<Outcome> mostMissed() {
    List<Outcome> asked = new ArrayList<>(outcomes.stream().filter(o -> !o.skipped()).toList());
    asked.sort((a, b) -> a.rightCount() != b.rightCount() ? Integer.compare(a.rightCount(), b.rightCount())
        : Integer.compare(a.number(), b.number()));
    return asked;
  }
}
