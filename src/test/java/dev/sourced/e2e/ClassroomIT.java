package dev.sourced.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A class session in a real terminal: played to the podium, and killed and resumed. */
class ClassroomIT {
  static final Path JAR = EndToEndIT.JAR;
  static final String SAMPLE = EndToEndIT.SAMPLE;

  @TempDir
  Path results;

  private final Tmux tmux = new Tmux();
  private final String marker = "e2e-" + UUID.randomUUID();

  @AfterEach
  void stop() {
    tmux.close();
  }

  private String command(String args) {
    return "sh -c 'java -Dsourced.marker=" + marker + " -jar " + JAR.toAbsolutePath() + " " + args
        + "; echo EXIT:$?; read x'";
  }

  private String classArgs() {
    return "class --pack " + SAMPLE + " --team Otters --team Pandas --count 3 --seed 7 --results " + results;
  }

  private Path file(String ending) throws IOException {
    try (Stream<Path> s = Files.list(results)) {
      List<Path> found = s.filter(p -> p.toString().endsWith(ending)).toList();
      assertThat(found).as("one %s file in %s", ending, results).hasSize(1);
      return found.get(0);
    }
  }

  /** Podium places still hidden on the screen ("2nd  …"). */
  private static long hidden(String screen) {
    return screen.lines().filter(l -> l.strip().matches("(1st|2nd|3rd)  \u2026")).count();
  }

  private static String whole(Tmux t, String session, String text) {
    return t.await(session, Duration.ofSeconds(30), "\"" + text + "\" with the footer drawn",
        s -> s.contains(text) && s.contains("? help"));
  }

  /** Otters answer A, Pandas B, for the question on screen; then reveal, discussion, leaderboard. */
  private String playQuestion(String session, int number) {
    whole(tmux, session, "Question " + number + "/3");
    // The timed question opens with its lead-in: the number and a 3-2-1, the choices not yet up.
    String leadIn = tmux.await(session, Duration.ofSeconds(30), "the lead-in of question " + number,
        s -> s.contains("Question " + number + " of 3") && s.contains("answers open in"));
    assertThat(leadIn).containsPattern("answers open in [123]").doesNotContain("answered").doesNotContain(" A  ");
    String open = tmux.awaitText(session, "0 of 2 answered");
    tmux.keys(session, "a");
    tmux.awaitText(session, "1 of 2 answered");
    tmux.keys(session, "b");
    whole(tmux, session, "The answer is");
    tmux.keys(session, "Enter");
    tmux.awaitText(session, "Discussion");
    tmux.keys(session, "Enter");
    tmux.awaitText(session, "Leaderboard after question " + number);
    tmux.keys(session, "Enter");
    return open;
  }

  @Test
  void twoTeamsPlayThreeQuestionsToThePodiumAndTheFilesHoldItAll() throws IOException {
    tmux.start("cls", 100, 30, command(classArgs()));
    tmux.awaitText("cls", "Start");
    tmux.keys("cls", "Enter");
    for (int q = 1; q <= 3; q++) {
      playQuestion("cls", q);
    }
    tmux.awaitText("cls", "Final results");
    String podium = tmux.await("cls", Duration.ofSeconds(30), "the podium drawn whole",
        s -> s.contains("Results saved to " + results) && s.contains("q menu"));
    assertThat(podium).contains("1st  \u2026");
    // Enter reveals a place at a time, the lowest first, until the footer offers the menu.
    String screen = podium;
    for (int i = 0; i < 3 && !screen.contains("Enter menu"); i++) {
      long hidden = hidden(screen);
      tmux.keys("cls", "Enter");
      screen = tmux.await("cls", Duration.ofSeconds(30), "one more place shown",
          s -> s.contains("Results saved to") && (s.contains("Enter menu") || hidden(s) < hidden));
    }
    assertThat(screen).contains("Enter menu").containsPattern("1st  (Otters|Pandas)");
    tmux.keys("cls", "Enter");
    tmux.awaitText("cls", "Play a quiz round");
    tmux.keys("cls", "q");
    assertThat(tmux.awaitText("cls", "EXIT:")).contains("EXIT:0");

    JsonNode json = new ObjectMapper().readTree(file(".json").toFile());
    assertThat(json.path("finished").asBoolean()).isTrue();
    assertThat(json.path("teams").toString()).isEqualTo("[\"Otters\",\"Pandas\"]");
    assertThat(json.path("questions")).hasSize(3);
    for (JsonNode q : json.path("questions")) {
      assertThat(q.path("answers").get(0).path("choice").asText()).isEqualTo("A");
      assertThat(q.path("answers").get(1).path("choice").asText()).isEqualTo("B");
      assertThat(q.path("answers").get(0).path("recordedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }
    List<String> csv = Files.readAllLines(file(".csv"));
    assertThat(csv).hasSize(1 + 3 * 2);
    assertThat(csv.get(1)).contains(",Otters,").containsPattern(",(yes|no),(0|1000),\\d+\\.\\d,(0|1000)$");
    int total = json.path("scores").path("teams").path("Otters").asInt() + json.path("scores").path("teams").path("Pandas").asInt();
    long rightRows = csv.stream().filter(r -> r.contains(",yes,")).count();
    assertThat(total).isEqualTo(1000 * (int) rightRows);
  }

  @Test
  void killedAfterQuestionTwoTheSessionResumesWithNothingLost() throws Exception {
    tmux.start("kill", 100, 30, command(classArgs()));
    tmux.awaitText("kill", "Start");
    tmux.keys("kill", "Enter");
    playQuestion("kill", 1);
    playQuestion("kill", 2);
    whole(tmux, "kill", "Question 3/3");
    JsonNode before = new ObjectMapper().readTree(file(".json").toFile());
    assertThat(before.path("questions").get(1).path("status").asText()).isEqualTo("all-answered");
    new ProcessBuilder("kill", "-KILL", String.valueOf(Tmux.javaPid(marker))).start().waitFor();
    tmux.awaitText("kill", "EXIT:137");
    JsonNode saved = new ObjectMapper().readTree(file(".json").toFile());
    assertThat(saved.path("finished").asBoolean()).isFalse();
    assertThat(saved.path("questions").get(2).path("status").asText()).isEqualTo("not-played");

    Path json = file(".json");
    tmux.start("resume", 100, 30, command("class --resume " + json + " --pack " + SAMPLE));
    whole(tmux, "resume", "Question 3/3");
    // The resumed question opens with its lead-in too, then the teams as they were.
    assertThat(playQuestion("resume", 3)).contains("Otters").contains("Pandas");
    tmux.awaitText("resume", "Final results");
    JsonNode after = new ObjectMapper().readTree(file(".json").toFile());
    assertThat(after.path("finished").asBoolean()).isTrue();
    for (int q = 0; q < 2; q++) {
      assertThat(after.path("questions").get(q)).isEqualTo(saved.path("questions").get(q));
    }
    assertThat(after.path("questions").get(2).path("answers").get(0).path("choice").asText()).isEqualTo("A");
    assertThat(Files.readAllLines(file(".csv"))).hasSize(1 + 3 * 2);
  }

  @Test
  void unwritableResultsFolderIsReportedBeforeTheSession() throws IOException {
    Path notADir = results.resolve("file");
    Files.writeString(notADir, "x");
    tmux.start("bad", 120, 24, command("class --pack " + SAMPLE + " --results " + notADir.resolve("sub")));
    String after = tmux.await("bad", Duration.ofSeconds(30), "the exit", s -> s.contains("EXIT:"));
    assertThat(after).contains("results cannot be saved in " + notADir.resolve("sub")).contains("EXIT:1");
  }
}
