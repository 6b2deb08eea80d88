package dev.sourced.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Golden text screens in src/test/resources/golden; rewritten only with -Dgolden.update=true. */
final class Golden {
  static final Path DIR = Path.of("src/test/resources/golden");

  private Golden() {}

  static void check(String name, String screen) {
    Path file = DIR.resolve(name + ".txt");
    try {
      if ("true".equals(System.getProperty("golden.update"))) {
        Files.createDirectories(DIR);
        Files.writeString(file, screen, StandardCharsets.UTF_8);
      }
      assertThat(file).as("golden screen %s (make it with -Dgolden.update=true, then read it)", file).exists();
      assertThat(screen).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
