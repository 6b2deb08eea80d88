package dev.sourced.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.Screen;
import dev.sourced.classroom.Session;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The one loop: read keys without blocking, feed them and the clock's ticks to App.update, and
 * repaint when the state or the window size changed. Works on any Lanterna Screen.
 */
public final class Tui {
  static final long TICK_MILLIS = 100;
  private static final long IDLE_MILLIS = 15;

  private final Screen screen;
  private final Theme theme;
  private final LongSupplier clock;
  private final BlockingQueue<Msg> inbox = new LinkedBlockingQueue<>();
  private AppState state;
  private boolean dirty = true;
  private long lastTick;
  private Runnable onFirstFrame = () -> { };
  private Function<Session, String> saver = s -> null;
  private Object savedKey;

  public Tui(Screen screen, AppState initial, boolean color, LongSupplier millisClock) {
    this.screen = screen;
    this.state = initial;
    this.theme = new Theme(color);
    this.clock = millisClock;
    this.lastTick = millisClock.getAsLong();
  }

  public Tui onFirstFrame(Runnable r) {
    this.onFirstFrame = r;
    return this;
  }

  /**
   * Called with a class session when it starts, after every locked question and when it ends;
   * returns a line for the screen: where the results went, or what went wrong.
   */
  public Tui onSession(Function<Session, String> save) {
    this.saver = save;
    return this;
  }

  /** Safe from any thread: the loader posts the packs here. */
  public void post(Msg m) {
    inbox.add(m);
  }

  public AppState state() {
    return state;
  }

  /** Runs until the app is done; the caller starts and stops the screen. */
  public int run() throws IOException, InterruptedException {
    while (step()) {
      Msg m = inbox.poll(IDLE_MILLIS, TimeUnit.MILLISECONDS);
      if (m != null) {
        apply(m);
      }
    }
    return state.exitCode();
  }

  /** One turn: keys, posted messages, time, resize, and a repaint when needed. False once done. */
  public boolean step() throws IOException {
    KeyStroke k;
    while (!state.done() && (k = screen.pollInput()) != null) {
      Msg m = KeyMap.toMsg(k);
      if (m != null) {
        apply(m);
      }
    }
    Msg m;
    while (!state.done() && (m = inbox.poll()) != null) {
      apply(m);
    }
    long now = clock.getAsLong();
    if (now - lastTick >= TICK_MILLIS) {
      apply(new Msg.Tick(now - lastTick, now));
      lastTick = now;
    }
    if (screen.doResizeIfNecessary() != null) {
      dirty = true;
    }
    if (dirty && !state.done()) {
      draw();
    }
    return !state.done();
  }

  private void apply(Msg m) {
    AppState next = App.update(state, m);
    if (next != state) {
      state = next;
      dirty = true;
      save();
    }
  }

  private void save() {
    Page p = state.page() instanceof Page.ConfirmEnd c ? c.back() : state.page();
    if (!(p instanceof Page.ClassRun run)) {
      return;
    }
    Session s = run.session();
    List<Object> key = List.of(System.identityHashCode(s.challenges()), s.outcomes().size(),
        s.phase() == Session.Phase.FINISHED);
    if (!key.equals(savedKey)) {
      savedKey = key;
      String status = saver.apply(s);
      if (status != null) {
        state = App.update(state, new Msg.Saved(status));
      }
    }
  }

  private void draw() throws IOException {
    TerminalSize size = screen.getTerminalSize();
    TextGraphics g = screen.newTextGraphics();
    if (Painter.tooSmall(size)) {
      Painter.paintTooSmall(g, size, theme);
    } else {
      int max = Painter.paint(g, size, Views.frame(state, size.getColumns()), theme);
      state = App.clampScroll(state, max);
    }
    screen.setCursorPosition(null);
    screen.refresh();
    dirty = false;
    Runnable first = onFirstFrame;
    onFirstFrame = () -> { };
    first.run();
  }
}
