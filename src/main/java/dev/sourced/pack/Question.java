package dev.sourced.pack;

import java.util.List;
import java.util.Objects;

/**
 * A quiz question. A true-false question is held with the choices "True" and "False" so that
 * the game treats both types alike.
 */
public record Question(
    String id,
    Type type,
    String prompt,
    List<String> choices,
    String answer,
    String source,
    String passage,
    String explanation,
    String discussion,
    Difficulty difficulty,
    List<String> tags) {

  public enum Type {
    CHOICE("choice"), TRUE_FALSE("true-false");

    private final String label;

    Type(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public static final List<String> TRUE_FALSE_CHOICES = List.of("True", "False");

  public Question {
    Objects.requireNonNull(id);
    Objects.requireNonNull(type);
    Objects.requireNonNull(prompt);
    Objects.requireNonNull(answer);
    Objects.requireNonNull(source);
    Objects.requireNonNull(passage);
    Objects.requireNonNull(explanation);
    Objects.requireNonNull(discussion);
    Objects.requireNonNull(difficulty);
    choices = List.copyOf(choices);
    tags = List.copyOf(tags);
    if (!choices.contains(answer)) {
      throw new IllegalArgumentException("answer " + answer + " is not among the choices of " + id);
    }
  }
}
