package dev.sourced.tui;

import dev.sourced.screen.CellScreen;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.sourced.classroom.ClassEvent;
import dev.sourced.classroom.ClassSettings;
import dev.sourced.classroom.Session;
import dev.sourced.game.Challenge;
import dev.sourced.game.Draw;
import dev.sourced.game.Mode;
import dev.sourced.game.RoundSettings;

import dev.sourced.room.Doors;
import dev.sourced.room.Room;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A student's screens over ssh, on a virtual terminal, with the room pumped inline (issue 9). */
class PlayerScreensTest {
  private final AtomicLong clock = new AtomicLong(1_000_000);

  /** How a student's screen is made: Lanterna's TerminalScreen, or the one the ssh server gives each player. */
  interface Screens {
    Screen on(DefaultVirtualTerminal t) throws IOException;
  }

  private Screens screens = TerminalScreen::new;

  private Room room(List<String> teams, int timer) {
    RoundSettings r = RoundSettings.defaults(Mode.QUIZ, 7).withCount(2);
    ClassSettings cs = ClassSettings.defaults(r, teams).withTimer(timer);
    List<Challenge> cs2 = ((Draw.Drawn) Draw.round(ScreensTest.SAMPLE.packs(), r)).challenges();
    Doors doors = Doors.remote("123456", "SHA256:test", List.of("ssh -p 2222 10.0.0.5"), 200, Map.of());
    return new Room(Session.lobby(cs, cs2), clock::get, s -> new Room.NotYet(), doors).withRandom(new java.util.Random(9));
  }

  /** One student's terminal. */
  private final class Student {
    final DefaultVirtualTerminal terminal;
    final PlayerTui tui;
    final Room room;

    Student(Room room, String user, int columns, int rows) {
      this(room, user, null, columns, rows);
    }

