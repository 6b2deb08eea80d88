package dev.sourced.tui;

import dev.sourced.game.Mode;
import dev.sourced.game.Round;

/** Which screen is up, with the little state that screen keeps (cursor, scroll). */
public sealed interface Page
    permits Page.Title, Page.Setup, Page.Playing, Page.Results, Page.Review, Page.Packs, Page.Help,
        Page.ConfirmAbandon, Page.Notice, Page.ClassSetup, Page.ClassRun, Page.ConfirmEnd {

  record Title(int selected) implements Page {
    static final String[] ITEMS = {
        "Play a quiz round", "Who said it?", "Mixed round", "Classroom session", "Packs", "Help", "Quit"};
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

  /** The teacher's setup for a team game; editing is the team being renamed (or -1), buffer its new name. */
  record ClassSetup(int row, int editing, String buffer) implements Page {
    public ClassSetup(int row, int editing) {
      this(row, editing, "");
    }

    static final int ROWS = 10;
    public static final int START = ROWS - 1;
  }

  /**
   * A class session on the projector: team is the team whose answer the teacher keys in next;
   * passage shows the source passage again; saved says where results went, or what failed.
   */
  record ClassRun(dev.sourced.classroom.Session session, int team, boolean passage, String saved, int scroll)
      implements Page {
    ClassRun with(dev.sourced.classroom.Session s) {
      return new ClassRun(s, team, passage, saved, scroll);
    }
  }

  record ConfirmEnd(ClassRun back) implements Page {}

  /** A message, such as why a mode cannot be played, and where Enter returns to. */
  record Notice(String title, String message, Page back) implements Page {}
}
