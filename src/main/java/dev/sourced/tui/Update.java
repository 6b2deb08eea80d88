package dev.sourced.tui;

import java.util.List;

/** The state after a message, and the effects the runtime should carry out. */
public record Update(AppState state, List<Effect> effects) {
  public Update {
    effects = List.copyOf(effects);
  }

  public static Update of(AppState s) {
    return new Update(s, List.of());
  }

  public static Update of(AppState s, Effect... effects) {
    return new Update(s, List.of(effects));
  }
}
