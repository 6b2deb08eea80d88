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

  static final Row NAMES = Row.action("Names", s -> settingsOf(s).teams().isEmpty() ? "no teams"
      : String.join(", ", settingsOf(s).teams()),
      s -> settingsOf(s).teams().isEmpty() ? Update.of(s)
          : Update.of(s.with(new ClassSetup(Page.ClassSetup.NAMES_ROW, 0, settingsOf(s).teams().get(0)))));

  /** The class setup form. */
  static final List<Row> ROWS = List.of(
      setting("Mode", c -> Row.arrows(c.round().mode().title()), (s, step) -> {
        ClassSettings c = settingsOf(s);
        Mode[] modes = Mode.values();
        return c.withRound(c.round().withMode(modes[Math.floorMod(c.round().mode().ordinal() + step, modes.length)]));
      }),
      setting("Items", c -> Row.arrows(String.valueOf(c.round().count())), (s, step) -> {
        ClassSettings c = settingsOf(s);
        return c.withRound(c.round().withCount(App.cycle(RoundSettings.COUNTS, c.round().count(), step)));
      }),
      setting("Packs", c -> Row.arrows(App.packsLabel(c.round().packs())), (s, step) -> {
        ClassSettings c = settingsOf(s);
        return c.withRound(c.round().withPacks(App.nextPacks(s, c.round().packs(), step)));
      }),
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
      setting("Scoring", c -> Row.arrows(c.scoring() == ClassSettings.ScoringRule.ACCURACY
          ? "accuracy only (1000 a correct answer)" : "speed (1000 falling to 500)"), (s, step) -> {
            ClassSettings c = settingsOf(s);
            return c.withScoring(c.scoring() == ClassSettings.ScoringRule.ACCURACY ? ClassSettings.ScoringRule.SPEED
                : ClassSettings.ScoringRule.ACCURACY);
          }),
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
      String name = buffer.strip();
      if (!name.isEmpty() && !c.teamNameTaken(name, t)) {
        List<String> teams = new ArrayList<>(c.teams());
        teams.set(t, name);
        kept = c.withTeams(teams);
      }
      AppState next = s.withClassSetup(kept);
      if (k.key() == Key.ENTER) {
        return next.with(new ClassSetup(p.row(), -1));
      }
      int n = kept.teams().size();
      int to = (t + (k.key() == Key.UP ? n - 1 : 1)) % n;
      return next.with(new ClassSetup(p.row(), to, kept.teams().get(to)));
    }
    if (k.key() == Key.BACKSPACE && !buffer.isEmpty()) {
      return s.with(new ClassSetup(p.row(), t, buffer.substring(0, buffer.length() - 1)));
    }
    if (k.key() == Key.CHAR && !Character.isISOControl(k.ch()) && buffer.length() < ClassSettings.MAX_NAME) {
      return s.with(new ClassSetup(p.row(), t, buffer + k.ch()));
    }
    return s;
  }

  /** Draws the questions and opens a room for the session; the room's first snapshot shows it. */
  static Update start(AppState s, ClassSettings c, Page back) {
    if (s.catalog() == null) {
      return Update.of(s.with(new Page.Notice("Please wait", App.loadingMessage(s), back)));
    }
    if (s.resultsProblem() != null) {
      return Update.of(s.with(new Page.Notice("Results cannot be saved", s.resultsProblem(), back)));
    }
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
    if (session.phase() == Session.Phase.FINISHED) {
      if (k.key() == Key.ENTER || k.key() == Key.ESCAPE || k.is('q')) {
        return Update.of(s.withRoom(null).with(new Page.Title(Item.CLASS)), new Effect.LeaveRoom());
      }
      return Update.of(s.with(new ClassRun(p.team(), false, App.scrolled(p.scroll(), k), p.question(), p.phase())));
    }
    if (k.is('e') || k.key() == Key.ESCAPE) {
      return Update.of(s.with(new ConfirmEnd(p)));
    }
    if (session.phase() == Session.Phase.LOBBY) {
      return lobby(s, p, session, k);
    }
    if (k.is('c') && s.room().doors().remote()) {
      return Update.of(s.with(p), new Effect.OpenDoors(!s.room().doors().open()));
    }
    if (k.is(' ')) {
      return send(s.with(p), new ClassEvent.Pause());
    }
    if (session.phase() == Session.Phase.QUESTION && s.room().doors().remote()) {
      // Students answer on their own screens; the teacher's letters would answer for someone.
      if (k.is('l')) {
        return send(s.with(p), new ClassEvent.Lock());
      }
      if (k.is('s')) {
        return send(s.with(p), new ClassEvent.Skip());
      }
      return Update.of(s.with(new ClassRun(p.team(), p.passage(), App.scrolled(p.scroll(), k), p.question(), p.phase())));
    }
    if (session.phase() == Session.Phase.QUESTION) {
      int n = session.playerCount();
      if (k.key() == Key.UP || k.key() == Key.DOWN) {
        return Update.of(s.with(withTeam(p, App.moved(p.team(), n, k))));
      }
      if (k.key() == Key.CHAR && k.ch() >= '1' && k.ch() < '1' + Math.min(n, 9)) {
        return Update.of(s.with(withTeam(p, k.ch() - '1')));
      }
      if (k.is('l')) {
        return send(s.with(p), new ClassEvent.Lock());
      }
      if (k.is('s')) {
        return send(s.with(p), new ClassEvent.Skip());
      }
      int choice = k.key() == Key.CHAR && Character.isLetter(k.ch()) ? App.choiceOf(k) : -1;
      if (choice >= 0 && choice < session.current().choices().size()) {
        // On to the next seat that has not answered, so a teacher can key answers in a row.
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
      return Update.of(s.with(p));
    }
    if (k.is('p')) {
      return Update.of(s.with(new ClassRun(p.team(), !p.passage(), 0, p.question(), p.phase())));
    }
    if (k.key() == Key.ENTER || k.key() == Key.RIGHT || k.is('n')) {
      return send(s.with(p), new ClassEvent.Next());
    }
    return Update.of(s.with(new ClassRun(p.team(), p.passage(), App.scrolled(p.scroll(), k), p.question(), p.phase())));
  }

  /** The lobby: Enter starts, Up and Down pick a player, x removes them (after asking), c closes or opens the doors. */
  private static Update lobby(AppState s, ClassRun p, Session session, Press k) {
    int n = session.playerCount();
    if (k.key() == Key.ENTER) {
      return send(s.with(p), new ClassEvent.Start());
    }
    if ((k.key() == Key.UP || k.key() == Key.DOWN) && n > 0) {
      return Update.of(s.with(withTeam(p, App.moved(Math.min(p.team(), n - 1), n, k))));
    }
    if (k.is('x') && n > 0) {
      return Update.of(s.with(new Page.ConfirmRemove(p, session.players().get(Math.min(p.team(), n - 1)).id())));
    }
    if (k.is('c')) {
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
    return new ClassRun(team, false, p.scroll(), p.question(), p.phase());
  }

  private static Update send(AppState s, ClassEvent e) {
    return Update.of(s, new Effect.ToRoom(e));
  }

  static Update confirmEnd(AppState s, ConfirmEnd c, Press k) {
    if (k.is('y')) {
      return send(s.with(c.back()), new ClassEvent.End());
    }
    return Update.of(k.is('n') || k.key() == Key.ESCAPE || k.key() == Key.ENTER ? s.with(c.back()) : s);
  }
}
