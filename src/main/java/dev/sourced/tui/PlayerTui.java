package dev.sourced.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import dev.sourced.classroom.Session;
import dev.sourced.room.Doors;
import dev.sourced.room.Room;
import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * The runtime of one student's connection: one thread, which blocks until a key, a room change, a
 * seat answer, a resize or the end of the connection wakes it. Keys are read without a thread of
 * their own: whoever feeds the terminal's input calls wake(). Room snapshots are coalesced, so a
 * student whose terminal stopped reading holds one snapshot, not a queue of them.
 */
public final class PlayerTui {
  /** While in the lobby, the count of players changes with every join: redraw it at most once a second. */
  static final long LOBBY_GAP_MILLIS = 1000;

  private static final Object WAKE = new Object();
  private static final Object CLOSE = new Object();

  private final Screen screen;
  private final Room room;
  private final LongSupplier clock;
  private final BlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
  private final AtomicReference<Room.Snapshot> pending = new AtomicReference<>();
  private PlayerApp.State state;
  private Runnable unsubscribe = () -> { };
  private volatile String seated;
  private volatile boolean finished;
  private boolean dirty = true;
  private boolean begun;
  private long lastDraw = Long.MIN_VALUE / 2;
  private long redraws;
  private PlayerApp.Stage drawnStage;
  private Runnable onDraw = () -> { };
  private Runnable beforeTurn = () -> { };

  public PlayerTui(Screen screen, Room room, String user, String key, LongSupplier millisClock) {
    this.screen = screen;
    this.room = room;
    this.clock = millisClock;
    this.state = PlayerApp.start(room.snapshot(), user, key);
  }

  /** Called after every frame sent (for the load benchmark's and tests' counts). */
  public PlayerTui onDraw(Runnable r) {
    this.onDraw = r;
    return this;
  }

  /** Runs on the player's thread before each turn (a connection applies a window change there). */
  public PlayerTui beforeTurn(Runnable r) {
    this.beforeTurn = r;
    return this;
  }

  public PlayerApp.State state() {
    return state;
  }

  public long redraws() {
    return redraws;
  }

  /** Input arrived or the window changed: safe from any thread, never blocks. */
  public void wake() {
    inbox.add(WAKE);
  }

  /** The connection is gone: the loop ends. Safe from any thread. */
  public void close() {
    finished = true;
    inbox.add(CLOSE);
  }

  /** Runs until the student leaves or the connection closes; the caller starts and stops the screen. */
  public int run() throws IOException, InterruptedException {
    if (screen instanceof TerminalScreen ts) {
      ts.getTerminal().addResizeListener((t, size) -> wake());
    }
    try {
      begin();
      while (!state.done() && !finished) {
        Object m = inbox.poll(waitMillis(), TimeUnit.MILLISECONDS);
        if (m == CLOSE) {
          break;
        }
        if (m != null && m != WAKE) {
          inbox.add(m); // an answer: turn takes it in order with what came after
        }
        turn();
      }
      return state.done() ? state.exitCode() : AppState.EXIT_OK;
    } finally {
      end();
    }
  }

  /** One turn without waiting, for tests on a virtual terminal. False once done. */
  public boolean step() throws IOException {
    begin();
    turn();
    if (state.done() || finished) {
      end();
      return false;
    }
    return true;
  }

  private void begin() throws IOException {
    if (!begun) {
      begun = true;
      unsubscribe = room.join(this::offer);
      turn();
    }
  }

  private void end() {
    finished = true;
    releaseLateSeats();
    unsubscribe.run();
    unsubscribe = () -> { };
    String id = seated;
    if (id != null) {
      seated = null;
      room.online(id, false);
    }
  }

  /**
   * A seat the room gave after this loop ended (the connection died while "Joining" was being
   * sent) would stay online for good, and its student could never rejoin: give it back at once.
   */
  private void releaseLateSeats() {
    Object m;
    while ((m = inbox.poll()) != null) {
      if (m instanceof Doors.Seated in) {
        room.online(in.player().id(), false);
      }
    }
  }

  private void offer(Room.Snapshot s) {
    if (pending.getAndSet(s) == null) {
      inbox.add(WAKE);
    }
  }

  private long waitMillis() {
    if (dirty) {
      return Math.max(1, lastDraw + LOBBY_GAP_MILLIS - clock.getAsLong());
    }
    return Long.MAX_VALUE / 4;
  }

  private void turn() throws IOException {
    beforeTurn.run();
    Object m;
    while ((m = inbox.poll()) != null) {
      if (m == CLOSE) {
        finished = true;
        return;
      }
      if (m instanceof Doors.Answer a) {
        apply(PlayerApp.answered(state, a));
        if (a instanceof Doors.Seated in) {
          seated = in.player().id();
          if (finished) {
            end();
          }
        }
      }
    }
    Room.Snapshot snap = pending.getAndSet(null);
    boolean throttle = false;
    if (snap != null) {
      Session before = state.room().session();
      apply(PlayerApp.room(state, snap));
      // Only the count of players changed in the lobby since the last frame: that can wait for the next second.
      throttle = state.stage() == drawnStage && before.phase() == Session.Phase.LOBBY
          && snap.session().phase() == Session.Phase.LOBBY;
      dirty = true;
    }
    KeyStroke k;
    while (!state.done() && (k = screen.pollInput()) != null) {
      Msg.Press p = KeyMap.toMsg(k);
      if (p != null) {
        apply(PlayerApp.key(state, p));
        throttle = false;
      }
    }
    if (screen.doResizeIfNecessary() != null) {
      dirty = true;
      throttle = false;
    }
    if (dirty && !state.done() && !(throttle && clock.getAsLong() - lastDraw < LOBBY_GAP_MILLIS)) {
      draw();
    }
  }

  private void apply(PlayerApp.Update u) {
    if (u.state() != state) {
      state = u.state();
      dirty = true;
    }
    for (PlayerApp.Effect e : u.effects()) {
      if (e instanceof PlayerApp.AskSeat a) {
        room.seat(a.request()).thenAccept(answer -> {
          inbox.add(answer);
          if (finished) {
            releaseLateSeats();
          }
        });
      } else if (e instanceof PlayerApp.ToRoom t) {
        room.send(t.event());
      }
    }
  }

  private void draw() throws IOException {
    TerminalSize size = screen.getTerminalSize();
    TextGraphics g = screen.newTextGraphics();
    Theme theme = new Theme(state.color());
    if (PlayerViews.tooSmall(size.getColumns(), size.getRows())) {
      tooSmall(g, size, theme);
    } else {
      Painter.paint(g, size, PlayerViews.frame(state, size.getColumns(), size.getRows()), theme);
    }
    screen.setCursorPosition(null);
    screen.refresh();
    dirty = false;
    lastDraw = clock.getAsLong();
    drawnStage = state.stage();
    redraws++;
    onDraw.run();
  }

  private static void tooSmall(TextGraphics g, TerminalSize size, Theme theme) {
    theme.apply(g, Line.Style.NORMAL);
    g.fill(' ');
    String[] lines = {"Too small: " + size.getColumns() + "x" + size.getRows(),
        "Needs " + PlayerViews.MIN_COLUMNS + "x" + PlayerViews.MIN_ROWS, "Make it larger"};
    for (int i = 0; i < lines.length && i < size.getRows(); i++) {
      g.putString(0, i, Layout.fit(lines[i], Math.max(1, size.getColumns())));
    }
  }
}
