package dev.sourced.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Students on their own terminals, with the real OpenSSH client in tmux (issue 9): the teacher
 * hosts, three students join with the code and answer, all see the reveal; one student's ssh is
 * killed and they rejoin with their score; exec is refused; the projector never shows a choice.
 */
class SshClassIT {
  @TempDir
  Path dir;

  private final Tmux tmux = new Tmux();
  private final String marker = "e2e-" + UUID.randomUUID();
  private int port;

  @AfterEach
  void stop() {
    tmux.close();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private String teacher(String args) {
    return "sh -c 'XDG_DATA_HOME=" + dir.resolve("data") + " java -Dsourced.marker=" + marker + " -jar "
        + ClassroomIT.JAR.toAbsolutePath() + " " + args + "; echo EXIT:$?; read x'";
  }

  private String ssh(String user, String command) {
    return "sh -c 'ssh -p " + port + " -o StrictHostKeyChecking=accept-new -o UserKnownHostsFile=" + dir.resolve("known")
        + " -o PubkeyAuthentication=no -o ServerAliveInterval=0 " + user + "@127.0.0.1 " + command
        + "; echo SSH-EXIT:$?; read x'";
  }

  private String code() {
    String screen = tmux.await("t", Duration.ofSeconds(30), "the join code", s -> s.matches("(?s).*Join code\\s+\\d{3} \\d{3}.*"));
    Matcher m = Pattern.compile("Join code\\s+(\\d{3}) (\\d{3})").matcher(screen);
    assertThat(m.find()).as("a join code on the projector:\n%s", screen).isTrue();
    return m.group(1) + m.group(2);
  }

  private String join(String user, String code) {
    tmux.start(user, 80, 24, ssh(user, ""));
    tmux.awaitText(user, "Join code:");
    tmux.keys(user, code, "Enter");
    tmux.awaitText(user, "> " + user + "_");
    tmux.keys(user, "Enter");
    String in = tmux.awaitText(user, "You're in, " + user + "!");
    tmux.await(user, Duration.ofSeconds(10), "the rejoin word", s -> s.replace("\n", " ").matches(
        "(?s).*rejoin word is\\s+[a-z]+-\\d+\\..*"));
    return in;
  }

  private static String word(String screen) {
    Matcher m = Pattern.compile("rejoin word is\\s+([a-z]+-\\d+)").matcher(screen.replace("\n", " "));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private Path results() throws IOException {
    try (Stream<Path> s = Files.list(dir.resolve("results"))) {
      return s.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
    }
  }

  /** The ssh client running in a tmux session (the pane's shell's child). */
  private ProcessHandle sshOf(String session) {
    long shell = Long.parseLong(tmux.run("list-panes", "-t", session, "-F", "#{pane_pid}").strip());
    return ProcessHandle.of(shell).orElseThrow().children()
        .filter(p -> p.info().command().map(c -> c.endsWith("ssh")).orElse(false)).findFirst()
        .orElseThrow(() -> new AssertionError("no ssh running in " + session));
  }

  /** On a timeout, the server's threads go with the failure: what it was doing says why. */
  private void withThreads(Runnable check) throws Exception {
    try {
      check.run();
    } catch (AssertionError e) {
      Process p = new ProcessBuilder("jstack", String.valueOf(Tmux.javaPid(marker))).redirectErrorStream(true).start();
      String threads = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      // And the projector's tty modes: a key that never reached the program may wait in a tty left canonical.
      String tty = tmux.run("display-message", "-p", "-t", "t", "#{pane_tty}").strip();
      Process modes = new ProcessBuilder("stty", "-a").redirectInput(new java.io.File(tty)).redirectErrorStream(true)
          .start();
      threads += "\n" + tty + ": " + new String(modes.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      // And a student's screen: whether the room moved on (the key arrived) and only the projector was not told.
      threads += "\ncat's screen:\n" + tmux.screen("cat");
      Files.writeString(Path.of("target", "ssh-class-threads.txt"), threads);
      throw new AssertionError(e.getMessage() + "\n(server threads in target/ssh-class-threads.txt)", e);
    }
  }

  private static void signal(ProcessHandle p, String sig) throws Exception {
    new ProcessBuilder("kill", "-" + sig, String.valueOf(p.pid())).start().waitFor();
  }

  /** The teacher hosts two untimed questions on a free port; the lobby, once it shows the command and host key. */
  private String hostClass() throws Exception {
    port = freePort();
    Files.createDirectories(dir.resolve("results"));
    tmux.start("t", 120, 40, teacher("class --join --bind 127.0.0.1 --port " + port + " --pack " + ClassroomIT.SAMPLE
        + " --count 2 --seed 7 --timer 0 --results " + dir.resolve("results")));
    tmux.awaitText("t", "students join over ssh");
    tmux.keys("t", "Enter");
    return tmux.await("t", Duration.ofSeconds(30), "the lobby with the command and the host key",
        s -> s.contains("ssh -p " + port + " 127.0.0.1") && s.contains("Host key    SHA256:") && s.contains("q end"));
  }

  @Test
  void threeStudentsJoinAnswerSeeTheRevealAndOneRejoinsWithTheirScore() throws Exception {
    hostClass();
    String code = code();

    String annIn = join("ann", code);
    String annWord = word(tmux.awaitText("ann", "rejoin word"));
    join("bob", code);
    join("cat", code);
    tmux.await("t", Duration.ofSeconds(15), "three players in the lobby", s -> s.contains("3 players in")
        && s.contains("ann") && s.contains("bob") && s.contains("cat"));
    assertThat(annIn).contains("You're in, ann!");

    tmux.keys("t", "Enter");
    for (String s : List.of("ann", "bob", "cat")) {
      tmux.awaitText(s, "Press a letter");
    }
    String question = tmux.awaitText("t", "answered 0 of 3");
    // The sample pack's question 1 under seed 7 is the year question; its answer is C (1989).
    assertThat(question).contains("1989");
    tmux.keys("ann", "c");
    tmux.awaitText("ann", "Your answer: C");
    tmux.keys("bob", "a");
    String projector = tmux.awaitText("t", "answered 2 of 3");
    assertThat(projector).doesNotContain("chose").doesNotContain("ann").doesNotContain("bob");
    tmux.keys("cat", "c");
    for (String s : List.of("ann", "cat")) {
      tmux.awaitText(s, "Right!");
    }
    assertThat(tmux.awaitText("bob", "Not this time")).contains("The answer: C 1989");
    tmux.awaitText("t", "The answer is C");

    // ann's laptop drops off: the ssh is killed; her seat is kept and shown disconnected.
    signal(sshOf("ann"), "KILL");
    tmux.awaitText("ann", "SSH-EXIT:");
    // n for next: a lone CR from tmux was now and then held back by the teacher's terminal key decoding
    tmux.keys("t", "n");
    tmux.awaitText("t", "Discussion");

    tmux.start("ann2", 80, 24, ssh("ann", ""));
    tmux.awaitText("ann2", "Join code:");
    tmux.keys("ann2", code, "Enter");
    tmux.awaitText("ann2", "> ann_");
    tmux.keys("ann2", "Enter");
    tmux.awaitText("ann2", "type the rejoin word");
    tmux.keys("ann2", annWord, "Enter");
    tmux.awaitText("ann2", "Discussion");

    // bob's laptop freezes: keepalives go unanswered and his seat shows disconnected within seconds.
    signal(sshOf("bob"), "STOP");
    // Sent again when nothing happens in 10 s: on a loaded machine this one key has now and then never reached
    // the teacher's read (a thread dump then shows every thread idle, the keys thread in read(); cause unknown).
    withThreads(() -> tmux.keyUntil("t", "n", "Leaderboard after question 1"));
    tmux.keys("t", "n");
    tmux.await("t", Duration.ofSeconds(20), "bob shown disconnected", s -> s.contains("1 disconnected"));
    signal(sshOf("bob"), "CONT");

    // exec is refused with the code right: no command runs here.
    tmux.start("ls", 80, 10, ssh("eve", "ls /"));
    tmux.awaitText("ls", "Join code:");
    tmux.keys("ls", code, "Enter");
    String refused = tmux.awaitText("ls", "SSH-EXIT:");
    assertThat(refused).contains("SSH-EXIT:255").doesNotContain("etc").doesNotContain("usr");

    tmux.keyUntil("t", "q", "End the session now?");
    tmux.keyUntil("t", "y", "Session ended early");
    String end = tmux.awaitText("ann2", "Your score:");
    assertThat(end).contains("Your score: 1000");

    JsonNode json = new ObjectMapper().readTree(results().toFile());
    assertThat(json.path("players")).hasSize(3);
    assertThat(json.path("join").path("code").asText()).isEqualTo(code);
    assertThat(json.path("scores").path("players").toString()).contains("1000");
    tmux.keys("t", "q"); // the podium to the menu
    tmux.awaitText("t", "Play a quiz round");
    tmux.keys("t", "q");
    assertThat(tmux.awaitText("t", "EXIT:")).contains("EXIT:0");
  }

  private static String fingerprint(String screen) {
    Matcher m = Pattern.compile("Host key\\s+(SHA256:\\S+)").matcher(screen);
    assertThat(m.find()).as("a host key on the projector:\n%s", screen).isTrue();
    return m.group(1);
  }

  /**
   * The teacher's laptop crashes mid-class (its process killed); sourced class --resume FILE
   * --join serves the session again with the same host key (ssh does not warn: the known_hosts
   * entry still fits) and the same join code, and a student's seat and score come back.
   */
  @Test
  void aKilledTeacherResumesWithTheSameKeyAndCodeAndAStudentGetsTheirSeatBack() throws Exception {
    String lobby = hostClass();
    String key = fingerprint(lobby);
    String code = code();
    String annWord = word(join("ann", code));
    join("bob", code);
    tmux.await("t", Duration.ofSeconds(15), "two players in the lobby", s -> s.contains("2 players in"));
    tmux.keys("t", "Enter");
    tmux.awaitText("ann", "Press a letter");
    tmux.awaitText("bob", "Press a letter");
    tmux.keys("ann", "c"); // right: the sample's question 1 under seed 7 is C (1989)
    tmux.awaitText("ann", "Your answer: C");
    tmux.keys("bob", "a");
    tmux.awaitText("ann", "Right!");
    tmux.awaitText("t", "The answer is C");
    Path saved = results();
    assertThat(Files.readString(saved)).contains("\"wordHash\"").doesNotContain(annWord);

    signal(ProcessHandle.of(Tmux.javaPid(marker)).orElseThrow(), "KILL");
    tmux.awaitText("t", "EXIT:");
    tmux.awaitText("ann", "SSH-EXIT:");

    tmux.start("t2", 120, 40, teacher("class --resume " + saved + " --join --bind 127.0.0.1 --port " + port
        + " --pack " + ClassroomIT.SAMPLE));
    // It goes on at question 2, the join code in its header.
    String again = tmux.await("t2", Duration.ofSeconds(30), "the resumed class at question 2",
        s -> s.contains("Question 2/2") && s.contains("2 disconnected"));
    assertThat(again).contains("code " + code.substring(0, 3) + " " + code.substring(3));
    // Same known_hosts file with StrictHostKeyChecking: a changed key would stop ssh here.
    tmux.start("ann2", 80, 24, ssh("ann", ""));
    assertThat(tmux.awaitText("ann2", "Join code:")).doesNotContain("IDENTIFICATION HAS CHANGED");
    Process keygen = new ProcessBuilder("ssh-keygen", "-l", "-f", dir.resolve("known").toString())
        .redirectErrorStream(true).start();
    assertThat(new String(keygen.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
        .as("the one host key students accepted is the one the first lobby showed").contains(key);
    tmux.keys("ann2", code, "Enter");
    tmux.awaitText("ann2", "> ann_");
    tmux.keys("ann2", "Enter");
    tmux.awaitText("ann2", "type the rejoin word");
    tmux.keys("ann2", annWord, "Enter");
    tmux.await("ann2", Duration.ofSeconds(15), "ann in her seat at question 2", s -> s.contains("ann \u00B7 Q2/2")
        && s.contains("Press a letter"));
    tmux.awaitText("t2", "1 disconnected");
    tmux.keyUntil("t2", "q", "End the session now?");
    tmux.keyUntil("t2", "y", "Session ended early");
    assertThat(tmux.awaitText("ann2", "Your score:")).contains("Your score: 1000");
    JsonNode json = new ObjectMapper().readTree(saved.toFile());
    assertThat(json.path("players")).hasSize(2);
    assertThat(json.path("join").path("code").asText()).isEqualTo(code);
  }

  @Test
  void aPortInUseIsAOneLineErrorBeforeAnyScreen() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      tmux.start("t", 120, 10, teacher("class --join --bind 127.0.0.1 --port " + taken.getLocalPort() + " --pack "
          + ClassroomIT.SAMPLE));
      String screen = tmux.awaitText("t", "EXIT:");
      assertThat(screen).contains("sourced: cannot listen on 127.0.0.1:" + taken.getLocalPort()).contains("EXIT:1")
          .doesNotContain("Exception");
    }
  }
}
