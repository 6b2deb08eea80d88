package dev.sourced.room;

import dev.sourced.classroom.ClassEffect;
import dev.sourced.classroom.ClassEvent;
import dev.sourced.classroom.Session;
import dev.sourced.game.Countdown;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The one owner of a class session: its clock, its saver and the only code that steps it. Screens
 * send events from any thread and get immutable snapshots back; a snapshot goes out only when what
 * a screen shows changes, so a countdown costs one snapshot a second. Runs on its own thread
 * (start), or inline on the caller's (pump), which tests use with a clock they move.
 */
public final class Room implements AutoCloseable {

  /** Keeps a session; called on the room's thread after each step that asks for it. */
  public interface Saver {
    SaveStatus save(Session session);

    /** A room with remote players keeps its doors too (the join code, each seat's proof). */
    default SaveStatus save(Session session, Doors doors) {
      return save(session);
    }
  }

  /** How the last save went. */
  public sealed interface SaveStatus permits NotYet, Saved, Failed {}

  public record NotYet() implements SaveStatus {}

  /** where says where the results are, for the teacher. */
  public record Saved(String where) implements SaveStatus {}

  public record Failed(String why) implements SaveStatus {}

  /** What every screen of the room is shown. */
  public record Snapshot(Session session, SaveStatus save, Doors doors) {
    public Snapshot(Session session, SaveStatus save) {
      this(session, save, Doors.NONE);
    }
  }

  /** What the room's thread works through: the session's events, and changes at its doors. */
  private sealed interface Input permits Play, Seat, Online, Ban, Open {}

  private record Play(ClassEvent event) implements Input {}

  private record Seat(Doors.Request request, CompletableFuture<Doors.Answer> answer) implements Input {}

  private record Online(String id, boolean on) implements Input {}

  private record Ban(String id) implements Input {}

  private record Open(boolean on, String problem) implements Input {}

  /** A screen of the room. show must return at once (post to the screen's own inbox); one that throws is dropped. */
  public interface Screen {
    void show(Snapshot snapshot);
  }

  private static final Input WAKE = new Play(new ClassEvent.Tick(0));
  private static final String WORDS = "amber birch cedar delta ember fern grove hazel iris juniper koala lemon maple "
      + "nutmeg olive pepper quill river sage tulip umber violet willow yarrow zinnia";

  private java.util.Random random = new SecureRandom();
  private final BlockingQueue<Input> inbox = new LinkedBlockingQueue<>();
  private final List<Screen> screens = new CopyOnWriteArrayList<>();
  private final LongSupplier clock;
  private final Saver saver;
  private volatile Snapshot snapshot;
  private volatile boolean closed;
  private long last;
  private Thread thread;

  public Room(Session session, LongSupplier millisClock, Saver saver) {
    this(session, millisClock, saver, Doors.NONE);
  }

  public Room(Session session, LongSupplier millisClock, Saver saver, Doors doors) {
    this.clock = millisClock;
    this.saver = saver;
    this.snapshot = new Snapshot(session, new NotYet(), doors);
    this.last = millisClock.getAsLong();
  }

  /** For tests: the ids and rejoin words come from this generator. */
  public Room withRandom(java.util.Random r) {
    this.random = r;
    return this;
  }

  public Snapshot snapshot() {
    return snapshot;
  }

  /** Safe from any thread. A Record's wall time is stamped by the room's clock. */
  public void send(ClassEvent e) {
    inbox.add(new Play(e));
  }

  /** Asks for a seat; the answer comes from the room's thread, decided by Doors.decide. */
  public CompletableFuture<Doors.Answer> seat(Doors.Request r) {
    CompletableFuture<Doors.Answer> f = new CompletableFuture<>();
    inbox.add(new Seat(r, f));
    return f;
  }

  /** A seat's student connected or went away. */
  public void online(String id, boolean on) {
    inbox.add(new Online(id, on));
  }

  /** Removes a player: out of the lobby, or kept with their points later, and never let back in. */
  public void remove(String id) {
    inbox.add(new Ban(id));
  }

  /** Lets newcomers in, or not; problem is why students cannot join at all (the server did not start), or null. */
  public void open(boolean on, String problem) {
    inbox.add(new Open(on, problem));
  }

  /** Adds a screen and shows it the session at once; the returned action removes it. */
  public synchronized Runnable join(Screen screen) {
    // Under the lock that process holds: a snapshot made meanwhile reaches this screen after the current one.
    screens.add(screen);
    deliver(screen, snapshot);
    return () -> screens.remove(screen);
  }

  public int screens() {
    return screens.size();
  }

  public synchronized Room start() {
    if (thread == null) {
      thread = new Thread(this::loop, "class-room");
      thread.setDaemon(true);
      thread.start();
    }
    return this;
  }

