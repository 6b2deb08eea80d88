package dev.sourced.tui;

import java.util.List;

/**
 * A class session saved in the results folder, as the class menu lists it: enough to offer it for
 * resuming and to show what it left to revisit, made by the runtime (the screens read no files).
 */
public record SavedSession(String file, String id, String started, int played, int questions, boolean finished,
    List<String> standings, List<Missed> missed, String problem) {

  /** A question the class missed: how many got it right, the prompt and where it came from. */
  public record Missed(int number, int right, int seats, String prompt, String passage, String source) {}

  public SavedSession {
    standings = List.copyOf(standings);
    missed = List.copyOf(missed);
  }

  /** Whether it can be continued: not finished and readable. */
  public boolean resumable() {
    return !finished && problem == null;
  }

  /** "class-2026-11-22-101530, 2026-11-22 10:15, from question 3 of 10". */
  public String label() {
    String state = problem != null ? "cannot be read" : finished ? "finished, " + played + " of " + questions
        : played >= questions ? "every question played" : "from question " + (played + 1) + " of " + questions;
    return id + ", " + started + ", " + state;
  }
}
