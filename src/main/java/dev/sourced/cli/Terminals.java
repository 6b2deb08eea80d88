package dev.sourced.cli;

import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal.CtrlCBehaviour;
import dev.sourced.tui.AppState;
import dev.sourced.tui.Msg;
import dev.sourced.tui.Tui;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;

/** Runs the app on the real terminal and always gives the terminal back as it was. */
final class Terminals {
  private Terminals() {}

  static int run(AppState initial, Supplier<Msg.PacksLoaded> loader, Map<String, String> env,
      Runnable onFirstFrame, ClassSaver saver) throws IOException, InterruptedException {
    // Never a Swing window; Ctrl-C arrives as a key so that the loop can stop and restore the terminal.
    // On a Unix tty one process sets the tty up and frames are buffered (TtyTerminal); elsewhere as Lanterna does.
    Terminal terminal = TtyTerminal.openOr(() ->
        new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8)
            .setForceTextTerminal(true)
            .setUnixTerminalCtrlCBehaviour(CtrlCBehaviour.TRAP)
            .createTerminal());
    TerminalScreen screen = new TerminalScreen(terminal);
    try {
      screen.startScreen();
      String noColor = env.get("NO_COLOR");
      Tui tui = new Tui(screen, initial, noColor == null || noColor.isEmpty(), System::currentTimeMillis)
          .onSession(saver);
      tui.onFirstFrame(() -> {
        onFirstFrame.run();
        if (initial.catalog() == null) {
          Thread t = new Thread(() -> tui.post(loader.get()), "pack-loader");
          t.setDaemon(true);
          t.start();
        }
      });
      return tui.run();
    } finally {
      screen.stopScreen();
      terminal.close();
    }
  }
}
