package dev.sourced.cli;

import dev.sourced.pack.Loaded;
import dev.sourced.pack.Pack;
import dev.sourced.pack.PackLoader;
import dev.sourced.pack.PackWriter;
import dev.sourced.pack.Texts;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Writes a pack a command made (import, draft): never over a file without --force, never one
 * the loader would refuse, always atomically. Says what went wrong and returns false otherwise.
 */
final class PackOutput {
  private PackOutput() {}

  /** notLoading leads the loader's errors, e.g. "the drafted pack does not load, so it was not written". */
  static boolean write(Main main, Pack pack, Path target, boolean force, String tooLargeHint, String notLoading) {
    if (Files.isDirectory(target)) {
      main.err.println("sourced: " + target + " is a folder; give -o a file name such as " + pack.id() + ".json");
      return false;
    }
    if (Files.exists(target) && !force) {
      main.err.println("sourced: " + target + " already exists; pass --force to replace it, or -o to write elsewhere");
      return false;
    }
    byte[] json = PackWriter.toJson(pack);
    if (json.length > PackLoader.MAX_BYTES) {
      main.err.println("sourced: the pack would be " + json.length / (1024 * 1024) + " MB, over the "
          + PackLoader.MAX_BYTES / (1024 * 1024) + " MB a pack may be; " + tooLargeHint);
      return false;
    }
    // The loader has the last word before anything is written: what a command makes must play.
    Loaded check = PackLoader.load(target.toString(), "check", json);
    if (!check.ok()) {
      main.err.println("sourced: " + notLoading + ":");
      check.errors().forEach(e -> main.err.println("  " + Texts.safe(e.format())));
      return false;
    }
    try {
      PackWriter.write(pack, target);
      return true;
    } catch (IOException e) {
      main.err.println("sourced: cannot write " + target + ": " + describe(e));
      return false;
    }
  }

  static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
