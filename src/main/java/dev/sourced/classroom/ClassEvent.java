package dev.sourced.classroom;

/** What can happen in a class session. wallMillis is the room's clock, kept for the results file only. */
public sealed interface ClassEvent
    permits ClassEvent.Join, ClassEvent.Remove, ClassEvent.Start, ClassEvent.Record, ClassEvent.Lock, ClassEvent.Tick,
        ClassEvent.Pause, ClassEvent.Skip, ClassEvent.Next, ClassEvent.End, ClassEvent.Correct, ClassEvent.Unskip,
        ClassEvent.Back {

  /** A player takes a seat; a player whose id is already seated changes nothing. */
  record Join(Player player) implements ClassEvent {}

  /** The teacher removes a player from the lobby (later, the seat stays with its points). */
  record Remove(String id) implements ClassEvent {}

  /** The teacher starts a session waiting in its lobby. */
  record Start() implements ClassEvent {}

  /** A player's answer (by seat number); a later one replaces it until answers lock. */
  record Record(int player, int choice, long wallMillis) implements ClassEvent {}

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

  /**
   * After the reveal, the teacher changes a seat's recorded answer to the question just revealed;
   * its points are scored again as if it had been given so, and the change is kept in the results.
   */
  record Correct(int player, int choice, long wallMillis) implements ClassEvent {}

  /** Takes back the skip of the question just skipped, while nobody has answered the next one. */
  record Unskip() implements ClassEvent {}

  /** Back to the reveal of the question just played, from its discussion or leaderboard, or from the next question before anyone answers it. */
  record Back() implements ClassEvent {}
}
