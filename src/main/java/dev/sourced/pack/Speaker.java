package dev.sourced.pack;

import java.util.Objects;

public record Speaker(String id, String name, String role) {
  public Speaker {
    Objects.requireNonNull(id);
    Objects.requireNonNull(name);
    Objects.requireNonNull(role);
  }
}
