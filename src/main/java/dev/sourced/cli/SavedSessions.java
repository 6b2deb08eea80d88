package dev.sourced.cli;

import dev.sourced.classroom.Outcome;
import dev.sourced.classroom.Replay;
import dev.sourced.classroom.Session;
import dev.sourced.classroom.Standing;
import dev.sourced.pack.Catalog;
import dev.sourced.room.Room;
import dev.sourced.store.ResultsFiles;
import dev.sourced.store.ResultsTarget;
import dev.sourced.tui.SavedSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The results folder for the class menu: its sessions, summarised, and resuming one of them. */
final class SavedSessions {
  static final int MAX_LISTED = 30;

  private SavedSessions() {}

  /** A session that cannot be resumed, and why, in words for the teacher. */
  static final class CannotResume extends IllegalStateException {
    CannotResume(String message) {
      super(dev.sourced.pack.Texts.safe(message));
    }
  }

  static List<SavedSession> list(Path dir, Catalog catalog) {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().matches("class-.*\\.json"))
          .sorted(Comparator.comparing(SavedSessions::modified).reversed()).limit(MAX_LISTED).toList();
    } catch (IOException e) {
      return List.of();
    }
    List<SavedSession> out = new ArrayList<>();
    for (Path f : files) {
      out.add(summary(f, catalog));
    }
    return out;
  }

  private static long modified(Path p) {
    try {
      return Files.getLastModifiedTime(p).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }

  static SavedSession summary(Path f, Catalog catalog) {
    String id = f.getFileName().toString().replaceFirst("\\.json$", "");
    try {
      ResultsFiles.Saved saved = ResultsFiles.read(f, catalog);
      Session s = saved.summary();
      List<String> standings = new ArrayList<>();
      for (Standing st : s.standings()) {
        standings.add(String.format(Locale.ROOT, "%2d. %s  %d", st.place(), st.name(), st.score()));
      }
      List<SavedSession.Missed> missed = new ArrayList<>();
      for (Outcome o : s.mostMissed()) {
        if (o.rightCount() < o.seats()) {
          missed.add(new SavedSession.Missed(o.number(), o.rightCount(), o.seats(), o.challenge().shownPrompt(),
              o.challenge().passage(), o.challenge().source().line()));
        }
      }
      return new SavedSession(f.toString(), saved.target().id(), ResultsCommand.when(saved.target().started()),
          saved.played().size(), saved.challenges().size(), saved.finished(), standings, missed, null);
    } catch (ResultsFiles.Unreadable | Replay.Mismatch e) {
      return new SavedSession(f.toString(), id, "", 0, 0, false, List.of(), List.of(), e.getMessage());
    }
  }

  /** A saved session read back and replayed to where it stopped. */
  record Opened(ResultsFiles.Saved saved, Session session) {}

  /**
   * The session saved in file, at its first unplayed question, or finished when every question was
   * played; refused with the reason when it is finished, damaged or its folder cannot be written.
   */
  static Opened open(Path file, Catalog catalog) {
    ResultsFiles.Saved saved;
    Session session;
    try {
      saved = ResultsFiles.read(file, catalog);
      if (saved.finished()) {
        throw new CannotResume(file + " is a finished session; 'sourced results " + file + "' shows it");
      }
      session = saved.resume();
    } catch (ResultsFiles.Unreadable e) {
      throw new CannotResume(e.getMessage());
    } catch (Replay.Mismatch e) {
      throw new CannotResume(file + " cannot be resumed: " + e.getMessage());
    }
    String problem = ResultsTarget.probe(saved.target().dir());
    if (problem != null) {
      throw new CannotResume(problem);
    }
    return new Opened(saved, session);
  }

  /**
   * The room of a resumed session, not yet started, saving into its own files; one that students
   * joined over ssh is served again with the same join code and each seat's proof.
   */
  static Room room(Opened o, Hosting hosting) {
    ClassSaver saver = new ClassSaver(o.saved().target());
    ResultsFiles.Join join = o.saved().join();
    Room room = hosting.room(o.session(), saver, Hosting.proofs(join), join != null);
    if (o.session().phase() == Session.Phase.FINISHED) {
      saver.save(o.session()); // stopped after its last lock: now it is finished, and its file says so
    }
    return room;
  }
}