    Student(Room room, String user, String key, int columns, int rows) {
      try {
        this.room = room;
        terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        Screen screen = screens.on(terminal);
        screen.startScreen();
        tui = new PlayerTui(screen, room, user, key, clock::get);
        step();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    Student step() {
      try {
        room.pump();
        tui.step();
        room.pump();
        tui.step();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    Student type(String keys) {
      for (char c : keys.toCharArray()) {
        terminal.addInput(c == '\n' ? new KeyStroke(KeyType.Enter) : new KeyStroke(c, false, false));
        step();
      }
      return this;
    }

    Student press(KeyStroke k) {
      terminal.addInput(k);
      return step();
    }

    String text() {
      TerminalSize size = terminal.getTerminalSize();
      StringBuilder b = new StringBuilder();
      for (int row = 0; row < size.getRows(); row++) {
        StringBuilder line = new StringBuilder();
        for (int col = 0; col < size.getColumns(); col++) {
          TextCharacter c = terminal.getCharacter(col, row);
          if (c.isDoubleWidth()) {
            col++;
          }
          line.append(c.getCharacterString());
        }
        b.append(line.toString().stripTrailing()).append('\n');
      }
      return b.toString();
    }
  }

  private void elapse(long millis, Student... all) {
    clock.addAndGet(millis);
    for (Student s : all) {
      s.step();
    }
  }

  private static String letter(int choice) {
    return String.valueOf((char) ('a' + choice));
  }

  @Test
  void goldenPlayerScreensAt80x24And40x12() {
    for (int[] size : new int[][] {{80, 24}, {40, 12}}) {
      String tag = size[0] + "x" + size[1];
      Room room = room(List.of(), 30);
      Student ann = new Student(room, "ann", size[0], size[1]);
      Student bob = new Student(room, "bob", 80, 24);
      Golden.check("player-name-" + tag, ann.text());
      ann.type("\n");
      bob.type("\n");
      elapse(PlayerTui.LOBBY_GAP_MILLIS, ann, bob); // the count of players is redrawn at most once a second
      Golden.check("player-lobby-" + tag, ann.text());
      room.send(new ClassEvent.Start());
      ann.step();
      bob.step();
      Golden.check("player-leadin-" + tag, ann.text());
      ann.type("a");
      assertThat(room.snapshot().session().ballots().get(0).given()).as("no answer before the choices are up")
          .isFalse();
      elapse(Session.LEAD_IN_MILLIS, ann, bob);
      Golden.check("player-question-" + tag, ann.text());
      Challenge c = room.snapshot().session().current();
      ann.type(letter(c.correct()));
      Golden.check("player-locked-" + tag, ann.text());
      bob.type(letter((c.correct() + 1) % c.choices().size()));
      ann.step();
      assertThat(room.snapshot().session().phase()).isEqualTo(Session.Phase.REVEAL);
      Golden.check("player-reveal-" + tag, ann.text());
      room.send(new ClassEvent.Next());
      ann.step();
      Golden.check("player-discussion-" + tag, ann.text());
      room.send(new ClassEvent.Next());
      room.send(new ClassEvent.Next());
      ann.step();
      elapse(Session.LEAD_IN_MILLIS, ann);
      room.send(new ClassEvent.Lock()); // question 2: ann gives no answer
      room.send(new ClassEvent.Next());
      room.send(new ClassEvent.Next());
      room.send(new ClassEvent.Next());
      ann.step();
      assertThat(room.snapshot().session().phase()).isEqualTo(Session.Phase.FINISHED);
      Golden.check("player-end-" + tag, ann.text());
    }
  }

  /** The screen each ssh connection draws on sends only changed cells; what the student sees is the same. */
  @Test
  void theScreenOverSshShowsTheSameGoldenScreens() {
    screens = CellScreen::new;
    goldenPlayerScreensAt80x24And40x12();
  }

  @Test
  void theNameOfferedIsTheSshUserAndCanBeChanged() {
    Room room = room(List.of(), 30);
    Student s = new Student(room, "ann", 80, 24);
    assertThat(s.text()).contains("> ann_");
    s.press(new KeyStroke(KeyType.Backspace)).press(new KeyStroke(KeyType.Backspace))
        .press(new KeyStroke(KeyType.Backspace)).type("Zoë\n");
    assertThat(room.snapshot().session().players()).extracting(p -> p.name()).containsExactly("Zoë");
    assertThat(s.text()).contains("You're in, Zoë!");
  }

  @Test
  void aTakenNameIsRefusedIgnoringCaseAndSaysWhy() {
    Room room = room(List.of(), 30);
    new Student(room, "ann", 80, 24).type("\n");
    Student other = new Student(room, "ANN", 80, 24).type("\n");
    assertThat(other.text()).contains("ann is already playing on another connection");
    assertThat(room.snapshot().session().playerCount()).isEqualTo(1);
  }

  @Test
  void aNameWithControlCodesNeverReachesAScreen() {
    Room room = room(List.of(), 30);
    Student s = new Student(room, "\u001b[2Jevil\u0007", 80, 24);
    assertThat(s.text()).contains("> [2Jevil_").doesNotContain("\u001b");
    Student wide = new Student(room, "x", 80, 24).press(new KeyStroke(KeyType.Backspace))
        .type("\u4E2D".repeat(13) + "\n");
    assertThat(wide.text()).contains("A name fits in 24 columns; this one takes 26.");
  }

  @Test
  void withTeamsTheStudentPicksOneAndItIsTheirs() {
    Room room = room(List.of("Otters", "Pandas"), 30);
    Student s = new Student(room, "ann", 80, 24).type("\n");
    assertThat(s.text()).contains("Which team are you in?").contains("Otters").contains("Pandas");
    s.type("2");
    assertThat(room.snapshot().session().players().get(0).team()).isEqualTo(1);
    assertThat(s.text()).contains("Team Pandas");
  }

  @Test
  void aDroppedStudentGetsTheirSeatBackWithTheWordAndTheQuestionStillOpen() {
    Room room = room(List.of(), 30);
    Student ann = new Student(room, "ann", 80, 24).type("\n");
    new Student(room, "bob", 80, 24).type("\n");
    String annId = room.snapshot().session().players().get(room.snapshot().session().seatNamed("ann")).id();
    String word = room.snapshot().doors().proofs().get(annId).word();
    room.send(new ClassEvent.Start());
    ann.step();
    elapse(Session.LEAD_IN_MILLIS, ann);
    Challenge c = room.snapshot().session().current();
    ann.type(letter(c.correct()));
    ann.tui.close();
    ann.step();
    room.pump();
    assertThat(room.snapshot().doors().online()).hasSize(1);

    Student back = new Student(room, "ann", 80, 24).type("\n");
    assertThat(back.text()).contains("type the rejoin word");
    back.type("wrong\n");
    assertThat(back.text()).contains("That is not the word for ann.");
    back.type(word + "\n");
    assertThat(back.text()).contains("Your answer: " + Challenge.letter(c.correct()) + " \u00B7 locked in");
    assertThat(room.snapshot().session().playerCount()).isEqualTo(2);
  }

  @Test
  void theSameSshKeyIsProofEnoughAndAnotherKeyIsNot() {
    Room room = room(List.of(), 30);
    Student first = keyed(room, "SHA256:annskey");
    first.type("\n");
    first.tui.close();
    first.step();
    assertThat(keyed(room, "SHA256:someoneelse").type("\n").text()).contains("type the rejoin word");
    assertThat(keyed(room, "SHA256:annskey").type("\n").text()).contains("You're back in, ann!");
  }

  private Student keyed(Room room, String key) {
    return new Student(room, "ann", key, 80, 24);
  }

  @Test
  void aRemovedStudentIsToldAndCannotComeBack() {
    Room room = room(List.of(), 30);
    Student ann = new Student(room, "ann", 80, 24).type("\n");
    String id = room.snapshot().session().players().get(0).id();
    room.remove(id);
    ann.step();
    assertThat(ann.text()).contains("The teacher removed you from this session.");
    assertThat(room.snapshot().session().playerCount()).isZero();
    Student again = new Student(room, "ann2", 80, 24).press(new KeyStroke(KeyType.Backspace)).type("\n");
    assertThat(again.text()).contains("You're in"); // another name is another student; ann's id stays banned
    assertThat(room.snapshot().doors().removed()).containsExactly(id);
  }

  @Test
  void theLeadInsBigDigitsHaveAnAsciiFormToo() {
    Room room = room(List.of(), 30);
    Student ann = new Student(room, "ann", 80, 24).type("\n");
    room.send(new ClassEvent.Start());
    ann.step();
    ann.type("x"); // the student's switch to ASCII symbols
    assertThat(ann.text()).contains("\"\"#").contains(" \"#").contains("__#").contains("answers open in 3")
        .doesNotContain("\u2580").doesNotContain("\u2584");
  }

  @Test
  void colourAndAsciiSwitchesAndQAsksBeforeLeaving() {
    Room room = room(List.of(), 30);
    Student ann = new Student(room, "ann", 80, 24).type("\n");
    room.send(new ClassEvent.Start());
    ann.step();
    assertThat(ann.text()).contains("\u2588");
    ann.type("x");
    assertThat(ann.text()).doesNotContain("\u2588").doesNotContain("\u00B7").contains("#");
    ann.type("o");
    assertThat(ann.tui.state().color()).isFalse();
    ann.type("q");
    assertThat(ann.text()).contains("Leave the class?");
    ann.type("n");
    assertThat(ann.tui.state().done()).isFalse();
    ann.type("q").type("y");
    assertThat(ann.tui.state().done()).isTrue();
    room.pump();
    assertThat(room.snapshot().doors().online()).isEmpty();
  }

  @Test
  void aTerminalBelow40x12IsToldItsSizeAndAResizeRedrawsAtOnce() {
    Room room = room(List.of(), 30);
    Student ann = new Student(room, "ann", 30, 10);
    assertThat(ann.text()).contains("Too small: 30x10").contains("Needs 40x12");
    ann.terminal.setTerminalSize(new TerminalSize(40, 12));
    ann.step();
    assertThat(ann.text()).contains("Your name");
  }

  @Test
  void ctrlCLeaves() {
    Room room = room(List.of(), 30);
    Student ann = new Student(room, "ann", 80, 24);
    ann.press(new KeyStroke('c', true, false));
    assertThat(ann.tui.state().exitCode()).isEqualTo(AppState.EXIT_INTERRUPTED);
  }
}
