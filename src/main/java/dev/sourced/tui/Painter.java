package dev.sourced.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.sourced.tui.Line.Span;
import dev.sourced.tui.Line.Style;
import java.util.List;

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
    g.putString(0, 0, " ".repeat(cols));
    String status = Layout.fit(f.status(), cols / 2);
    String title = Layout.fit(f.title(), Math.max(1, cols - Layout.width(status) - 4));
    g.putString(1, 0, title);
    g.putString(cols - 1 - Layout.width(status), 0, status);
    // Footer.
    theme.apply(g, Style.DIM);
    g.putString(1, rows - 1, Layout.fit(f.footer(), cols - 2));

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
      g.putString(x, row, s.text());
      x += Layout.width(s.text());
    }
  }

  private static void clear(TextGraphics g, TerminalSize size, Theme theme) {
    theme.apply(g, Style.NORMAL);
    g.fill(' ');
  }
}
