package dev.sourced.tui;

import dev.sourced.classroom.Ballot;
import dev.sourced.classroom.ClassSettings;
import dev.sourced.classroom.Session;
import dev.sourced.game.Challenge;
import dev.sourced.game.Countdown;
import dev.sourced.tui.Line.Span;
import dev.sourced.tui.Line.Style;
import dev.sourced.tui.Page.ClassRun;
import java.util.ArrayList;
import java.util.List;

/**
 * The question as a projector at 120 columns and more shows it to the back row: the prompt centred,
 * the choices as a grid of blocks each with its letter and a shape (never colour alone), the
 * countdown in large digits, and the teams in a panel to one side.
 */
final class Projector {
  static final int MIN_COLUMNS = 120;
  /** A shape a choice, so that a choice is named by more than its colour or its place. */
  static final String[] SHAPES = {"\u25B2", "\u25C6", "\u25CF", "\u25A0", "\u2605", "\u271A"};
  private static final int PANEL = 34;

  private Projector() {}

  static boolean fits(int columns) {
    return columns >= MIN_COLUMNS;
  }

  static Frame question(Session s, ClassRun p, String title, String status, int w, String keys) {
    Challenge c = s.current();
    int main = w - PANEL - 3;
    List<Line> left = new ArrayList<>();
    if (c.heading() != null) {
      left.add(centred(Line.of(c.heading(), Style.ACCENT), main));
      left.add(Line.blank());
    }
    for (Line l : Layout.wrap(c.shownPrompt(), Math.max(20, main - 8), Style.BOLD)) {
      left.add(centred(l, main));
    }
    left.add(Line.blank());
    left.addAll(grid(c, main));
    if (s.timed() || s.paused()) {
      left.add(Line.blank());
      left.addAll(clock(s, main));
    }
    List<Line> right = panel(s, p);
    return new Frame(title, status, sideBySide(left, main, right), List.of(), keys, p.scroll(), -1, true);
  }

  /** Two blocks a row, each a box with the letter, the shape and the choice wrapped inside. */
  static List<Line> grid(Challenge c, int width) {
    int cell = (width - 2) / 2;
    List<Line> out = new ArrayList<>();
    List<String> choices = c.choices();
    for (int i = 0; i < choices.size(); i += 2) {
      List<Line> a = block(i, choices.get(i), cell);
      List<Line> b = i + 1 < choices.size() ? block(i + 1, choices.get(i + 1), cell) : List.of();
      out.addAll(sideBySide(pad(a, Math.max(a.size(), b.size()), cell), cell + 2, pad(b, Math.max(a.size(),
          b.size()), cell)));
    }
    return out;
  }

  private static List<Line> block(int i, String text, int width) {
    int inner = width - 4;
    List<Line> out = new ArrayList<>();
    out.add(Line.of("\u250C" + "\u2500".repeat(width - 2) + "\u2510", Style.DIM));
    String head = SHAPES[i % SHAPES.length] + " " + Challenge.letter(i);
    List<Line> body = Layout.wrap(text, inner - Layout.width(head) - 2, Style.NORMAL);
    for (int k = 0; k < body.size(); k++) {
      List<Span> spans = new ArrayList<>();
      spans.add(new Span("\u2502 ", Style.DIM));
      spans.add(new Span(k == 0 ? head + "  " : " ".repeat(Layout.width(head) + 2), Style.BOLD));
      spans.addAll(body.get(k).spans());
      int used = Layout.width(new Line(spans).text());
      spans.add(new Span(" ".repeat(Math.max(0, width - 1 - used)), Style.NORMAL));
      spans.add(new Span("\u2502", Style.DIM));
      out.add(new Line(spans));
    }
    out.add(Line.of("\u2514" + "\u2500".repeat(width - 2) + "\u2518", Style.DIM));
    return out;
  }

  private static List<Line> pad(List<Line> lines, int rows, int width) {
    List<Line> out = new ArrayList<>(lines);
    while (out.size() < rows) {
      out.add(Line.of(" ".repeat(width)));
    }
    return out;
  }

