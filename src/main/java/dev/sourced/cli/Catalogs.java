package dev.sourced.cli;

import dev.sourced.pack.Catalog;
import dev.sourced.pack.Loaded;
import dev.sourced.pack.PackLoader;
import dev.sourced.store.DataHome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Where packs are found: the bundle, the user's packs folder, and paths given with --pack. */
final class Catalogs {
  private Catalogs() {}

  /** A path the JVM cannot turn into a file name: it decodes names in the locale's charset (ASCII under LANG=C). */
  static final String UNENCODABLE = "has characters that file names cannot hold in this locale ("
      + System.getProperty("sun.jnu.encoding", "?") + "); run Sourced in a UTF-8 locale, such as LANG=C.UTF-8";

  /** $XDG_DATA_HOME/sourced/packs, or ~/.local/share/sourced/packs. */
  static Path userPacks(Map<String, String> env) {
    return DataHome.of(env).resolve("packs");
  }

  static Catalog load(Map<String, String> env, List<Path> extra) {
    List<Loaded> all = new ArrayList<>(PackLoader.loadBundled());
    Path user = userPacks(env);
    if (Files.isDirectory(user)) {
      all.addAll(PackLoader.loadPath(user, "user"));
    }
    for (Path p : extra) {
      all.addAll(PackLoader.loadPath(p, Catalog.GIVEN));
    }
    return Catalog.of(all);
  }
}
