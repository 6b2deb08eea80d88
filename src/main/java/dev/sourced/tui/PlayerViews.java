package dev.sourced.tui;

import dev.sourced.classroom.Ballot;
import dev.sourced.classroom.Outcome;
import dev.sourced.classroom.Player;
import dev.sourced.classroom.Session;
import dev.sourced.classroom.Standing;
import dev.sourced.game.Challenge;
import dev.sourced.tui.Line.Span;
import dev.sourced.tui.Line.Style;
import dev.sourced.tui.PlayerApp.Asking;
import dev.sourced.tui.PlayerApp.In;
import dev.sourced.tui.PlayerApp.Leaving;
import dev.sourced.tui.PlayerApp.Naming;
import dev.sourced.tui.PlayerApp.Out;
import dev.sourced.tui.PlayerApp.State;
import dev.sourced.tui.PlayerApp.Teaming;
import dev.sourced.tui.PlayerApp.Wording;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A student's screens, close up and down to 40x12: state in, a Frame out. */
final class PlayerViews {
  static final int MIN_COLUMNS = 40;
  static final int MIN_ROWS = 12;
  static final String KEYS = "o colour \u00B7 x symbols \u00B7 q leave";

  private PlayerViews() {}

  static boolean tooSmall(int columns, int rows) {
    return columns < MIN_COLUMNS || rows < MIN_ROWS;
  }

  static Frame frame(State s, int columns, int rows) {
    int w = Math.min(columns - 4, Painter.MAX_TEXT);
    boolean compact = rows < 20 || columns < 60;
    Frame f = frame(s, s.stage(), w, compact);
    return s.ascii() ? ascii(f) : f;
  }

  private static Frame frame(State s, PlayerApp.Stage st, int w, boolean compact) {
    String title = Views.APP + " \u00B7 Class";
    Session session = s.room().session();
    if (st instanceof Naming n) {
      List<Line> b = new ArrayList<>();
      b.add(Line.of("Your name, as the class will see it:", Style.ACCENT));
      b.add(Line.of("> " + n.buffer() + "_", Style.SELECTED));
      if (!compact) {
        b.add(Line.blank());
      }
      b.addAll(Layout.wrap("Enter to confirm; Backspace to change it (at most 24 characters).", w, Style.DIM));
      if (n.problem() != null) {
        b.add(Line.blank());
        b.addAll(Layout.wrap(Views.CROSS + " " + n.problem(), w, Style.BAD));
      }
      return new Frame(title, "Join", b, List.of(), "Enter confirm \u00B7 Ctrl-C leave", 0, -1);
    }
    if (st instanceof Teaming t) {
      List<Line> b = new ArrayList<>();
      b.add(Line.of("Hello, " + t.name() + ". Which team are you in?", Style.ACCENT));
      if (!compact) {
        b.add(Line.blank());
      }
      List<String> teams = session.settings().teams();
      for (int i = 0; i < teams.size(); i++) {
        boolean sel = i == t.cursor();
        b.add(new Line(List.of()).plus(sel ? " " + Views.POINTER + " " : "   ", Style.ACCENT)
            .plus((i + 1) + "  " + teams.get(i), sel ? Style.SELECTED : Style.NORMAL));
      }
      return new Frame(title, "Join", b, List.of(), "\u2191\u2193 or 1\u20138 team \u00B7 Enter choose", 0, -1);
    }
    if (st instanceof Wording wd) {
      List<Line> b = new ArrayList<>();
      b.addAll(Layout.wrap(wd.name() + " has a seat already. If it is yours, type the rejoin word you were shown "
          + "when you joined:", w, Style.ACCENT));
      b.add(Line.of("> " + wd.buffer() + "_", Style.SELECTED));
      if (wd.wrong()) {
        b.addAll(Layout.wrap(Views.CROSS + " That is not the word for " + wd.name() + ".", w, Style.BAD));
      }
      b.addAll(Layout.wrap("Esc to choose another name.", w, Style.DIM));
      return new Frame(title, "Rejoin", b, List.of(), "Enter confirm \u00B7 Esc back", 0, -1);
    }
    if (st instanceof Asking a) {
      return new Frame(title, "Join", List.of(Line.of("Joining as " + a.name() + "\u2026")), List.of(), "", 0, -1);
    }
    if (st instanceof Out o) {
      List<Line> b = new ArrayList<>();
      b.add(Line.of(o.title(), Style.BAD));
      b.addAll(Layout.wrap(o.why(), w, Style.NORMAL));
      b.add(Line.blank());
      b.add(Line.of("Press any key to close.", Style.DIM));
      return new Frame(title, "", b, List.of(), "any key close", 0, -1);
    }
    if (st instanceof Leaving) {
      List<Line> b = new ArrayList<>();
      b.add(Line.of("Leave the class?", Style.ACCENT));
      b.addAll(Layout.wrap("Your seat and points are kept: you can join again with the same name.", w, Style.NORMAL));
      b.add(Line.blank());
      b.add(Line.of("  y  leave", Style.BOLD));
      b.add(Line.of("  n  stay", Style.BOLD));
      return new Frame(title, "", b, List.of(), "y leave \u00B7 n stay", 0, -1);
    }
    In in = (In) st;
    int seat = SessionFacts.of(session).seatOf(in.id());
    Player me = seat >= 0 ? session.players().get(seat) : null;
    String name = me == null ? "" : me.name();
    String status = name + (session.phase() == Session.Phase.LOBBY || session.phase() == Session.Phase.FINISHED ? ""
        : " \u00B7 Q" + Math.min(session.index() + 1, session.challenges().size()) + "/" + session.challenges().size());
    return switch (session.phase()) {
      case LOBBY -> lobby(session, in, me, title, status, w, compact);
      case LEAD_IN -> new Frame(title, status, ClassViews.leadIn(session, w, !compact), List.of(), KEYS, in.scroll(),
          -1);
      case QUESTION -> question(session, in, seat, title, status, w, compact);
      case REVEAL -> reveal(session, in, seat, title, status, w, compact);
      case DISCUSSION -> discussion(session, in, title, status, w);
      case LEADERBOARD -> standings(session, in, seat, title, status, w);
      case FINISHED -> end(session, in, seat, title, status, w);
    };
  }

