package dev.sourced.game;

/** The points rules, also written in the README. */
public final class Scoring {
  public static final int CORRECT = 1000;
  public static final int STREAK_STEP = 100;
  public static final int STREAK_CAP = 500;

  private Scoring() {}

  /**
   * Points for one answer. Untimed, a correct answer is worth 1000; timed, 1000 falling linearly
   * to 500 at the limit. streakBefore is the number of correct answers in a row just before this one.
   */
  public static int points(boolean correct, long elapsedMillis, long limitMillis, int streakBefore) {
    if (!correct) {
      return 0;
    }
    return base(elapsedMillis, limitMillis) + streakBonus(streakBefore);
  }

  /** A class's accuracy rule: 1000 for a correct answer whenever it comes, plus the streak bonus. */
  public static int accuracyPoints(boolean correct, int streakBefore) {
    return correct ? CORRECT + streakBonus(streakBefore) : 0;
  }

  static int base(long elapsedMillis, long limitMillis) {
    if (limitMillis <= 0) {
      return CORRECT;
    }
    double used = Math.min(1.0, Math.max(0.0, (double) elapsedMillis / limitMillis));
    return (int) Math.round(CORRECT * (1 - used / 2));
  }

  /** 100 for each consecutive correct answer after the first, at most 500. */
  public static int streakBonus(int streakBefore) {
    return Math.min(STREAK_CAP, STREAK_STEP * Math.max(0, streakBefore));
  }
}
