package dev.sourced.tui;

import dev.sourced.game.RoundSettings;
import dev.sourced.pack.Catalog;

/**
 * The whole app as a value. catalog is null until the packs are loaded; setup holds the settings
 * the next round starts with; exitCode is set once the app should stop.
 */
public record AppState(Page page, Catalog catalog, RoundSettings setup, Integer exitCode) {

  public static final int EXIT_OK = 0;
  public static final int EXIT_INTERRUPTED = 130;

  public AppState with(Page p) {
    return new AppState(p, catalog, setup, exitCode);
  }

  public AppState withSetup(RoundSettings s) {
    return new AppState(page, catalog, s, exitCode);
  }

  public AppState withCatalog(Catalog c) {
    return new AppState(page, c, setup, exitCode);
  }

  public AppState exit(int code) {
    return new AppState(page, catalog, setup, code);
  }

  public boolean done() {
    return exitCode != null;
  }
}
