package dev.sourced.tui;

import dev.sourced.classroom.Ballot;
import dev.sourced.classroom.ClassSettings;
import dev.sourced.classroom.Outcome;
import dev.sourced.classroom.Session;
import dev.sourced.classroom.Standing;
import dev.sourced.game.Challenge;
import dev.sourced.game.Countdown;
import dev.sourced.room.Doors;
import dev.sourced.room.Room;
import dev.sourced.tui.Line.Span;
import dev.sourced.tui.Line.Style;
import dev.sourced.tui.Page.ClassRun;
import dev.sourced.tui.Page.ClassSetup;
import dev.sourced.tui.Page.ConfirmEnd;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The projector's screens for a class session: readable from the back, state in, text out. */
final class ClassViews {
  private ClassViews() {}

  /** The keys that do something on this stage, and only those. */
  static String footer(Session s, ClassRun p, boolean remote) {
    List<String> keys = new ArrayList<>();
    int n = Math.min(s.playerCount(), 9);
    if (s.leadingIn()) {
      keys.add("s skip");
      Outcome o = s.lastOutcome();
      if (o != null && o.number() == s.index()) {
        keys.add(o.skipped() ? "u undo skip" : "r back to the reveal");
      }
    } else if (s.phase() == Session.Phase.QUESTION) {
      if (!remote) {
        keys.add("1\u2013" + n + " A\u2013" + Challenge.letter(s.current().choices().size() - 1) + " key in");
      }
      keys.add("l lock");
      if (!remote) {
        keys.add("v " + (p.showRecorded() ? "hide" : "show"));
      }
      keys.add("s skip");
      Outcome o = s.lastOutcome();
      if (o != null && o.number() == s.index() && s.answeredCount() == 0) {
        keys.add(o.skipped() ? "u undo skip" : "r back to the reveal");
      }
    } else if (p.passage()) {
      keys.add("p back");
      keys.add("Enter next");
    } else {
      keys.add("Enter next");
      if (!remote) {
        keys.add("1\u2013" + n + " A\u2013" + Challenge.letter(s.lastOutcome().challenge().choices().size() - 1)
            + " correct");
      }
      keys.add("p passage");
      if (s.phase() != Session.Phase.REVEAL) {
        keys.add("r reveal");
      }
    }
    if (ClassApp.pausable(s)) {
      keys.add("space " + (s.paused() ? "resume" : "pause"));
    }
    if (remote) {
      keys.add("o close/open");
    }
    keys.add("q end");
    keys.add("? help");
    return String.join(" \u00B7 ", keys);
  }

  static Frame setup(AppState s, ClassSetup p, int columns) {
    int w = Painter.textWidth(columns);
    ClassSettings c = ClassApp.settingsOf(s);
    List<Line> b = new ArrayList<>();
    b.add(Line.of("Classroom session", Style.ACCENT));
    b.add(Line.of(s.remote() ? "Students answer on their own terminals: they join with ssh, nothing to install."
        : "Teams answer aloud or on paper; you key their answers in.", Style.DIM));
    b.add(Line.blank());
    for (int i = 0; i < ClassApp.ROWS.size(); i++) {
      Row row = ClassApp.ROWS.get(i);
      boolean sel = i == p.row();
      String value = row.value().apply(s);
      if (row == ClassApp.NAMES && p.editing() < 0) {
        value += "   (Enter to rename)";
      }
      b.addAll(prefixed(sel ? " " + Views.POINTER + " " : "   ", Style.ACCENT,
          Layout.wrap(value, w - 14, Style.NORMAL), String.format(Locale.ROOT, "%-9s", row.label()),
          sel ? Style.SELECTED : Style.BOLD));
      if (row == ClassApp.NAMES && p.editing() >= 0) {
        for (int t = 0; t < c.teams().size(); t++) {
          boolean ed = t == p.editing();
          b.add(new Line(List.of()).plus("      " + (t + 1) + "  ", Style.DIM)
              .plus(ed ? p.buffer() + "_" : c.teams().get(t), ed ? Style.SELECTED : Style.NORMAL));
        }
      }
    }
    if (p.note() != null) {
      b.addAll(Layout.wrap(p.note(), w, Style.BAD));
    }
    if (c.round().source() != null || c.round().tag() != null || c.round().difficulty() != null) {
      b.addAll(Layout.wrap("Filters: " + Views.filters(c.round()) + " (from the command line)", w, Style.DIM));
    }
    b.add(Line.blank());
    if (s.resultsProblem() != null) {
      b.addAll(Layout.wrap(Views.CROSS + " " + s.resultsProblem(), w, Style.BAD));
    }
    b.addAll(Layout.wrap(Views.catalogSummary(s), w, Style.DIM));
    String footer = p.editing() >= 0
        ? "type a name \u00B7 Backspace delete \u00B7 \u2191\u2193 team \u00B7 Enter keep \u00B7 Esc drop"
        : "\u2191\u2193 row \u00B7 \u2190\u2192 change \u00B7 Enter start \u00B7 Esc back";
    return new Frame(Views.APP + " \u00B7 Class setup", "", b, List.of(), footer, 0, -1);
  }

