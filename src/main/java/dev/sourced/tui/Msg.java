package dev.sourced.tui;

import dev.sourced.pack.Catalog;

/** Everything the app reacts to: keys, the passing of time, packs arriving from the loader. */
public sealed interface Msg permits Msg.Press, Msg.Tick, Msg.PacksLoaded {

  enum Key { UP, DOWN, LEFT, RIGHT, ENTER, ESCAPE, PAGE_UP, PAGE_DOWN, HOME, END, INTERRUPT, CHAR }

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

  record Tick(long millis) implements Msg {}

  record PacksLoaded(Catalog catalog) implements Msg {}
}
