package dev.sourced.cli;

import dev.sourced.classroom.Session;
import dev.sourced.net.ClassServer;
import dev.sourced.net.Players;
import dev.sourced.tui.PlayerTui;
import dev.sourced.room.Doors;
import dev.sourced.room.Room;
import dev.sourced.store.DataHome;
import dev.sourced.store.ResultsFiles;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The ssh server of a class whose students join from their own terminals, and the rooms it
 * serves. Started before any screen with --join (so a port in use is a one-line error), or when
 * the teacher chooses "students join over ssh" on the setup screen (then a failure shows in the lobby).
 */
final class Hosting implements AutoCloseable {
  static final int DEFAULT_PORT = 2222;
  static final int DEFAULT_MAX = 200;

  private final ClassServer.Options options;
  private final String code;
  private ClassServer server;

  Hosting(ClassServer.Options options, String code) {
    this.options = options;
    this.code = code;
  }

  static Path hostKey(Map<String, String> env) {
    return DataHome.of(env).resolve("ssh_host_key");
  }

  ClassServer start() throws ClassServer.Failure {
    if (server == null) {
      server = ClassServer.start(options, code, Hosting::player);
    }
    return server;
  }

  /** A room for the session, served to students when it is a remote one (in its lobby, or resumed from one). */
  Room room(Session s, Room.Saver saver, Map<String, Doors.Proof> proofs, boolean remote) {
    if (!remote) {
      return new Room(s, System::currentTimeMillis, saver);
    }
    Doors doors;
    try {
      doors = start().doors(proofs);
    } catch (ClassServer.Failure e) {
      doors = Doors.remote(code, null, java.util.List.of(), options.maxPlayers(), proofs).withProblem(e.getMessage())
          .withOpen(false);
    }
    Room room = new Room(s, System::currentTimeMillis, saver, doors);
    if (server != null) {
      server.serve(() -> room);
    }
    return room;
  }

  /** Each student's connection runs the player's screens (tui), on the connection's own screen. */
  static Players.Player player(com.googlecode.lanterna.screen.Screen screen, Room room, String user, String key,
      Players.Hooks hooks) {
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
  }

  static Map<String, Doors.Proof> proofs(ResultsFiles.Join join) {
    Map<String, Doors.Proof> out = new HashMap<>();
    if (join != null) {
      java.security.SecureRandom random = new java.security.SecureRandom();
      join.seats().forEach((id, seat) -> {
        if (seat.wordHash() == null && seat.word() != null) {
          // A file from before the words were hashed: hash it now, so the next save keeps no plain word.
          byte[] salt = new byte[16];
          random.nextBytes(salt);
          out.put(id, Doors.Proof.of(seat.key(), seat.word(), salt));
        } else {
          out.put(id, new Doors.Proof(seat.key(), null, seat.wordHash()));
        }
      });
    }
    return out;
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
    }
  }
}
