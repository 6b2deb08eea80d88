package dev.sourced.room;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sourced.classroom.ClassEvent;
import dev.sourced.classroom.ClassSettings;
import dev.sourced.classroom.Player;
import dev.sourced.classroom.Session;
import dev.sourced.game.Challenge;
import dev.sourced.game.Draw;
import dev.sourced.game.Mode;
import dev.sourced.game.RoundSettings;
import dev.sourced.pack.Catalog;
import dev.sourced.pack.PackLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who gets a seat: the pure rule the room applies to every request (issue 9). */
class DoorsTest {
  static final Catalog SAMPLE = Catalog.of(List.of(PackLoader.loadFile(Path.of("src/test/resources/packs/sample.json"),
      "test")));

  private static Session lobby() {
    RoundSettings r = RoundSettings.defaults(Mode.QUIZ, 7).withCount(2);
    List<Challenge> cs = ((Draw.Drawn) Draw.round(SAMPLE.packs(), r)).challenges();
    return Session.lobby(ClassSettings.defaults(r, List.of()), cs).next(new ClassEvent.Join(new Player("a", "Ann", -1)));
  }

  private static Doors doors(int max) {
    return Doors.remote("123456", "SHA256:x", List.of(), max, Map.of("a", Doors.Proof.of(null, "maple-12", SALT)));
  }

  private static final byte[] SALT = "sixteen bytes!!!".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private static Doors doorsWith(Doors.Proof p) {
    return Doors.remote("123456", "SHA256:x", List.of(), 10, Map.of("a", p));
  }

  private static Doors.Answer rejoin(Doors d, String word) {
    return d.decide(lobby(), new Doors.Request("Ann", Player.NO_TEAM, null, word), "b", "w");
  }

  private static Doors.Request asks(String name) {
    return new Doors.Request(name, Player.NO_TEAM, null, null);
  }

  @Test
  void aFullClassRefusesNewcomersForGood() {
    Doors.Answer a = doors(1).decide(lobby(), asks("Bob"), "b", "w");
    assertThat(a).isEqualTo(new Doors.Refused("The class is full (1 players).", true));
  }

  @Test
  void aClosedRoomRefusesNewcomersButGivesASeatBack() {
    Doors closed = doors(10).withOpen(false);
    assertThat(closed.decide(lobby(), asks("Bob"), "b", "w")).isInstanceOf(Doors.Refused.class);
    Doors.Answer back = closed.decide(lobby(), new Doors.Request("ann", Player.NO_TEAM, null, "MAPLE-12"), "b", "w");
    assertThat(back).isInstanceOf(Doors.Seated.class);
    assertThat(((Doors.Seated) back).rejoined()).isTrue();
  }

  @Test
  void aRemovedPlayerIsToldSoAndAConnectedSeatIsNotGivenAway() {
    assertThat(doors(10).withRemoved("a").decide(lobby(), asks("Ann"), "b", "w"))
        .isEqualTo(new Doors.Refused("The teacher removed you from this session.", true));
    assertThat(doors(10).withOnline("a", true).decide(lobby(), asks("ANN"), "b", "w"))
        .isInstanceOf(Doors.Refused.class).extracting(x -> ((Doors.Refused) x).last()).isEqualTo(false);
    assertThat(doors(10).decide(lobby(), asks("ann"), "b", "w")).isEqualTo(new Doors.AskWord(false));
  }

  /** A results file holds the rejoin word as a salted hash; a resumed room, which knows only the hash, still checks it. */
  @Test
  void theRejoinWordIsKeptHashedAndStillProvesTheSeat() {
    Doors.Proof made = Doors.Proof.of(null, "maple-12", SALT);
    assertThat(made.wordHash()).startsWith("sha256:").doesNotContainIgnoringCase("maple");
    assertThat(Doors.Proof.of(null, "maple-12", new byte[16]).wordHash()).as("another salt, another hash")
        .isNotEqualTo(made.wordHash());
    Doors resumed = doorsWith(new Doors.Proof(null, null, made.wordHash()));
    assertThat(rejoin(resumed, " Maple-12 ")).isEqualTo(new Doors.Seated(new Player("a", "Ann", -1), true, "Maple-12"));
    assertThat(rejoin(resumed, "maple-13")).isEqualTo(new Doors.AskWord(true));
    assertThat(rejoin(doorsWith(new Doors.Proof(null, null, "sha256:%%%:???")), "maple-12"))
        .as("a damaged hash proves nothing").isEqualTo(new Doors.AskWord(true));
  }

  @Test
  void aPlainWordFromAnOlderFileStillProvesTheSeat() {
    Doors old = doorsWith(new Doors.Proof(null, "maple-12", null));
    assertThat(rejoin(old, "MAPLE-12")).isInstanceOf(Doors.Seated.class);
    assertThat(rejoin(old, "river-40")).isEqualTo(new Doors.AskWord(true));
  }

  @Test
  void namesArePrintableAndFitTwentyFourColumns() {
    assertThat(Doors.nameProblem("Zoë")).isNull();
    assertThat(Doors.nameProblem("a\u001b[31m")).contains("letters, digits");
    assertThat(Doors.nameProblem("bad\u202Eeman")).contains("letters, digits");
    assertThat(Doors.nameProblem(" ")).isEqualTo("Type a name.");
    assertThat(Doors.nameProblem("x".repeat(25))).contains("24 columns");
    assertThat(Doors.nameProblem("\u4E2D".repeat(12))).isNull();
  }
}
