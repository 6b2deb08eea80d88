package dev.sourced.tui;

import dev.sourced.pack.Catalog;
import dev.sourced.room.Room;

/**
 * Everything the app reacts to: keys, the passing of time, and the answers to its effects (packs
 * loaded or not, the class room's snapshots).
 */
public sealed interface Msg permits Msg.Press, Msg.Tick, Msg.PacksLoaded, Msg.PacksFailed, Msg.RoomChanged,
    Msg.SessionsListed, Msg.ResumeFailed {

  enum Key { UP, DOWN, LEFT, RIGHT, ENTER, ESCAPE, BACKSPACE, PAGE_UP, PAGE_DOWN, HOME, END, INTERRUPT, CHAR }

  /** A key; ch is set for CHAR. */
  record Press(Key key, char ch) implements Msg {
    public static Press of(Key key) {
      return new Press(key, '\0');
    }

    public static Press typed(char c) {
      return new Press(Key.CHAR, c);
    }

    boolean is(char c) {
      return key == Key.CHAR && Character.toLowerCase(ch) == c;
    }
  }

  /** millis have passed on this screen's clock. */
  record Tick(long millis) implements Msg {}

  /** The answer to Effect.LoadPacks. resultsProblem is null when class results can be saved. */
  record PacksLoaded(Catalog catalog, String resultsProblem) implements Msg {
    public PacksLoaded(Catalog catalog) {
      this(catalog, null);
    }
  }

  /** The packs could not be loaded at all; why says what went wrong. */
  record PacksFailed(String why) implements Msg {}

  /** The class session this screen shows, as its room now has it. */
  record RoomChanged(Room.Snapshot snapshot) implements Msg {}

  /** The answer to ListSessions: the saved sessions, newest first. */
  record SessionsListed(java.util.List<SavedSession> sessions) implements Msg {}

  /** The answer to Resume when the session could not be resumed. */
  record ResumeFailed(String file, String why) implements Msg {}
}
