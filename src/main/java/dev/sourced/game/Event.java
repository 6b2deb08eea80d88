package dev.sourced.game;

/** What can happen to a round. Time passes only through Tick, so a round replays exactly. */
public sealed interface Event permits Event.Choose, Event.Tick, Event.Next {

  /** The player picks a choice (0-based). */
  record Choose(int choice) implements Event {}

  /** millis of time have passed. */
  record Tick(long millis) implements Event {
    public Tick {
      if (millis < 0) {
        throw new IllegalArgumentException("time runs forward: " + millis);
      }
    }
  }

  /** The player is done with the feedback and goes on. */
  record Next() implements Event {}
}
