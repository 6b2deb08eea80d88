package dev.sourced.cli;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.sourced.game.Mode;
import dev.sourced.game.RoundSettings;
import dev.sourced.pack.Catalog;
import dev.sourced.pack.PackLoader;
import dev.sourced.tui.AppState;
import dev.sourced.tui.Msg;
import dev.sourced.tui.Page;
import dev.sourced.tui.Tui;
import java.io.IOException;

/**
 * The build runs this once under -XX:ArchiveClassesAtExit, so that the AppCDS archive holds the
 * classes a real start loads: the title, a round, the packs. It draws on a virtual terminal.
 */
final class Training {
  private Training() {}

  static int run() {
    try {
      new DefaultTerminalFactory().setForceTextTerminal(true);
      DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(80, 24));
      TerminalScreen screen = new TerminalScreen(vt);
      screen.startScreen();
      AppState start = new AppState(new Page.Title(), null, RoundSettings.defaults(Mode.MIXED, 1), null);
      Tui tui = new Tui(screen, start, true, System::currentTimeMillis);
      tui.step();
      tui.post(new Msg.PacksLoaded(Catalog.of(PackLoader.loadBundled())));
      for (char c : "3\n".toCharArray()) {
        vt.addInput(c == '\n' ? new KeyStroke(KeyType.Enter) : new KeyStroke(c, false, false));
        tui.step();
      }
      for (char c : "\n\na \n".toCharArray()) {
        vt.addInput(c == '\n' ? new KeyStroke(KeyType.Enter) : new KeyStroke(c, false, false));
        tui.step();
      }
      screen.stopScreen();
      TtyTerminal.rehearse();
      return 0;
    } catch (IOException | RuntimeException e) {
      System.err.println("training run failed: " + e);
      return 1;
    }
  }
}
