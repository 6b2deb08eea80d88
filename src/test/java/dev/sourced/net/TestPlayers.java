package dev.sourced.net;

import dev.sourced.tui.PlayerTui;

/** The real player screens on each connection, wired as the command line wires them. */
final class TestPlayers {
  private TestPlayers() {}

  static final Players REAL = (screen, room, user, key, hooks) -> {
    PlayerTui t = new PlayerTui(screen, room, user, key, System::currentTimeMillis).beforeTurn(hooks.beforeTurn())
        .onDraw(hooks.afterDraw());
    return new Players.Player() {
      @Override
      public int run() throws java.io.IOException, InterruptedException {
        return t.run();
      }

      @Override
      public void wake() {
        t.wake();
      }

      @Override
      public void close() {
        t.close();
      }
    };
  };
}
