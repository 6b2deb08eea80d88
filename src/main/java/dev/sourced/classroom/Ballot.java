package dev.sourced.classroom;

/** A player's answer: the choice, when on the question's clock, and when by the room's clock. */
public record Ballot(int choice, long millis, long wallMillis) {
  public static final Ballot NONE = new Ballot(-1, 0, 0);

  public boolean given() {
    return choice >= 0;
  }
}
