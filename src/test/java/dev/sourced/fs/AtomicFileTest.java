package dev.sourced.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir
  Path dir;

  private List<String> names() throws IOException {
    try (var files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }

  @Test
  void writesLeaveNoTemporaryFileBehind() throws IOException {
    Path f = dir.resolve("results.json");
    AtomicFile.write(f, "one".getBytes());
    AtomicFile.write(f, "two".getBytes());
    assertThat(Files.readString(f)).isEqualTo("two");
    assertThat(names()).containsExactly("results.json");
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporaryOne() throws IOException {
    Path target = dir.resolve("taken");
    Files.createDirectory(target);
    Files.writeString(target.resolve("inside"), "x");
    assertThatThrownBy(() -> AtomicFile.write(target, "new".getBytes())).isInstanceOf(IOException.class);
    assertThat(names()).containsExactly("taken");
    assertThat(Files.readString(target.resolve("inside"))).isEqualTo("x");
  }

  @Test
  void theFolderIsMadeWhenMissing() throws IOException {
    Path f = dir.resolve("a/b/c.csv");
    AtomicFile.write(f, "x".getBytes());
    assertThat(Files.readString(f)).isEqualTo("x");
  }

  /** A writer swaps two large contents while a reader reads: every read is one of them, whole. */
  @Test
  void aReaderNeverSeesAHalfWrittenFile() throws Exception {
    Path f = dir.resolve("big.json");
    byte[] a = new byte[1 << 20];
    byte[] b = new byte[1 << 20];
    Arrays.fill(a, (byte) 'a');
    Arrays.fill(b, (byte) 'b');
    AtomicFile.write(f, a);
    AtomicBoolean writing = new AtomicBoolean(true);
    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
      try {
        for (int i = 0; i < 60; i++) {
          AtomicFile.write(f, i % 2 == 0 ? b : a);
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } finally {
        writing.set(false);
      }
    });
    List<String> seen = new ArrayList<>();
    int reads = 0;
    while (writing.get() || reads == 0) {
      byte[] got;
      try {
        got = Files.readAllBytes(f);
      } catch (NoSuchFileException e) {
        throw new AssertionError("the file was missing between two writes", e);
      }
      reads++;
      if (!Arrays.equals(got, a) && !Arrays.equals(got, b)) {
        seen.add(got.length + " bytes starting " + (char) got[0]);
      }
    }
    writer.get(60, TimeUnit.SECONDS);
    assertThat(reads).isPositive();
    assertThat(seen).as("torn reads").isEmpty();
    assertThat(names()).containsExactly("big.json");
  }
}
