package dev.sourced.tui;

import dev.sourced.classroom.ClassEvent;
import dev.sourced.classroom.ClassSettings;
import dev.sourced.classroom.Session;
import dev.sourced.classroom.TeamNames;
import dev.sourced.game.Draw;
import dev.sourced.game.Mode;
import dev.sourced.game.RoundSettings;
import dev.sourced.room.Room;
import dev.sourced.tui.Msg.Key;
import dev.sourced.tui.Msg.Press;
import dev.sourced.tui.Page.ClassRun;
import dev.sourced.tui.Page.ClassSetup;
import dev.sourced.tui.Page.ConfirmEnd;
import dev.sourced.tui.Page.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The teacher's keys, for the class setup and a running session. No drawing, no I/O. */
final class ClassApp {
  private ClassApp() {}

  static ClassSettings settingsOf(AppState s) {
    if (s.classSetup() != null) {
      return s.classSetup();
    }
    RoundSettings r = s.setup().withMode(Mode.QUIZ);
    return ClassSettings.defaults(r, TeamNames.pick(4, r.seed()));
  }

  static AppState open(AppState s) {
    return s.withClassSetup(settingsOf(s)).with(new ClassSetup(0, -1));
  }

  private static Row setting(String label, java.util.function.Function<ClassSettings, String> value,
      java.util.function.BiFunction<AppState, Integer, ClassSettings> change) {
    return Row.setting(label, s -> value.apply(settingsOf(s)), (s, step) -> s.withClassSetup(change.apply(s, step)));
  }

  /** Why a teacher-keyed class has no speed scoring (issue 10, D12). */
  static final String KEYED_SPEED = "Speed scoring needs the moment each team answered; when you key the answers in,"
      + " points would follow the order you key them, so a keyed class scores accuracy only.";

  static final Row SCORING = Row.setting("Scoring", s -> settingsOf(s).scoring() == ClassSettings.ScoringRule.ACCURACY
      ? "accuracy only (1000 a correct answer)" : "speed (1000 falling to 500)",
      (s, step) -> s.remote()
          ? s.withClassSetup(settingsOf(s).withScoring(settingsOf(s).scoring() == ClassSettings.ScoringRule.ACCURACY
              ? ClassSettings.ScoringRule.SPEED : ClassSettings.ScoringRule.ACCURACY))
          : s.withClassSetup(settingsOf(s).withScoring(ClassSettings.ScoringRule.ACCURACY))
              .with(new ClassSetup(Page.ClassSetup.SCORING_ROW, -1, "", false, KEYED_SPEED)));

  static final Row NAMES = Row.action("Names", s -> settingsOf(s).teams().isEmpty() ? "no teams"
      : String.join(", ", settingsOf(s).teams()),
      s -> settingsOf(s).teams().isEmpty() ? Update.of(s)
          : Update.of(s.with(new ClassSetup(Page.ClassSetup.NAMES_ROW, 0, settingsOf(s).teams().get(0)))));

  /** The interrupted sessions, newest first, that the class menu offers to continue. */
  static List<SavedSession> resumable(AppState s) {
    return s.saved() == null ? List.of() : s.saved().stream().filter(SavedSession::resumable).toList();
  }

  private static int pick(AppState s) {
    return s.page() instanceof ClassSetup p ? p.pick() : 0;
  }

  static final Row CONTINUE = new Row("Continue", s -> {
    List<SavedSession> open = resumable(s);
    if (s.saved() == null) {
      return "looking for interrupted sessions\u2026";
    }
    return open.isEmpty() ? "no interrupted session" : (open.size() > 1 ? Row.arrows(open.get(pick(s) % open.size())
        .label()) : open.get(0).label() + "   (Enter to continue it)");
  }, (s, step) -> {
    int n = resumable(s).size();
    ClassSetup p = (ClassSetup) s.page();
    return n == 0 ? s : s.with(new ClassSetup(p.row(), -1, "", false, null, Math.floorMod(p.pick() + step, n)));
  }, s -> {
    List<SavedSession> open = resumable(s);
    if (open.isEmpty()) {
      return Update.of(s);
    }
    SavedSession chosen = open.get(pick(s) % open.size());
    return Update.of(s.withRoom(null).with(new ClassRun(0, false, 0, -1, Session.Phase.QUESTION)),
        new Effect.Resume(chosen.file()));
  });

  static final Row PAST = Row.action("Results", s -> s.saved() == null ? "" : s.saved().isEmpty()
      ? "no saved sessions yet" : Views.plural(s.saved().size(), "saved session") + "   (Enter to look)",
      s -> Update.of(s.saved() == null || s.saved().isEmpty() ? s : s.with(new Page.Sessions(0, 0))));

