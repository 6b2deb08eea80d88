package dev.sourced.tui;

import java.util.Optional;

/**
 * The teacher's keys in a running class, besides A-F (which always record or correct an answer),
 * 1-8 and the arrows (which pick a team). None may be a choice letter: the constructor refuses one.
 */
enum TeacherKey {
  LOCK('l', "l", "lock the answers now (they also lock when every team has answered or time is up)"),
  SHOW('v', "v", "show or hide the answers recorded so far (hidden at first, so the room does not see them)"),
  SKIP('s', "s", "skip the question (it asks first; u takes it back)"),
  UNDO('u', "u", "take back the skip of the question just skipped"),
  BACK('r', "r", "back to the reveal of the question just played, to correct an answer"),
  PASSAGE('p', "p", "show the source passage again"),
  NEXT('n', "Enter, n", "reveal \u2192 discussion \u2192 leaderboard \u2192 next question"),
  PAUSE(' ', "Space", "pause or resume the timer"),
  DOORS('o', "o", "close or open the room to newcomers (students on their own terminals)"),
  REMOVE('x', "x", "remove the picked student, in the lobby (it asks first)"),
  END('q', "q, Esc", "end the session early (it asks first)");

  final char key;
  final String label;
  final String help;

  TeacherKey(char key, String label, String help) {
    if (key >= 'a' && key <= 'f') {
      throw new IllegalStateException(name() + ": '" + key + "' is a choice letter");
    }
    this.key = key;
    this.label = label;
    this.help = help;
  }

  static Optional<TeacherKey> of(Msg.Press k) {
    if (k.key() == Msg.Key.ENTER) {
      return Optional.of(NEXT);
    }
    if (k.key() == Msg.Key.ESCAPE) {
      return Optional.of(END);
    }
    for (TeacherKey t : values()) {
      if (k.is(t.key)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
