package dev.sourced.tui;

import dev.sourced.classroom.ClassEvent;
import dev.sourced.classroom.Player;
import dev.sourced.classroom.Session;
import dev.sourced.room.Doors;
import dev.sourced.room.Room;
import dev.sourced.tui.Msg.Key;
import dev.sourced.tui.Msg.Press;
import java.util.ArrayList;
import java.util.List;

/**
 * One student's screen over ssh, as rules: their state, and what a key, a room snapshot or the
 * answer to a seat request does to it. Each connection has its own PlayerApp.State; the session
 * itself is the room's. No drawing, no I/O.
 */
public final class PlayerApp {
  private PlayerApp() {}

  /** Where the student is: naming themself, picking a team, proving a seat, waiting, in, out, or asked to leave. */
  public sealed interface Stage permits Naming, Teaming, Wording, Asking, In, Out, Leaving {}

  /** Typing a name; problem is why the last one was refused, or null. */
  public record Naming(String buffer, String problem) implements Stage {}

  public record Teaming(String name, int cursor) implements Stage {}

  /** The name is a disconnected seat's: the student types the word they were shown. */
  public record Wording(String name, String buffer, boolean wrong) implements Stage {}

  /** Waiting for the room's answer to a seat request. */
  public record Asking(String name) implements Stage {}

  /** Seated: id is theirs, word the rejoin word they were shown; cursor the highlighted choice, scroll the body's. */
  public record In(String id, String word, boolean rejoined, int question, Session.Phase phase, int cursor, int scroll)
      implements Stage {
    In at(Session s) {
      return s.index() == question && s.phase() == phase ? this : new In(id, word, rejoined, s.index(), s.phase(), 0, 0);
    }
  }

  /** Not in, for good: why, and any key ends the connection. */
  public record Out(String title, String why) implements Stage {}

  /** q asked: y leaves, anything else goes back. */
  public record Leaving(Stage back) implements Stage {}

  /**
   * user is the ssh login name (the name offered first), key the fingerprint of the ssh key they
   * proved, or null; color and ascii are the student's switches; exitCode is set once the
   * connection should end.
   */
  public record State(Stage stage, Room.Snapshot room, String user, String key, boolean color, boolean ascii,
      Integer exitCode) {
    public State with(Stage s) {
      return new State(s, room, user, key, color, ascii, exitCode);
    }

    State withRoom(Room.Snapshot r) {
      return new State(stage, r, user, key, color, ascii, exitCode);
    }

    State exit(int code) {
      return new State(stage, room, user, key, color, ascii, code);
    }

    public boolean done() {
      return exitCode != null;
    }
  }

  /** What the runtime does for the rules: ask the room for a seat, or send it an answer. */
  public sealed interface Effect permits AskSeat, ToRoom {}

  public record AskSeat(Doors.Request request) implements Effect {}

  public record ToRoom(ClassEvent event) implements Effect {}

  public record Update(State state, List<Effect> effects) {
    public Update {
      effects = List.copyOf(effects);
    }

    static Update of(State s, Effect... e) {
      return new Update(s, List.of(e));
    }
  }

  /** A fresh connection: the name field holds the ssh user's name, printable characters only. */
  public static State start(Room.Snapshot room, String user, String key) {
    String offered = printable(user == null ? "" : user);
    if (offered.length() > 24) {
      offered = offered.substring(0, 24);
    }
    return new State(new Naming(offered, null), room, user, key, true, false, null);
  }

  private static String printable(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
        .forEach(b::appendCodePoint);
    return b.toString();
  }

  public static Update room(State s, Room.Snapshot snap) {
    State next = s.withRoom(snap);
    if (next.stage() instanceof In in) {
      if (snap.doors().removed().contains(in.id())) {
        return Update.of(next.with(new Out("Removed", "The teacher removed you from this session.")));
      }
      return Update.of(next.with(in.at(snap.session())));
    }
    if (next.stage() instanceof Leaving l && l.back() instanceof In in) {
      return Update.of(next.with(new Leaving(in.at(snap.session()))));
    }
    return Update.of(next);
  }

  public static Update answered(State s, Doors.Answer a) {
    String name = s.stage() instanceof Asking ask ? ask.name() : "";
    if (a instanceof Doors.Seated in) {
      Session session = s.room().session();
      return Update.of(s.with(new In(in.player().id(), in.word(), in.rejoined(), session.index(), session.phase(), 0, 0)));
    }
    if (a instanceof Doors.AskTeam) {
      return Update.of(s.with(new Teaming(name, 0)));
    }
    if (a instanceof Doors.AskWord w) {
      return Update.of(s.with(new Wording(name, "", w.wrong())));
    }
    Doors.Refused r = (Doors.Refused) a;
    return Update.of(s.with(r.last() ? new Out("Not let in", r.why()) : new Naming(name, r.why())));
  }

