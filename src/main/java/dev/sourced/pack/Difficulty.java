package dev.sourced.pack;

import java.util.Locale;
import java.util.Optional;

public enum Difficulty {
  EASY, MEDIUM, HARD;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Difficulty> parse(String text) {
    for (Difficulty d : values()) {
      if (d.label().equals(text)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
