package dev.sourced.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** An article the questions come from. author, date, url and note may be null. */
public record Source(
    String id, String title, String outlet, String author, String date, SourceKind kind, String url, String note) {

  public Source {
    Objects.requireNonNull(id);
    Objects.requireNonNull(title);
    Objects.requireNonNull(outlet);
    Objects.requireNonNull(kind);
  }

  /** "outlet — title — date — author", leaving out what the pack does not know. */
  public String line() {
    List<String> parts = new ArrayList<>(List.of(outlet, title));
    parts.add(date == null ? "undated" : date);
    if (author != null) {
      parts.add(author);
    }
    return String.join(" \u2014 ", parts);
  }
}
