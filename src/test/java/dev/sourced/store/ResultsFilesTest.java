package dev.sourced.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sourced.classroom.ClassEvent;
import dev.sourced.classroom.ClassSettings;
import dev.sourced.classroom.Replay;
import dev.sourced.classroom.Session;
import dev.sourced.game.Draw;
import dev.sourced.game.Mode;
import dev.sourced.game.RoundSettings;
import dev.sourced.pack.Catalog;
import dev.sourced.pack.PackLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class ResultsFilesTest {
  public static final Catalog SAMPLE = Catalog.of(List.of(PackLoader.loadFile(Path.of("src/test/resources/packs/sample.json"),
      "given")));

  @TempDir
  Path dir;

  /** The question on screen with its answers open: its lead-in run out, when it has one. */
  public static Session open(Session s) {
    return s.leadingIn() ? s.next(new ClassEvent.Tick(s.leadInMillis())) : s;
  }

  /** Two questions played with speed scoring; the answer times are the same as before there was a lead-in. */
  public static Session twoQuestionsIn() {
    RoundSettings r = new RoundSettings(Mode.MIXED, 4, 0, List.of("sample"), null, null, null, 3);
    ClassSettings cs = new ClassSettings(r, List.of("Otters", "=cmd|' /C calc'!A0"), 20,
        ClassSettings.ScoringRule.SPEED, true, true, 0);
    Session s = open(Session.keyed(cs, ((Draw.Drawn) Draw.round(SAMPLE.packs(), r)).challenges()));
    s = s.next(new ClassEvent.Tick(4_000)).next(new ClassEvent.Record(0, s.current().correct(), 1_700_000_000_000L))
        .next(new ClassEvent.Tick(1_000)).next(new ClassEvent.Record(1, 0, 1_700_000_001_000L));
    s = open(s.next(new ClassEvent.Next()).next(new ClassEvent.Next()).next(new ClassEvent.Next()));
    s = s.next(new ClassEvent.Tick(2_000)).next(new ClassEvent.Record(1, s.current().correct(), 1_700_000_010_000L))
        .next(new ClassEvent.Tick(20_000));
    return s.next(new ClassEvent.Next()).next(new ClassEvent.Next()).next(new ClassEvent.Next());
  }

  @Test
  void savedSessionReadsBackAndResumesWhereItStopped() throws Exception {
    Session s = twoQuestionsIn();
    ResultsTarget t = ResultsTarget.next(dir, Instant.parse("2026-11-22T10:15:30Z"));
    ResultsFiles.write(t, s);
    assertThat(t.json().getFileName().toString()).isEqualTo("class-2026-11-22-101530.json");
    ResultsFiles.Saved saved = ResultsFiles.read(t.json(), SAMPLE);
    assertThat(saved.finished()).isFalse();
    assertThat(saved.settings()).isEqualTo(s.settings());
    assertThat(saved.played()).hasSize(2);
    Session resumed = saved.resume();
    assertThat(resumed.challenges()).isEqualTo(s.challenges());
    assertThat(resumed.outcomes()).isEqualTo(s.outcomes());
    assertThat(resumed.scores()).isEqualTo(s.scores());
    assertThat(resumed.index()).isEqualTo(2);
  }

  /**
   * src/test/resources/results/before-lead-in.json was written by the code before the lead-in
   * (commit a283ede, ResultsFiles.write of twoQuestionsIn()): its answer times count from the
   * question's start, as they now count from the end of the lead-in, so it resumes with the same
   * speed points, and into the next question's lead-in.
   */
  @Test
  void aFileSavedBeforeTheLeadInResumesWithTheSamePoints() throws Exception {
    Path old = Path.of("src/test/resources/results/before-lead-in.json");
    ResultsFiles.Saved saved = ResultsFiles.read(old, SAMPLE);
    // Speed points, which hang on the answer times: 900 for an answer at 4 s of 20, 950 at 2 s.
    assertThat(saved.played()).extracting(Replay.Saved::points).containsExactly(List.of(900, 0), List.of(0, 950));
    Session resumed = saved.resume();
    assertThat(resumed.scores()).as("the points the file was saved with").containsExactly(900, 950);
    Session now = twoQuestionsIn();
    assertThat(resumed.outcomes()).isEqualTo(now.outcomes());
    assertThat(resumed.phase()).isEqualTo(Session.Phase.LEAD_IN);
    assertThat(resumed.index()).isEqualTo(2);
  }

  @Test
  void aRemoteClassKeepsItsJoinCodeAndEachSeatsProofForAResume() throws Exception {
    Session s = twoQuestionsIn();
    ResultsTarget t = ResultsTarget.next(dir, Instant.parse("2026-11-22T10:15:30Z"));
    ResultsFiles.Join join = new ResultsFiles.Join("482913", java.util.Map.of(
        "team-1", new ResultsFiles.Seat("SHA256:abc", "sha256:c2FsdA:aGFzaA", null), "team-2",
        new ResultsFiles.Seat(null, "sha256:c2FsdDI:aGFzaDI", null)));
    ResultsFiles.write(t, s, join);
    ResultsFiles.Saved saved = ResultsFiles.read(t.json(), SAMPLE);
    assertThat(saved.join()).isEqualTo(join);
    assertThat(saved.resume().scores()).isEqualTo(s.scores());
    assertThat(Files.readString(t.json())).contains("\"wordHash\" : \"sha256:c2FsdA:aGFzaA\"")
        .doesNotContain("\"word\"");
    ResultsFiles.write(t, s);
    assertThat(ResultsFiles.read(t.json(), SAMPLE).join()).as("a keyed class has no join block").isNull();
  }

  @Test
  void aFileFromBeforeTheHashedWordsStillGivesEachSeatItsWord() throws Exception {
    Session s = twoQuestionsIn();
    ResultsTarget t = ResultsTarget.next(dir, Instant.parse("2026-11-22T10:15:30Z"));
    ResultsFiles.write(t, s, new ResultsFiles.Join("482913", java.util.Map.of()));
    String json = Files.readString(t.json());
    String seats = "\"seats\" : { \"team-1\" : { \"key\" : null, \"word\" : \"maple-12\" } }";
    Files.writeString(t.json(), json.replaceFirst("\"seats\" : \\{ ?\\}", java.util.regex.Matcher.quoteReplacement(seats)));
    assertThat(Files.readString(t.json())).contains("maple-12");
    assertThat(ResultsFiles.read(t.json(), SAMPLE).join().seats())
        .containsEntry("team-1", new ResultsFiles.Seat(null, null, "maple-12"));
  }

  @Test
  void csvHasARowPerTeamPerQuestionAndDisarmsFormulas() throws IOException {
    Session s = twoQuestionsIn();
    ResultsTarget t = ResultsTarget.next(dir, Instant.parse("2026-11-22T10:15:30Z"));
    ResultsFiles.write(t, s);
    List<String> rows = Files.readAllLines(t.csv());
    assertThat(rows.get(0)).isEqualTo("session,question,question_id,prompt,correct_answer,player_id,player,team,answer,correct,points,seconds,total");
    assertThat(rows).hasSize(1 + 2 * 2);
    assertThat(rows.get(1)).startsWith("class-2026-11-22-101530,1,sample/").contains(",team-1,Otters,Otters,").endsWith(",yes,"
        + s.outcomes().get(0).points().get(0) + ",4.0," + s.outcomes().get(0).points().get(0));
    assertThat(rows.get(2)).contains(",'=cmd|' /C calc'!A0,");
    assertThat(rows.get(4)).endsWith(",2.0," + s.scores().get(1));
    assertThat(rows.get(3)).endsWith(",,no,0,," + s.outcomes().get(0).points().get(0));
    assertThat(rows.get(1)).contains("," + SessionCsv.cell(s.outcomes().get(0).challenge().correctChoice()) + ",team-1,");
  }

  @Test
  void writesLeaveNoTemporaryFilesBehind() throws IOException {
    ResultsTarget t = ResultsTarget.next(dir, Instant.parse("2026-11-22T10:15:30Z"));
    ResultsFiles.write(t, twoQuestionsIn());
    ResultsFiles.write(t, twoQuestionsIn());
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
          "class-2026-11-22-101530.json", "class-2026-11-22-101530.csv");
    }
  }

  @Test
  void sessionsStartedInTheSameSecondGetTheirOwnFiles() throws IOException {
    Instant when = Instant.parse("2026-11-22T10:15:30Z");
    ResultsFiles.write(ResultsTarget.next(dir, when), twoQuestionsIn());
    assertThat(ResultsTarget.next(dir, when).id()).isEqualTo("class-2026-11-22-101530-2");
  }

  @Test
  void unwritableFolderIsReportedUpFront() throws IOException {
    Path locked = dir.resolve("locked");
    Files.createDirectory(locked, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("r-xr-xr-x")));
    Path file = dir.resolve("a-file");
    Files.writeString(file, "x");
    assertThat(ResultsTarget.probe(file.resolve("results"))).startsWith("results cannot be saved in " + file
        .resolve("results"));
    assertThat(ResultsTarget.probe(dir.resolve("new/deeper"))).isNull();
    if (!"root".equals(System.getProperty("user.name"))) {
      assertThat(ResultsTarget.probe(locked)).isNotNull();
    }
  }

  @Test
  void notASessionFileIsRefusedWithItsName() throws IOException {
    Path f = dir.resolve("x.json");
    Files.writeString(f, "{\"format\": 1}");
    assertThatThrownBy(() -> ResultsFiles.read(f, SAMPLE)).hasMessage(f + ": is not a Sourced session file (no "
        + "\"format\": \"sourced-session/2\")");
    Files.writeString(f, "not json");
    assertThatThrownBy(() -> ResultsFiles.read(f, SAMPLE)).hasMessageStartingWith(f + ": is not JSON (line 1, column ");
  }

  @Test
  void sessionWhosePackIsMissingSaysWhichPack() throws IOException {
    ResultsTarget t = ResultsTarget.next(dir, Instant.parse("2026-11-22T10:15:30Z"));
    ResultsFiles.write(t, twoQuestionsIn());
    assertThatThrownBy(() -> ResultsFiles.read(t.json(), Catalog.of(List.of())))
        .hasMessage(t.json() + ": uses the pack \"sample\", which is not loaded; give its file with --pack PATH");
  }

  /** A file of format 1 (teams only, each team one seat) still resumes: rewritten here from a format 2 file. */
  @Test
  void aFormatOneFileStillResumes() throws Exception {
    Session s = twoQuestionsIn();
    ResultsTarget t = ResultsTarget.next(dir, Instant.parse("2026-11-22T10:15:30Z"));
    ResultsFiles.write(t, s);
    com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode root =
        (com.fasterxml.jackson.databind.node.ObjectNode) m.readTree(t.json().toFile());
    root.put("format", "sourced-session/1");
    root.remove("players");
    for (com.fasterxml.jackson.databind.JsonNode n : root.path("questions")) {
      com.fasterxml.jackson.databind.node.ObjectNode q = (com.fasterxml.jackson.databind.node.ObjectNode) n;
      com.fasterxml.jackson.databind.JsonNode keys = q.remove("keys");
      if (q.path("kind").asText().equals("who-said-it")) {
        q.set("speakers", keys);
      }
      int seat = 0;
      for (com.fasterxml.jackson.databind.JsonNode a : q.path("answers")) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) a).remove("player");
        ((com.fasterxml.jackson.databind.node.ObjectNode) a).put("team", s.settings().teams().get(seat++));
      }
    }
    Path old = dir.resolve("old.json");
    m.writeValue(old.toFile(), root);
    ResultsFiles.Saved saved = ResultsFiles.read(old, SAMPLE);
    assertThat(saved.players()).isEqualTo(s.players());
    Session resumed = saved.resume();
    assertThat(resumed.outcomes()).isEqualTo(s.outcomes());
    assertThat(resumed.scores()).isEqualTo(s.scores());
  }

  @Test
  void aCorrectedAnswerIsKeptWithTheAnswerAsLockedAndResumesTheSame() throws Exception {
    Session s = twoQuestionsIn();
    // Back to question 2's reveal is not possible once question 3 started; correct before moving on instead.
    RoundSettings r = s.settings().round();
    Session t0 = open(Session.keyed(s.settings(), s.challenges()));
    t0 = t0.next(new ClassEvent.Tick(2_000)).next(new ClassEvent.Record(0, (t0.current().correct() + 1)
        % t0.current().choices().size(), 1_700_000_000_000L)).next(new ClassEvent.Lock());
    t0 = t0.next(new ClassEvent.Correct(0, t0.lastOutcome().challenge().correct(), 1_700_000_005_000L))
        .next(new ClassEvent.Next()).next(new ClassEvent.Next()).next(new ClassEvent.Next());
    ResultsTarget t = ResultsTarget.next(dir, Instant.parse("2026-11-22T10:15:30Z"));
    ResultsFiles.write(t, t0);
    String json = Files.readString(t.json());
    assertThat(json).contains("\"corrected\" : true").contains("\"locked\" : {");
    Session resumed = ResultsFiles.read(t.json(), SAMPLE).resume();
    assertThat(resumed.outcomes()).isEqualTo(t0.outcomes());
    assertThat(resumed.scores()).isEqualTo(t0.scores());
    assertThat(r).isEqualTo(t0.settings().round());
  }
}
