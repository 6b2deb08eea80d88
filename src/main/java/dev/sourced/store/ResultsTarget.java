package dev.sourced.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/** Where a session's two files go: DIR/ID.json and DIR/ID.csv, and how they are named. */
public record ResultsTarget(Path dir, String id, String started) {

  public Path json() {
    return dir.resolve(id + ".json");
  }

  public Path csv() {
    return dir.resolve(id + ".csv");
  }

  /** $XDG_DATA_HOME/sourced/results, or ~/.local/share/sourced/results. */
  public static Path defaultDir(Map<String, String> env) {
    return DataHome.of(env).resolve("results");
  }

  /** class-YYYY-MM-DD-HHMMSS, with -2, -3... when a session started in the same second. */
  public static ResultsTarget next(Path dir, Instant started) {
    String id = "class-" + started.toString().replace(":", "").replaceAll("\\.\\d+", "").replace("T", "-")
        .replace("Z", "");
    ResultsTarget t = new ResultsTarget(dir, id, started.toString());
    for (int n = 2; Files.exists(t.json()); n++) {
      t = new ResultsTarget(dir, id + "-" + n, started.toString());
    }
    return t;
  }

  /**
   * Like next, but the name is claimed at once (its JSON created, empty, with create-new), so that
   * two sessions saving for the first time in the same second never share a pair of files. The
   * caller writes the session straight after.
   */
  public static ResultsTarget claim(Path dir, Instant started) throws IOException {
    Files.createDirectories(dir);
    for (int tries = 0; ; tries++) {
      ResultsTarget t = next(dir, started);
      try {
        Files.createFile(t.json());
        return t;
      } catch (java.nio.file.FileAlreadyExistsException e) {
        if (tries > 1000) {
          throw e;
        }
      }
    }
  }

  /** The target a saved file belongs to, so that a resumed session goes on in its own files. */
  static ResultsTarget of(Path json, String started) {
    Path dir = json.toAbsolutePath().getParent();
    return new ResultsTarget(dir, json.getFileName().toString().replaceFirst("\\.json$", ""), started);
  }

  /** Null when results can be written in dir; otherwise what is wrong, for the teacher before the session. */
  public static String probe(Path dir) {
    try {
      Files.createDirectories(dir);
      Path p = Files.createTempFile(dir, ".probe-", ".tmp");
      Files.delete(p);
      return null;
    } catch (IOException | SecurityException e) {
      return "results cannot be saved in " + dir + " (" + e.getClass().getSimpleName() + ": " + e.getMessage()
          + "); choose another folder with --results DIR";
    }
  }
}
