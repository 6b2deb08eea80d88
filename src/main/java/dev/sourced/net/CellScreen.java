package dev.sourced.net;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.AbstractTextGraphics;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TabBehaviour;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.util.Set;

/**
 * A student's screen over ssh: the cells drawn, the cells the terminal shows, and a refresh that
 * sends only the cells that differ. It does what Lanterna's TerminalScreen does for the player
 * screens, at a fraction of the cost: TerminalScreen asks Character.UnicodeBlock several times a
 * cell and a frame (whether each one is CJK or emoji) while drawing and diffing, which was most
 * of the server's time at a reveal to hundreds of players (bench/class-load, JFR). Here a cell is
 * wide only when its character is past U+10FF and Lanterna says so.
 */
public final class CellScreen implements Screen {
  /** The right half of a wide character: never written, it shows what the left half drew. */
  private static final TextCharacter PAD = new TextCharacter(' ');

  private final Terminal terminal;
  private TerminalSize size;
  private volatile TerminalSize pendingSize;
  private TextCharacter[] back;
  private TextCharacter[] front; // null cells: unknown, sent at the next refresh
  private TerminalPosition cursor;
  private TabBehaviour tabs = TabBehaviour.ALIGN_TO_COLUMN_4;
  private boolean started;

  public CellScreen(Terminal terminal) throws IOException {
    this.terminal = terminal;
    this.size = terminal.getTerminalSize();
    this.back = cells(size, DEFAULT_CHARACTER);
    this.front = new TextCharacter[back.length];
    terminal.addResizeListener((t, s) -> pendingSize = s);
  }

  private static TextCharacter[] cells(TerminalSize s, TextCharacter fill) {
    TextCharacter[] c = new TextCharacter[s.getColumns() * s.getRows()];
    java.util.Arrays.fill(c, fill);
    return c;
  }

  static boolean wide(TextCharacter c) {
    return c.getCharacterString().charAt(0) >= 0x1100 && c.isDoubleWidth();
  }

  @Override
  public void startScreen() throws IOException {
    if (!started) {
      started = true;
      terminal.enterPrivateMode();
      terminal.clearScreen();
      terminal.setCursorVisible(false);
      java.util.Arrays.fill(front, null);
    }
  }

  @Override
  public void stopScreen() throws IOException {
    if (started) {
      started = false;
      terminal.resetColorAndSGR();
      terminal.setCursorVisible(true);
      terminal.exitPrivateMode();
      terminal.flush();
    }
  }

  @Override
  public void close() throws IOException {
    stopScreen();
  }

  @Override
  public void clear() {
    java.util.Arrays.fill(back, DEFAULT_CHARACTER);
  }

  @Override
  public TerminalPosition getCursorPosition() {
    return cursor;
  }

  @Override
  public void setCursorPosition(TerminalPosition position) {
    this.cursor = position;
  }

  @Override
  public TabBehaviour getTabBehaviour() {
    return tabs;
  }

  @Override
  public void setTabBehaviour(TabBehaviour t) {
    this.tabs = t;
  }

  @Override
  public TerminalSize getTerminalSize() {
    return size;
  }

  @Override
  public void setCharacter(int column, int row, TextCharacter c) {
    int w = size.getColumns();
    if (column < 0 || row < 0 || column >= w || row >= size.getRows() || c == null) {
      return;
    }
    int i = row * w + column;
    if (back[i] == PAD && column > 0) {
      back[i - 1] = back[i - 1].withCharacter(' '); // half of a wide character overwritten: the rest goes blank
    }
    if (column + 1 < w && wide(back[i]) && back[i + 1] == PAD) {
      back[i + 1] = back[i].withCharacter(' ');
    }
    back[i] = c;
    if (wide(c)) {
      if (column + 1 < w) {
        back[i + 1] = PAD;
      } else {
        back[i] = c.withCharacter(' '); // no room for both halves
      }
    }
  }

  @Override
  public void setCharacter(TerminalPosition p, TextCharacter c) {
    setCharacter(p.getColumn(), p.getRow(), c);
  }

  @Override
  public TextGraphics newTextGraphics() {
    return new AbstractTextGraphics() {
      @Override
      public TextGraphics setCharacter(int column, int row, TextCharacter c) {
        CellScreen.this.setCharacter(column, row, c);
        return this;
      }

      @Override
      public TextCharacter getCharacter(int column, int row) {
        return getBackCharacter(column, row);
      }

      @Override
      public TerminalSize getSize() {
        return size;
      }
    };
  }

