package dev.sourced.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sourced.classroom.ClassEvent;
import dev.sourced.classroom.Session;
import dev.sourced.store.ResultsFiles;
import dev.sourced.store.ResultsFilesTest;
import dev.sourced.store.ResultsTarget;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `sourced results` and `class --resume` on sound, damaged and hostile results files (issue 10: D2, D16, D17, F4, F17). */
class ResultsCommandTest {
  static final Path REPRO = Path.of("../shared/reviews/breaking-repro");
  static final String SAMPLE = "src/test/resources/packs/sample.json";

  @TempDir
  Path home;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    Map<String, String> env = Map.of("HOME", home.toString());
    return new Main(env, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
  }

  private ResultsTarget saved(Session s) throws IOException {
    ResultsTarget t = ResultsTarget.next(home, Instant.parse("2026-11-22T10:15:30Z"));
    ResultsFiles.write(t, s);
    return t;
  }

  @Test
  void perQuestionGivesEachQuestionsAccuracyInOrder() throws IOException {
    ResultsTarget t = saved(ResultsFilesTest.twoQuestionsIn());
    assertThat(run("results", t.json().toString(), "--pack", SAMPLE, "--per-question")).isZero();
    assertThat(out.toString()).contains("Questions, as asked (right of answered)")
        .containsPattern("Q1 +50%  1 of 2 ")
        .containsPattern("Q2 +100%  1 of 1 ");
    assertThat(out.toString()).contains("started 2026-11-22 ").doesNotContain("10:15:30Z");
  }

  @Test
  void aSessionStoppedAfterItsLastLockIsOfferedItsEndAndResumeGivesIt() throws Exception {
    Session s = ResultsFilesTest.twoQuestionsIn();
    while (s.outcomes().size() < s.challenges().size()) {
      s = s.next(new ClassEvent.Lock());
      if (s.outcomes().size() < s.challenges().size()) {
        s = ResultsFilesTest.open(s.next(new ClassEvent.Next()).next(new ClassEvent.Next()).next(new ClassEvent.Next()));
      }
    }
    assertThat(s.phase()).isEqualTo(Session.Phase.REVEAL);
    ResultsTarget t = saved(s);
    assertThat(run("results", t.json().toString(), "--pack", SAMPLE)).isZero();
    assertThat(out.toString()).contains("stopped before its end was shown");
    Session resumed = ResultsFiles.read(t.json(), dev.sourced.store.ResultsFilesTest.SAMPLE).resume();
    assertThat(resumed.phase()).isEqualTo(Session.Phase.FINISHED);
    assertThat(out.toString()).doesNotContain("interrupted after");
  }

  @Test
  void theCsvTheFolderAndAMissingFileEachSayWhatTheyAre() throws IOException {
    ResultsTarget t = saved(ResultsFilesTest.twoQuestionsIn());
    assertThat(run("results", t.csv().toString())).isEqualTo(1);
    assertThat(err.toString()).contains("is the spreadsheet copy of a session; give the .json file beside it");
    assertThat(run("results", home.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("is a folder");
    assertThat(run("results", home.resolve("nope.json").toString())).isEqualTo(1);
    assertThat(err.toString()).contains("nope.json: does not exist");
    Path broken = home.resolve("broken.json");
    Files.writeString(broken, "{\"format\": \"sourced-session/2\",}");
    assertThat(run("results", broken.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("broken.json: is not JSON (line 1, column").doesNotContain("Unexpected character");
    assertThat(run("class", "--resume", t.csv().toString())).isEqualTo(1);
    assertThat(err.toString()).contains("give the .json file beside it");
  }

  /** The breaking pass's damaged and hostile results files: a message, never a trace, never a raw control code. */
  @Test
  void theBreakingPassResultsFilesGiveMessagesOnly() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(REPRO), "no ../shared/reviews/breaking-repro here");
    List<Path> files;
    try (Stream<Path> s = Files.list(REPRO)) {
      files = s.filter(p -> p.getFileName().toString().startsWith("results-")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(5);
    for (Path f : files) {
      for (String[] args : new String[][] {{"results", f.toString()}, {"class", "--resume", f.toString()}}) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        int code = run(args);
        String said = out + "" + err;
        assertThat(code).as(f + " " + args[0]).isIn(0, 1);
        assertThat(said).as(f + " " + args[0]).doesNotContain("Exception").doesNotContain("\tat ")
            .doesNotContain("\u001b").doesNotContain("\u0007").isNotBlank();
      }
    }
  }
}
