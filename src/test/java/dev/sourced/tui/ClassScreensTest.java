package dev.sourced.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.sourced.classroom.ClassSettings;
import dev.sourced.classroom.Session;
import dev.sourced.game.Challenge;
import dev.sourced.game.Mode;
import dev.sourced.game.RoundSettings;
import dev.sourced.room.Room;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The teacher's screens on a virtual terminal, at 80x24 and at a projector's 160x45. */
class ClassScreensTest {
  static final List<String> TEAMS = List.of("Otters", "Pandas");

  private static AppState setup(int timer) {
    RoundSettings r = RoundSettings.defaults(Mode.QUIZ, 7).withCount(3);
    ClassSettings cs = ClassSettings.defaults(r, TEAMS).withTimer(timer);
    return new AppState(new Page.ClassSetup(Page.ClassSetup.START, -1), ScreensTest.SAMPLE, r, null, cs, null, null, null);
  }

  /** The session started: its first question in its lead-in. */
  private static VirtualUi leadIn(int columns, int rows) {
    return VirtualUi.start(setup(30), columns, rows, true).type("\n");
  }

  /** The session started and its first question open, past the lead-in. */
  private static VirtualUi start(int columns, int rows) {
    return leadIn(columns, rows).advance(Session.LEAD_IN_MILLIS);
  }

  private static Session session(VirtualUi ui) {
    return ui.state().room().session();
  }

  private static String letter(int choice) {
    return String.valueOf((char) ('a' + choice));
  }

  /** Team 1 right, team 2 wrong: the reveal of question 1. */
  private static VirtualUi revealed(int columns, int rows) {
    VirtualUi ui = start(columns, rows);
    Challenge c = session(ui).current();
    return ui.type(letter(c.correct())).type(letter((c.correct() + 1) % c.choices().size()));
  }

  @Test
  void goldenScreensAt80x24And160x45() {
    for (int[] size : new int[][] {{80, 24}, {160, 45}}) {
      String tag = size[0] + "x" + size[1];
      VirtualUi ui = leadIn(size[0], size[1]);
      Golden.check("class-leadin-" + tag, ui.text());
      ui.advance(Session.LEAD_IN_MILLIS);
      Golden.check("class-question-" + tag, ui.text());
      Challenge c = session(ui).current();
      ui.type(letter(c.correct())).type(letter((c.correct() + 1) % c.choices().size()));
      Golden.check("class-reveal-" + tag, ui.text());
      ui.type("\n");
      Golden.check("class-discussion-" + tag, ui.text());
      ui.type("\n");
      Golden.check("class-leaderboard-" + tag, ui.text());
      ui.type("\n").advance(Session.LEAD_IN_MILLIS).type("a").type("l").type("\n\n\n").type("s").type("y");
      assertThat(session(ui).phase()).isEqualTo(Session.Phase.FINISHED);
      assertThat(ui.text()).contains("2nd  \u2026").contains("1st  \u2026").contains("Enter the next place");
      ui.type("\n");
      assertThat(ui.text()).doesNotContain("2nd  \u2026").contains("1st  \u2026");
      ui.type("\n");
      Golden.check("class-podium-" + tag, ui.text());
    }
  }

  @Test
  void questionShowsWhoHasAnsweredWithoutTheirChoice() {
    VirtualUi ui = start(80, 24).type("2").type("b");
    String screen = ui.text();
    assertThat(screen).contains("1 of 2 answered").contains("Pandas").contains("\u2713 answered")
        .contains("\u2026 waiting");
    assertThat(screen).doesNotContain("chose");
  }

  @Test
  void teamCanChangeItsAnswerUntilTheLock() {
    VirtualUi ui = start(80, 24);
    Challenge c = session(ui).current();
    ui.type(letter((c.correct() + 1) % 4)).type("1").type(letter(c.correct())).type("l");
    assertThat(session(ui).lastOutcome().correct()).containsExactly(true, false);
    assertThat(ui.text()).contains("Answers locked.").contains("\u2713 right").contains("no answer");
  }

  @Test
  void revealChartsHowManyTeamsChoseEachOption() {
    VirtualUi ui = revealed(80, 24);
    Challenge c = session(ui).current();
    String screen = ui.text();
    assertThat(screen).contains("The answer is " + (char) ('A' + c.correct()) + ": " + c.correctChoice());
    assertThat(screen).containsPattern("\u2713 " + (char) ('A' + c.correct()) + "  .*\u2588+ +1 team");
    assertThat(screen.lines().filter(l -> l.endsWith("0 teams"))).hasSize(2);
  }

