package dev.sourced.game;

import java.util.Optional;

public enum Mode {
  QUIZ("quiz", "Quiz round"),
  WHO_SAID_IT("who-said-it", "Who said it?"),
  WHICH_TEXT("which-text", "Which text said it?"),
  MIXED("mixed", "Mixed round");

  private final String id;
  private final String title;

  Mode(String id, String title) {
    this.id = id;
    this.title = title;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public static Optional<Mode> parse(String text) {
    for (Mode m : values()) {
      if (m.id.equals(text)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
