package dev.sourced.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sourced.classroom.ClassSettings;
import dev.sourced.classroom.Outcome;
import dev.sourced.classroom.Session;
import dev.sourced.game.Challenge;
import dev.sourced.game.Mode;
import dev.sourced.game.RoundSettings;
import dev.sourced.pack.Catalog;
import dev.sourced.pack.Loaded;
import dev.sourced.pack.Pack;
import dev.sourced.testing.TestPacks;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The teacher's keys in a running class, and what they can do after a mistake (issue 10: D1, D10, D11, D13). */
class TeacherKeysTest {
  /** A pack whose questions have six choices, A to F. */
  static final Catalog SIX = Catalog.of(List.of(new Loaded("six.json", "test", sixChoices(), List.of())));

  static Pack sixChoices() {
    TestPacks t = TestPacks.minimal();
    for (int i = 0; i < 4; i++) {
      t.withQuestion("q" + i, List.of("one", "two", "three", "four", "five", "six"), "five");
    }
    return t.build();
  }

  private static VirtualUi start(Catalog c, int timer) {
    RoundSettings r = RoundSettings.defaults(Mode.QUIZ, 7).withCount(3);
    ClassSettings cs = ClassSettings.defaults(r, List.of("Otters", "Pandas", "Herons")).withTimer(timer);
    return VirtualUi.start(new AppState(new Page.ClassSetup(Page.ClassSetup.START, -1), c, r, null, cs, null, null,
        null)).type("\n").advance(Session.LEAD_IN_MILLIS);
  }

  private static String key(int choice) {
    return String.valueOf((char) ('a' + choice));
  }

  private static Session session(VirtualUi ui) {
    return ui.state().room().session();
  }

  @Test
  void everyChoiceLetterRecordsAnAnswerAndNoTeacherKeyIsOne() {
    for (TeacherKey k : TeacherKey.values()) {
      assertThat(k.key >= 'a' && k.key <= 'f').as(k.name() + " is a choice letter").isFalse();
    }
    for (char letter = 'a'; letter <= 'f'; letter++) {
      for (char c : new char[] {letter, Character.toUpperCase(letter)}) {
        VirtualUi ui = start(SIX, 30).type(String.valueOf(c));
        assertThat(session(ui).ballots().get(0).choice()).as("key " + c).isEqualTo(letter - 'a');
        assertThat(ui.state().page()).isInstanceOf(Page.ClassRun.class);
      }
    }
  }

  @Test
  void qAndEscapeAskBeforeEnding() {
    VirtualUi ui = start(SIX, 30).type("q");
    assertThat(ui.text()).contains("End the session now?");
    ui.type("n").press(com.googlecode.lanterna.input.KeyType.Escape);
    assertThat(ui.text()).contains("End the session now?");
    ui.type("n");
    assertThat(session(ui).phase()).isEqualTo(Session.Phase.QUESTION);
  }

  @Test
  void skippingAsksFirstAndCanBeTakenBack() {
    VirtualUi ui = start(SIX, 30).type("a").type("s");
    assertThat(ui.text().replaceAll("\\s+", " ")).contains("Skip question 1?")
        .contains("the 1 answer keyed so far is dropped");
    ui.type("n");
    assertThat(session(ui).ballots().get(0).given()).isTrue();
    ui.type("s").type("y");
    assertThat(session(ui).index()).isEqualTo(1);
    assertThat(ui.text()).contains("u undo skip");
    ui.type("u");
    assertThat(session(ui).index()).isZero();
    assertThat(session(ui).outcomes()).isEmpty();
  }

  @Test
  void recordedAnswersShowOnlyWhenTheTeacherAsks() {
    VirtualUi ui = start(SIX, 30).type("c");
    assertThat(ui.text()).contains("\u2713 answered").doesNotContain("answered C");
    assertThat(session(ui).ballots().get(0).choice()).isEqualTo(2);
    ui.type("v");
    assertThat(ui.text()).contains("\u2713 answered C");
    ui.type("v");
    assertThat(ui.text()).doesNotContain("answered C");
  }

  @Test
  void aMisKeyedAnswerIsCorrectedAfterTheRevealAndSaved() {
    List<Session> saved = new java.util.ArrayList<>();
    VirtualUi ui = start(SIX, 30);
    ui.saver = s -> {
      saved.add(s);
      return new dev.sourced.room.Room.Saved("memory");
    };
    String right = key(session(ui).current().correct());
    String wrong = key((session(ui).current().correct() + 1) % 6);
    ui.type(right).type(right).type(wrong); // Herons meant the right one: the last key reveals at once
    Outcome o = session(ui).lastOutcome();
    assertThat(o.correct()).containsExactly(true, true, false);
    ui.type("3").type(right);
    Outcome fixed = session(ui).lastOutcome();
    assertThat(fixed.correct()).containsExactly(true, true, true);
    assertThat(fixed.corrected(2)).isTrue();
    assertThat(ui.text()).contains("(corrected)");
    assertThat(saved).hasSize(2);
    assertThat(saved.get(1).lastOutcome().corrected(2)).isTrue();
  }

  @Test
  void theTeacherGoesBackToTheRevealFromTheNextQuestion() {
    VirtualUi ui = start(SIX, 30);
    int c = session(ui).current().correct();
    ui.type(key((c + 1) % 6)).type(key((c + 1) % 6)).type(key((c + 1) % 6)).type("\n\n\n");
    assertThat(session(ui).index()).isEqualTo(1);
    assertThat(ui.text()).contains("r back to the reveal");
    ui.type("r");
    assertThat(session(ui).phase()).isEqualTo(Session.Phase.REVEAL);
    assertThat(session(ui).index()).isZero();
    ui.type("2").type(key(c));
    assertThat(session(ui).lastOutcome().correct()).containsExactly(false, true, false);
  }

  @Test
  void spacePausesOnlyAClockThatRuns() {
    VirtualUi untimed = start(SIX, 0);
    assertThat(untimed.text()).doesNotContain("space pause");
    untimed.type(" ");
    assertThat(session(untimed).paused()).isFalse();
    VirtualUi timed = start(SIX, 30);
    assertThat(timed.text()).contains("space pause");
    timed.type(" ");
    assertThat(session(timed).paused()).isTrue();
    assertThat(timed.text()).contains("space resume");
  }

  @Test
  void inAClassHelpShowsTheTeachersKeysFirst() {
    VirtualUi ui = start(SIX, 30).type("?");
    String help = ui.text();
    int teacher = help.indexOf("Classroom session (the teacher's keys)");
    assertThat(teacher).isNotNegative();
    assertThat(help.indexOf("  Keys\n")).satisfiesAnyOf(i -> assertThat(i).isNegative(),
        i -> assertThat(i).isGreaterThan(teacher));
    assertThat(help).contains("q, Esc");
    Challenge c = session(ui).current();
    assertThat(c.choices()).hasSize(6);
  }
}