  /** Runs, on the caller's thread, every queued event and the ticks the clock has made due. */
  public void pump() {
    Input e;
    process(null);
    while ((e = inbox.poll()) != null) {
      process(e);
    }
  }

  @Override
  public void close() {
    closed = true;
    inbox.add(WAKE);
    Thread t = thread;
    if (t != null && t != Thread.currentThread()) {
      try {
        t.join(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void loop() {
    try {
      while (!closed) {
        long wait = dueIn(snapshot.session());
        Input e = wait < 0 ? inbox.take() : inbox.poll(wait, TimeUnit.MILLISECONDS);
        if (!closed) {
          process(e == WAKE ? null : e);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized void process(Input input) {
    long now = clock.getAsLong();
    long dt = Math.max(0, now - last);
    last = now;
    Snapshot before = snapshot;
    Session s = before.session();
    SaveStatus save = before.save();
    Doors doors = before.doors();
    boolean shown = false;
    if (dt > 0) {
      Session.Step step = s.step(new ClassEvent.Tick(dt));
      shown = showsOtherwise(s, step.session());
      save = saveIfAsked(step, doors, save);
      s = step.session();
    }
    ClassEvent event = input instanceof Play p ? p.event() : null;
    if (input instanceof Seat seat) {
      Doors.Answer a = doors.decide(s, seat.request(), newId(s), newWord());
      if (a instanceof Doors.Seated in) {
        if (!in.rejoined()) {
          s = s.step(new ClassEvent.Join(in.player())).session();
          byte[] salt = new byte[16];
          random.nextBytes(salt);
          doors = doors.withProof(in.player().id(), Doors.Proof.of(seat.request().key(), in.word(), salt));
        }
        doors = doors.withOnline(in.player().id(), true);
      }
      seat.answer().complete(a);
    } else if (input instanceof Online o) {
      doors = doors.withOnline(o.id(), o.on());
    } else if (input instanceof Ban b) {
      doors = doors.withRemoved(b.id());
      event = new ClassEvent.Remove(b.id());
    } else if (input instanceof Open o) {
      doors = doors.withOpen(o.on()).withProblem(o.problem());
    }
    shown |= doors != before.doors();
    if (event != null) {
      ClassEvent e = event instanceof ClassEvent.Record r ? new ClassEvent.Record(r.player(), r.choice(), now) : event;
      Session.Step step = s.step(e);
      shown |= step.session() != s;
      save = saveIfAsked(step, doors, save);
      s = step.session();
    }
    shown |= save != before.save();
    snapshot = new Snapshot(s, save, doors);
    if (shown) {
      for (Screen screen : screens) {
        deliver(screen, snapshot);
      }
    }
  }

  private String newId(Session s) {
    return String.format("p%03d-%04x", s.playerCount() + 1, random.nextInt(0x10000));
  }

  /** A short word and number, easy to copy from a screen: what proves a seat without an ssh key. */
  private String newWord() {
    String[] words = WORDS.split(" ");
    return words[random.nextInt(words.length)] + "-" + (10 + random.nextInt(90));
  }

  private SaveStatus saveIfAsked(Session.Step step, Doors doors, SaveStatus current) {
    for (ClassEffect effect : step.effects()) {
      if (effect instanceof ClassEffect.Save) {
        try {
          current = doors.remote() ? saver.save(step.session(), doors) : saver.save(step.session());
        } catch (RuntimeException e) {
          current = new Failed(String.valueOf(e.getMessage()));
        }
      }
    }
    return current;
  }

  private void deliver(Screen screen, Snapshot s) {
    try {
      screen.show(s);
    } catch (RuntimeException e) {
      screens.remove(screen); // that screen's connection ends; the room and the others go on
    }
  }

  /** Whether a tick changed what a screen shows: the stage, or the seconds a countdown shows. */
  static boolean showsOtherwise(Session a, Session b) {
    return a.phase() != b.phase() || a.index() != b.index() || secondsShown(a) != secondsShown(b);
  }

  static long secondsShown(Session s) {
    long left = clockLeft(s);
    return left < 0 ? -1 : Countdown.secondsShown(left);
  }

  /** Milliseconds left on the clock the screens show, or -1 when none runs. */
  static long clockLeft(Session s) {
    if (s.paused()) {
      return -1;
    }
    if (s.leadingIn()) {
      return s.leadInMillis();
    }
    if (s.phase() == Session.Phase.QUESTION && s.timed()) {
      return s.remainingMillis();
    }
    if (s.phase() == Session.Phase.DISCUSSION && s.settings().discussionSeconds() > 0) {
      long left = s.settings().discussionSeconds() * 1000L - s.discussionMillis();
      return left > 0 ? left : -1;
    }
    return -1;
  }

  /** How long until the shown second changes or the time runs out; -1 when nothing is due. */
  static long dueIn(Session s) {
    long left = clockLeft(s);
    return left < 0 ? -1 : Countdown.untilChange(left);
  }
}
