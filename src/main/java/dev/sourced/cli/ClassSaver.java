package dev.sourced.cli;

import dev.sourced.classroom.Session;
import dev.sourced.store.ResultsFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/** Saves each class session to its own pair of files; a resumed session goes on in its old files. */
final class ClassSaver implements Function<Session, String> {
  private final Path dir;
  private final Map<Object, ResultsFiles.Target> targets = new IdentityHashMap<>();

  ClassSaver(Path dir) {
    this.dir = dir;
  }

  ClassSaver resuming(Session s, ResultsFiles.Target t) {
    targets.put(s.challenges(), t);
    return this;
  }

  @Override
  public String apply(Session s) {
    ResultsFiles.Target t = targets.computeIfAbsent(s.challenges(), k -> ResultsFiles.target(dir, Instant.now()));
    try {
      ResultsFiles.write(t, s);
      return "Results saved to " + t.json() + " and " + t.csv().getFileName();
    } catch (IOException | RuntimeException e) {
      return "NOT SAVED: " + e.getMessage();
    }
  }
}
