package dev.sourced.cli;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.sourced.screen.CellScreen;
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

  /**
   * The start a user gets, through the same wiring (Terminals.tui) and loop (Tui.run) and the same
   * look-ups (the data home, the remembered packs), on a virtual screen with the keys handed in, so
   * that their lambdas and classes are in the archive too.
   */
  private static void rehearseTheRealLoop() throws IOException {
    DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(80, 24));
    CellScreen screen = new CellScreen(vt);
    screen.startScreen();
    java.nio.file.Path home = java.nio.file.Files.createTempDirectory("sourced-training");
    java.util.Map<String, String> env = java.util.Map.of("HOME", home.toString());
    java.nio.file.Path results = dev.sourced.store.ResultsTarget.defaultDir(env);
    AppState start = new AppState(new Page.Title(), null, RoundSettings.defaults(Mode.QUIZ, 1)
        .withPacks(dev.sourced.store.LastPacks.read(env)), null);
    java.util.ArrayDeque<Msg> keys = new java.util.ArrayDeque<>(java.util.List.of(Msg.Press.typed('q')));
    Hosting[] none = {null};
    Tui tui = Terminals.tui(screen, start, () -> new Msg.PacksLoaded(Catalog.of(PackLoader.loadBundled())), env,
        () -> { }, results, () -> none[0]);
    tui.waiter((inbox, millis) -> {
      Msg m = inbox.poll(2, java.util.concurrent.TimeUnit.SECONDS); // the packs, loaded on their thread
      return m != null ? m : keys.isEmpty() ? Msg.Press.of(Msg.Key.INTERRUPT) : keys.removeFirst();
    }, false);
    try {
      tui.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    screen.stopScreen();
    // And once through Terminals.run with the launch's own loader and probe, on a terminal that says q at once.
    Main.interactiveTerminal();
    Main.firstFrameProbe(java.util.Map.of("SOURCED_FIRST_FRAME_FILE", home.resolve("frame").toString())); // made, not run
    DefaultVirtualTerminal quits = new DefaultVirtualTerminal(new TerminalSize(80, 24)) {
      private final java.util.concurrent.BlockingQueue<KeyStroke> keys =
          new java.util.concurrent.LinkedBlockingQueue<>(java.util.List.of(new KeyStroke('q', false, false)));

      @Override
      public KeyStroke readInput() {
        // Not the virtual terminal's own, which waits holding the lock that drawing needs.
        try {
          return keys.take();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return new KeyStroke(KeyType.EOF);
        }
      }
    };
    try {
      Terminals.run(quits, start, Main.packLoader(env, results), env, Main.firstFrameProbe(env), results, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static int run() {
    try {
      new DefaultTerminalFactory().setForceTextTerminal(true);
      DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(80, 24));
      CellScreen screen = new CellScreen(vt);
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
      rehearseTheRealLoop();
      TtyTerminal.rehearse();
      return 0;
    } catch (IOException | RuntimeException e) {
      System.err.println("training run failed: " + e);
      return 1;
    }
  }
}
