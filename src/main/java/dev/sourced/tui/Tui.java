package dev.sourced.tui;

import dev.sourced.screen.CellScreen;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import dev.sourced.classroom.Session;
import dev.sourced.room.Room;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The runtime of one screen: it feeds keys, time and posted messages to App.update, carries out
 * the effects update returns, and repaints when the state or the window size changed. run()
 * blocks until a key, a wake-up its state asked for, a posted message or a resize arrives; step()
 * does one turn without waiting, for tests that drive a virtual terminal by hand.
 */
public final class Tui {
  /** Waits for the next message, at most millis (forever when negative); null when the time passed. */
  public interface Waiter {
    Msg await(BlockingQueue<Msg> inbox, long millis) throws InterruptedException;
  }

  static final Waiter BLOCKING = (inbox, millis) -> millis < 0 ? inbox.take()
      : inbox.poll(millis, TimeUnit.MILLISECONDS);
  private static final Msg WAKE = new Msg.Tick(0);

  private final Screen screen;
  private final Theme theme;
  private final LongSupplier clock;
  private final BlockingQueue<Msg> inbox = new LinkedBlockingQueue<>();
  private AppState state;
  private boolean dirty = true;
  private boolean begun;
  private long last;
  private int wakes;
  private Runnable onFirstFrame = () -> { };
  private Supplier<Msg> loader;
  private Function<Session, Room> rooms;
  private Supplier<List<SavedSession>> sessions = List::of;
  private Function<String, Room> resumer = file -> {
    throw new IllegalStateException("sessions cannot be resumed here");
  };
  private Waiter waiter = BLOCKING;
  private java.util.function.Consumer<List<String>> remember = ids -> { };
  private boolean readsKeys = true;
  private volatile boolean repaint;
  private Room room;
  private boolean ownsRoom;
  private Runnable leave = () -> { };

  public Tui(Screen screen, AppState initial, boolean color, LongSupplier millisClock) {
    this.screen = screen;
    this.state = initial;
    this.theme = new Theme(color);
    this.clock = millisClock;
    this.last = millisClock.getAsLong();
    this.rooms = s -> new Room(s, millisClock, x -> new Room.NotYet()).start();
  }

  public Tui onFirstFrame(Runnable r) {
    this.onFirstFrame = r;
    return this;
  }

  /** Carries out LoadPacks, off this screen's thread: returns PacksLoaded, or throws. */
  public Tui loader(Supplier<Msg> load) {
    this.loader = load;
    return this;
  }

  /** Makes the room for a session this screen starts (OpenRoom); the screen closes it when done. */
  public Tui rooms(Function<Session, Room> make) {
    this.rooms = make;
    return this;
  }

  /**
   * Carries out ListSessions (off this screen's thread) and Resume: resume returns the room of the
   * resumed session, started, or throws with the reason it cannot be resumed.
   */
  public Tui sessions(Supplier<List<SavedSession>> list, Function<String, Room> resume) {
    this.sessions = list;
    this.resumer = resume;
    return this;
  }

  /** Carries out RememberPacks. */
  public Tui remember(java.util.function.Consumer<List<String>> keep) {
    this.remember = keep;
    return this;
  }

  /** Shows a room that someone else owns (a resumed session, another screen's class). */
  public Tui attach(Room r) {
    show(r, false);
    return this;
  }

  /** For tests of the loop: how it waits, and no thread reading the terminal (keys come by post). */
  public Tui waiter(Waiter w, boolean readKeys) {
    this.waiter = w;
    this.readsKeys = readKeys;
    return this;
  }

  /** Paints every cell at the next turn, not a diff (after the terminal was written over). Safe from any thread. */
  public void repaint() {
    repaint = true;
    inbox.add(WAKE);
  }

  /** Safe from any thread. */
  public void post(Msg m) {
    inbox.add(m);
  }

  public AppState state() {
    return state;
  }

  /** The room this screen shows, or null. */
  public Room room() {
    return room;
  }

  /** How many times run() woke up. */
  public int wakes() {
    return wakes;
  }

  /** Runs until the app is done; the caller starts and stops the screen. */
  public int run() throws IOException, InterruptedException {
    Thread reader = new Thread(this::readKeys, "keys");
    reader.setDaemon(true);
    if (readsKeys) {
      reader.start();
    }
    // A resize, or the terminal handed back after Ctrl-Z and fg: paint every cell again, not a diff.
    if (screen instanceof TerminalScreen ts) {
      ts.getTerminal().addResizeListener((t, size) -> repaint());
    } else if (screen instanceof CellScreen cs) {
      cs.terminal().addResizeListener((t, size) -> repaint());
    }
    try {
      turn(null);
      while (!state.done()) {
        Msg m = waiter.await(inbox, hidden() ? -1 : App.nextWake(state));
        wakes++;
        turn(m);
      }
      return state.exitCode();
    } finally {
      leaveRoom();
      reader.interrupt();
    }
  }

