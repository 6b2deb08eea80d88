package dev.sourced.tui;

import dev.sourced.classroom.ClassEvent;
import dev.sourced.classroom.ClassSettings;
import dev.sourced.classroom.Session;
import dev.sourced.classroom.TeamNames;
import dev.sourced.game.Draw;
import dev.sourced.game.Mode;
import dev.sourced.game.RoundSettings;
import dev.sourced.tui.Msg.Key;
import dev.sourced.tui.Msg.Press;
import dev.sourced.tui.Page.ClassRun;
import dev.sourced.tui.Page.ClassSetup;
import dev.sourced.tui.Page.ConfirmEnd;
import java.util.ArrayList;
import java.util.List;

/** The teacher's keys, for the class setup and a running session. No drawing, no I/O. */
final class ClassApp {
  static final List<Integer> TIMERS = List.of(0, 10, 20, 30, 45, 60, 90, 120);
  /** -1 means no discussion stop; 0 a stop without a timer. */
  static final List<Integer> DISCUSSION = List.of(-1, 0, 60, 120, 180, 300);

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

  static AppState setup(AppState s, ClassSetup p, Press k) {
    ClassSettings c = settingsOf(s);
    if (p.editing() >= 0) {
      return rename(s, p, c, k);
    }
    if (k.key() == Key.ESCAPE || k.is('q')) {
      return s.with(new Page.Title(3));
    }
    if (k.key() == Key.UP || k.key() == Key.DOWN) {
      int d = k.key() == Key.UP ? ClassSetup.ROWS - 1 : 1;
      return s.with(new ClassSetup((p.row() + d) % ClassSetup.ROWS, -1));
    }
    int step = k.key() == Key.LEFT ? -1 : k.key() == Key.RIGHT ? 1 : 0;
    if (step != 0) {
      return s.withClassSetup(change(s, c, p.row(), step));
    }
    if (k.key() == Key.ENTER || k.is(' ')) {
      if (p.row() == 4) {
        return s.with(new ClassSetup(p.row(), 0, c.teams().get(0)));
      }
      if (p.row() != ClassSetup.START) {
        return s.with(new ClassSetup(ClassSetup.START, -1));
      }
      return start(s, c, p);
    }
    return s;
  }

