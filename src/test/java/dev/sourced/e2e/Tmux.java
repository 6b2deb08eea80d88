package dev.sourced.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A tmux server of our own (its own socket), to run the built program in a real terminal. */
final class Tmux implements AutoCloseable {
  private final String socket = "sourced-e2e-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

  /** Starts a 80x24 (or other) session running the shell command. */
  void start(String session, int columns, int rows, String command) {
    run("new-session", "-d", "-s", session, "-x", String.valueOf(columns), "-y", String.valueOf(rows),
        "env LANG=C.UTF-8 " + command);
  }

  void keys(String session, String... keys) {
    List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
    args.addAll(List.of(keys));
    run(args.toArray(String[]::new));
  }

  String screen(String session) {
    return run("capture-pane", "-p", "-J", "-t", session);
  }

  /** Waits until the screen passes the check, or fails with the last screen seen. */
  /**
   * Sends a key and waits for text; sends it again, at most three times in all, when the screen
   * has not answered within ten seconds (a key the terminal's decoder held back waits for the next).
   */
  String keyUntil(String session, String key, String text) {
    AssertionError last = null;
    for (int i = 0; i < 3; i++) {
      keys(session, key);
      try {
        return await(session, Duration.ofSeconds(10), "\"" + text + "\" after " + key, s -> s.contains(text));
      } catch (AssertionError e) {
        last = e;
      }
    }
    throw last;
  }

  String await(String session, Duration limit, String what, Predicate<String> check) {
    Instant deadline = Instant.now().plus(limit);
    String last = "";
    while (Instant.now().isBefore(deadline)) {
      last = screen(session);
      if (check.test(last)) {
        return last;
      }
      try {
        Thread.sleep(50); // poll interval while waiting on a condition with a deadline
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
    throw new AssertionError("timed out after " + limit + " waiting for " + what + "; the screen was:\n" + last);
  }

  String awaitText(String session, String text) {
    return await(session, Duration.ofSeconds(30), "\"" + text + "\"", s -> s.contains(text));
  }

  String run(String... args) {
    List<String> cmd = new ArrayList<>(List.of("tmux", "-u", "-L", socket));
    cmd.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("tmux did not answer: " + cmd);
      }
      if (p.exitValue() != 0) {
        throw new AssertionError("tmux failed (" + p.exitValue() + "): " + cmd + "\n" + out);
      }
      return out;
    } catch (IOException e) {
      throw new AssertionError("tmux is needed for the end-to-end tests (.ci/run installs it): " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** The pid of the java process whose command line carries marker. */
  static long javaPid(String marker) {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
        .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
        .findFirst().orElseThrow(() -> new AssertionError("the game's process was not found")).pid();
  }

  @Override
  public void close() {
    try {
      new ProcessBuilder("tmux", "-L", socket, "kill-server").redirectErrorStream(true).start().waitFor(10,
          TimeUnit.SECONDS);
    } catch (IOException e) {
      // No server left to stop.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