  /** The class setup form. */
  static final List<Row> ROWS = List.of(
      CONTINUE,
      PAST,
      setting("Mode", c -> Row.arrows(c.round().mode().title()), (s, step) -> {
        ClassSettings c = settingsOf(s);
        Mode[] modes = Mode.values();
        return c.withRound(c.round().withMode(modes[Math.floorMod(c.round().mode().ordinal() + step, modes.length)]));
      }),
      setting("Items", c -> Row.arrows(String.valueOf(c.round().count())), (s, step) -> {
        ClassSettings c = settingsOf(s);
        return c.withRound(c.round().withCount(App.cycle(RoundSettings.COUNTS, c.round().count(), step)));
      }),
      new Row("Packs", s -> App.packsLabel(s, settingsOf(s).round().packs()) + "   (Enter to choose)", null,
          s -> Update.of(s.with(new Page.PackPicker(s.page(), 0, App.chosenPacks(s, settingsOf(s).round().packs()))))),
      Row.setting("Players", s -> Row.arrows(s.remote() ? "students join over ssh" : "you key in each team's answer"),
          (s, step) -> {
            AppState next = s.withRemote(!s.remote());
            ClassSettings c = settingsOf(next);
            return next.remote() || !c.teams().isEmpty() ? next : next.withClassSetup(teams(c, ClassSettings.MIN_TEAMS, false));
          }),
      Row.setting("Teams", s -> Row.arrows(settingsOf(s).teams().isEmpty() ? "off" : String.valueOf(settingsOf(s).teams().size())),
          (s, step) -> s.withClassSetup(teams(settingsOf(s), step, s.remote()))),
      NAMES,
      setting("Timer", c -> Row.arrows(c.timerSeconds() == 0 ? "off" : c.timerSeconds() + " s"),
          (s, step) -> settingsOf(s).withTimer(App.cycle(ClassSettings.TIMERS, settingsOf(s).timerSeconds(), step))),
      SCORING,
      setting("Streaks", c -> Row.arrows(c.streakBonus() ? "bonus on" : "bonus off"),
          (s, step) -> settingsOf(s).withStreakBonus(!settingsOf(s).streakBonus())),
      setting("Discuss", c -> Row.arrows(!c.discussionStop() ? "off" : c.discussionSeconds() == 0 ? "on, no timer"
          : "on, " + ClassViews.minutes(c.discussionSeconds())), (s, step) -> {
            ClassSettings c = settingsOf(s);
            int now = c.discussionStop() ? c.discussionSeconds() : -1;
            int next = App.cycle(ClassSettings.DISCUSSION, now, step);
            return c.withDiscussion(next >= 0, Math.max(0, next));
          }),
      Row.action("Start", s -> "", s -> start(s, settingsOf(s), s.page())));

  /** Students on their own terminals may play without teams (0); a keyed class has 2 to 8. */
  private static ClassSettings teams(ClassSettings c, int step, boolean noneAllowed) {
    int now = c.teams().size();
    int n = now + step;
    if (noneAllowed && (n < ClassSettings.MIN_TEAMS)) {
      n = step < 0 ? 0 : ClassSettings.MIN_TEAMS;
    }
    n = n == 0 ? 0 : Math.max(ClassSettings.MIN_TEAMS, Math.min(ClassSettings.MAX_TEAMS, n));
    List<String> teams = new ArrayList<>(c.teams().subList(0, Math.min(n, c.teams().size())));
    for (String name : TeamNames.pick(ClassSettings.MAX_TEAMS * 2, c.round().seed() + 1)) {
      if (teams.size() < n && teams.stream().noneMatch(name::equalsIgnoreCase)) {
        teams.add(name);
      }
    }
    return c.withTeams(teams);
  }

  static Update setup(AppState s, ClassSetup p, Press k) {
    if (p.editing() >= 0) {
      return Update.of(rename(s, p, settingsOf(s), k));
    }
    if (k.key() == Key.ESCAPE || k.is('q')) {
      return Update.of(s.with(new Page.Title(Item.CLASS)));
    }
    if (k.key() == Key.UP || k.key() == Key.DOWN) {
      return Update.of(s.with(new ClassSetup(App.moved(p.row(), ROWS.size(), k), -1)));
    }
    Row row = ROWS.get(p.row());
    int step = k.key() == Key.LEFT ? -1 : k.key() == Key.RIGHT ? 1 : 0;
    if (step != 0 && row.change() != null) {
      return Update.of(row.change().apply(s, step));
    }
    if (k.key() == Key.ENTER || k.is(' ')) {
      return row.enter() != null ? row.enter().apply(s) : Update.of(s.with(new ClassSetup(Row.start(ROWS), -1)));
    }
    return Update.of(s);
  }

