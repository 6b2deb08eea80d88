package dev.sourced.tui;

import dev.sourced.classroom.ClassSettings;
import dev.sourced.game.RoundSettings;
import dev.sourced.pack.Catalog;
import dev.sourced.room.Room;
import java.util.List;

/**
 * The whole app as a value. catalog is null until the packs are loaded (loadProblem says why
 * when they could not be); setup holds the settings the next round starts with; room is the class
 * session this screen shows, as its room last sent it; saved the class sessions in the results
 * folder, once listed (null before); remote says a class session started here waits in a lobby
 * for students joining from their own terminals; exitCode is set once the app should stop.
 */
public record AppState(Page page, Catalog catalog, RoundSettings setup, Integer exitCode, ClassSettings classSetup,
    String resultsProblem, String loadProblem, Room.Snapshot room, List<SavedSession> saved, boolean remote) {

  public AppState(Page page, Catalog catalog, RoundSettings setup, Integer exitCode) {
    this(page, catalog, setup, exitCode, null, null, null, null, null, false);
  }

  public AppState(Page page, Catalog catalog, RoundSettings setup, Integer exitCode, ClassSettings classSetup,
      String resultsProblem, String loadProblem, Room.Snapshot room) {
    this(page, catalog, setup, exitCode, classSetup, resultsProblem, loadProblem, room, null, false);
  }

  public AppState(Page page, Catalog catalog, RoundSettings setup, Integer exitCode, ClassSettings classSetup,
      String resultsProblem, String loadProblem, Room.Snapshot room, boolean remote) {
    this(page, catalog, setup, exitCode, classSetup, resultsProblem, loadProblem, room, null, remote);
  }

  public static final int EXIT_OK = 0;
  public static final int EXIT_INTERRUPTED = 130;

  public AppState with(Page p) {
    return new AppState(p, catalog, setup, exitCode, classSetup, resultsProblem, loadProblem, room, saved, remote);
  }

  public AppState withSetup(RoundSettings s) {
    return new AppState(page, catalog, s, exitCode, classSetup, resultsProblem, loadProblem, room, saved, remote);
  }

  public AppState withCatalog(Catalog c, String problem) {
    return new AppState(page, c, setup, exitCode, classSetup, problem, null, room, saved, remote);
  }

  public AppState withLoadProblem(String why) {
    return new AppState(page, catalog, setup, exitCode, classSetup, resultsProblem, why, room, saved, remote);
  }

  public AppState withClassSetup(ClassSettings c) {
    return new AppState(page, catalog, setup, exitCode, c, resultsProblem, loadProblem, room, saved, remote);
  }

  public AppState withRoom(Room.Snapshot r) {
    return new AppState(page, catalog, setup, exitCode, classSetup, resultsProblem, loadProblem, r, saved, remote);
  }

  public AppState withSaved(List<SavedSession> s) {
    return new AppState(page, catalog, setup, exitCode, classSetup, resultsProblem, loadProblem, room, s, remote);
  }

  public AppState withRemote(boolean on) {
    return new AppState(page, catalog, setup, exitCode, classSetup, resultsProblem, loadProblem, room, saved, on);
  }

  public AppState exit(int code) {
    return new AppState(page, catalog, setup, code, classSetup, resultsProblem, loadProblem, room, saved, remote);
  }

  public boolean done() {
    return exitCode != null;
  }
}