  private static List<Line> prefixed(String marker, Style markerStyle, List<Line> value, String label, Style labelStyle) {
    List<Line> out = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      List<Span> spans = new ArrayList<>();
      spans.add(new Span(i == 0 ? marker : "   ", markerStyle));
      spans.add(new Span(i == 0 ? label : " ".repeat(label.length()), labelStyle));
      spans.add(new Span("  ", Style.NORMAL));
      spans.addAll(value.get(i).spans());
      out.add(new Line(spans));
    }
    return out;
  }

  static String minutes(long seconds) {
    return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }

  static Frame run(AppState state, ClassRun p, int columns) {
    int w = Painter.textWidth(columns, true);
    if (state.room() == null) {
      return frame(Views.APP + " \u00B7 Class", "", List.of(Line.of("Opening the session\u2026")), List.of(), "", 0, -1);
    }
    Session s = state.room().session();
    Room.SaveStatus save = state.room().save();
    String title = Views.APP + " \u00B7 Class \u00B7 " + s.settings().round().mode().title();
    String status = "Question " + Math.min(s.index() + 1, s.challenges().size()) + "/" + s.challenges().size()
        + (save instanceof Room.Saved ? " \u00B7 saved" : save instanceof Room.Failed ? " \u00B7 NOT SAVED" : "");
    if (s.phase() == Session.Phase.FINISHED) {
      boolean undo = s.lastOutcome() != null && s.lastOutcome().skipped() && !s.endedEarly();
      boolean more = p.podium() < podiumPlaces(s);
      return frame(title, "Final", finished(s, save, w, p.podium()), List.of(),
          (more ? "Enter the next place \u00B7 q menu" : "\u2191\u2193 scroll \u00B7 Enter menu")
              + (undo ? " \u00B7 u undo skip" : ""), p.scroll(), -1);
    }
    String keys = footer(s, p, state.room().doors().remote());
    if (p.passage() && s.lastOutcome() != null) {
      return frame(title, status, discussion(s, s.lastOutcome(), w, false), List.of(), keys, p.scroll(), -1);
    }
    if (s.phase() == Session.Phase.LOBBY) {
      return lobby(state, p, title, w);
    }
    boolean remote = state.room().doors().remote();
    if (remote && state.room().doors().code() != null) {
      status += " \u00B7 code " + spaced(state.room().doors().code()); // for students who drop out and rejoin
    }
    return switch (s.phase()) {
      case LOBBY -> lobby(state, p, title, w);
      case LEAD_IN -> frame(title, status, leadIn(s, w, true), List.of(), keys, p.scroll(), -1);
      case QUESTION -> remote ? remoteQuestion(state, p, title, status, w, keys) : question(s, p, title, status, w, keys);
      case REVEAL -> frame(title, status, reveal(s, p, w, remote), List.of(), keys, p.scroll(), -1);
      case DISCUSSION -> frame(title, status, discussion(s, s.lastOutcome(), w, true),
          s.settings().discussionSeconds() > 0 ? List.of(discussionClock(s, w)) : List.of(), keys, p.scroll(), -1);
      case LEADERBOARD -> frame(title, status, remote ? remoteLeaderboard(s, w) : leaderboard(s, w), List.of(), keys,
          p.scroll(), -1);
      case FINISHED -> throw new IllegalStateException("drawn above");
    };
  }

  private static Frame frame(String title, String status, List<Line> body, List<Line> pinned, String footer, int scroll,
      int focus) {
    return new Frame(title, status, body, pinned, footer, scroll, focus, true);
  }

  /** The heading, the prompt centred, and the choices with their letters: the top of a question on a projector. */
  private static List<Line> promptAndChoices(Challenge c, int w) {
    List<Line> b = new ArrayList<>();
    if (c.heading() != null) {
      b.add(Line.of(c.heading(), Style.ACCENT).centre());
      b.add(Line.blank());
    }
    Layout.wrap(c.shownPrompt(), w - 4, Style.BOLD).forEach(l -> b.add(l.centre()));
    b.add(Line.blank());
    for (int i = 0; i < c.choices().size(); i++) {
      b.addAll(prefixed("   ", Style.NORMAL, Layout.wrap(c.choices().get(i), w - 8, Style.NORMAL),
          String.valueOf((char) ('A' + i)), Style.BOLD));
    }
    b.add(Line.blank());
    return b;
  }

  /**
   * The lead-in of a timed question, for the projector and the students alike: its number and
   * heading, and the seconds until its answers open in digits three rows high; no prompt, no choices.
   */
  static List<Line> leadIn(Session s, int w, boolean roomy) {
    List<Line> b = new ArrayList<>();
    if (roomy) {
      b.add(Line.blank());
    }
    b.add(Line.of("Question " + (s.index() + 1) + " of " + s.challenges().size(), Style.ACCENT).centre());
    if (s.current().heading() != null) {
      b.add(Line.of(s.current().heading(), Style.BOLD).centre());
    }
    if (roomy) {
      b.add(Line.blank());
    }
    b.add(Line.blank());
    int seconds = Countdown.secondsShown(s.leadInMillis());
    Projector.big(seconds, Style.ACCENT).forEach(l -> b.add(l.centre()));
    b.add(Line.blank());
    if (s.paused()) {
      b.add(Line.of("\u2016 Paused", Style.BAD).centre());
    } else {
      b.addAll(Layout.wrap("Get ready: answers open in " + seconds, w, Style.DIM).stream().map(Line::centre).toList());
    }
    return b;
  }

  private static Frame question(Session s, ClassRun p, String title, String status, int w, String keys) {
    if (Projector.fits(w + 4)) {
      return Projector.question(s, p, title, status, w, keys);
    }
    Challenge c = s.current();
    List<Line> b = promptAndChoices(c, w);
    b.add(Line.of(seats(s) + " \u00B7 " + s.answeredCount() + " of " + s.playerCount() + " answered", Style.ACCENT));
    int focus = -1;
    for (int t = 0; t < s.playerCount(); t++) {
      boolean sel = t == p.team();
      if (sel) {
        focus = b.size();
      }
      Ballot ballot = s.ballots().get(t);
      String name = (t + 1) + "  " + Views.pad(Layout.fit(s.players().get(t).name(), ClassSettings.MAX_NAME),
          ClassSettings.MAX_NAME);
      String state = !ballot.given() ? "  \u2026 waiting" : p.showRecorded()
          ? "  " + Views.CHECK + " answered " + Challenge.letter(ballot.choice()) : "  " + Views.CHECK + " answered";
      b.add(new Line(List.of()).plus(sel ? " " + Views.POINTER + " " : "   ", Style.ACCENT)
          .plus(name, sel ? Style.SELECTED : Style.NORMAL)
          .plus(state, ballot.given() ? Style.GOOD : Style.DIM));
    }
    List<Line> pinned = new ArrayList<>();
    if (s.paused()) {
      pinned.add(Line.of("\u2016 Paused \u2014 space resumes", Style.BAD));
    } else if (s.timed()) {
      pinned.add(Views.countdown(s.remainingMillis(), s.settings().timerMillis(), w));
    }
    return frame(title, status, b, pinned, keys, p.scroll(), focus);
  }

  private static Line discussionClock(Session s, int w) {
    long total = s.settings().discussionSeconds() * 1000L;
    long left = Math.max(0, total - s.discussionMillis());
    if (s.paused()) {
      return Line.of("\u2016 Discussion timer paused \u2014 space resumes", Style.BAD);
    }
    if (left == 0) {
      return Line.of("Discussion time is up \u2014 Enter when the room is done", Style.BAD);
    }
    return new Line(List.of()).plus("Discussion ", Style.DIM).plus(Views.timeLeft(left), Style.ACCENT);
  }

  static final String KEYS_LOBBY = "Enter start \u00B7 \u2191\u2193 player \u00B7 x remove \u00B7 o close/open \u00B7 q end";

  /** The lobby: how to join, the code, the key to check, and who is in. */
  private static Frame lobby(AppState state, ClassRun p, String title, int w) {
    Session s = state.room().session();
    Doors d = state.room().doors();
    List<Line> b = new ArrayList<>();
    b.add(Line.of("Join from your own terminal", Style.ACCENT).centre());
    b.add(Line.blank());
    if (d.problem() != null) {
      b.addAll(Layout.wrap(Views.CROSS + " Students cannot join: " + d.problem(), w, Style.BAD));
      b.add(Line.blank());
    }
    if (d.commands().isEmpty() && d.problem() == null) {
      b.add(Line.of("  (no network address found: students on this machine type ssh -p PORT localhost)", Style.DIM));
    }
    for (String c : d.commands()) {
      b.add(new Line(List.of()).plus("  Type   ", Style.DIM).plus(c, Style.BOLD));
    }
    if (d.code() != null) {
      b.add(Line.blank());
      b.add(new Line(List.of()).plus("  Join code   ", Style.DIM).plus(spaced(d.code()), Style.ACCENT));
    }
    if (d.fingerprint() != null) {
      b.add(new Line(List.of()).plus("  Host key    ", Style.DIM).plus(d.fingerprint(), Style.NORMAL));
      b.add(Line.of("  The first time, ssh asks whether to trust this key: check it matches, then type yes.",
          Style.DIM));
    }
    b.add(Line.blank());
    int n = s.playerCount();
    b.add(Line.of(Views.plural(n, "player") + " in" + (d.open() ? "" : " \u00B7 closed to newcomers")
        + (d.maxPlayers() > 0 ? " (at most " + d.maxPlayers() + ")" : ""), Style.ACCENT));
    int focus = -1;
    int sel = Math.min(p.team(), n - 1);
    List<Integer> order = new ArrayList<>();
    for (int t = -1; t < s.teamCount(); t++) {
      for (int i = 0; i < n; i++) {
        if (s.players().get(i).team() == t) {
          order.add(i);
        }
      }
    }
    int lastTeam = -2;
    for (int i : order) {
      dev.sourced.classroom.Player pl = s.players().get(i);
      if (pl.team() != lastTeam && pl.inTeam()) {
        b.add(Line.of("  " + s.settings().teams().get(pl.team()), Style.BOLD));
      }
      lastTeam = pl.team();
      boolean on = i == sel;
      if (on) {
        focus = b.size();
      }
      b.add(new Line(List.of()).plus(on ? " " + Views.POINTER + " " : "   ", Style.ACCENT)
          .plus(String.format(Locale.ROOT, "%-" + ClassSettings.MAX_NAME + "s", pl.name()),
              on ? Style.SELECTED : Style.NORMAL)
          .plus(d.isOnline(pl.id()) ? "" : "  disconnected", Style.DIM));
    }
    return frame(title, "Lobby", b, List.of(), KEYS_LOBBY, p.scroll(), focus);
  }

  /** A code read aloud in pairs of digits. */
  static String spaced(String code) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < code.length(); i++) {
      if (i > 0 && i % 3 == 0) {
        b.append(' ');
      }
      b.append(code.charAt(i));
    }
    return b.toString();
  }

  /** The question as students see it, and how many have answered: never who chose what. */
  private static Frame remoteQuestion(AppState state, ClassRun p, String title, String status, int w, String keys) {
    Session s = state.room().session();
    Doors d = state.room().doors();
    Challenge c = s.current();
    List<Line> b = promptAndChoices(c, w);
    long away = s.players().stream().filter(x -> !d.isOnline(x.id())).count();
    b.add(Line.of("answered " + s.answeredCount() + " of " + s.playerCount()
        + (away > 0 ? "  \u00B7  " + away + " disconnected" : ""), Style.ACCENT).centre());
    List<Line> pinned = new ArrayList<>();
    if (s.paused()) {
      pinned.add(Line.of("\u2016 Paused \u2014 space resumes", Style.BAD));
    } else if (s.timed()) {
      pinned.add(Views.countdown(s.remainingMillis(), s.settings().timerMillis(), w));
    }
    return frame(title, status, b, pinned, keys, p.scroll(), -1);
  }

  /** Top places of the players, then the teams when on. */
  private static List<Line> remoteLeaderboard(Session s, int w) {
    List<Line> b = new ArrayList<>();
    b.add(Line.of("Leaderboard after question " + s.outcomes().size(), Style.ACCENT).centre());
    b.add(Line.blank());
    List<Standing> players = s.playerStandings();
    for (Standing st : players.subList(0, Math.min(10, players.size()))) {
      b.add(Line.of(String.format(Locale.ROOT, "  %2d.  %-" + ClassSettings.MAX_NAME + "s %7d", st.place(), st.name(),
          st.score()), Style.BOLD));
    }
    if (players.size() > 10) {
      b.add(Line.of("  \u2026 and " + (players.size() - 10) + " more", Style.DIM));
    }
    if (s.teamCount() > 0) {
      b.add(Line.blank());
      b.add(Line.of("Teams (the mean of their players' points)", Style.ACCENT));
      for (Standing st : s.teamStandings()) {
        b.add(Line.of(String.format(Locale.ROOT, "  %2d.  %-" + ClassSettings.MAX_NAME + "s %7d", st.place(),
            st.name(), st.score())));
      }
    }
    return b;
  }

  private static List<Line> reveal(Session s, ClassRun p, int w, boolean remote) {
    Outcome o = s.lastOutcome();
    Challenge c = o.challenge();
    List<Line> b = new ArrayList<>();
    Layout.wrap(c.shownPrompt(), w - 4, Style.BOLD).forEach(l -> b.add(l.centre()));
    b.add(Line.blank());
    if (o.how() == Outcome.Lock.TIMER) {
      b.add(Line.of("\u2500\u2500  T I M E \u2019 S   U P  \u2500\u2500", Style.BAD).centre());
      b.add(Line.blank());
    }
    String how = switch (o.how()) {
      case TIMER -> "Time is up.";
      case TEACHER -> "Answers locked.";
      default -> "Every " + seat(s) + " has answered.";
    };
    b.addAll(Layout.wrap(how + " The answer is " + Challenge.letter(c.correct()) + ": " + c.correctChoice(), w,
        Style.GOOD));
    b.add(Line.blank());
    int[] tally = o.tally();
    int most = 1;
    for (int n : tally) {
      most = Math.max(most, n);
    }
    // The labels take what the bars and counts leave, up to the longest choice: wider windows cut less.
    int longest = c.choices().stream().mapToInt(Layout::width).max().orElse(10);
    int label = Math.max(10, Math.min(longest, w - 30));
    int barMax = Math.max(5, Math.min(40, w - label - 24));
    for (int i = 0; i < c.choices().size(); i++) {
      boolean right = i == c.correct();
      String text = String.format(Locale.ROOT, "%c  %s", 'A' + i, Views.pad(Layout.fit(c.choices().get(i), label), label));
      int len = tally[i] == 0 ? 0 : Math.max(1, Math.round((float) barMax * tally[i] / most));
      b.add(new Line(List.of()).plus(right ? Views.CHECK + " " : "  ", Style.GOOD)
          .plus(text + "  ", right ? Style.BOLD : Style.NORMAL)
          .plus("\u2588".repeat(len), right ? Style.GOOD : Style.DIM)
          .plus(" ".repeat(barMax - len) + " " + Views.plural(tally[i], seat(s)), Style.NORMAL));
    }
    b.add(Line.blank());
    if (remote) {
      // Never who chose what on the projector: the chart, and how many were right.
      b.add(Line.of(o.rightCount() + " of " + o.seats() + " right", Style.ACCENT).centre());
      return b;
    }
    for (int t = 0; t < o.seats(); t++) {
      Ballot ballot = o.ballots().get(t);
      boolean ok = o.correct().get(t);
      boolean sel = t == p.team();
      String chose = ballot.given() ? "chose " + Challenge.letter(ballot.choice()) : "no answer";
      b.add(new Line(List.of()).plus(sel ? " " + Views.POINTER + " " : "   ", Style.ACCENT)
          .plus(Views.pad(Layout.fit(s.players().get(t).name(), ClassSettings.MAX_NAME), ClassSettings.MAX_NAME) + " ",
              Style.BOLD)
          .plus((ok ? Views.CHECK + " right" : Views.CROSS + " wrong") + "  ", ok ? Style.GOOD : Style.BAD)
          .plus(String.format(Locale.ROOT, "%-10s +%d", chose, o.points().get(t)), Style.NORMAL)
          .plus(o.corrected(t) ? "  (corrected)" : "", Style.DIM));
    }
    return b;
  }

  private static List<Line> discussion(Session s, Outcome o, int w, boolean live) {
    Challenge c = o.challenge();
    List<Line> b = new ArrayList<>();
    b.add(Line.of(live ? "Discussion" : "The source, again", Style.ACCENT));
    if (live) {
      // The question for the room first, above the fold of a small projector; the evidence below it.
      b.addAll(Layout.wrap("Discuss: " + c.discussion(), w, Style.ACCENT));
      b.add(Line.blank());
    }
    if (!c.prompt().equals(c.passage())) {
      b.addAll(Layout.wrap(c.shownPrompt(), w, Style.BOLD));
    }
    b.addAll(Layout.wrap(c.answerLine(), w, Style.BOLD));
    b.addAll(Layout.wrap("Why: " + c.explanation(), w, Style.NORMAL));
    b.add(Line.blank());
    b.addAll(live ? Views.passageAndSource(c, w) : Views.source(c, w));
    return b;
  }

  private static List<Line> leaderboard(Session s, int w) {
    List<Line> b = new ArrayList<>();
    b.add(Line.of("Leaderboard after question " + s.outcomes().size(), Style.ACCENT).centre());
    b.add(Line.blank());
    List<Standing> before = s.previousStandings();
    for (Standing st : s.standings()) {
      int was = before.stream().filter(x -> x.team() == st.team()).findFirst().orElseThrow().place();
      String change = was == st.place() ? "  =" : was > st.place() ? "\u25B2 " + (was - st.place())
          : "\u25BC " + (st.place() - was);
      Style cs = was == st.place() ? Style.DIM : was > st.place() ? Style.GOOD : Style.BAD;
      b.add(new Line(List.of()).plus(String.format(Locale.ROOT, "  %2d.  ", st.place())
          + Views.pad(Layout.fit(st.name(), ClassSettings.MAX_NAME), ClassSettings.MAX_NAME)
          + String.format(Locale.ROOT, " %7d  ", st.score()), Style.BOLD).plus(change, cs));
    }
    return b;
  }

  /** How many podium places there are to reveal: up to three, fewer with fewer places or nothing played. */
  static int podiumPlaces(Session s) {
    if (s.outcomes().stream().allMatch(Outcome::skipped)) {
      return 0;
    }
    return (int) s.standings().stream().mapToInt(Standing::place).filter(x -> x <= 3).distinct().count();
  }

  private static List<Line> finished(Session s, Room.SaveStatus save, int w, int revealed) {
    List<Line> b = new ArrayList<>();
    b.add(Line.of(s.endedEarly() ? "Session ended early" : "Final results", Style.ACCENT).centre());
    b.add(Line.blank());
    List<Standing> st = s.standings();
    boolean played = s.outcomes().stream().anyMatch(o -> !o.skipped());
    if (!played) {
      b.add(Line.of("No questions were played.", Style.DIM).centre());
    }
    String[] medals = {"1st", "2nd", "3rd"};
    // Third, then second, then first, a place each Enter; the places still hidden keep their lines.
    List<Integer> places = st.stream().map(Standing::place).filter(x -> x <= 3).distinct().sorted().toList();
    int places3 = places.size();
    boolean all = revealed >= places3;
    for (int k = 0; k < places3 && played; k++) {
      int place = places.get(k);
      boolean shown = k >= places3 - revealed;
      List<String> names = st.stream().filter(x -> x.place() == place).map(Standing::name).toList();
      int score = st.stream().filter(x -> x.place() == place).findFirst().orElseThrow().score();
      b.add(shown ? Line.of(medals[place - 1] + "  " + Views.and(names) + "  \u2014  " + Views.plural(score, "point"),
          place == 1 ? Style.GOOD : Style.BOLD).centre() : Line.of(medals[place - 1] + "  \u2026", Style.DIM).centre());
    }
    b.add(Line.blank());
    if (played && all) {
      b.add(Line.of("Leaderboard", Style.ACCENT));
      for (Standing x : st) {
        b.add(Line.of(String.format(Locale.ROOT, "  %2d.  ", x.place())
            + Views.pad(Layout.fit(x.name(), ClassSettings.MAX_NAME), ClassSettings.MAX_NAME)
            + String.format(Locale.ROOT, " %7d", x.score())));
      }
      b.add(Line.blank());
    }
    List<Outcome> missed = all ? s.mostMissed().stream().filter(o -> o.rightCount() < o.seats()).toList() : List.of();
    if (played && all) {
      b.add(Line.of("To revisit: the questions " + seat(s) + "s missed, most missed first", Style.ACCENT));
    }
    if (played && all && missed.isEmpty()) {
      b.add(Line.of("  Every " + seat(s) + " got every question right.", Style.DIM));
    }
    for (Outcome o : missed) {
      String head = String.format(Locale.ROOT, "  Q%-3d %d of %d right  ", o.number(), o.rightCount(), o.seats());
      b.add(new Line(List.of()).plus(head, o.rightCount() * 2 < o.seats() ? Style.BAD : Style.NORMAL)
          .plus(Layout.fit(o.challenge().shownPrompt(), Math.max(10, w - head.length())), Style.NORMAL));
    }
    long skipped = s.outcomes().stream().filter(Outcome::skipped).count();
    if (skipped > 0) {
      b.add(Line.of("  " + Views.plural((int) skipped, "question") + " skipped", Style.DIM));
    }
    b.add(Line.blank());
    if (save instanceof Room.Saved saved) {
      b.addAll(Layout.wrap("Results saved to " + saved.where(), w, Style.NORMAL));
    } else if (save instanceof Room.Failed failed) {
      b.addAll(Layout.wrap("NOT SAVED: " + failed.why(), w, Style.BAD));
    } else if (played || !s.outcomes().isEmpty()) {
      b.addAll(Layout.wrap("Results were not saved.", w, Style.BAD));
    } else {
      b.addAll(Layout.wrap("Nothing was played, so no results file was written.", w, Style.DIM));
    }
    return b;
  }

  /** What a seat is called: a team in a teacher-keyed class (one seat a team), else a player. */
  static String seat(Session s) {
    return s.teamCount() > 0 && s.playerCount() == s.teamCount() ? "team" : "player";
  }

  private static String seats(Session s) {
    String word = seat(s);
    return Character.toUpperCase(word.charAt(0)) + word.substring(1) + "s";
  }

  static Frame confirmRemove(AppState state, Page.ConfirmRemove c, int columns) {
    int w = Painter.textWidth(columns, true);
    if (state.room() == null) {
      return run(state, c.back(), columns);
    }
    Session s = state.room().session();
    int seat = s.seatOf(c.id());
    String name = seat < 0 ? "this player" : s.players().get(seat).name();
    List<Line> b = new ArrayList<>();
    b.add(Line.of("Remove " + name + "?", Style.ACCENT));
    b.add(Line.blank());
    b.addAll(Layout.wrap("They are told so and cannot join this session again.", w, Style.NORMAL));
    b.add(Line.blank());
    b.add(Line.of("  y  remove", Style.BOLD));
    b.add(Line.of("  n  keep", Style.BOLD));
    return new Frame(Views.APP + " \u00B7 Class", "", b, List.of(), "y remove \u00B7 n or Esc keep", 0, -1, true);
  }

  static Frame confirmEnd(AppState state, ConfirmEnd c, int columns) {
    int w = Painter.textWidth(columns, true);
    if (state.room() == null) {
      return run(state, c.back(), columns);
    }
    Session s = state.room().session();
    List<Line> b = new ArrayList<>();
    b.add(Line.of("End the session now?", Style.ACCENT));
    b.add(Line.blank());
    b.addAll(Layout.wrap(s.outcomes().size() + " of " + Views.plural(s.challenges().size(), "question") + " "
        + (s.outcomes().size() == 1 ? "is" : "are") + " done and saved. "
        + "Ending now drops the question in progress and shows the final results.", w, Style.NORMAL));
    b.add(Line.blank());
    b.add(Line.of("  y  end the session", Style.BOLD));
    b.add(Line.of("  n  carry on", Style.BOLD));
    return new Frame(Views.APP + " \u00B7 Class", "", b, List.of(), "y end \u00B7 n or Esc carry on", 0, -1, true);
  }

  static Frame confirmSkip(AppState state, Page.ConfirmSkip c, int columns) {
    int w = Painter.textWidth(columns, true);
    if (state.room() == null) {
      return run(state, c.back(), columns);
    }
    Session s = state.room().session();
    List<Line> b = new ArrayList<>();
    b.add(Line.of("Skip question " + (s.index() + 1) + "?", Style.ACCENT));
    b.add(Line.blank());
    int given = s.answeredCount();
    b.addAll(Layout.wrap("Nobody scores on a skipped question and its answer is not shown"
        + (given == 0 ? "." : "; the " + Views.plural(given, "answer") + " keyed so far " + (given == 1 ? "is" : "are")
        + " dropped.") + " u on the next question takes the skip back.", w, Style.NORMAL));
    b.add(Line.blank());
    b.add(Line.of("  y  skip it", Style.BOLD));
    b.add(Line.of("  n  keep the question", Style.BOLD));
    return new Frame(Views.APP + " \u00B7 Class", "", b, List.of(), "y skip \u00B7 n or Esc keep it", 0, -1, true);
  }

  static Frame sessions(AppState state, Page.Sessions p, int columns) {
    int w = Painter.textWidth(columns);
    List<Line> b = new ArrayList<>();
    b.add(Line.of("Saved class sessions, newest first", Style.ACCENT));
    b.add(Line.blank());
    List<SavedSession> saved = state.saved() == null ? List.of() : state.saved();
    int focus = -1;
    for (int i = 0; i < saved.size(); i++) {
      boolean sel = i == p.selected();
      if (sel) {
        focus = b.size();
      }
      b.addAll(prefixed(sel ? " " + Views.POINTER + " " : "   ", Style.ACCENT,
          Layout.wrap(saved.get(i).label(), w - 4, sel ? Style.SELECTED : Style.NORMAL), "", Style.NORMAL));
    }
    return new Frame(Views.APP + " \u00B7 Class results", "", b, List.of(),
        "\u2191\u2193 choose \u00B7 Enter open \u00B7 Esc back", p.scroll(), focus);
  }

  static Frame sessionView(AppState state, Page.SessionView v, int columns) {
    int w = Painter.textWidth(columns);
    SavedSession s = state.saved().get(v.item());
    List<Line> b = new ArrayList<>();
    b.addAll(Layout.wrap(s.label(), w, Style.ACCENT));
    b.addAll(Layout.wrap("File: " + s.file() + " (and the .csv beside it)", w, Style.DIM));
    b.add(Line.blank());
    if (s.problem() != null) {
      b.addAll(Layout.wrap(Views.CROSS + " " + s.problem(), w, Style.BAD));
    }
    if (!s.standings().isEmpty()) {
      b.add(Line.of("Standings", Style.ACCENT));
      s.standings().forEach(x -> b.add(Line.of("  " + x)));
      b.add(Line.blank());
    }
    if (s.problem() == null) {
      b.add(Line.of(s.missed().isEmpty() ? "Nothing was missed." : "To revisit, most missed first", Style.ACCENT));
    }
    for (SavedSession.Missed m : s.missed()) {
      b.addAll(Layout.wrap("Q" + m.number() + "  " + m.right() + " of " + m.seats() + " right  " + m.prompt(), w,
          Style.BOLD));
      b.addAll(Layout.passage(m.passage(), null, w));
      b.addAll(Layout.wrap(m.source(), w, Style.DIM));
      b.add(Line.blank());
    }
    return new Frame(Views.APP + " \u00B7 Class results", "", b, List.of(),
        "\u2191\u2193 scroll \u00B7 " + (s.resumable() ? "c continue it \u00B7 " : "") + "Esc back", v.scroll(), -1);
  }
}
