package dev.sourced.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    return run(Map.of("HOME", home.toString()), args);
  }

  private int run(Map<String, String> env, String... args) {
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

  /**
   * F3: a pack's error text carried escape sequences from the file to the terminal through
   * play/class --pack (one set a tmux pane's title); validate and packs must not either.
   */
  @Test
  void escapeSequencesFromAPackNeverReachTheTerminal() throws IOException {
    Path format = home.resolve("esc-format.json");
    Files.writeString(format, "{\"format\": \"\\u001b]2;PWNED\\u0007\\u001b[31mRED\"}");
    Path field = home.resolve("esc-field.json");
    Files.writeString(field, "{\"format\": 1, \"\\u001b[2J\\u001b[31mX\": 1}");
    Path ids = home.resolve("esc-ids.json");
    Files.writeString(ids, Files.readString(SAMPLE).replace("\"id\": \"techreview\"", "\"id\": \"\\u009b31m\""));
    for (Path p : List.of(format, field, ids)) {
      for (String[] args : List.of(new String[] {"play", "--pack", p.toString()},
          new String[] {"class", "--pack", p.toString()}, new String[] {"validate", p.toString()},
          new String[] {"packs", "--pack", p.toString()})) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        run(args);
        String shown = out + "" + err;
        assertThat(shown).as(String.join(" ", args)).contains("error").doesNotContainPattern("[\\p{Cc}&&[^\\n]]");
      }
    }
    run("play", "--pack", format.toString());
    assertThat(err.toString()).contains("format ?]2;PWNED??[31mRED is not supported");
  }

  /** D17: a drafted pack (quotes only) in the default quiz mode was refused without saying what to try. */
  @Test
  void aDraftedPackInTheDefaultModeSaysToTryWhoSaidIt() throws IOException {
    Path article = home.resolve("harbour.txt");
    Files.writeString(article, String.join("\n", "Harbour has its busiest day", "",
        "\u201CWe counted forty boats this morning,\u201D said Kai Moreno, the harbour master.", "",
        "\"It was the busiest day of the year,\" said Ana Ruiz, who runs the caf\u00E9 on the quay.", ""));
    Path pack = home.resolve("harbour.json");
    assertThat(run("draft", article.toString(), "--outlet", "The Quay Gazette", "-o", pack.toString())).isZero();
    err.getBuffer().setLength(0);
    assertThat(run("play", "--pack", pack.toString())).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("sourced: Nothing in \"Harbour has its busiest day\" matches the mode quiz."
        + " This pack holds quotes only, which play as \"who said it\": try --mode who-said-it (or mixed).\n");
    err.getBuffer().setLength(0);
    assertThat(run("play", "--pack", pack.toString(), "--mode", "who-said-it")).isEqualTo(1);
    assertThat(err.toString()).startsWith("sourced: the game needs an interactive terminal");
  }

  /** D16: `--seed abc` said "'abc' is not a long", a Java type. */
  @Test
  void aSeedThatIsNotANumberIsSaidInPlainWords() {
    assertThat(run("play", "--seed", "abc")).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("sourced: --seed must be a whole number, such as 42, not 'abc'\n"
        + "Try 'sourced play --help' for more.\n");
    err.getBuffer().setLength(0);
    assertThat(run("play", "--count", "99999999999")).isEqualTo(2);
    assertThat(err.toString()).startsWith("sourced: --count is too large a number: '99999999999'\n");
  }

  @Test
  void aFolderWithoutPacksNamedWithPackIsRefusedNotIgnored() throws IOException {
    Path empty = Files.createDirectories(home.resolve("empty"));
    assertThat(run("play", "--pack", empty.toString())).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("sourced: no .json or .yaml pack files in " + empty + "\n");
  }

  @Test
  void anUnreadablePackSaysPermissionDenied() throws IOException {
    Path locked = home.resolve("locked.json");
    Files.copy(SAMPLE, locked);
    org.junit.jupiter.api.Assumptions.assumeTrue(locked.toFile().setReadable(false) && !Files.isReadable(locked),
        "running as a user who can read any file");
    assertThat(run("validate", locked.toString())).isEqualTo(1);
    assertThat(out.toString()).startsWith(locked + ": error: cannot be read: permission denied\n");
  }

  /**
   * F12: a data path the JVM cannot name (under LANG=C, données; here a NUL, which no locale can
   * name) stopped every command with an InvalidPathException, and the game's pack loader with it.
   * LocaleIT runs the launcher under LANG=C itself.
   */
  @Test
  void aDataPathThatCannotBeAFileNameIsSaidNotAStackTrace() {
    Map<String, String> env = Map.of("HOME", home.toString(), "XDG_DATA_HOME", home + "/bad\u0000name");
    assertThat(run(env, "packs")).isZero();
    assertThat(out.toString()).contains("wechat-ban-2020  ").contains("BROKEN  ").contains(
        ": error: the packs folder, from XDG_DATA_HOME or HOME, has a character no file name can hold\n");
    assertThat(run(env, "play")).isEqualTo(1);
    assertThat(err.toString()).startsWith("sourced: the path ").endsWith(" has a character no file name can hold\n");
  }

  /** D16: a folder that cannot be made gave picocli's stack trace of a NoSuchFileException. */
  @Test
  void newIntoAPlaceThatCannotBeWrittenSaysWhy() throws IOException {
    Path file = Files.writeString(home.resolve("plain-file"), "x");
    assertThat(run("new", "my-pack", "-o", file.resolve("my-pack.json").toString())).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("sourced: cannot write " + file + ": a file is in the way\n");
  }

  /** F1: two sources without an id threw from the loader, so the game waited for its packs for ever. */
  @Test
  void aPackWithEntriesWithoutIdsIsListedAsBrokenBesideTheOthers() throws IOException {
    Path bad = userPacks().resolve("two-ids-missing.json");
    Files.writeString(bad, "{\"format\":1,\"id\":\"p\",\"title\":\"t\",\"description\":\"d\",\"language\":\"en\","
        + "\"sources\":[{},{}]}");
    assertThat(run("packs")).isZero();
    assertThat(out.toString()).contains("wechat-ban-2020  ").contains("BROKEN  " + bad + " (user), left out:\n"
        + "  " + bad + ":1:79: error: sources[0]: missing required field \"id\"\n");
    out.getBuffer().setLength(0);
    assertThat(run("validate", bad.toString())).isEqualTo(1);
    assertThat(out.toString()).contains(bad + ":1:82: error: sources[1]: missing required field \"id\"\n");
  }
}