  /**
   * Typing edits the name of the team being renamed; Enter or an arrow keeps it (when it is not
   * empty and no other team has it), Esc drops it.
   */
  private static AppState rename(AppState s, ClassSetup p, ClassSettings c, Press k) {
    int t = p.editing();
    String buffer = p.buffer();
    if (k.key() == Key.ESCAPE) {
      return s.with(new ClassSetup(p.row(), -1));
    }
    if (k.key() == Key.ENTER || k.key() == Key.UP || k.key() == Key.DOWN) {
      ClassSettings kept = c;
      String name = whole(buffer).strip();
      String old = c.teams().get(t);
      String note = null;
      if (name.isEmpty()) {
        note = "A team needs a name: " + old + " stays.";
      } else if (c.teamNameTaken(name, t)) {
        note = "\u201C" + name + "\u201D is another team's name: " + old + " stays.";
      } else {
        List<String> teams = new ArrayList<>(c.teams());
        teams.set(t, name);
        kept = c.withTeams(teams);
      }
      AppState next = s.withClassSetup(kept);
      if (k.key() == Key.ENTER) {
        return next.with(new ClassSetup(p.row(), -1, "", false, note));
      }
      int n = kept.teams().size();
      int to = (t + (k.key() == Key.UP ? n - 1 : 1)) % n;
      return next.with(new ClassSetup(p.row(), to, kept.teams().get(to), true, note));
    }
    if (k.key() == Key.BACKSPACE && !buffer.isEmpty()) {
      // A whole character, never half of a surrogate pair.
      int cut = buffer.offsetByCodePoints(buffer.length(), -1);
      return s.with(new ClassSetup(p.row(), t, buffer.substring(0, cut), false, null));
    }
    if (k.key() == Key.CHAR && !Character.isISOControl(k.ch())) {
      String base = p.fresh() ? "" : buffer;
      String typed = base + k.ch();
      boolean fits = typed.codePointCount(0, typed.length()) <= ClassSettings.MAX_NAME
          && (!Character.isHighSurrogate(k.ch()) || typed.length() < ClassSettings.MAX_NAME * 2);
      return fits ? s.with(new ClassSetup(p.row(), t, typed, false, null)) : s;
    }
    return s;
  }

