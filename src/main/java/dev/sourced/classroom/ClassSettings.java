package dev.sourced.classroom;

import dev.sourced.game.RoundSettings;
import dev.sourced.game.Scoring;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * How a class session is played. round says what is drawn (mode, count, packs, filters, seed);
 * teams are none, or 2 to 8 names; timerSeconds and discussionSeconds are 0 for none.
 */
public record ClassSettings(
    RoundSettings round,
    List<String> teams,
    int timerSeconds,
    ScoringRule scoring,
    boolean streakBonus,
    boolean discussionStop,
    int discussionSeconds) {

  public static final int MIN_TEAMS = 2;
  public static final int MAX_TEAMS = 8;
  public static final int DEFAULT_TIMER = 30;
  public static final int MAX_NAME = 24;
  /** The choices the class setup screen offers. */
  public static final List<Integer> TIMERS = List.of(0, 10, 20, 30, 45, 60, 90, 120);
  /** -1 means no discussion stop; 0 a stop without a timer. */
  public static final List<Integer> DISCUSSION = List.of(-1, 0, 60, 120, 180, 300);

  public enum ScoringRule {
    /** 1000 for a correct answer, whenever it comes: speed pressure hurts learning. */
    ACCURACY,
    /** The solo formula: 1000 falling to 500 over the timer. */
    SPEED;

    public String label() {
      return this == ACCURACY ? "accuracy" : "speed";
    }

    /** Points for one player's answer: millis on the question's clock, limitMillis its timer. */
    public int points(boolean correct, long millis, long limitMillis, int streakBefore) {
      return this == SPEED ? Scoring.points(correct, millis, limitMillis, streakBefore)
          : Scoring.accuracyPoints(correct, streakBefore);
    }
  }

  public ClassSettings {
    teams = List.copyOf(teams);
    if (!teams.isEmpty() && (teams.size() < MIN_TEAMS || teams.size() > MAX_TEAMS)) {
      throw new IllegalArgumentException("a class plays with " + MIN_TEAMS + " to " + MAX_TEAMS + " teams, not "
          + teams.size());
    }
    if (new HashSet<>(teams.stream().map(ClassSettings::nameKey).toList()).size() != teams.size()) {
      throw new IllegalArgumentException("two teams have the same name");
    }
    for (String t : teams) {
      if (t.isBlank() || t.length() > MAX_NAME) {
        throw new IllegalArgumentException("a team name has 1 to " + MAX_NAME + " characters: \"" + t + "\"");
      }
    }
    RoundSettings.checkTimer("the timer", timerSeconds);
    RoundSettings.checkTimer("the discussion timer", discussionSeconds);
  }

  /** Names are the same when they differ only in case. */
  public static String nameKey(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  /** Whether a team other than the one at index except already has this name. */
  public boolean teamNameTaken(String name, int except) {
    for (int i = 0; i < teams.size(); i++) {
      if (i != except && nameKey(teams.get(i)).equals(nameKey(name))) {
        return true;
      }
    }
    return false;
  }

  public static ClassSettings defaults(RoundSettings round, List<String> teams) {
    return new ClassSettings(round, teams, DEFAULT_TIMER, ScoringRule.ACCURACY, false, true, 0);
  }

  public long timerMillis() {
    return timerSeconds * 1000L;
  }

  public ClassSettings withRound(RoundSettings r) {
    return new ClassSettings(r, teams, timerSeconds, scoring, streakBonus, discussionStop, discussionSeconds);
  }

  public ClassSettings withTeams(List<String> t) {
    return new ClassSettings(round, t, timerSeconds, scoring, streakBonus, discussionStop, discussionSeconds);
  }

  public ClassSettings withTimer(int s) {
    return new ClassSettings(round, teams, s, scoring, streakBonus, discussionStop, discussionSeconds);
  }

  public ClassSettings withScoring(ScoringRule s) {
    return new ClassSettings(round, teams, timerSeconds, s, streakBonus, discussionStop, discussionSeconds);
  }

  public ClassSettings withStreakBonus(boolean on) {
    return new ClassSettings(round, teams, timerSeconds, scoring, on, discussionStop, discussionSeconds);
  }

  public ClassSettings withDiscussion(boolean stop, int seconds) {
    return new ClassSettings(round, teams, timerSeconds, scoring, streakBonus, stop, seconds);
  }
}
