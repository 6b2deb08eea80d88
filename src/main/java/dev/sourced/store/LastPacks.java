package dev.sourced.store;

import dev.sourced.fs.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The packs last chosen in a setup screen, one id a line in the data home, so the next start offers them. */
public final class LastPacks {
  static final long MAX_BYTES = 64 * 1024;

  private LastPacks() {}

  static Path file(Map<String, String> env) {
    return DataHome.of(env).resolve("last-packs.txt");
  }

  /** The ids, or none when nothing was kept or the file cannot be read: a choice to remember, never a reason to stop. */
  public static List<String> read(Map<String, String> env) {
    try {
      Path f = file(env);
      if (!Files.isRegularFile(f) || Files.size(f) > MAX_BYTES) {
        return List.of();
      }
      return Files.readAllLines(f, StandardCharsets.UTF_8).stream().map(String::strip)
          .filter(dev.sourced.pack.Pack::isId).distinct().toList();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  public static void write(Map<String, String> env, List<String> ids) {
    try {
      AtomicFile.write(file(env), (String.join("\n", ids) + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      // Not kept; the next start offers the default packs.
    }
  }
}
