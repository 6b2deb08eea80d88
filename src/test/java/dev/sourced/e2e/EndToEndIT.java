package dev.sourced.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The built jar in a real terminal (tmux), played with keys as a person would. */
class EndToEndIT {
  static final Path JAR = Path.of(System.getProperty("sourced.jar", "target/sourced.jar"));
  static final String SAMPLE = Path.of("src/test/resources/packs/sample.json").toAbsolutePath().toString();

  private final Tmux tmux = new Tmux();
  private final String marker = "e2e-" + UUID.randomUUID();

  @AfterEach
  void stop() {
    tmux.close();
  }

  /** The game, then the exit code and the terminal's mode once it is over; read waits so the pane stays. */
  private String command(String args) {
    return "sh -c 'java -Dsourced.marker=" + marker + " -jar " + JAR.toAbsolutePath() + " " + args
        + "; echo EXIT:$?; stty -a | tr \" \" \"\\n\" | grep -x -e icanon -e -icanon -e echo -e -echo | tr \"\\n\" \" \";"
        + " echo; read x'";
  }

  @Test
  void seededRoundIsPlayedToTheResults() {
    assertThat(JAR).exists();
    tmux.start("play", 80, 24, command("play --pack " + SAMPLE + " --count 3 --seed 7"));
    tmux.awaitText("play", "1/3");
    for (int i = 1; i <= 3; i++) {
      tmux.awaitText("play", i + "/3");
      tmux.keys("play", "a");
      // The footer is drawn last: once the feedback's footer is there, the frame is whole.
      String feedback = tmux.await("play", Duration.ofSeconds(30), "the feedback screen",
          x -> x.contains("From the source") && x.contains("Enter/Space"));
      assertThat(feedback).contains("MIT Technology Review \u2014 The human cost of a WeChat ban")
          .containsPattern("[\u2502\u00BB] ")
          .contains("Discuss:");
      tmux.keys("play", "Space");
    }
    String results = tmux.await("play", Duration.ofSeconds(30), "the results screen",
        x -> x.contains("Round over") && x.contains("play again"));
    assertThat(results).contains("Correct").contains("Seed         7");
    tmux.keys("play", "m");
    tmux.awaitText("play", "Play a quiz round");
    tmux.keys("play", "q");
    String after = tmux.awaitText("play", "icanon"); // the terminal modes, printed after EXIT:
    assertThat(after).contains("EXIT:0").contains("icanon echo");
  }

  @Test
  void sameSeedAsksTheSameFirstQuestion() {
    tmux.start("one", 80, 24, command("play --pack " + SAMPLE + " --count 3 --seed 11"));
    tmux.start("two", 80, 24, command("play --pack " + SAMPLE + " --count 3 --seed 11"));
    // The footer is drawn last: once it is there, the frame is whole.
    String one = tmux.await("one", Duration.ofSeconds(30), "the first question", x -> x.contains("Esc menu"));
    String two = tmux.await("two", Duration.ofSeconds(30), "the first question", x -> x.contains("Esc menu"));
    assertThat(one).isEqualTo(two);
  }

  @Test
  void sigtermRestoresTheTerminal() throws Exception {
    tmux.start("term", 80, 24, command(""));
    tmux.awaitText("term", "Play a quiz round");
    long pid = Tmux.javaPid(marker);
    new ProcessBuilder("kill", "-TERM", String.valueOf(pid)).start().waitFor();
    String after = tmux.awaitText("term", "icanon"); // the terminal modes, printed after EXIT:
    assertThat(after).contains("EXIT:143").contains("icanon echo").doesNotContain("Play a quiz round");
  }

  @Test
  void ctrlCRestoresTheTerminal() {
    tmux.start("int", 80, 24, command("play --pack " + SAMPLE + " --count 3 --seed 7"));
    tmux.awaitText("int", "1/3");
    tmux.keys("int", "C-c");
    String after = tmux.awaitText("int", "icanon"); // the terminal modes, printed after EXIT:
    assertThat(after).contains("EXIT:130").contains("icanon echo");
  }

  @Test
  void tinyTerminalSaysHowLargeItMustBe() {
    tmux.start("tiny", 50, 15, command(""));
    tmux.awaitText("tiny", "Sourced needs 60\u00D718;");
    tmux.keys("tiny", "q");
    assertThat(tmux.awaitText("tiny", "EXIT:")).contains("EXIT:0");
  }

  @Test
  void brokenPackGivenByPathIsReportedWithItsLine() throws IOException {
    Path broken = Path.of("src/test/resources/broken/answer-not-in-choices.json").toAbsolutePath();
    tmux.start("bad", 100, 24, command("play --pack " + broken));
    String after = tmux.await("bad", Duration.ofSeconds(30), "the exit", s -> s.contains("EXIT:"));
    assertThat(after).contains("EXIT:1").contains("answer-not-in-choices.json:55:17: error: questions[0].answer");
    assertThat(Files.exists(broken)).isTrue();
  }
}