  /** The seats and who has answered (never what), or the pause. */
  private static List<Line> panel(Session s, ClassRun p) {
    List<Line> out = new ArrayList<>();
    out.add(Line.of(s.answeredCount() + " of " + s.playerCount() + " answered", Style.ACCENT));
    out.add(Line.blank());
    for (int t = 0; t < s.playerCount(); t++) {
      Ballot b = s.ballots().get(t);
      boolean sel = t == p.team();
      String name = Views.pad(Layout.fit(s.players().get(t).name(), ClassSettings.MAX_NAME - 6), ClassSettings.MAX_NAME - 6);
      String state = !b.given() ? "\u2026" : p.showRecorded() ? Views.CHECK + " " + Challenge.letter(b.choice())
          : Views.CHECK;
      out.add(new Line(List.of()).plus(sel ? Views.POINTER + " " : "  ", Style.ACCENT)
          .plus((t + 1) + " " + name + " ", sel ? Style.SELECTED : Style.NORMAL)
          .plus(state, b.given() ? Style.GOOD : Style.DIM));
    }
    return out;
  }

  /** The seconds left in digits three rows high, or the pause in words. */
  static List<Line> clock(Session s, int width) {
    if (s.paused()) {
      return List.of(centred(Line.of("\u2016 Paused \u2014 space resumes", Style.BAD), width));
    }
    long left = s.remainingMillis();
    Style style = left * 4 < s.settings().timerMillis() ? Style.BAD : Style.ACCENT;
    List<Line> out = new ArrayList<>();
    for (Line l : big(Countdown.secondsShown(left), style)) {
      out.add(centred(l, width));
    }
    out.add(centred(Line.of("seconds left", Style.DIM), width));
    return out;
  }

  /** A number in digits three rows high (each digit three cells wide, a space between). */
  static List<Line> big(int number, Style style) {
    String digits = String.valueOf(Math.max(0, number));
    List<Line> out = new ArrayList<>();
    for (int row = 0; row < 3; row++) {
      StringBuilder b = new StringBuilder();
      for (char d : digits.toCharArray()) {
        b.append(DIGITS[d - '0'][row]).append(' ');
      }
      out.add(Line.of(b.substring(0, b.length() - 1), style));
    }
    return out;
  }

  private static final String[][] DIGITS = {
      {"\u2588\u2580\u2588", "\u2588 \u2588", "\u2588\u2584\u2588"},
      {" \u2580\u2588", "  \u2588", "  \u2588"},
      {"\u2580\u2580\u2588", "\u2588\u2580\u2580", "\u2588\u2584\u2584"},
      {"\u2580\u2580\u2588", " \u2580\u2588", "\u2584\u2584\u2588"},
      {"\u2588 \u2588", "\u2580\u2580\u2588", "  \u2588"},
      {"\u2588\u2580\u2580", "\u2580\u2580\u2588", "\u2584\u2584\u2588"},
      {"\u2588\u2580\u2580", "\u2588\u2580\u2588", "\u2588\u2584\u2588"},
      {"\u2580\u2580\u2588", "  \u2588", "  \u2588"},
      {"\u2588\u2580\u2588", "\u2588\u2580\u2588", "\u2588\u2584\u2588"},
      {"\u2588\u2580\u2588", "\u2580\u2580\u2588", "\u2584\u2584\u2588"},
  };

  private static Line centred(Line l, int width) {
    int space = Math.max(0, (width - Layout.width(l.text())) / 2);
    List<Span> spans = new ArrayList<>();
    spans.add(new Span(" ".repeat(space), Style.NORMAL));
    spans.addAll(l.spans());
    return new Line(spans);
  }

  /** Lines of the left column padded to its width by cells, with the right column's beside them. */
  static List<Line> sideBySide(List<Line> left, int leftWidth, List<Line> right) {
    List<Line> out = new ArrayList<>();
    for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
      List<Span> spans = new ArrayList<>();
      int used = 0;
      if (i < left.size()) {
        spans.addAll(left.get(i).spans());
        used = Layout.width(left.get(i).text());
      }
      if (i < right.size()) {
        spans.add(new Span(" ".repeat(Math.max(1, leftWidth - used + 1)), Style.NORMAL));
        spans.addAll(right.get(i).spans());
      }
      out.add(new Line(spans));
    }
    return out;
  }
}
