package dev.sourced.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start's terminal check reads where /proc/self/fd/N points, as isatty would answer. */
class InteractiveTerminalTest {
  @TempDir
  Path dir;

  private Path fd(String target) throws IOException {
    return Files.createSymbolicLink(dir.resolve("fd" + target.hashCode()), Path.of(target));
  }

  @Test
  void pseudoTerminalsConsolesAndTtysAreTerminals() throws IOException {
    for (String t : new String[] {"/dev/pts/3", "/dev/tty1", "/dev/ttyS0", "/dev/tty", "/dev/console"}) {
      assertThat(Main.isTerminal(fd(t))).as(t).isTrue();
    }
  }

  @Test
  void filesPipesAndTheNullDeviceAreNot() throws IOException {
    for (String t : new String[] {"/dev/null", "pipe:[48213]", "/tmp/out.txt", "socket:[77]", "/dev/ptmx-like"}) {
      assertThat(Main.isTerminal(fd(t))).as(t).isFalse();
    }
    assertThat(Main.isTerminal(dir.resolve("no-such-fd"))).isFalse();
  }

  @Test
  void underTheTestRunnerStdoutIsNoTerminalAsSystemConsoleAgrees() {
    assertThat(Main.interactiveTerminal()).isEqualTo(System.console() != null);
  }
}
