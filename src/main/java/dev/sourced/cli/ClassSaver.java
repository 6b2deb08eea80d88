package dev.sourced.cli;

import dev.sourced.classroom.Session;
import dev.sourced.room.Doors;
import dev.sourced.room.Room;
import dev.sourced.store.ResultsFiles;
import dev.sourced.store.ResultsTarget;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Saves one class session to its own pair of files, named when it is first saved; a resumed one goes on in its old files. */
final class ClassSaver implements Room.Saver {
  private final Path dir;
  private final Instant started = Instant.now();
  private ResultsTarget target;

  ClassSaver(Path dir) {
    this.dir = dir;
  }

  ClassSaver(ResultsTarget resumed) {
    this.dir = resumed.dir();
    this.target = resumed;
  }

  @Override
  public Room.SaveStatus save(Session s) {
    return save(s, (ResultsFiles.Join) null);
  }

  /** A remote class also keeps its join code and each seat's proof, for a resume. */
  @Override
  public Room.SaveStatus save(Session s, Doors doors) {
    Map<String, ResultsFiles.Seat> seats = new HashMap<>();
    doors.proofs().forEach((id, p) -> seats.put(id, new ResultsFiles.Seat(p.key(), p.wordHash(), null)));
    return save(s, new ResultsFiles.Join(doors.code(), seats));
  }

  private Room.SaveStatus save(Session s, ResultsFiles.Join join) {
    try {
      if (target == null) {
        target = ResultsTarget.claim(dir, started);
      }
      ResultsFiles.write(target, s, join);
      return new Room.Saved(target.json() + " and " + target.csv().getFileName());
    } catch (IOException | RuntimeException e) {
      return new Room.Failed(e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
    }
  }
}