  /** One turn without waiting: keys waiting on the terminal, posted messages, time, resize. False once done. */
  public boolean step() throws IOException {
    try {
      KeyStroke k;
      while (!state.done() && (k = screen.pollInput()) != null) {
        Msg m = KeyMap.toMsg(k);
        if (m != null) {
          elapse();
          apply(m);
        }
      }
      turn(null);
      return !state.done();
    } catch (IOException | RuntimeException e) {
      leaveRoom(); // this screen ends; its room and the other screens go on
      throw e;
    }
  }

  private void turn(Msg m) throws IOException {
    if (!begun) {
      begun = true;
      draw();
      run(App.init(state));
    }
    elapse();
    if (m != null && m != WAKE) {
      apply(m);
    }
    Msg next;
    while (!state.done() && (next = inbox.poll()) != null) {
      if (next != WAKE) {
        apply(next);
      }
    }
    if (screen.doResizeIfNecessary() != null || repaint) {
      dirty = true;
    }
    if (dirty && !state.done()) {
      draw();
    }
  }

  private void readKeys() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        KeyStroke k = screen.readInput();
        Msg m = k == null ? null : KeyMap.toMsg(k);
        if (m != null) {
          inbox.add(m);
        }
      }
    } catch (IOException | RuntimeException e) {
      inbox.add(Msg.Press.of(Msg.Key.INTERRUPT)); // the terminal is gone: this screen ends
    }
  }

  /**
   * Time passes for the page before anything else happens, so an answer's time is exact; but not
   * while the window is too small to show the page: a solo timer waits for the question to be seen.
   */
  private void elapse() {
    long now = clock.getAsLong();
    if (now > last && !hidden()) {
      apply(new Msg.Tick(now - last));
    }
    last = Math.max(last, now);
  }

  private boolean hidden() {
    return Painter.tooSmall(screen.getTerminalSize());
  }

  private void apply(Msg m) {
    Update u = App.update(state, m);
    if (u.state() != state) {
      state = u.state();
      dirty = true;
    }
    run(u.effects());
  }

  private void run(List<Effect> effects) {
    for (Effect e : effects) {
      if (e instanceof Effect.LoadPacks) {
        load();
      } else if (e instanceof Effect.OpenRoom o) {
        show(rooms.apply(o.session()), true);
      } else if (e instanceof Effect.ToRoom t) {
        if (room != null) {
          room.send(t.event());
        }
      } else if (e instanceof Effect.LeaveRoom) {
        leaveRoom();
      } else if (e instanceof Effect.RememberPacks r) {
        remember.accept(r.ids());
      } else if (e instanceof Effect.ListSessions) {
        Supplier<List<SavedSession>> list = sessions;
        Thread t = new Thread(() -> {
          List<SavedSession> found;
          try {
            found = list.get();
          } catch (RuntimeException ex) {
            found = List.of(); // the menu then offers none; the results folder is reported when a session starts
          }
          post(new Msg.SessionsListed(found));
        }, "sessions");
        t.setDaemon(true);
        t.start();
      } else if (e instanceof Effect.Resume r) {
        try {
          show(resumer.apply(r.file()), true);
        } catch (RuntimeException ex) {
          post(new Msg.ResumeFailed(r.file(), ex.getMessage() != null ? ex.getMessage() : ex.toString()));
        }
      } else if (e instanceof Effect.RemovePlayer r && room != null) {
        room.remove(r.id());
      } else if (e instanceof Effect.OpenDoors o && room != null) {
        room.open(o.on(), room.snapshot().doors().problem());
      }
    }
  }

  private void load() {
    Supplier<Msg> l = loader;
    if (l == null) {
      return;
    }
    Thread t = new Thread(() -> {
      try {
        post(l.get());
      } catch (RuntimeException | Error e) {
        post(new Msg.PacksFailed(e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
      }
    }, "pack-loader");
    t.setDaemon(true);
    t.start();
  }

  private void show(Room r, boolean owned) {
    leaveRoom();
    room = r;
    ownsRoom = owned;
    leave = r.join(snapshot -> post(new Msg.RoomChanged(snapshot)));
  }

  private void leaveRoom() {
    leave.run();
    leave = () -> { };
    if (room != null && ownsRoom) {
      room.close();
    }
    room = null;
  }

  private void draw() throws IOException {
    TerminalSize size = screen.getTerminalSize();
    TextGraphics g = screen.newTextGraphics();
    if (Painter.tooSmall(size)) {
      Painter.paintTooSmall(g, size, theme);
    } else {
      Page page = state.page();
      int max = Painter.paint(g, size, page.frame(state, size.getColumns()), theme);
      Page clamped = page.clamp(max);
      if (clamped != page) {
        state = state.with(clamped);
      }
    }
    screen.setCursorPosition(null);
    boolean whole = repaint;
    repaint = false;
    screen.refresh(whole ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
    dirty = false;
    Runnable first = onFirstFrame;
    onFirstFrame = () -> { };
    first.run();
  }
}
