package dev.sourced.net;

import dev.sourced.room.Room;
import dev.sourced.screen.CellScreen;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.channel.ChannelDataReceiver;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.channel.ChannelSessionAware;
import org.apache.sshd.server.command.Command;

/**
 * One student's connection: the game on a thread of its own, never on an NIO thread. Input is
 * pushed by MINA into the terminal's buffer and wakes the player; a window change is noted and
 * applied on the player's thread; a closed channel ends the player. Whatever goes wrong in here
 * ends this connection only.
 */
final class PlayerShell implements Command, ChannelSessionAware {
  private final Supplier<Room> rooms;
  private final ClassServer server;
  private final ChannelTerminal.Input input = new ChannelTerminal.Input();
  private OutputStream out;
  private ExitCallback exit;
  private volatile Players.Player tui;
  private volatile boolean closed;
  private Thread thread;

  PlayerShell(Supplier<Room> rooms, ClassServer server) {
    this.rooms = rooms;
    this.server = server;
  }

  @Override
  public void setChannelSession(ChannelSession session) {
    session.setDataReceiver(new ChannelDataReceiver() {
      @Override
      public int data(ChannelSession channel, byte[] buf, int start, int len) {
        input.push(buf, start, len);
        Players.Player t = tui;
        if (t != null) {
          t.wake();
        }
        return len;
      }

      @Override
      public void close() {
        ended();
      }
    });
  }

  @Override
  public void setInputStream(InputStream in) {
    // Input comes through the data receiver.
  }

  @Override
  public void setOutputStream(OutputStream out) {
    this.out = out;
  }

  @Override
  public void setErrorStream(OutputStream err) {
    // Everything goes to the student's screen.
  }

  @Override
  public void setExitCallback(ExitCallback callback) {
    this.exit = callback;
  }

  @Override
  public void start(ChannelSession channel, Environment env) {
    Map<String, String> e = env.getEnv();
    String user = channel.getSession().getUsername();
    String key = channel.getSession().getAttribute(ClassServer.VERIFIED_KEY);
    boolean pty = e.containsKey(Environment.ENV_TERM) || e.containsKey(Environment.ENV_COLUMNS);
    ChannelTerminal terminal = new ChannelTerminal(input, out,
        ChannelTerminal.of(number(e.get(Environment.ENV_COLUMNS)), number(e.get(Environment.ENV_LINES))));
    env.addSignalListener((ch, signal) -> {
      Map<String, String> now = env.getEnv();
      terminal.resized(ChannelTerminal.of(number(now.get(Environment.ENV_COLUMNS)),
          number(now.get(Environment.ENV_LINES))));
      Players.Player t = tui;
      if (t != null) {
        t.wake();
      }
    }, Signal.WINCH);
    thread = new Thread(() -> play(terminal, user, key, pty), "player-" + server.nextPlayerNumber());
    thread.setDaemon(true);
    thread.start();
  }

  private void play(ChannelTerminal terminal, String user, String key, boolean pty) {
    int code = 0;
    try {
      Room room = rooms.get();
      if (!pty) {
        say("Sourced needs a terminal: connect with  ssh -t  (and without a command).\r\n");
        code = 1;
      } else if (room == null) {
        say("The class has not opened yet. Try again when your teacher shows the join code.\r\n");
        code = 1;
      } else {
        CellScreen screen = new CellScreen(terminal);
        screen.startScreen();
        try {
          Players.Player t = server.players().open(screen, room, user, key,
              new Players.Hooks(terminal::applyResize, server.drawCounter()));
          tui = t;
          if (closed) {
            t.close();
          }
          code = t.run();
        } finally {
          try {
            screen.stopScreen(); // back out of the alternate screen, cursor shown
            terminal.flush();
          } catch (IOException | RuntimeException ignored) {
            // The connection is gone; nothing to restore.
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException | Error e) {
      code = 1; // this connection ends; the room and the others go on
    } finally {
      ExitCallback cb = exit;
      if (cb != null) {
        cb.onExit(code);
      }
    }
  }

  private void say(String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private void ended() {
    closed = true;
    input.end();
    Players.Player t = tui;
    if (t != null) {
      t.close();
    }
  }

  @Override
  public void destroy(ChannelSession channel) {
    ended();
  }

  private static int number(String s) {
    try {
      return s == null ? 0 : Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
