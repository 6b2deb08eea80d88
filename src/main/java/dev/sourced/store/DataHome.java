package dev.sourced.store;

import java.nio.file.Path;
import java.util.Map;

/** $XDG_DATA_HOME/sourced, or ~/.local/share/sourced: where user packs and class results live. */
public final class DataHome {
  private DataHome() {}

  public static Path of(Map<String, String> env) {
    String xdg = env.get("XDG_DATA_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
        : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".local", "share");
    return base.resolve("sourced");
  }
}
