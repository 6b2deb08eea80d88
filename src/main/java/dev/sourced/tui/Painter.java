package dev.sourced.tui;

import dev.sourced.screen.CellScreen;
import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.sourced.tui.Line.Span;
import dev.sourced.tui.Line.Style;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Paints a Frame: header bar, scrolling body, pinned lines, footer. Returns the largest useful scroll. */
final class Painter {
  static final int MIN_COLUMNS = 60;
  static final int MIN_ROWS = 18;
  static final int MAX_TEXT = 100;
  static final int MAX_WIDE_TEXT = 150;

  private Painter() {}

  static boolean tooSmall(TerminalSize size) {
    return size.getColumns() < MIN_COLUMNS || size.getRows() < MIN_ROWS;
  }

  /** The width of the text column for a terminal this wide. */
  static int textWidth(int columns) {
    return Math.min(columns - 4, MAX_TEXT);
  }

  static int textWidth(int columns, boolean wide) {
    return Math.min(columns - 4, wide ? MAX_WIDE_TEXT : MAX_TEXT);
  }

  static void paintTooSmall(TextGraphics g, TerminalSize size, Theme theme) {
    clear(g, size, theme);
    String[] lines = {
        "The window is too small.",
        "Sourced needs " + MIN_COLUMNS + "\u00D7" + MIN_ROWS + ";",
        "this one is " + size.getColumns() + "\u00D7" + size.getRows() + ".",
        "Make it larger, or press Ctrl-C to quit.",
    };
    int top = Math.max(0, size.getRows() / 2 - 2);
    for (int i = 0; i < lines.length && top + i < size.getRows(); i++) {
      theme.apply(g, i == 0 ? Style.BOLD : Style.NORMAL);
      String t = Layout.fit(lines[i], Math.max(1, size.getColumns()));
      g.putString(Math.max(0, (size.getColumns() - Layout.width(t)) / 2), top + i, t);
    }
  }

  static int paint(TextGraphics g, TerminalSize size, Frame f, Theme theme) {
    int cols = size.getColumns();
    int rows = size.getRows();
    clear(g, size, theme);
    // Header bar.
    theme.apply(g, Style.SELECTED);
    text(g, 0, 0, " ".repeat(cols));
    String status = Layout.fit(f.status(), cols / 2);
    String title = Layout.fit(f.title(), Math.max(1, cols - Layout.width(status) - 4));
    text(g, 1, 0, title);
    text(g, cols - 1 - Layout.width(status), 0, status);
    // Footer.
    theme.apply(g, Style.DIM);
    text(g, 1, rows - 1, Layout.fit(f.footer(), cols - 2));

    int width = textWidth(cols, f.wide());
    int left = (cols - width) / 2;
    int pinnedTop = rows - 1 - f.pinned().size();
    for (int i = 0; i < f.pinned().size(); i++) {
      put(g, left, pinnedTop + i, f.pinned().get(i), theme, width);
    }
    int top = 2;
    int height = Math.max(1, pinnedTop - top - (f.pinned().isEmpty() ? 1 : 1));
    int maxScroll = Math.max(0, f.body().size() - height);
    int scroll = Math.min(f.scroll(), maxScroll);
    if (f.focus() >= 0) {
      if (f.focus() < scroll) {
        scroll = f.focus();
      } else if (f.focus() >= scroll + height) {
        scroll = f.focus() - height + 1;
      }
    }
    List<Line> body = f.body();
    for (int i = 0; i < height && scroll + i < body.size(); i++) {
      put(g, left, top + i, body.get(scroll + i), theme, width);
    }
    if (scroll > 0) {
      theme.apply(g, Style.ACCENT);
      g.putString(cols - 9, 1, "\u2191 more ");
    }
    if (scroll + height < body.size()) {
      theme.apply(g, Style.ACCENT);
      g.putString(cols - 9, top + height, "\u2193 more ");
    }
    return maxScroll;
  }

  private static void put(TextGraphics g, int col, int row, Line line, Theme theme, int width) {
    int x = line.centered() ? col + Math.max(0, (width - Layout.width(line.text())) / 2) : col;
    for (Span s : line.spans()) {
      theme.apply(g, s.style());
      text(g, x, row, s.text());
      x += Layout.width(s.text());
    }
  }

  /**
   * Puts text in the graphics' colours. Lanterna's screen makes a TextCharacter per cell, each checked with a
   * new BreakIterator; there, text that is all printable ASCII, most of a frame, takes shared ones made once per
   * colour and character. Other text goes Lanterna's way, which knows wide and combining characters.
   */
  static void text(TextGraphics g, int column, int row, String text) {
    if (g instanceof CellScreen.Graphics || !printableAscii(text)) { // a CellScreen needs no TextCharacter
      g.putString(column, row, text);
      return;
    }
    TextCharacter[] glyphs = GLYPHS.computeIfAbsent(
        List.of(g.getForegroundColor(), g.getBackgroundColor(), modifiers(g)),
        Painter::glyphs);
    for (int i = 0; i < text.length(); i++) {
      g.setCharacter(column + i, row, glyphs[text.charAt(i) - ' ']);
    }
  }

  /** Printable ASCII in one colour and set of modifiers, by character from the space on. */
  private static final Map<List<Object>, TextCharacter[]> GLYPHS = new ConcurrentHashMap<>();

  private static TextCharacter[] glyphs(List<Object> look) {
    TextColor fg = (TextColor) look.get(0);
    TextColor bg = (TextColor) look.get(1);
    @SuppressWarnings("unchecked")
    EnumSet<SGR> modifiers = (EnumSet<SGR>) look.get(2);
    TextCharacter[] glyphs = new TextCharacter[0x7f - ' '];
    for (char c = ' '; c < 0x7f; c++) {
      glyphs[c - ' '] = new TextCharacter(c, fg, bg, modifiers);
    }
    return glyphs;
  }

  private static EnumSet<SGR> modifiers(TextGraphics g) {
    EnumSet<SGR> set = EnumSet.noneOf(SGR.class);
    set.addAll(g.getActiveModifiers());
    return set;
  }

  private static boolean printableAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < ' ' || c >= 0x7f) {
        return false;
      }
    }
    return true;
  }

  private static void clear(TextGraphics g, TerminalSize size, Theme theme) {
    theme.apply(g, Style.NORMAL);
    g.fill(' ');
  }
}
