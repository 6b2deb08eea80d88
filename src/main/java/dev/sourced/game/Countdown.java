package dev.sourced.game;

/** The one clock value every countdown shows, solo or class: whole seconds left, rounded up. */
public final class Countdown {
  private Countdown() {}

  public static int secondsShown(long leftMillis) {
    return (int) ((Math.max(0, leftMillis) + 999) / 1000);
  }

  /** Milliseconds until the seconds shown change, or the time runs out (0 when it has). */
  public static long untilChange(long leftMillis) {
    return leftMillis <= 0 ? 0 : ((leftMillis - 1) % 1000) + 1;
  }
}
