package dev.sourced.tui;

import dev.sourced.game.Mode;
import dev.sourced.game.Round;
import dev.sourced.tui.Msg.Press;

/**
 * Which screen is up, with the little state that screen keeps (cursor, scroll). Each page says how
 * it takes a key and how it looks; App.update routes to it.
 */
public sealed interface Page
    permits Page.Title, Page.Setup, Page.Playing, Page.Results, Page.Review, Page.Packs, Page.Help,
        Page.ConfirmAbandon, Page.Notice, Page.ClassSetup, Page.ClassRun, Page.ConfirmSkip, Page.ConfirmEnd,
        Page.Sessions, Page.SessionView, Page.ConfirmRemove, Page.PackPicker {

  Update update(AppState s, Press k);

  Frame frame(AppState s, int columns);

  /** The page with its scroll no further than max, so that scrolling back is immediate. */
  default Page clamp(int max) {
    return this;
  }

  /** Whether typing here is text, not commands (so '?' is a letter). */
  default boolean typing() {
    return false;
  }

  /** The title menu's items, in order. */
  enum Item {
    QUIZ("Play a quiz round"), WHO_SAID_IT("Who said it?"), WHICH_TEXT("Which text said it?"), MIXED("Mixed round"),
    CLASS("Classroom session"),
    PACKS("Packs"), HELP("Help"), QUIT("Quit");

    final String label;

    Item(String label) {
      this.label = label;
    }

    static Item of(Mode m) {
      return switch (m) {
        case QUIZ -> QUIZ;
        case WHO_SAID_IT -> WHO_SAID_IT;
        case WHICH_TEXT -> WHICH_TEXT;
        case MIXED -> MIXED;
      };
    }
  }

  record Title(Item selected) implements Page {
    public Title() {
      this(Item.QUIZ);
    }

    @Override
    public Update update(AppState s, Press k) {
      return App.title(s, this, k);
    }

    @Override
    public Frame frame(AppState s, int columns) {
      return Views.title(s, this, Painter.textWidth(columns));
    }
  }

  record Setup(Mode mode, int row) implements Page {
    @Override
    public Update update(AppState s, Press k) {
      return Update.of(App.setup(s, this, k));
    }

    @Override
    public Frame frame(AppState s, int columns) {
      return Views.setup(s, this, Painter.textWidth(columns));
    }
  }

  /** A round in play: cursor is the highlighted choice, scroll the first body line shown. */
  record Playing(Round round, int cursor, int scroll) implements Page {
    @Override
    public Update update(AppState s, Press k) {
      return Update.of(App.playing(s, this, k));
    }

    @Override
    public Frame frame(AppState s, int columns) {
      int w = Painter.textWidth(columns);
      return round.phase() == Round.Phase.ASKING ? Views.question(this, w) : Views.feedback(this, w);
    }

    @Override
    public Page clamp(int max) {
      return scroll > max ? new Playing(round, cursor, max) : this;
    }
  }

  record Results(Round round, int selected, int scroll) implements Page {
    @Override
    public Update update(AppState s, Press k) {
      return Update.of(App.results(s, this, k));
    }

    @Override
    public Frame frame(AppState s, int columns) {
      return Views.results(s, this, Painter.textWidth(columns));
    }

    @Override
    public Page clamp(int max) {
      return scroll > max ? new Results(round, selected, max) : this;
    }
  }

  /** One past answer opened again from the results. */
  record Review(Results back, int item, int scroll) implements Page {
    @Override
    public Update update(AppState s, Press k) {
      if (App.isBack(k) || k.key() == Msg.Key.ENTER) {
        return Update.of(s.with(back));
      }
      return Update.of(s.with(new Review(back, item, App.scrolled(scroll, k))));
    }

    @Override
    public Frame frame(AppState s, int columns) {
      return Views.review(this, Painter.textWidth(columns));
    }

    @Override
    public Page clamp(int max) {
      return scroll > max ? new Review(back, item, max) : this;
    }
  }

  record Packs(int scroll) implements Page {
    @Override
    public Update update(AppState s, Press k) {
      return Update.of(App.isBack(k) || k.key() == Msg.Key.ENTER ? s.with(new Title(Item.PACKS))
          : s.with(new Packs(App.scrolled(scroll, k))));
    }

    @Override
    public Frame frame(AppState s, int columns) {
      return Views.packs(s, this, Painter.textWidth(columns));
    }

    @Override
    public Page clamp(int max) {
      return scroll > max ? new Packs(max) : this;
    }
  }

  record Help(Page back, int scroll) implements Page {
    @Override
    public Update update(AppState s, Press k) {
      return Update.of(App.isBack(k) || k.is('?') || k.key() == Msg.Key.ENTER ? s.with(back)
          : s.with(new Help(back, App.scrolled(scroll, k))));
    }

    @Override
    public Frame frame(AppState s, int columns) {
      return Views.help(this, Painter.textWidth(columns));
    }

    @Override
    public Page clamp(int max) {
      return scroll > max ? new Help(back, max) : this;
    }
  }

  record ConfirmAbandon(Playing back) implements Page {
    @Override
    public Update update(AppState s, Press k) {
      if (k.is('y')) {
        return Update.of(s.with(new Title(Item.of(back.round().settings().mode()))));
      }
      return Update.of(k.is('n') || k.key() == Msg.Key.ESCAPE || k.key() == Msg.Key.ENTER ? s.with(back) : s);
    }

    @Override
    public Frame frame(AppState s, int columns) {
      return Views.confirm(this, Painter.textWidth(columns));
    }
  }

  /** A message, such as why a mode cannot be played, and where Enter returns to. */
  record Notice(String title, String message, Page back) implements Page {
    @Override
    public Update update(AppState s, Press k) {
      return Update.of(k.key() == Msg.Key.ENTER || App.isBack(k) || k.is(' ') ? s.with(back) : s);
    }

    @Override
    public Frame frame(AppState s, int columns) {
      return Views.notice(this, Painter.textWidth(columns));
    }
  }

  /**
   * The teacher's setup for a team game; editing is the team being renamed (or -1), buffer its new
   * name; fresh while the buffer still holds the old name, which the first letter typed replaces;
   * note says why a name was not kept, or is null.
   */
  record ClassSetup(int row, int editing, String buffer, boolean fresh, String note, int pick) implements Page {
    public static final int START = Row.start(ClassApp.ROWS);
    static final int NAMES_ROW = ClassApp.ROWS.indexOf(ClassApp.NAMES);
    static final int SCORING_ROW = ClassApp.ROWS.indexOf(ClassApp.SCORING);

    public ClassSetup(int row, int editing) {
      this(row, editing, "", false, null, 0);
    }

    public ClassSetup(int row, int editing, String buffer) {
      this(row, editing, buffer, true, null, 0);
    }

    public ClassSetup(int row, int editing, String buffer, boolean fresh, String note) {
      this(row, editing, buffer, fresh, note, 0);
    }

    @Override
    public Update update(AppState s, Press k) {
      return ClassApp.setup(s, this, k);
    }

    @Override
    public Frame frame(AppState s, int columns) {
      return ClassViews.setup(s, this, columns);
    }

    @Override
    public boolean typing() {
      return editing >= 0;
    }
  }

  /**
   * A class session on this screen (the session itself is AppState.room): team is the seat whose
   * answer the teacher keys in next; passage shows the source passage again. question and phase
   * say which stage that view state belongs to, so a new stage starts afresh.
   */
  record ClassRun(int team, boolean passage, int scroll, int question, dev.sourced.classroom.Session.Phase phase,
      boolean showRecorded, int podium) implements Page {
    public ClassRun(int team, boolean passage, int scroll, int question, dev.sourced.classroom.Session.Phase phase) {
      this(team, passage, scroll, question, phase, false, 0);
    }

    public ClassRun(int team, boolean passage, int scroll, int question, dev.sourced.classroom.Session.Phase phase,
        boolean showRecorded) {
      this(team, passage, scroll, question, phase, showRecorded, 0);
    }

    /** The podium with one more place shown (third, then second, then first). */
    ClassRun revealing() {
      return new ClassRun(team, passage, scroll, question, phase, showRecorded, podium + 1);
    }

    @Override
    public Update update(AppState s, Press k) {
      return ClassApp.run(s, ClassApp.view(s, this), k);
    }

    @Override
    public Frame frame(AppState s, int columns) {
      return ClassViews.run(s, ClassApp.view(s, this), columns);
    }

    @Override
    public Page clamp(int max) {
      return scroll > max ? new ClassRun(team, passage, max, question, phase, showRecorded, podium) : this;
    }
  }

  /**
   * Choosing a round's packs by title: cursor is the pack under the cursor, chosen the ids ticked;
   * Enter keeps the choice and goes back, Esc goes back without it.
   */
  record PackPicker(Page back, int cursor, java.util.List<String> chosen) implements Page {
    public PackPicker {
      chosen = java.util.List.copyOf(chosen);
    }

    @Override
    public Update update(AppState s, Press k) {
      AppState next = App.pickPacks(s, this, k);
      boolean kept = !(next.page() instanceof PackPicker) && k.key() == Msg.Key.ENTER;
      return kept ? Update.of(next, new Effect.RememberPacks(chosen)) : Update.of(next);
    }

    @Override
    public Frame frame(AppState s, int columns) {
      return Views.packPicker(s, this, Painter.textWidth(columns));
    }
  }

  /** The saved class sessions, newest first; Enter opens one. */
  record Sessions(int selected, int scroll) implements Page {
    @Override
    public Update update(AppState s, Press k) {
      return ClassApp.sessions(s, this, k);
    }

    @Override
    public Frame frame(AppState s, int columns) {
      return ClassViews.sessions(s, this, columns);
    }

    @Override
    public Page clamp(int max) {
      return scroll > max ? new Sessions(selected, max) : this;
    }
  }

  /** One saved session: its standings, what to revisit with the passages, where its files are. */
  record SessionView(Sessions back, int item, int scroll) implements Page {
    @Override
    public Update update(AppState s, Press k) {
      return ClassApp.sessionView(s, this, k);
    }

    @Override
    public Frame frame(AppState s, int columns) {
      return ClassViews.sessionView(s, this, columns);
    }

    @Override
    public Page clamp(int max) {
      return scroll > max ? new SessionView(back, item, max) : this;
    }
  }

  /** The teacher pressed s: skipping drops the answers keyed so far, so it asks first. */
  record ConfirmSkip(ClassRun back) implements Page {
    @Override
    public Update update(AppState s, Press k) {
      return ClassApp.confirmSkip(s, this, k);
    }

    @Override
    public Frame frame(AppState s, int columns) {
      return ClassViews.confirmSkip(s, this, columns);
    }
  }

  /** Asks before a player is removed from the lobby, since they cannot come back. */
  record ConfirmRemove(ClassRun back, String id) implements Page {
    @Override
    public Update update(AppState s, Press k) {
      return ClassApp.confirmRemove(s, this, k);
    }

    @Override
    public Frame frame(AppState s, int columns) {
      return ClassViews.confirmRemove(s, this, columns);
    }
  }

  record ConfirmEnd(ClassRun back) implements Page {
    @Override
    public Update update(AppState s, Press k) {
      return ClassApp.confirmEnd(s, this, k);
    }

    @Override
    public Frame frame(AppState s, int columns) {
      return ClassViews.confirmEnd(s, this, columns);
    }
  }
}
