package dev.sourced.net;

import com.googlecode.lanterna.screen.Screen;
import dev.sourced.room.Room;
import java.io.IOException;

/**
 * What runs on each student's connection, handed in by the command line (the screens live in
 * tui, which this layer does not see). The server gives it a screen on the channel and the room.
 */
public interface Players {
  /** user is the ssh login name, key the fingerprint of a key the client proved, or null. */
  Player open(Screen screen, Room room, String user, String key, Hooks hooks);

  /** What the connection asks of the program: run before each turn (a window change), and after each frame sent. */
  record Hooks(Runnable beforeTurn, Runnable afterDraw) {}

  /** One student's program: run blocks; wake and close are safe from any thread and never block. */
  interface Player {
    int run() throws IOException, InterruptedException;

    void wake();

    void close();
  }
}