  private static ClassSettings change(AppState s, ClassSettings c, int row, int step) {
    RoundSettings r = c.round();
    switch (row) {
      case 0: {
        Mode[] modes = Mode.values();
        return c.withRound(r.withMode(modes[Math.floorMod(r.mode().ordinal() + step, modes.length)]));
      }
      case 1:
        return c.withRound(r.withCount(App.cycle(App.COUNTS, r.count(), step)));
      case 2:
        return c.withRound(r.withPacks(App.nextPacks(s, r.packs(), step)));
      case 3: {
        int n = Math.max(ClassSettings.MIN_TEAMS, Math.min(ClassSettings.MAX_TEAMS, c.teams().size() + step));
        List<String> teams = new ArrayList<>(c.teams().subList(0, Math.min(n, c.teams().size())));
        for (String name : TeamNames.pick(ClassSettings.MAX_TEAMS * 2, r.seed() + 1)) {
          if (teams.size() < n && teams.stream().noneMatch(name::equalsIgnoreCase)) {
            teams.add(name);
          }
        }
        return c.withTeams(teams);
      }
      case 5:
        return c.withTimer(App.cycle(TIMERS, c.timerSeconds(), step));
      case 6:
        return c.withScoring(c.scoring() == ClassSettings.ScoringRule.ACCURACY ? ClassSettings.ScoringRule.SPEED
            : ClassSettings.ScoringRule.ACCURACY);
      case 7:
        return c.withStreakBonus(!c.streakBonus());
      case 8: {
        int now = c.discussionStop() ? c.discussionSeconds() : -1;
        int next = App.cycle(DISCUSSION, now, step);
        return c.withDiscussion(next >= 0, Math.max(0, next));
      }
      default:
        return c;
    }
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
      boolean taken = false;
      for (int i = 0; i < c.teams().size(); i++) {
        taken |= i != t && c.teams().get(i).equalsIgnoreCase(name);
      }
      if (!name.isEmpty() && !taken) {
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

  static AppState start(AppState s, ClassSettings c, Page back) {
    if (s.catalog() == null) {
      return s.with(new Page.Notice("Please wait", "The packs are still loading; try again in a moment.", back));
    }
    if (s.resultsProblem() != null) {
      return s.with(new Page.Notice("Results cannot be saved", s.resultsProblem(), back));
    }
    Draw.Outcome o = Draw.round(s.catalog().packs(), c.round());
    RoundSettings r = c.round();
    AppState next = s.withClassSetup(c.withRound(r.withSeed(App.nextSeed(r.seed()))));
    if (o instanceof Draw.Unavailable u) {
      return next.with(new Page.Notice(r.mode().title() + " is not available", u.reason(), back));
    }
    Draw.Drawn d = (Draw.Drawn) o;
    Session session = Session.start(c.withRound(c.round()), d.round().challenges());
    return next.with(new ClassRun(session, 0, false, null, 0));
  }

  static AppState run(AppState s, ClassRun p, Press k) {
    Session session = p.session();
    if (session.phase() == Session.Phase.FINISHED) {
      if (k.key() == Key.ENTER || k.key() == Key.ESCAPE || k.is('q')) {
        return s.with(new Page.Title(0));
      }
      return s.with(new ClassRun(session, p.team(), false, p.saved(), App.scrolled(p.scroll(), k)));
    }
    if (k.is('e') || k.key() == Key.ESCAPE) {
      return s.with(new ConfirmEnd(p));
    }
    if (k.is(' ')) {
      return apply(s, p, new ClassEvent.Pause());
    }
    if (session.phase() == Session.Phase.QUESTION) {
      int n = session.teamCount();
      if (k.key() == Key.UP || k.key() == Key.DOWN) {
        int d = k.key() == Key.UP ? n - 1 : 1;
        return s.with(new ClassRun(session, (p.team() + d) % n, false, p.saved(), p.scroll()));
      }
      if (k.key() == Key.CHAR && k.ch() >= '1' && k.ch() < '1' + n) {
        return s.with(new ClassRun(session, k.ch() - '1', false, p.saved(), p.scroll()));
      }
      if (k.is('l')) {
        return apply(s, p, new ClassEvent.Lock());
      }
      if (k.is('s')) {
        return apply(s, p, new ClassEvent.Skip());
      }
      int choice = k.key() == Key.CHAR && Character.isLetter(k.ch()) ? App.choiceOf(k) : -1;
      if (choice >= 0 && choice < session.current().choices().size()) {
        AppState after = apply(s, p, new ClassEvent.Record(p.team(), choice, s.now()));
        if (after.page() instanceof ClassRun r && r.session().phase() == Session.Phase.QUESTION) {
          // On to the next team that has not answered, so a teacher can key answers in a row.
          int nextTeam = p.team();
          for (int i = 1; i <= n; i++) {
            int t = (p.team() + i) % n;
            if (!r.session().ballots().get(t).given()) {
              nextTeam = t;
              break;
            }
          }
          return after.with(new ClassRun(r.session(), nextTeam, false, r.saved(), r.scroll()));
        }
        return after;
      }
      return s;
    }
    if (k.is('p')) {
      return s.with(new ClassRun(session, p.team(), !p.passage(), p.saved(), 0));
    }
    if (k.key() == Key.ENTER || k.key() == Key.RIGHT || k.is('n')) {
      return apply(s, p, new ClassEvent.Next());
    }
    return s.with(new ClassRun(session, p.team(), p.passage(), p.saved(), App.scrolled(p.scroll(), k)));
  }

  static AppState confirmEnd(AppState s, ConfirmEnd c, Press k) {
    if (k.is('y')) {
      return apply(s, c.back(), new ClassEvent.End());
    }
    return k.is('n') || k.key() == Key.ESCAPE || k.key() == Key.ENTER ? s.with(c.back()) : s;
  }

  static AppState apply(AppState s, ClassRun p, ClassEvent e) {
    Session next = p.session().next(e);
    if (next == p.session()) {
      return s;
    }
    boolean moved = next.phase() != p.session().phase() || next.index() != p.session().index();
    int team = next.phase() == Session.Phase.QUESTION && moved ? 0 : p.team();
    return s.with(new ClassRun(next, team, moved ? false : p.passage(), p.saved(), moved ? 0 : p.scroll()));
  }

  static String packsLabel(List<String> ids) {
    return ids.isEmpty() ? "all packs" : String.join(", ", ids);
  }
}
