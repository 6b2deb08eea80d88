package dev.sourced.classroom;

/** What can happen in a class session. wallMillis is the room's clock, kept for the results file only. */
public sealed interface ClassEvent
    permits ClassEvent.Record, ClassEvent.Lock, ClassEvent.Tick, ClassEvent.Pause, ClassEvent.Skip, ClassEvent.Next,
        ClassEvent.End {

  /** The teacher records a team's answer; a later one for the same team replaces it until answers lock. */
  record Record(int team, int choice, long wallMillis) implements ClassEvent {}

  record Lock() implements ClassEvent {}

  record Tick(long millis) implements ClassEvent {
    public Tick {
      if (millis < 0) {
        throw new IllegalArgumentException("time runs forward: " + millis);
      }
    }
  }

  /** Pauses or resumes the running timer. */
  record Pause() implements ClassEvent {}

  record Skip() implements ClassEvent {}

  /** On to the next stage: reveal, discussion, leaderboard, next question. */
  record Next() implements ClassEvent {}

  /** Ends the session early; the question in progress is dropped. */
  record End() implements ClassEvent {}
}
