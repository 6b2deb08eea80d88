package dev.sourced.cli;

import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal.CtrlCBehaviour;
import dev.sourced.room.Room;
import dev.sourced.tui.AppState;
import dev.sourced.screen.CellScreen;
import dev.sourced.tui.Msg;
import dev.sourced.tui.Tui;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/** Runs the app on the real terminal and always gives the terminal back as it was. */
final class Terminals {
  private Terminals() {}

  static Terminal create(TtyTerminal.Opening tty) throws IOException {
    // Never a Swing window; Ctrl-C arrives as a key so that the loop can stop and restore the terminal.
    // On a Unix tty one process sets the tty up and frames are buffered (TtyTerminal); elsewhere as Lanterna does.
    return tty.open(System.in, new java.io.FileOutputStream(java.io.FileDescriptor.out), StandardCharsets.UTF_8,
        LANTERNA);
  }

  /** Made when the class loads, so that the training run puts the lambda in the archive (bench/startup). */
  private static final TtyTerminal.Fallback LANTERNA = () ->
      new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8)
          .setForceTextTerminal(true)
          .setUnixTerminalCtrlCBehaviour(CtrlCBehaviour.TRAP)
          .createTerminal();

  /**
   * The screen's runtime, wired to the real clock, the results folder, the pack loader, and rooms
   * that hosting serves to students when a session is a remote one.
   */
  static Tui tui(Screen screen, AppState initial, Supplier<Msg> loader, Map<String, String> env,
      Runnable onFirstFrame, Path resultsDir, Supplier<Hosting> hosting) {
    String noColor = env.get("NO_COLOR");
    return new Tui(screen, initial, noColor == null || noColor.isEmpty(), System::currentTimeMillis)
        .loader(loader)
        .rooms(s -> hosting.get().room(s, new ClassSaver(resultsDir), Map.of(),
            s.phase() == dev.sourced.classroom.Session.Phase.LOBBY).start())
        .sessions(() -> SavedSessions.list(resultsDir, Catalogs.load(env, java.util.List.of())),
            file -> SavedSessions.room(SavedSessions.open(Path.of(file), Catalogs.load(env, java.util.List.of())),
                hosting.get()).start())
        .remember(ids -> dev.sourced.store.LastPacks.write(env, ids))
        .onFirstFrame(onFirstFrame);
  }

  /**
   * Runs the app on a terminal handed in. Class sessions started here get a room of their own that
   * saves in resultsDir; resumed is a room already made (a resumed session), or null.
   */
  static int run(Terminal terminal, AppState initial, Supplier<Msg> loader, Map<String, String> env,
      Runnable onFirstFrame, Path resultsDir, Room resumed) throws IOException, InterruptedException {
    return run(terminal, initial, loader, env, onFirstFrame, resultsDir, resumed, null);
  }

  /** hosting serves class sessions to students' terminals over ssh, or is null. */
  static int run(Terminal terminal, AppState initial, Supplier<Msg> loader, Map<String, String> env,
      Runnable onFirstFrame, Path resultsDir, Room resumed, Hosting given) throws IOException, InterruptedException {
    // Without --join the server starts only if the teacher chooses "students join over ssh"; made on
    // first use, so that its classes and the join code's SecureRandom cost nothing before the first frame.
    Hosting[] made = {given};
    Supplier<Hosting> hosting = () -> {
      if (made[0] == null) {
        made[0] = new Hosting(new dev.sourced.net.ClassServer.Options(null, Hosting.DEFAULT_PORT, Hosting.DEFAULT_MAX,
            Hosting.hostKey(env)), dev.sourced.net.ClassServer.newCode());
      }
      return made[0];
    };
    CellScreen screen = new CellScreen(terminal);
    try {
      screen.startScreen();
      Tui tui = tui(screen, initial, loader, env, () -> {
        onFirstFrame.run();
        warmUp();
      }, resultsDir, hosting);
      if (resumed != null) {
        tui.attach(resumed.start());
      }
      if (terminal instanceof TtyTerminal tty) {
        tty.onContinue(tui::repaint);
      }
      return tui.run();
    } finally {
      if (resumed != null) {
        resumed.close();
      }
      screen.stopScreen();
      terminal.close();
      if (made[0] != null) {
        made[0].close();
      }
    }
  }

  /**
   * After the first frame, on a thread of its own: the JDK's BreakIterator and its locale data (some 20 ms), which
   * Lanterna's TextCharacter needs for text the screen does not put itself (combining accents, surrogate pairs).
   */
  private static void warmUp() {
    Thread t = new Thread(new WarmUp(), "screen warm-up");
    t.setDaemon(true);
    t.start();
  }

  /** A class, not a lambda: nothing to link. */
  private static final class WarmUp implements Runnable {
    @Override
    public void run() {
      com.googlecode.lanterna.TextCharacter.fromCharacter(' ');
    }
  }
}
