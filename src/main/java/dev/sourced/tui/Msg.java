package dev.sourced.tui;

import dev.sourced.pack.Catalog;

/** Everything the app reacts to: keys, the passing of time, packs arriving from the loader. */
public sealed interface Msg permits Msg.Press, Msg.Tick, Msg.PacksLoaded, Msg.Saved {

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

  /** millis passed; wallMillis is the room's clock, for the results file. */
  record Tick(long millis, long wallMillis) implements Msg {}

  /** resultsProblem is null when class results can be saved. */
  record PacksLoaded(Catalog catalog, String resultsProblem) implements Msg {
    public PacksLoaded(Catalog catalog) {
      this(catalog, null);
    }
  }

  /** How saving the class results went: where they are, or what went wrong. */
  record Saved(String status) implements Msg {}
}
