package dev.sourced.tui;

import dev.sourced.game.Mode;
import dev.sourced.game.Round;

/** Which screen is up, with the little state that screen keeps (cursor, scroll). */
public sealed interface Page
    permits Page.Title, Page.Setup, Page.Playing, Page.Results, Page.Review, Page.Packs, Page.Help,
        Page.ConfirmAbandon, Page.Notice {

  record Title(int selected) implements Page {
    static final String[] ITEMS = {"Play a quiz round", "Who said it?", "Mixed round", "Packs", "Help", "Quit"};
  }

  /** Rows: items, timer, packs, start. */
  record Setup(Mode mode, int row) implements Page {
    static final int ROWS = 4;
  }

  /** A round in play: cursor is the highlighted choice, scroll the first body line shown. */
  record Playing(Round round, int cursor, int scroll) implements Page {}

  record Results(Round round, int selected, int scroll) implements Page {}

  /** One past answer opened again from the results. */
  record Review(Results back, int item, int scroll) implements Page {}

  record Packs(int scroll) implements Page {}

  record Help(Page back, int scroll) implements Page {}

  record ConfirmAbandon(Playing back) implements Page {}

  /** A message, such as why a mode cannot be played, and where Enter returns to. */
  record Notice(String title, String message, Page back) implements Page {}
}