  @Test
  void timerRunsOutAndPauseHoldsIt() {
    VirtualUi ui = start(80, 24);
    ui.advance(10_000);
    assertThat(ui.text()).contains(" 20 s left");
    ui.type(" ").advance(60_000);
    assertThat(ui.text()).contains("Paused");
    assertThat(session(ui).phase()).isEqualTo(Session.Phase.QUESTION);
    ui.type(" ");
    for (int i = 0; i < 210 && session(ui).phase() == Session.Phase.QUESTION; i++) {
      ui.advance(100);
    }
    assertThat(ui.text()).contains("Time is up.");
  }

  @Test
  void passageCanBeShownAgainAfterTheReveal() {
    VirtualUi ui = revealed(80, 24).type("\n\n");
    assertThat(ui.text()).contains("Leaderboard after question 1");
    ui.type("p");
    assertThat(ui.text()).contains("The source, again").contains("MIT Technology Review");
    ui.type("p");
    assertThat(ui.text()).contains("Leaderboard after question 1");
  }

  @Test
  void endingEarlyAsksThenShowsTheFinalResults() {
    VirtualUi ui = revealed(80, 24).type("q");
    assertThat(ui.text()).contains("End the session now?");
    ui.type("n");
    assertThat(session(ui).phase()).isEqualTo(Session.Phase.REVEAL);
    ui.type("q").type("y");
    assertThat(ui.text()).contains("Session ended early");
    ui.type("\n\n");
    assertThat(ui.text()).contains("1st  Otters");
  }

  /** Up from Start: Discuss, Streaks, Scoring, Timer, Names, Teams. */
  private static VirtualUi onRow(String row) {
    VirtualUi ui = VirtualUi.start(setup(30), 80, 24, true);
    int up = row.equals("Teams") ? 6 : 5;
    for (int i = 0; i < up; i++) {
      ui.press(KeyType.ArrowUp);
    }
    return ui;
  }

  private static VirtualUi erase(VirtualUi ui, int n) {
    for (int i = 0; i < n; i++) {
      ui.press(KeyType.Backspace);
    }
    return ui;
  }

  @Test
  void setupAddsATeamAndRenamesOne() {
    VirtualUi ui = onRow("Teams").press(KeyType.ArrowRight);
    assertThat(ClassApp.settingsOf(ui.state()).teams()).hasSize(3).startsWith("Otters", "Pandas");
    ui.press(KeyType.ArrowDown).type("\n");
    erase(ui, 6).type("Lions");
    assertThat(ui.text()).contains("Lions_");
    ui.type("\n");
    assertThat(ClassApp.settingsOf(ui.state()).teams()).startsWith("Lions", "Pandas");
  }

  @Test
  void aNameThatIsEmptyOrTakenIsNotKept() {
    VirtualUi ui = onRow("Names").type("\n");
    erase(ui, 6).press(KeyType.ArrowDown);
    erase(ui, 6).type("OTTERS\n");
    assertThat(ClassApp.settingsOf(ui.state()).teams()).containsExactly("Otters", "Pandas");
  }

  @Test
  void escapeDropsARename() {
    VirtualUi ui = onRow("Names").type("\n").type("ville").press(KeyType.Escape);
    assertThat(ClassApp.settingsOf(ui.state()).teams()).containsExactly("Otters", "Pandas");
    assertThat(ui.state().page()).isEqualTo(new Page.ClassSetup(Page.ClassSetup.NAMES_ROW, -1));
  }

  @Test
  void resultsProblemStopsTheStartWithItsReason() {
    AppState s = setup(30);
    AppState blocked = new AppState(s.page(), s.catalog(), s.setup(), null, s.classSetup(),
        "results cannot be saved in /nowhere", null, null);
    VirtualUi ui = VirtualUi.start(blocked, 80, 24, true).type("\n");
    assertThat(ui.text()).contains("Results cannot be saved").contains("/nowhere");
  }

  @Test
  void everyLockIsHandedToTheSaverOnce() {
    List<Integer> saves = new ArrayList<>();
    VirtualUi ui = VirtualUi.start(setup(30), 80, 24, true);
    ui.saver = s -> {
      saves.add(s.outcomes().size());
      return new Room.Saved("/tmp/x.json and x.csv");
    };
    ui.type("\n").advance(Session.LEAD_IN_MILLIS);
    ui.type("a").type("l").type("\n\n\n").type("s").type("y");
    assertThat(saves).containsExactly(1, 2);
    assertThat(ui.text()).contains("saved");
  }
}
