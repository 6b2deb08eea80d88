package dev.sourced.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packs on the command line as an author meets them: new, validate, packs, play --pack. */
class PackCommandLineTest {
  @TempDir
  Path home;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    Map<String, String> env = Map.of("HOME", home.toString());
    return new Main(env, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
  }

  private Path userPacks() throws IOException {
    return Files.createDirectories(home.resolve(".local/share/sourced/packs"));
  }

  /** D5: validate of the folder `sourced new` wrote reported pack.schema.json as a broken pack. */
  @Test
  void theFolderNewWritesValidatesWithoutTheSchema() {
    Path dir = home.resolve("work");
    assertThat(run("new", "my-pack", "-o", dir.resolve("my-pack.json").toString())).isZero();
    out.getBuffer().setLength(0);
    assertThat(run("validate", dir.toString())).isZero();
    assertThat(out.toString()).isEqualTo(dir.resolve("my-pack.json") + ": ok, 2 questions, 2 quotes\n");
  }

  @Test
  void theSchemaBesideInstalledPacksIsNotListedAsBroken() throws IOException {
    assertThat(run("new", "my-pack", "-o", userPacks().resolve("my-pack.json").toString())).isZero();
    out.getBuffer().setLength(0);
    assertThat(run("packs")).isZero();
    assertThat(out.toString()).contains("my-pack  My pack").doesNotContain("BROKEN").doesNotContain("schema");
  }
}
