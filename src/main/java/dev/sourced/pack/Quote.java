package dev.sourced.pack;

import java.util.List;
import java.util.Objects;

/** A direct quotation for "who said it". discussion and difficulty may be null. */
public record Quote(
    String id,
    String text,
    String speaker,
    String source,
    String passage,
    String discussion,
    Difficulty difficulty,
    List<String> tags) {

  public Quote {
    Objects.requireNonNull(id);
    Objects.requireNonNull(text);
    Objects.requireNonNull(speaker);
    Objects.requireNonNull(source);
    Objects.requireNonNull(passage);
    tags = List.copyOf(tags);
  }
}