  private static Frame lobby(Session s, In in, Player me, String title, String status, int w, boolean compact) {
    List<Line> b = new ArrayList<>();
    b.add(Line.of((in.rejoined() ? "You're back in, " : "You're in, ") + (me == null ? "" : me.name()) + "!",
        Style.GOOD));
    if (me != null && me.inTeam()) {
      b.add(Line.of("Team " + s.settings().teams().get(me.team()), Style.BOLD));
    }
    b.add(Line.of(Views.plural(s.playerCount(), "player") + " in the class so far.", Style.NORMAL));
    if (!compact) {
      b.add(Line.blank());
    }
    b.addAll(Layout.wrap("Waiting for the teacher to start\u2026", w, Style.ACCENT));
    b.add(Line.blank());
    b.addAll(rejoinHint(in, me, w));
    return new Frame(title, status, b, List.of(), KEYS, in.scroll(), -1);
  }

  private static List<Line> rejoinHint(In in, Player me, int w) {
    if (me == null || in.word() == null) {
      return List.of();
    }
    return Layout.wrap("If you drop out, join again as " + me.name() + "; if asked, your rejoin word is "
        + in.word() + ".", w, Style.DIM);
  }

  private static Frame question(Session s, In in, int seat, String title, String status, int w, boolean compact) {
    Challenge c = s.current();
    Ballot mine = seat >= 0 ? s.ballots().get(seat) : Ballot.NONE;
    List<Line> b = new ArrayList<>();
    if (c.heading() != null && !compact) {
      b.add(Line.of(c.heading(), Style.ACCENT));
    }
    b.addAll(Layout.wrap(c.shownPrompt(), w, Style.BOLD));
    if (!compact) {
      b.add(Line.blank());
    }
    int focus = -1;
    for (int i = 0; i < c.choices().size(); i++) {
      boolean cur = i == in.cursor();
      boolean picked = mine.given() && mine.choice() == i;
      if (cur) {
        focus = b.size();
      }
      String marker = picked ? " " + Views.CHECK + " " : cur ? " " + Views.POINTER + " " : "   ";
      List<Line> text = Layout.wrap(c.choices().get(i), w - 6, Style.NORMAL);
      for (int j = 0; j < text.size(); j++) {
        List<Span> spans = new ArrayList<>();
        spans.add(new Span(j == 0 ? marker : "   ", picked ? Style.GOOD : Style.ACCENT));
        spans.add(new Span(j == 0 ? Challenge.letter(i) + "  " : "   ", cur ? Style.SELECTED : Style.BOLD));
        text.get(j).spans().forEach(sp -> spans.add(new Span(sp.text(), picked ? Style.BOLD : sp.style())));
        b.add(new Line(spans));
      }
    }
    List<Line> pinned = new ArrayList<>();
    if (mine.given()) {
      pinned.add(Line.of("Your answer: " + Challenge.letter(mine.choice()) + " \u00B7 locked in "
          + "(another letter changes it until time is up)", Style.GOOD));
    } else {
      pinned.add(Line.of("Press a letter, or \u2191\u2193 and Enter, to answer.", Style.DIM));
    }
    if (s.paused()) {
      pinned.add(Line.of("\u2016 Paused by the teacher", Style.BAD));
    } else if (s.timed()) {
      pinned.add(Views.countdown(s.remainingMillis(), s.settings().timerMillis(), w));
    }
    if (compact) {
      // One line for the pick and the clock, so that the choices keep the room they need.
      String clock = s.paused() ? " \u00B7 paused" : s.timed()
          ? " \u00B7 " + dev.sourced.game.Countdown.secondsShown(s.remainingMillis()) + " s left" : "";
      pinned.clear();
      pinned.add(Line.of((mine.given() ? "Answer " + Challenge.letter(mine.choice()) + " \u00B7 locked in"
          : "Press a letter to answer") + clock, mine.given() ? Style.GOOD : Style.ACCENT));
    }
    return new Frame(title, status, b, pinned, "A\u2013F answer \u00B7 " + KEYS, in.scroll(), focus);
  }

