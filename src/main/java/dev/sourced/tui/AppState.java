package dev.sourced.tui;

import dev.sourced.classroom.ClassSettings;
import dev.sourced.game.RoundSettings;
import dev.sourced.pack.Catalog;

/**
 * The whole app as a value. catalog is null until the packs are loaded; setup holds the settings
 * the next round starts with; exitCode is set once the app should stop.
 */
public record AppState(Page page, Catalog catalog, RoundSettings setup, Integer exitCode, ClassSettings classSetup,
    long now, String resultsProblem) {

  public AppState(Page page, Catalog catalog, RoundSettings setup, Integer exitCode) {
    this(page, catalog, setup, exitCode, null, 0, null);
  }

  public static final int EXIT_OK = 0;
  public static final int EXIT_INTERRUPTED = 130;

  public AppState with(Page p) {
    return new AppState(p, catalog, setup, exitCode, classSetup, now, resultsProblem);
  }

  public AppState withSetup(RoundSettings s) {
    return new AppState(page, catalog, s, exitCode, classSetup, now, resultsProblem);
  }

  public AppState withCatalog(Catalog c, String problem) {
    return new AppState(page, c, setup, exitCode, classSetup, now, problem);
  }

  public AppState withClassSetup(ClassSettings c) {
    return new AppState(page, catalog, setup, exitCode, c, now, resultsProblem);
  }

  public AppState at(long wallMillis) {
    return new AppState(page, catalog, setup, exitCode, classSetup, wallMillis, resultsProblem);
  }

  public AppState exit(int code) {
    return new AppState(page, catalog, setup, code, classSetup, now, resultsProblem);
  }

  public boolean done() {
    return exitCode != null;
  }
}
