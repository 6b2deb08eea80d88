package dev.sourced.tui;

import java.util.List;

/**
 * What a screen shows, before it is painted: a header bar (title left, status right), a body that
 * scrolls, lines pinned above the footer (a countdown), and the footer's keys. focus is a body
 * line that must stay in view (a selected item), or -1. A wide frame, for a projector, uses
 * more of a large terminal's width.
 */
record Frame(String title, String status, List<Line> body, List<Line> pinned, String footer, int scroll, int focus,
    boolean wide) {
  Frame {
    body = List.copyOf(body);
    pinned = List.copyOf(pinned);
  }

  Frame(String title, String status, List<Line> body, List<Line> pinned, String footer, int scroll, int focus) {
    this(title, status, body, pinned, footer, scroll, focus, false);
  }
}
