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

/** The command line with its writers passed in: output and exit codes, no terminal. */
class MainTest {
  @TempDir
  Path home;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    Map<String, String> env = Map.of("HOME", home.toString());
    return new Main(env, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
  }

  @Test
  void validateSaysOkForASoundPack() {
    assertThat(run("validate", "src/test/resources/packs/sample.json")).isZero();
    assertThat(out.toString()).isEqualTo("src/test/resources/packs/sample.json: ok, 4 questions, 6 quotes\n");
  }

  @Test
  void validatePrintsEveryProblemWithFileLineAndColumn() {
    assertThat(run("validate", "src/test/resources/broken/answer-not-in-choices.json",
        "src/test/resources/broken/bad-kind.json")).isEqualTo(1);
    assertThat(out.toString()).contains(
        "src/test/resources/broken/answer-not-in-choices.json:55:17: error: questions[0].answer: \"Paris\" is not one"
            + " of the choices; copy the correct choice exactly\n",
        "src/test/resources/broken/answer-not-in-choices.json: 1 error\n",
        "src/test/resources/broken/bad-kind.json:13:15: error: sources[0].kind: \"blog\" is not a kind of source;");
  }

  @Test
  void validateOfAFolderWithoutPacksFails(@TempDir Path empty) {
    assertThat(run("validate", empty.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("no .json pack files here");
  }

  @Test
  void packsListsBundledAndUserPacksWithTheirOrigin() throws IOException {
    Path user = home.resolve(".local/share/sourced/packs");
    Files.createDirectories(user);
    Files.copy(Path.of("src/test/resources/packs/sample.json"), user.resolve("sample.json"));
    Files.writeString(user.resolve("broken.json"), "{");
    assertThat(run("packs")).isZero();
    assertThat(out.toString())
        .contains("wechat-ban-2020  ")
        .contains("bundled: questions/wechat-ban-2020.json")
        .contains("sample  Sample from the WeChat articles")
        .contains("user: " + user.resolve("sample.json"))
        .contains("BROKEN  " + user.resolve("broken.json") + " (user), left out:");
  }

  @Test
  void usageErrorsExitTwoWithAOneLineHint() {
    assertThat(run("play", "--count", "x")).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("sourced: --count must be a whole number, such as 42, not 'x'\n"
        + "Try 'sourced play --help' for more.\n");
  }

  @Test
  void badModeIsAUsageError() {
    assertThat(run("play", "--mode", "trivia")).isEqualTo(2);
    assertThat(err.toString()).startsWith("sourced: --mode must be quiz, who-said-it, which-text or mixed, not 'trivia'\n");
  }

  @Test
  void unknownCommandIsAUsageError() {
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(err.toString()).contains("Try 'sourced --help' for more.");
  }

  @Test
  void unknownPackIdIsReported() {
    assertThat(run("play", "--pack", "no-such-pack")).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("sourced: no pack has the id 'no-such-pack'; 'sourced packs' lists them\n");
  }

  @Test
  void filterThatMatchesNothingSaysSo() {
    assertThat(run("play", "--source", "nowhere")).isEqualTo(1);
    assertThat(err.toString()).startsWith("sourced: Nothing in \"The WeChat ban, 2020\" matches the mode quiz, source nowhere");
  }

  @Test
  void versionAndHelp() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).startsWith("sourced ");
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("play").contains("packs").contains("validate");
  }

  @Test
  void classRefusesAResultsFolderItCannotWrite() throws IOException {
    Path file = home.resolve("plain-file");
    Files.writeString(file, "x");
    assertThat(run("class", "--results", file.resolve("results").toString())).isEqualTo(1);
    assertThat(err.toString()).startsWith("sourced: results cannot be saved in " + file.resolve("results"));
  }

  @Test
  void classUsageErrors() {
    assertThat(run("class", "--teams", "9")).isEqualTo(2);
    assertThat(err.toString()).startsWith("sourced: --teams must be 2 to 8, not 9\n");
    err.getBuffer().setLength(0);
    assertThat(run("class", "--team", "A", "--team", "a")).isEqualTo(2);
    assertThat(err.toString()).startsWith("sourced: two teams have the same name\n");
    err.getBuffer().setLength(0);
    assertThat(run("class", "--scoring", "fastest")).isEqualTo(2);
    assertThat(err.toString()).startsWith("sourced: --scoring must be accuracy or speed, not 'fastest'\n");
  }

  @Test
  void resultsSummarisesASavedSession() throws Exception {
    dev.sourced.classroom.Session s = dev.sourced.store.ResultsFilesTest.twoQuestionsIn();
    dev.sourced.store.ResultsTarget t = dev.sourced.store.ResultsTarget.next(home,
        java.time.Instant.parse("2026-11-22T10:15:30Z"));
    dev.sourced.store.ResultsFiles.write(t, s);
    assertThat(run("results", t.json().toString(), "--pack", "src/test/resources/packs/sample.json")).isZero();
    String text = out.toString();
    assertThat(text).startsWith("Session class-2026-11-22-101530, started "
        + ResultsCommand.when("2026-11-22T10:15:30Z") + "\n"
        + "2 of 4 questions played, interrupted after question 2; continue it with: sourced class --resume "
        + t.json() + "\n");
    assertThat(text).contains("Standings\n").contains("Questions, most missed first\n");
    assertThat(text).containsPattern("  Q\\d +[01] of 2 right  ");
  }

  @Test
  void resultsOfAMissingFileSaysSo() {
    assertThat(run("results", home.resolve("none.json").toString())).isEqualTo(1);
    assertThat(err.toString()).startsWith("sourced: " + home.resolve("none.json") + ": does not exist");
  }

  @Test
  void newWritesAStarterPackThatValidatesAndNeverOverwrites() throws IOException {
    Path file = home.resolve("packs/my-pack.json");
    assertThat(run("new", "my-pack", "-o", file.toString())).isZero();
    assertThat(out.toString()).startsWith("Wrote " + file + " (and pack.schema.json beside it, for your editor).\n");
    assertThat(Files.exists(home.resolve("packs/pack.schema.json"))).isTrue();
    out.getBuffer().setLength(0);
    assertThat(run("validate", file.toString())).isZero();
    assertThat(out.toString()).isEqualTo(file + ": ok, 2 questions, 2 quotes\n");
    Files.writeString(file, "mine");
    assertThat(run("new", "my-pack", "-o", file.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("already exists; choose another name, or add --force");
    assertThat(Files.readString(file)).isEqualTo("mine");
    assertThat(run("new", "my-pack", "-o", file.toString(), "--force")).isZero();
    assertThat(Files.readString(file)).contains("\"id\": \"my-pack\"");
  }

  @Test
  void newRefusesABadId() {
    assertThat(run("new", "My Pack")).isEqualTo(2);
    assertThat(err.toString()).startsWith("sourced: 'My Pack' is not a pack id;");
  }
}
