package dev.sourced.store;

import dev.sourced.classroom.ClassSettings;
import dev.sourced.classroom.Player;
import dev.sourced.classroom.Replay;
import dev.sourced.classroom.Session;
import dev.sourced.fs.AtomicFile;
import dev.sourced.game.Challenge;
import dev.sourced.pack.Catalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A class session's results: a JSON file with the whole session and a CSV with a row per player
 * per question, each rewritten atomically after every locked question; and reading them back to
 * resume or summarise a session (by replaying it, see Replay).
 */
public final class ResultsFiles {
  public static final String FORMAT = SessionJson.FORMAT;
  static final long MAX_BYTES = 64L * 1024 * 1024;

  private ResultsFiles() {}

  /**
   * The CSV first, then the JSON: the JSON is what a resume goes by, so a kill between the two
   * leaves a JSON that claims no more than the CSV holds, and the next save mends the pair.
   */
  public static void write(ResultsTarget t, Session s) throws IOException {
    write(t, s, null);
  }

  /**
   * How students joined from their terminals, kept so that a resumed session has the same join
   * code and each seat its proof: the fingerprint of the ssh key they proved (or null), and the
   * rejoin word they were shown, as a salted hash (wordHash). word is the word itself, only in
   * files written before the hash: read, never written while a hash is there.
   */
  public record Join(String code, Map<String, Seat> seats) {
    public Join {
      seats = Map.copyOf(seats);
    }
  }

  public record Seat(String key, String wordHash, String word) {}

  /** join is null for a class without remote players. */
  public static void write(ResultsTarget t, Session s, Join join) throws IOException {
    AtomicFile.write(t.csv(), SessionCsv.encode(t, s).getBytes(StandardCharsets.UTF_8));
    AtomicFile.write(t.json(), SessionJson.encode(t, s, join).getBytes(StandardCharsets.UTF_8));
  }

  /** A saved session, read back. */
  public record Saved(ResultsTarget target, ClassSettings settings, List<Challenge> challenges, List<Player> players,
      List<Replay.Saved> played, boolean finished, Join join) {

    /** The session at the first question not yet played. */
    public Session resume() throws Replay.Mismatch {
      return Replay.resume(settings, challenges, players, played);
    }

    /** The session as far as it went, for a summary. */
    public Session summary() throws Replay.Mismatch {
      return Replay.rebuild(settings, challenges, players, played);
    }
  }

  /** The message is safe to print: text from the file passes through Texts.safe. */
  public static final class Unreadable extends Exception {
    public Unreadable(Path file, String message) {
      super(dev.sourced.pack.Texts.safe(file + ": " + message));
    }
  }

  public static Saved read(Path file, Catalog catalog) throws Unreadable {
    String text;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new Unreadable(file, "is too large to be a results file");
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new Unreadable(file, "does not exist");
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new Unreadable(file, "is not UTF-8 text, so it is not a results file");
    } catch (IOException e) {
      throw new Unreadable(file, Files.isDirectory(file) ? "is a folder; give a session's .json file"
          : "cannot be read: " + e.getMessage());
    }
    if (file.getFileName().toString().endsWith(".csv") || text.startsWith("session,question,")) {
      throw new Unreadable(file, "is the spreadsheet copy of a session; give the .json file beside it");
    }
    try {
      return SessionJson.decode(file, text, catalog);
    } catch (IOException e) {
      throw new Unreadable(file, "is not JSON" + where(e));
    } catch (RuntimeException e) {
      throw new Unreadable(file, "is damaged: " + e.getMessage());
    }
  }

  /** Jackson's line and column, without its internals. */
  private static String where(IOException e) {
    if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null) {
      return " (line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr() + ")";
    }
    return "";
  }
}
