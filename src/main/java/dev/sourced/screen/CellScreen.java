package dev.sourced.screen;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.AbstractTextGraphics;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TabBehaviour;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A screen: the cells drawn, the cells the terminal shows, and a refresh that sends only the cells
 * that differ. It does what Lanterna's TerminalScreen does at a fraction of the cost, which matters
 * when a reveal redraws hundreds of students' screens at once, and at start, where the teacher's
 * first frame needs no TextCharacter and so none of the JDK's BreakIterator (some 20 ms): TerminalScreen asks Character.UnicodeBlock several times a cell (is it CJK, is it an
 * emoji) and makes a TextCharacter, checked with a BreakIterator, for every character drawn;
 * those were most of the server's time at a reveal (bench/class-load under JFR). Here a cell is a
 * long (the character and a style number), the width of a character is asked once per character
 * and kept, and plain text is put without a TextCharacter.
 */
public final class CellScreen implements Screen {
  /** The right half of a wide character: never written, it shows what the left half drew. */
  private static final long PAD = -1L;
  /** What the terminal shows is not known: sent at the next refresh. */
  private static final long UNKNOWN = -2L;
  /** Per character: 0 not asked yet, 1 one column, 2 two columns (as Lanterna measures it). */
  private static final byte[] WIDTHS = new byte[65536];

  /**
   * A map key, so equals and hashCode are written out: a record's are made by an invokedynamic bootstrap whose
   * method handles some 10 ms of the first frame went to spinning (the AppCDS archive of JDK 17 keeps none).
   */
  private static final class Style {
    private final TextColor fg;
    private final TextColor bg;
    private final EnumSet<SGR> sgr;

    Style(TextColor fg, TextColor bg, EnumSet<SGR> sgr) {
      this.fg = fg;
      this.bg = bg;
      this.sgr = sgr;
    }

    TextColor fg() {
      return fg;
    }

    TextColor bg() {
      return bg;
    }

    EnumSet<SGR> sgr() {
      return sgr;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Style s && fg.equals(s.fg) && bg.equals(s.bg) && sgr.equals(s.sgr);
    }

    @Override
    public int hashCode() {
      return (fg.hashCode() * 31 + bg.hashCode()) * 31 + sgr.hashCode();
    }
  }

  private final Terminal terminal;
  private final List<Style> styles = new ArrayList<>();
  private final Map<Style, Integer> styleIds = new HashMap<>();
  private TerminalSize size;
  private volatile TerminalSize pendingSize;
  private long[] back;
  private long[] front;
  private TerminalPosition cursor;
  private TabBehaviour tabs = TabBehaviour.ALIGN_TO_COLUMN_4;
  private boolean started;
  private TextCharacter lastPut;
  private long lastCell;

  public CellScreen(Terminal terminal) throws IOException {
    this.terminal = terminal;
    this.size = terminal.getTerminalSize();
    this.back = cells(size, blank());
    this.front = cells(size, UNKNOWN);
    terminal.addResizeListener((t, s) -> pendingSize = s);
  }

  private static long[] cells(TerminalSize s, long fill) {
    long[] c = new long[s.getColumns() * s.getRows()];
    Arrays.fill(c, fill);
    return c;
  }

  static boolean wide(char c) {
    if (c < 0x1100) {
      return false;
    }
    byte w = WIDTHS[c];
    if (w == 0) {
      w = (byte) (TerminalTextUtils.isCharDoubleWidth(c) ? 2 : 1); // the same answer whoever races to write it
      WIDTHS[c] = w;
    }
    return w == 2;
  }

  private int style(TextColor fg, TextColor bg, Set<SGR> sgr) {
    Style s = new Style(fg, bg, sgr.isEmpty() ? EnumSet.noneOf(SGR.class) : EnumSet.copyOf(sgr));
    Integer id = styleIds.get(s);
    if (id == null) {
      id = styles.size();
      styles.add(s);
      styleIds.put(s, id);
    }
    return id;
  }

  private static long cell(char c, int style) {
    return ((long) style << 16) | c;
  }

  /** A TextCharacter as a cell: one character with its style (more than one char, as a combined one, is not drawn here). */
  private long cell(TextCharacter c) {
    if (c == lastPut) {
      return lastCell; // a fill puts the same one everywhere
    }
    lastPut = c;
    lastCell = cell(c.getCharacterString().charAt(0), style(c.getForegroundColor(), c.getBackgroundColor(),
        c.getModifiers()));
    return lastCell;
  }

  private TextCharacter character(long cell) {
    if (cell < 0) {
      return cell == PAD ? DEFAULT_CHARACTER : null;
    }
    Style s = styles.get((int) (cell >>> 16));
    return new TextCharacter((char) (cell & 0xffff), s.fg(), s.bg(), s.sgr());
  }