  private static Frame reveal(Session s, In in, int seat, String title, String status, int w, boolean compact) {
    Outcome o = s.lastOutcome();
    Challenge c = o.challenge();
    List<Line> b = new ArrayList<>();
    boolean had = seat >= 0 && seat < o.seats();
    Ballot mine = had ? o.ballots().get(seat) : Ballot.NONE;
    boolean right = had && o.correct().get(seat);
    if (!mine.given()) {
      b.add(Line.of(Views.CROSS + " No answer this time", Style.BAD));
    } else {
      b.add(Line.of(right ? Views.CHECK + " Right!" : Views.CROSS + " Not this time", right ? Style.GOOD : Style.BAD));
      b.add(Line.of("You chose " + Challenge.letter(mine.choice()) + ": " + Layout.fit(c.choices().get(mine.choice()),
          Math.max(8, w - 14)), Style.NORMAL));
    }
    b.addAll(Layout.wrap("The answer: " + Challenge.letter(c.correct()) + " " + c.correctChoice(), w, Style.BOLD));
    if (!compact) {
      b.add(Line.blank());
    }
    int points = had ? o.points().get(seat) : 0;
    b.add(Line.of("+" + points + " points \u00B7 " + SessionFacts.of(s).scores().get(Math.max(0, seat)) + " in all", Style.ACCENT));
    b.add(Line.of(placeLine(s, in), Style.NORMAL));
    return new Frame(title, status, b, List.of(), KEYS, in.scroll(), -1);
  }

  private static String placeLine(Session s, In in) {
    return "Place " + PlayerApp.place(s, in.id()) + " of " + s.playerCount();
  }

  private static Frame discussion(Session s, In in, String title, String status, int w) {
    Challenge c = s.lastOutcome().challenge();
    List<Line> b = new ArrayList<>();
    b.add(Line.of("Discussion", Style.ACCENT));
    b.addAll(Layout.wrap("Answer: " + Challenge.letter(c.correct()) + " " + c.correctChoice(), w, Style.BOLD));
    b.addAll(Views.source(c, w));
    return new Frame(title, status, b, List.of(), "\u2191\u2193 scroll \u00B7 " + KEYS, in.scroll(), -1);
  }

