package dev.sourced.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.sourced.room.Room;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The real Tui on Lanterna's virtual terminal, stepped by hand with a clock the test moves. A class
 * session started on it gets a room that runs inline, on the same clock, pumped at every step.
 */
final class VirtualUi {
  final DefaultVirtualTerminal terminal;
  final TerminalScreen screen;
  final Tui tui;
  final AtomicLong clock = new AtomicLong(1_000_000);
  /** What the rooms started here save with; a test may replace it before the session starts. */
  Room.Saver saver = s -> new Room.NotYet();
  private Room inline;

  private VirtualUi(AppState state, DefaultVirtualTerminal terminal, boolean color, Room attached) {
    this(state, terminal, color, attached, null);
  }

  private VirtualUi(AppState state, DefaultVirtualTerminal terminal, boolean color, Room attached,
      java.util.function.Supplier<Msg> loader) {
    try {
      this.terminal = terminal;
      screen = new TerminalScreen(terminal);
      screen.startScreen();
      tui = new Tui(screen, state, color, clock::get).rooms(s -> inline = new Room(s, clock::get, x -> saver.save(x)));
      if (attached != null) {
        tui.attach(attached);
      }
      tui.loader(loader);
      tui.step();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private VirtualUi(AppState state, int columns, int rows, boolean color) {
    this(state, new DefaultVirtualTerminal(new TerminalSize(columns, rows)), color, null);
  }

  /** A screen whose packs come from loader, on a thread of their own, as at a real start. */
  static VirtualUi loading(AppState state, java.util.function.Supplier<Msg> loader) {
    return new VirtualUi(state, new DefaultVirtualTerminal(new TerminalSize(80, 24)), true, null, loader);
  }

  /** A screen on a room someone else owns and runs (on its own thread). */
  static VirtualUi attached(AppState state, DefaultVirtualTerminal terminal, Room room) {
    return new VirtualUi(state.withRoom(room.snapshot()), terminal, true, room);
  }

  static VirtualUi start(AppState state) {
    return new VirtualUi(state, 80, 24, true);
  }

  static VirtualUi start(AppState state, int columns, int rows, boolean color) {
    return new VirtualUi(state, columns, rows, color);
  }

  /** Types each character; '\n' is Enter. */
  VirtualUi type(String keys) {
    for (char c : keys.toCharArray()) {
      terminal.addInput(c == '\n' ? new KeyStroke(KeyType.Enter) : new KeyStroke(c, false, false));
      step();
    }
    return this;
  }

  VirtualUi press(KeyType key) {
    terminal.addInput(new KeyStroke(key));
    return step();
  }

  VirtualUi press(KeyStroke key) {
    terminal.addInput(key);
    return step();
  }

  VirtualUi advance(long millis) {
    clock.addAndGet(millis);
    return step();
  }

  VirtualUi resize(int columns, int rows) {
    terminal.setTerminalSize(new TerminalSize(columns, rows));
    return step();
  }

  VirtualUi step() {
    try {
      tui.step();
      if (inline != null && tui.room() == inline) {
        inline.pump();
        tui.step();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  AppState state() {
    return tui.state();
  }

  /** The screen as text, one line a row, trailing spaces cut. */
  String text() {
    TerminalSize size = terminal.getTerminalSize();
    StringBuilder b = new StringBuilder();
    for (int row = 0; row < size.getRows(); row++) {
      StringBuilder line = new StringBuilder();
      for (int col = 0; col < size.getColumns(); col++) {
        TextCharacter c = terminal.getCharacter(col, row);
        if (c.isDoubleWidth()) {
          col++;
        }
        line.append(c.getCharacterString());
      }
      b.append(line.toString().stripTrailing()).append('\n');
    }
    return b.toString();
  }

  TextCharacter at(int column, int row) {
    return terminal.getCharacter(column, row);
  }
}
