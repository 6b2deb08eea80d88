package dev.sourced.game;

/** How one item went. choice is -1 when time ran out. */
public record Answer(Challenge challenge, int choice, boolean correct, int points, long millis) {
  public static final int TIMED_OUT = -1;

  public boolean timedOut() {
    return choice == TIMED_OUT;
  }
}
