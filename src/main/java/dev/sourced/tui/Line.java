package dev.sourced.tui;

import java.util.ArrayList;
import java.util.List;

/** One line of a screen's text, in styled pieces. Pack and player text is made safe here. */
public record Line(List<Span> spans, boolean centered) {

  public enum Style { NORMAL, BOLD, DIM, ACCENT, GOOD, BAD, MARK, SELECTED }

  public record Span(String text, Style style) {
    public Span {
      text = Layout.shown(text);
    }
  }

  public Line {
    spans = List.copyOf(spans);
  }

  public Line(List<Span> spans) {
    this(spans, false);
  }

  /** The same line, drawn centred in the text column (for the projector). */
  public Line centre() {
    return new Line(spans, true);
  }

  public static Line of(String text) {
    return of(text, Style.NORMAL);
  }

  public static Line of(String text, Style style) {
    return new Line(List.of(new Span(text, style)));
  }

  public static Line blank() {
    return new Line(List.of());
  }

  public Line plus(String text, Style style) {
    List<Span> s = new ArrayList<>(spans);
    s.add(new Span(text, style));
    return new Line(s, centered);
  }

  public String text() {
    StringBuilder b = new StringBuilder();
    spans.forEach(s -> b.append(s.text()));
    return b.toString();
  }
}