  private TextCharacter at(TextCharacter[] cells, int column, int row) {
    if (column < 0 || row < 0 || column >= size.getColumns() || row >= size.getRows()) {
      return null;
    }
    TextCharacter c = cells[row * size.getColumns() + column];
    return c == PAD ? DEFAULT_CHARACTER : c;
  }

  @Override
  public TextCharacter getFrontCharacter(int column, int row) {
    return at(front, column, row);
  }

  @Override
  public TextCharacter getFrontCharacter(TerminalPosition p) {
    return getFrontCharacter(p.getColumn(), p.getRow());
  }

  @Override
  public TextCharacter getBackCharacter(int column, int row) {
    return at(back, column, row);
  }

  @Override
  public TextCharacter getBackCharacter(TerminalPosition p) {
    return getBackCharacter(p.getColumn(), p.getRow());
  }

  @Override
  public void refresh() throws IOException {
    refresh(RefreshType.AUTOMATIC);
  }

  /**
   * Sends the cells that changed since the last refresh: a cursor move only where the run of
   * changed cells breaks, a colour or style change only where it changes. Flushed once.
   */
  @Override
  public void refresh(RefreshType type) throws IOException {
    if (type == RefreshType.COMPLETE) {
      java.util.Arrays.fill(front, null);
    }
    int w = size.getColumns();
    int h = size.getRows();
    int atColumn = -1;
    int atRow = -1;
    TextColor fg = null;
    TextColor bg = null;
    Set<SGR> sgr = null;
    for (int row = 0; row < h; row++) {
      for (int col = 0; col < w; col++) {
        int i = row * w + col;
        TextCharacter c = back[i];
        if (c == PAD || front[i] != PAD && c.equals(front[i])) { // under a wide character's right half: unknown
          continue;
        }
        boolean isWide = wide(c);
        if (isWide && back[i + 1] != PAD) {
          continue;
        }
        if (atRow != row || atColumn != col) {
          terminal.setCursorPosition(col, row);
        }
        if (sgr == null || !sgr.equals(c.getModifiers())) {
          terminal.resetColorAndSGR();
          for (SGR s : c.getModifiers()) {
            terminal.enableSGR(s);
          }
          sgr = c.getModifiers(); // a copy
          fg = null;
          bg = null;
        }
        if (!c.getForegroundColor().equals(fg)) {
          terminal.setForegroundColor(c.getForegroundColor());
          fg = c.getForegroundColor();
        }
        if (!c.getBackgroundColor().equals(bg)) {
          terminal.setBackgroundColor(c.getBackgroundColor());
          bg = c.getBackgroundColor();
        }
        String s = c.getCharacterString();
        for (int k = 0; k < s.length(); k++) {
          terminal.putCharacter(s.charAt(k));
        }
        front[i] = c;
        atRow = row;
        atColumn = col + 1;
        if (isWide) {
          front[i + 1] = PAD;
          atColumn++;
        }
      }
    }
    if (cursor == null) {
      terminal.setCursorVisible(false);
    } else {
      terminal.setCursorPosition(cursor.getColumn(), cursor.getRow());
      terminal.setCursorVisible(true);
    }
    terminal.flush();
  }

  @Override
  public TerminalSize doResizeIfNecessary() {
    TerminalSize s = pendingSize;
    if (s == null || s.equals(size)) {
      pendingSize = null;
      return null;
    }
    pendingSize = null;
    TextCharacter[] next = cells(s, DEFAULT_CHARACTER);
    for (int row = 0; row < Math.min(s.getRows(), size.getRows()); row++) {
      for (int col = 0; col < Math.min(s.getColumns(), size.getColumns()); col++) {
        next[row * s.getColumns() + col] = back[row * size.getColumns() + col];
      }
    }
    size = s;
    back = next;
    front = new TextCharacter[next.length];
    try {
      terminal.resetColorAndSGR();
      terminal.clearScreen();
    } catch (IOException e) {
      // The next refresh sends every cell whatever the terminal shows.
    }
    return s;
  }

  @Override
  public void scrollLines(int firstLine, int lastLine, int distance) {
    throw new UnsupportedOperationException("the player screens redraw, they do not scroll");
  }

  @Override
  public KeyStroke pollInput() throws IOException {
    return terminal.pollInput();
  }

  @Override
  public KeyStroke readInput() throws IOException {
    return terminal.readInput();
  }
}