  /** Draws the questions and opens a room for the session; the room's first snapshot shows it. */
  /** The name without a half of a surrogate pair left by an unfinished character. */
  static String whole(String name) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      boolean pairStart = Character.isHighSurrogate(ch) && i + 1 < name.length()
          && Character.isLowSurrogate(name.charAt(i + 1));
      if (pairStart) {
        b.append(ch).append(name.charAt(++i));
      } else if (!Character.isSurrogate(ch)) {
        b.append(ch);
      }
    }
    return b.toString();
  }

  static Update start(AppState s, ClassSettings c, Page back) {
    if (s.catalog() == null) {
      return Update.of(s.with(new Page.Notice("Please wait", App.loadingMessage(s), back)));
    }
    if (s.resultsProblem() != null) {
      return Update.of(s.with(new Page.Notice("Results cannot be saved", s.resultsProblem(), back)));
    }
    c = c.withRound(c.round().withPacks(App.chosenPacks(s, c.round().packs())));
    Draw.Outcome o = Draw.round(s.catalog().packs(), c.round());
    RoundSettings r = c.round();
    AppState next = s.withClassSetup(c.withRound(r.next()));
    if (o instanceof Draw.Unavailable u) {
      return Update.of(next.with(new Page.Notice(r.mode().title() + " is not available", u.reason(), back)));
    }
    Session session = s.remote() ? Session.lobby(c, ((Draw.Drawn) o).challenges())
        : Session.keyed(c, ((Draw.Drawn) o).challenges());
    return Update.of(next.withRoom(null).with(fresh(session)), new Effect.OpenRoom(session));
  }

  static ClassRun fresh(Session s) {
    return new ClassRun(0, false, 0, s.index(), s.phase());
  }

  /** The view state for the session's stage: kept while the stage lasts, fresh for a new one. */
  static ClassRun view(AppState s, ClassRun p) {
    Session session = s.room() == null ? null : s.room().session();
    if (session == null || (p.question() == session.index() && p.phase() == session.phase())) {
      return p;
    }
    return fresh(session);
  }

  /** A snapshot from the room: the session as it now is, and the view state for its stage. */
  static AppState changed(AppState s, Room.Snapshot snapshot) {
    AppState next = s.withRoom(snapshot);
    return next.page() instanceof ClassRun r ? next.with(view(next, r)) : next;
  }

  static Update run(AppState s, ClassRun p, Press k) {
    if (s.room() == null) {
      return Update.of(s.with(p)); // the room has not answered yet
    }
    Session session = s.room().session();
    Optional<TeacherKey> key = TeacherKey.of(k);
    if (session.phase() == Session.Phase.FINISHED) {
      if (key.equals(Optional.of(TeacherKey.UNDO))) {
        return send(s.with(p), new ClassEvent.Unskip());
      }
      if (key.equals(Optional.of(TeacherKey.NEXT)) && p.podium() < ClassViews.podiumPlaces(session)) {
        return Update.of(s.with(p.revealing()));
      }
      if (key.isPresent() && (key.get() == TeacherKey.NEXT || key.get() == TeacherKey.END)) {
        return Update.of(s.withRoom(null).with(new Page.Title(Item.CLASS)), new Effect.LeaveRoom());
      }
      return Update.of(s.with(scrolled(p, k)));
    }
    if (session.phase() == Session.Phase.LOBBY) {
      return lobby(s, p, session, k, key);
    }
    int seats = session.playerCount();
    if (k.key() == Key.UP || k.key() == Key.DOWN) {
      return Update.of(s.with(withTeam(p, App.moved(p.team(), seats, k))));
    }
    if (k.key() == Key.CHAR && k.ch() >= '1' && k.ch() < '1' + Math.min(seats, 9)) {
      return Update.of(s.with(withTeam(p, k.ch() - '1')));
    }
    boolean remote = s.room().doors().remote();
    int choice = k.key() == Key.CHAR && Character.isLetter(k.ch()) ? App.choiceOf(k) : -1;
    if (choice >= 0 && session.leadingIn()) {
      return Update.of(s.with(p)); // nobody has seen the choices yet: a letter now answers nothing
    }
    if (choice >= 0) {
      // With students on their own screens the teacher's letters answer for nobody while a question is open.
      return remote && session.phase() == Session.Phase.QUESTION ? Update.of(s.with(p)) : answer(s, p, session, choice);
    }
    if (key.isEmpty()) {
      return Update.of(s.with(scrolled(p, k)));
    }
    boolean question = session.phase() == Session.Phase.QUESTION;
    boolean opening = question || session.leadingIn();
    return switch (key.get()) {
      case DOORS -> remote ? Update.of(s.with(p), new Effect.OpenDoors(!s.room().doors().open())) : Update.of(s.with(p));
      case REMOVE -> Update.of(s.with(p));
      case END -> Update.of(s.with(new ConfirmEnd(p)));
      case PAUSE -> pausable(session) ? send(s.with(p), new ClassEvent.Pause()) : Update.of(s.with(p));
      case LOCK -> question ? send(s.with(p), new ClassEvent.Lock()) : Update.of(s.with(p));
      case SKIP -> opening ? Update.of(s.with(new Page.ConfirmSkip(p))) : Update.of(s.with(p));
      case UNDO -> send(s.with(p), new ClassEvent.Unskip());
      case BACK -> send(s.with(p), new ClassEvent.Back());
      case SHOW -> Update.of(s.with(new ClassRun(p.team(), p.passage(), p.scroll(), p.question(), p.phase(),
          !p.showRecorded())));
      case PASSAGE -> opening ? Update.of(s.with(p))
          : Update.of(s.with(new ClassRun(p.team(), !p.passage(), 0, p.question(), p.phase(), p.showRecorded())));
      case NEXT -> opening ? Update.of(s.with(p)) : send(s.with(p), new ClassEvent.Next());
    };
  }

  /** Space pauses a clock that runs: the question's timer, or the discussion's. */
  static boolean pausable(Session s) {
    return ((s.phase() == Session.Phase.QUESTION || s.leadingIn()) && s.timed())
        || (s.phase() == Session.Phase.DISCUSSION && s.settings().discussionSeconds() > 0);
  }

  /**
   * A letter records the picked team's answer while the question is open, then moves on to the
   * next team that has not answered; after the reveal it corrects that team's recorded answer.
   */
  private static Update answer(AppState s, ClassRun p, Session session, int choice) {
    if (session.phase() == Session.Phase.QUESTION) {
      if (choice >= session.current().choices().size()) {
        return Update.of(s.with(p));
      }
      int n = session.playerCount();
      int next = p.team();
      for (int i = 1; i <= n; i++) {
        int t = (p.team() + i) % n;
        if (t != p.team() && !session.ballots().get(t).given()) {
          next = t;
          break;
        }
      }
      return send(s.with(withTeam(p, next)), new ClassEvent.Record(p.team(), choice, 0));
    }
    return send(s.with(p), new ClassEvent.Correct(p.team(), choice, 0));
  }

  private static ClassRun scrolled(ClassRun p, Press k) {
    return new ClassRun(p.team(), p.passage(), App.scrolled(p.scroll(), k), p.question(), p.phase(), p.showRecorded(),
        p.podium());
  }

  /** The lobby: Enter starts, Up and Down pick a player, x removes them (after asking), o closes or opens the doors. */
  private static Update lobby(AppState s, ClassRun p, Session session, Press k, Optional<TeacherKey> key) {
    int n = session.playerCount();
    if (k.key() == Key.ENTER) {
      return send(s.with(p), new ClassEvent.Start());
    }
    if (key.equals(Optional.of(TeacherKey.END))) {
      return Update.of(s.with(new ConfirmEnd(p)));
    }
    if ((k.key() == Key.UP || k.key() == Key.DOWN) && n > 0) {
      return Update.of(s.with(withTeam(p, App.moved(Math.min(p.team(), n - 1), n, k))));
    }
    if (key.equals(Optional.of(TeacherKey.REMOVE)) && n > 0) {
      return Update.of(s.with(new Page.ConfirmRemove(p, session.players().get(Math.min(p.team(), n - 1)).id())));
    }
    if (key.equals(Optional.of(TeacherKey.DOORS))) {
      return Update.of(s.with(p), new Effect.OpenDoors(!s.room().doors().open()));
    }
    return Update.of(s.with(p));
  }

  static Update confirmRemove(AppState s, Page.ConfirmRemove c, Press k) {
    if (k.is('y')) {
      ClassRun back = c.back();
      return Update.of(s.with(new ClassRun(Math.max(0, back.team() - 1), false, back.scroll(), back.question(),
          back.phase())), new Effect.RemovePlayer(c.id()));
    }
    return Update.of(k.is('n') || k.key() == Key.ESCAPE || k.key() == Key.ENTER ? s.with(c.back()) : s);
  }

  private static ClassRun withTeam(ClassRun p, int team) {
    return new ClassRun(team, false, p.scroll(), p.question(), p.phase(), p.showRecorded());
  }

  private static Update send(AppState s, ClassEvent e) {
    return Update.of(s, new Effect.ToRoom(e));
  }

  static Update sessions(AppState s, Page.Sessions p, Press k) {
    int n = s.saved() == null ? 0 : s.saved().size();
    if (App.isBack(k) || n == 0) {
      return Update.of(s.with(new ClassSetup(ROWS.indexOf(PAST), -1)));
    }
    if (k.key() == Key.UP || k.key() == Key.DOWN) {
      return Update.of(s.with(new Page.Sessions(App.moved(p.selected(), n, k), p.scroll())));
    }
    if (k.key() == Key.ENTER) {
      return Update.of(s.with(new Page.SessionView(p, p.selected(), 0)));
    }
    return Update.of(s);
  }

  static Update sessionView(AppState s, Page.SessionView v, Press k) {
    SavedSession saved = s.saved().get(v.item());
    if (App.isBack(k)) {
      return Update.of(s.with(v.back()));
    }
    if (k.is('c') && saved.resumable()) {
      return Update.of(s.withRoom(null).with(new ClassRun(0, false, 0, -1, Session.Phase.QUESTION)),
          new Effect.Resume(saved.file()));
    }
    return Update.of(s.with(new Page.SessionView(v.back(), v.item(), App.scrolled(v.scroll(), k))));
  }

  static Update confirmSkip(AppState s, Page.ConfirmSkip c, Press k) {
    if (k.is('y')) {
      return send(s.with(c.back()), new ClassEvent.Skip());
    }
    return Update.of(k.is('n') || k.key() == Key.ESCAPE || k.key() == Key.ENTER ? s.with(c.back()) : s);
  }

  static Update confirmEnd(AppState s, ConfirmEnd c, Press k) {
    if (k.is('y')) {
      return send(s.with(c.back()), new ClassEvent.End());
    }
    return Update.of(k.is('n') || k.key() == Key.ESCAPE || k.key() == Key.ENTER ? s.with(c.back()) : s);
  }
}