  private static Frame standings(Session s, In in, int seat, String title, String status, int w) {
    List<Line> b = new ArrayList<>();
    b.add(Line.of("After question " + s.outcomes().size() + ": " + placeLine(s, in).toLowerCase(Locale.ROOT), Style.ACCENT));
    b.add(Line.of("Your score: " + (seat >= 0 ? SessionFacts.of(s).scores().get(seat) : 0), Style.BOLD));
    List<Standing> top = SessionFacts.of(s).standings();
    for (Standing st : top.subList(0, Math.min(5, top.size()))) {
      b.add(Line.of(String.format(Locale.ROOT, "%3d. %s  %d", st.place(), Layout.fit(st.name(), 24), st.score()),
          st.team() == seat ? Style.SELECTED : Style.NORMAL));
    }
    if (s.teamCount() > 0) {
      b.add(Line.blank());
      for (Standing st : s.teamStandings()) {
        b.add(Line.of(String.format(Locale.ROOT, "%3d. %s  %d", st.place(), st.name(), st.score()), Style.DIM));
      }
    }
    return new Frame(title, status, b, List.of(), KEYS, in.scroll(), -1);
  }

  private static Frame end(Session s, In in, int seat, String title, String status, int w) {
    List<Line> b = new ArrayList<>();
    b.add(Line.of(s.endedEarly() ? "The session ended early" : "The end!", Style.ACCENT));
    b.add(Line.of("Your score: " + (seat >= 0 ? SessionFacts.of(s).scores().get(seat) : 0) + " \u00B7 "
        + placeLine(s, in), Style.BOLD));
    List<Outcome> missed = PlayerApp.missed(s, in.id());
    b.add(Line.blank());
    if (missed.isEmpty()) {
      b.add(Line.of(Views.CHECK + " You missed none. Well done.", Style.GOOD));
    } else {
      b.add(Line.of("To read again: the ones you missed", Style.ACCENT));
    }
    for (Outcome o : missed) {
      Challenge c = o.challenge();
      b.add(Line.blank());
      b.addAll(Layout.wrap("Q" + o.number() + " " + c.prompt(), w, Style.BOLD));
      b.addAll(Layout.wrap("Answer: " + Challenge.letter(c.correct()) + " " + c.correctChoice(), w, Style.GOOD));
      b.addAll(Layout.passage(c.passage(), c.highlight(), w));
      b.addAll(Layout.wrap(c.source().line(), w, Style.DIM));
    }
    return new Frame(title, "Final", b, List.of(), "\u2191\u2193 scroll \u00B7 q leave", in.scroll(), -1);
  }

  /** For terminals that show boxes for symbols (old Windows consoles): the same frame in ASCII. */
  static Frame ascii(Frame f) {
    return new Frame(ascii(f.title()), ascii(f.status()), ascii(f.body()), ascii(f.pinned()), ascii(f.footer()),
        f.scroll(), f.focus(), f.wide());
  }

  private static List<Line> ascii(List<Line> lines) {
    List<Line> out = new ArrayList<>(lines.size());
    for (Line l : lines) {
      List<Span> spans = new ArrayList<>();
      l.spans().forEach(s -> spans.add(new Span(ascii(s.text()), s.style())));
      out.add(new Line(spans, l.centered()));
    }
    return out;
  }

  static String ascii(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(switch (c) {
        case '\u2713' -> "+";
        case '\u2717' -> "x";
        case '\u25B8', '\u00BB', '\u203A' -> ">";
        case '\u2039' -> "<";
        case '\u2588' -> "#";
        case '\u2580' -> "\"";
        case '\u2584' -> "_";
        case '\u2591' -> ".";
        case '\u2502' -> "|";
        case '\u00B7' -> "-";
        case '\u2014', '\u2013' -> "-";
        case '\u2026' -> "...";
        case '\u2191' -> "^";
        case '\u2193' -> "v";
        case '\u2016' -> "||";
        case '\u00D7' -> "x";
        case '\u2018', '\u2019' -> "'";
        case '\u201C', '\u201D' -> "\"";
        default -> String.valueOf(c);
      });
    }
    return b.toString();
  }
}