  @Override
  public void startScreen() throws IOException {
    if (!started) {
      started = true;
      terminal.enterPrivateMode();
      terminal.clearScreen();
      terminal.setCursorVisible(false);
      Arrays.fill(front, UNKNOWN);
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
    Arrays.fill(back, blank());
  }

  /** A space in the terminal's own colours, as Screen.DEFAULT_CHARACTER, without making a TextCharacter. */
  private long blank() {
    return cell(' ', style(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, EnumSet.noneOf(SGR.class)));
  }

  /** The terminal it draws on. */
  public Terminal terminal() {
    return terminal;
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
    if (c != null) {
      put(column, row, cell(c));
    }
  }

  /** Puts a cell; a wide character takes the next column too, and half of one overwritten leaves a blank. */
  private void put(int column, int row, long c) {
    int w = size.getColumns();
    if (column < 0 || row < 0 || column >= w || row >= size.getRows()) {
      return;
    }
    int i = row * w + column;
    boolean twoColumns = wide((char) c);
    if (twoColumns && column + 1 >= w) {
      c = blank(c); // no room for both halves
      twoColumns = false;
    }
    vacate(i, column, w);
    if (twoColumns) {
      vacate(i + 1, column + 1, w);
    }
    back[i] = c;
    if (twoColumns) {
      back[i + 1] = PAD;
    }
  }

  /** Before cell i is overwritten: the other half of a wide character there becomes a blank. */
  private void vacate(int i, int column, int w) {
    if (back[i] == PAD) {
      if (column > 0 && back[i - 1] >= 0) {
        back[i - 1] = blank(back[i - 1]);
      }
    } else if (column + 1 < w && wide((char) back[i]) && back[i + 1] == PAD) {
      back[i + 1] = blank(back[i]);
    }
  }

  private static long blank(long cell) {
    return (cell & ~0xffffL) | ' ';
  }

  @Override
  public void setCharacter(TerminalPosition p, TextCharacter c) {
    setCharacter(p.getColumn(), p.getRow(), c);
  }

  @Override
  public TextGraphics newTextGraphics() {
    return new Graphics();
  }

  /** Graphics that put plain text and fills straight into the cells. */
  public final class Graphics extends AbstractTextGraphics {
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

    /** Plain text goes straight into the cells; anything else (tabs, controls, surrogates, accents typed apart) the usual way. */
    @Override
    public TextGraphics putString(int column, int row, String text) {
      for (int k = 0; k < text.length(); k++) {
        if (!plain(text.charAt(k))) {
          return super.putString(column, row, text);
        }
      }
      int style = style(getForegroundColor(), getBackgroundColor(), getActiveModifiers());
      int col = column;
      for (int k = 0; k < text.length(); k++) {
        char c = text.charAt(k);
        put(col, row, cell(c, style));
        col += wide(c) ? 2 : 1;
      }
      return this;
    }

    /** The whole screen in one character and the graphics' colours, as AbstractTextGraphics fills, without a TextCharacter. */
    @Override
    public TextGraphics fill(char c) {
      if (!plain(c) || wide(c)) {
        return super.fill(c);
      }
      long cell = cell(c, style(getForegroundColor(), getBackgroundColor(), getActiveModifiers()));
      for (int row = 0; row < size.getRows(); row++) {
        for (int col = 0; col < size.getColumns(); col++) {
          put(col, row, cell);
        }
      }
      return this;
    }
  }

  private static boolean plain(char c) {
    int type = Character.getType(c);
    return !(c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.isSurrogate(c) || type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK);
  }

  private TextCharacter at(long[] cells, int column, int row) {
    if (column < 0 || row < 0 || column >= size.getColumns() || row >= size.getRows()) {
      return null;
    }
    return character(cells[row * size.getColumns() + column]);
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
      Arrays.fill(front, UNKNOWN);
    }
    int w = size.getColumns();
    int h = size.getRows();
    int atColumn = -1;
    int atRow = -1;
    int shown = -1; // the style the terminal is in
    for (int row = 0; row < h; row++) {
      for (int col = 0; col < w; col++) {
        int i = row * w + col;
        long c = back[i];
        if (c == PAD || c == front[i]) {
          continue;
        }
        char ch = (char) c;
        boolean isWide = wide(ch);
        if (atRow != row || atColumn != col) {
          terminal.setCursorPosition(col, row);
        }
        int id = (int) (c >>> 16);
        if (id != shown) {
          Style now = styles.get(id);
          Style was = shown < 0 ? null : styles.get(shown);
          if (was == null || !was.sgr().equals(now.sgr())) {
            terminal.resetColorAndSGR();
            for (SGR s : now.sgr()) {
              terminal.enableSGR(s);
            }
            was = null;
          }
          if (was == null || !was.fg().equals(now.fg())) {
            terminal.setForegroundColor(now.fg());
          }
          if (was == null || !was.bg().equals(now.bg())) {
            terminal.setBackgroundColor(now.bg());
          }
          shown = id;
        }
        terminal.putCharacter(ch);
        front[i] = c;
        atRow = row;
        atColumn = col + 1;
        if (isWide) {
          front[i + 1] = UNKNOWN; // under the right half: whatever the terminal keeps there
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
    pendingSize = null;
    if (s == null || s.equals(size)) {
      return null;
    }
    long[] next = cells(s, blank());
    for (int row = 0; row < Math.min(s.getRows(), size.getRows()); row++) {
      for (int col = 0; col < Math.min(s.getColumns(), size.getColumns()); col++) {
        next[row * s.getColumns() + col] = back[row * size.getColumns() + col];
      }
    }
    size = s;
    back = next;
    front = cells(s, UNKNOWN);
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
