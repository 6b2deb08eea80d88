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
  static final Path SAMPLE = Path.of("src/test/resources/packs/sample.json");

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

  /** D6: an edited copy of an installed pack, named with --pack, was refused though validate said ok. */
  @Test
  void aPackNamedOnTheCommandLineIsPlayedInsteadOfTheInstalledCopy() throws IOException {
    Path installed = userPacks().resolve("sample.json");
    Files.copy(SAMPLE, installed);
    Path edited = home.resolve("work/sample.json");
    Files.createDirectories(edited.getParent());
    Files.writeString(edited, Files.readString(SAMPLE).replace("Sample from the WeChat articles", "Edited sample"));
    assertThat(run("validate", edited.toString())).isZero();

    assertThat(run("play", "--pack", edited.toString())).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("sourced: note: " + edited + ": warning: id: the id \"sample\" is also used"
        + " by " + installed + "; this file, named on the command line, is played instead for this run\n"
        + "sourced: the game needs an interactive terminal; for scripts use 'sourced packs' or 'sourced validate'.\n");

    out.getBuffer().setLength(0);
    assertThat(run("packs", "--pack", edited.toString())).isZero();
    assertThat(out.toString()).contains("sample  Edited sample\n").doesNotContain("Sample from the WeChat")
        .doesNotContain("BROKEN");
  }

  @Test
  void twoInstalledPacksWithOneIdAreStillBothLeftOut() throws IOException {
    Files.copy(SAMPLE, userPacks().resolve("one.json"));
    Files.copy(SAMPLE, userPacks().resolve("two.json"));
    assertThat(run("play", "--pack", "sample")).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("sourced: no pack has the id 'sample'; 'sourced packs' lists them\n");
  }

  @Test
  void theInstalledFileItselfNamedWithPackIsNoClash() throws IOException {
    Path installed = userPacks().resolve("sample.json");
    Files.copy(SAMPLE, installed);
    assertThat(run("play", "--pack", installed.toString())).isEqualTo(1);
    assertThat(err.toString()).startsWith("sourced: the game needs an interactive terminal");
  }
}