  public static Update key(State s, Press k) {
    if (k.key() == Key.INTERRUPT) {
      return Update.of(s.exit(AppState.EXIT_INTERRUPTED));
    }
    Stage st = s.stage();
    if (st instanceof Naming n) {
      return naming(s, n, k);
    }
    if (st instanceof Wording w) {
      return wording(s, w, k);
    }
    if (st instanceof Out) {
      return Update.of(s.exit(AppState.EXIT_OK));
    }
    if (st instanceof Leaving l) {
      return Update.of(k.is('y') ? s.exit(AppState.EXIT_OK) : s.with(l.back()));
    }
    if (k.is('q')) {
      return Update.of(s.with(new Leaving(st)));
    }
    if (k.is('o')) {
      return Update.of(new State(st, s.room(), s.user(), s.key(), !s.color(), s.ascii(), null));
    }
    if (k.is('x')) {
      return Update.of(new State(st, s.room(), s.user(), s.key(), s.color(), !s.ascii(), null));
    }
    if (st instanceof Teaming t) {
      return teaming(s, t, k);
    }
    if (st instanceof In in) {
      return in(s, in.at(s.room().session()), k);
    }
    return Update.of(s);
  }

  private static Update naming(State s, Naming n, Press k) {
    if (k.key() == Key.ENTER) {
      String problem = Doors.nameProblem(n.buffer());
      if (problem != null) {
        return Update.of(s.with(new Naming(n.buffer(), problem)));
      }
      String name = n.buffer().strip();
      return Update.of(s.with(new Asking(name)), new AskSeat(new Doors.Request(name, Player.NO_TEAM, s.key(), null)));
    }
    return Update.of(s.with(new Naming(edited(n.buffer(), k), n.problem())));
  }

  private static Update wording(State s, Wording w, Press k) {
    if (k.key() == Key.ESCAPE) {
      return Update.of(s.with(new Naming(w.name(), null)));
    }
    if (k.key() == Key.ENTER && !w.buffer().isBlank()) {
      return Update.of(s.with(new Asking(w.name())),
          new AskSeat(new Doors.Request(w.name(), Player.NO_TEAM, s.key(), w.buffer().strip())));
    }
    return Update.of(s.with(new Wording(w.name(), edited(w.buffer(), k), w.wrong())));
  }

  /** Typing: printable characters only, up to 40 (the rule of 24 columns is said on Enter), Backspace deletes. */
  private static String edited(String buffer, Press k) {
    if (k.key() == Key.BACKSPACE && !buffer.isEmpty()) {
      return buffer.substring(0, buffer.offsetByCodePoints(buffer.length(), -1));
    }
    if (k.key() == Key.CHAR && !Character.isISOControl(k.ch()) && Character.getType(k.ch()) != Character.FORMAT
        && !Character.isSurrogate(k.ch()) && buffer.length() < 40) {
      return buffer + k.ch();
    }
    return buffer;
  }

  private static Update teaming(State s, Teaming t, Press k) {
    int n = s.room().session().teamCount();
    if (n == 0) {
      return Update.of(s);
    }
    if (k.key() == Key.UP || k.key() == Key.DOWN) {
      return Update.of(s.with(new Teaming(t.name(), App.moved(t.cursor(), n, k))));
    }
    int team = k.key() == Key.ENTER ? t.cursor() : k.key() == Key.CHAR && k.ch() >= '1' && k.ch() < '1' + n
        ? k.ch() - '1' : -1;
    if (team < 0) {
      return Update.of(s);
    }
    return Update.of(s.with(new Asking(t.name())), new AskSeat(new Doors.Request(t.name(), team, s.key(), null)));
  }

  private static Update in(State s, In in, Press k) {
    Session session = s.room().session();
    int seat = session.seatOf(in.id());
    if (session.phase() == Session.Phase.QUESTION && seat >= 0) {
      int n = session.current().choices().size();
      if (k.key() == Key.UP || k.key() == Key.LEFT) {
        return Update.of(s.with(withCursor(in, (in.cursor() + n - 1) % n)));
      }
      if (k.key() == Key.DOWN || k.key() == Key.RIGHT) {
        return Update.of(s.with(withCursor(in, (in.cursor() + 1) % n)));
      }
      int choice = k.key() == Key.ENTER || k.is(' ') ? in.cursor() : App.choiceOf(k);
      if (choice >= 0 && choice < n) {
        // The pick shows once the room has it: what the student sees is what counts.
        return Update.of(s.with(withCursor(in, choice)), new ToRoom(new ClassEvent.Record(seat, choice, 0)));
      }
      return Update.of(s.with(in));
    }
    return Update.of(s.with(new In(in.id(), in.word(), in.rejoined(), in.question(), in.phase(), in.cursor(),
        App.scrolled(in.scroll(), k))));
  }

  private static In withCursor(In in, int c) {
    return new In(in.id(), in.word(), in.rejoined(), in.question(), in.phase(), c, in.scroll());
  }

  /** The seat's place among the players (ties share a place), or 0 when not seated. */
  static int place(Session s, String id) {
    return SessionFacts.of(s).placeOf(id);
  }

  /** The questions this seat missed (wrong or unanswered), in play order. */
  static List<dev.sourced.classroom.Outcome> missed(Session s, String id) {
    int seat = s.seatOf(id);
    List<dev.sourced.classroom.Outcome> out = new ArrayList<>();
    for (dev.sourced.classroom.Outcome o : s.outcomes()) {
      if (!o.skipped() && (seat >= o.seats() || !o.correct().get(seat))) {
        out.add(o);
      }
    }
    return out;
  }
}
