package dev.sourced.cli;

import dev.sourced.pack.Catalog;
import dev.sourced.pack.Loaded;
import dev.sourced.pack.PackLoader;
import dev.sourced.store.DataHome;
import dev.sourced.pack.Problem;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Where packs are found: the bundle, the user's packs folder, and paths given with --pack. */
final class Catalogs {
  private Catalogs() {}

  /**
   * Why a path cannot be a file name. The JVM names files in the locale's charset, ASCII under
   * LANG=C, so données cannot be named there; the ./sourced launcher picks a UTF-8 locale itself.
   */
  static final String UNENCODABLE = "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding"))
      ? "has a character no file name can hold"
      : "has characters that file names cannot hold in this locale (" + System.getProperty("sun.jnu.encoding")
          + "); run Sourced in a UTF-8 locale, such as LANG=C.UTF-8, or through ./sourced, which does";

  /** $XDG_DATA_HOME/sourced/packs, or ~/.local/share/sourced/packs. */
  static Path userPacks(Map<String, String> env) {
    return DataHome.of(env).resolve("packs");
  }

  /** Never throws: the game waits for this on a thread, and a throw there would leave it waiting. */
  static Catalog load(Map<String, String> env, List<Path> extra) {
    List<Loaded> all = new ArrayList<>(PackLoader.loadBundled());
    try {
      Path user = userPacks(env);
      if (Files.isDirectory(user)) {
        all.addAll(PackLoader.loadPath(user, "user"));
      }
    } catch (InvalidPathException e) {
      all.add(new Loaded(e.getInput(), "user", null, List.of(Problem.error(e.getInput(), 0, 0, "",
          "the packs folder, from XDG_DATA_HOME or HOME, " + UNENCODABLE))));
    }
    for (Path p : extra) {
      all.addAll(PackLoader.loadPath(p, Catalog.GIVEN));
    }
    return Catalog.of(all);
  }
}
