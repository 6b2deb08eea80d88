package dev.sourced.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.sourced.game.Challenge;
import dev.sourced.game.Mode;
import dev.sourced.game.Round;
import dev.sourced.game.RoundSettings;
import dev.sourced.pack.Catalog;
import dev.sourced.pack.Loaded;
import dev.sourced.pack.Pack;
import dev.sourced.pack.PackLoader;
import dev.sourced.testing.TestPacks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real screens, driven with keys on a virtual terminal. */
class ScreensTest {
  static final Catalog SAMPLE = Catalog.of(List.of(PackLoader.loadFile(Path.of("src/test/resources/packs/sample.json"),
      "test")));

  private static AppState title(Catalog catalog, Mode mode, long seed) {
    return new AppState(new Page.Title(), catalog, RoundSettings.defaults(mode, seed).withCount(3), null);
  }

  /** Title, "1" for a quiz round, Enter on Start: the first question of a seeded 3-item round. */
  private static VirtualUi quiz() {
    return VirtualUi.start(title(SAMPLE, Mode.QUIZ, 7)).type("1\n");
  }

  private static Round round(VirtualUi ui) {
    Page p = ui.state().page();
    return p instanceof Page.Playing pl ? pl.round() : ((Page.Results) p).round();
  }

  @Test
  void titleScreenGolden() {
    Golden.check("title-80x24", VirtualUi.start(title(SAMPLE, Mode.QUIZ, 7)).text());
  }

  @Test
  void titleSaysPacksAreLoadingUntilTheyArrive() {
    VirtualUi ui = VirtualUi.start(title(null, Mode.QUIZ, 7));
    assertThat(ui.text()).contains("Loading packs\u2026");
    ui.tui.post(new Msg.PacksLoaded(SAMPLE));
    assertThat(ui.step().text()).contains("1 pack \u00B7 4 questions \u00B7 6 quotes");
  }

  @Test
  void questionScreenGolden() {
    Golden.check("question-80x24", quiz().text());
  }

  @Test
  void feedbackScreenGolden() {
    VirtualUi ui = quiz();
    Challenge c = round(ui).current();
    ui.type(String.valueOf((char) ('a' + c.correct())));
    Golden.check("feedback-80x24", ui.text());
  }

  @Test
  void resultsScreenGolden() {
    VirtualUi ui = quiz();
    for (int i = 0; i < 3; i++) {
      Challenge c = round(ui).current();
      ui.type(i == 1 ? String.valueOf((c.correct() + 1) % c.choices().size() + 1) : String.valueOf(c.correct() + 1));
      ui.type(" ");
    }
    assertThat(ui.state().page()).isInstanceOf(Page.Results.class);
    Golden.check("results-80x24", ui.text());
  }

  @Test
  void feedbackShowsThePassageItsSourceAndADiscussionPrompt() {
    VirtualUi ui = quiz();
    Challenge c = round(ui).current();
    ui.type("A");
    String screen = ui.text();
    assertThat(screen).contains("From the source").contains("MIT Technology Review").contains("Discuss:");
    String firstWords = c.passage().substring(0, 30);
    assertThat(screen.replace("\n\u2502 ", " ").replace("\n\u00BB ", " ")).contains(firstWords.split(" ")[0]);
    assertThat(screen).containsAnyOf("\u2713 Correct!", "\u2717 Not quite.");
  }

  @Test
  void lettersInEitherCaseNumbersAndArrowsAllAnswer() {
    for (String keys : List.of("b", "B", "2")) {
      VirtualUi ui = quiz();
      ui.type(keys);
      assertThat(round(ui).lastAnswer().choice()).as(keys).isEqualTo(1);
    }
    VirtualUi ui = quiz();
    ui.press(KeyType.ArrowDown).press(KeyType.ArrowDown).press(KeyType.ArrowUp).press(KeyType.Enter);
    assertThat(round(ui).lastAnswer().choice()).isEqualTo(1);
  }

  @Test
  void letterBeyondTheChoicesDoesNothing() {
    VirtualUi ui = quiz();
    int n = round(ui).current().choices().size();
    ui.type(String.valueOf((char) ('a' + n)));
    assertThat(round(ui).phase()).isEqualTo(Round.Phase.ASKING);
  }

  @Test
  void timedQuestionShowsACountdownAndTimesOut() {
    AppState s = new AppState(new Page.Title(), SAMPLE, RoundSettings.defaults(Mode.QUIZ, 7).withCount(3).withTimer(10), null);
    VirtualUi ui = VirtualUi.start(s).type("1\n");
    assertThat(ui.text()).contains(" 10 s left");
    ui.advance(4_000);
    assertThat(ui.text()).contains("  6 s left");
    for (int i = 0; i < 70 && round(ui).phase() == Round.Phase.ASKING; i++) {
      ui.advance(100);
    }
    assertThat(ui.text()).contains("\u2717 Time's up.");
    assertThat(round(ui).lastAnswer().timedOut()).isTrue();
  }

  @Test
  void escapeAsksBeforeAbandoningTheRound() {
    VirtualUi ui = quiz().press(KeyType.Escape);
    assertThat(ui.text()).contains("Leave this round?");
    ui.type("n");
    assertThat(ui.state().page()).isInstanceOf(Page.Playing.class);
    ui.type("q").type("y");
    assertThat(ui.state().page()).isInstanceOf(Page.Title.class);
  }

  @Test
  void questionMarkShowsTheKeysAndGoesBack() {
    VirtualUi ui = quiz().type("?");
    assertThat(ui.text()).contains("Keys").contains("Ctrl-C");
    ui.press(KeyType.Escape);
    assertThat(ui.state().page()).isInstanceOf(Page.Playing.class);
  }

  @Test
  void tinyWindowSaysHowLargeItMustBeAndRedrawsWhenLarger() {
    VirtualUi ui = quiz().resize(50, 15);
    assertThat(ui.text()).contains("Sourced needs 60\u00D718;").contains("this one is 50\u00D715.");
    ui.resize(100, 30);
    assertThat(ui.text()).doesNotContain("too small").contains("1/3");
  }

  @Test
  void resultsReviewOpensAPassageAgain() {
    VirtualUi ui = quiz();
    for (int i = 0; i < 3; i++) {
      ui.type("a ");
    }
    ui.press(KeyType.ArrowDown).press(KeyType.Enter);
    assertThat(ui.text()).contains("Item 2 of 3").contains("From the source");
    ui.press(KeyType.Escape);
    assertThat(ui.state().page()).isInstanceOf(Page.Results.class);
    ui.type("r");
    assertThat(ui.state().page()).isInstanceOf(Page.Playing.class);
  }

  @Test
  void whoSaidItOffersSpeakersAndNamesTheOneWhoSaidIt() {
    VirtualUi ui = VirtualUi.start(title(SAMPLE, Mode.QUIZ, 3)).type("2\n");
    assertThat(ui.text()).contains("Who said it?");
    Challenge.WhoSaidIt w = (Challenge.WhoSaidIt) round(ui).current();
    ui.type(String.valueOf(w.correct() + 1));
    assertThat(ui.text()).contains("Said by:").contains(w.speaker().name());
  }

  @Test
  void whoSaidItWithoutSpeakersSaysWhy() {
    Pack noSpeakers = TestPacks.minimal().withQuestions(3).build();
    Catalog c = Catalog.of(List.of(new Loaded("x.json", "test", noSpeakers, List.of())));
    VirtualUi ui = VirtualUi.start(title(c, Mode.QUIZ, 1)).type("2\n");
    assertThat(ui.text()).contains("Who said it? is not available").contains("at least two speakers");
  }

  @Test
  void hostileTextNeverReachesTheTerminalAsControlCodes() {
    Pack hostile = new Pack("evil", "Title \u001b[2J\u001b]0;pwned\u0007", "d", "en",
        TestPacks.minimal().build().sources(), List.of(), List.of(),
        TestPacks.minimal().withQuestions(1).build().questions(), "x");
    Catalog c = Catalog.of(List.of(new Loaded("evil\u001b[31m.json", "test", hostile, List.of())));
    VirtualUi ui = VirtualUi.start(new AppState(new Page.Packs(0), c, RoundSettings.defaults(Mode.QUIZ, 1), null));
    String screen = ui.text();
    assertThat(screen).contains("Title ?[2J?]0;pwned?");
    assertThat(screen.chars().filter(ch -> ch != '\n' && Character.isISOControl(ch))).isEmpty();
  }

  @Test
  void noColorMeansNoColours() {
    VirtualUi ui = VirtualUi.start(title(SAMPLE, Mode.QUIZ, 7), 80, 24, false).type("1\n").type("a");
    for (int row = 0; row < 24; row++) {
      for (int col = 0; col < 80; col++) {
        TextCharacter ch = ui.at(col, row);
        assertThat(ch.getForegroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
        assertThat(ch.getBackgroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
      }
    }
  }

  @Test
  void highlightedWordsAreMarkedWithoutColourToo() {
    VirtualUi ui = VirtualUi.start(title(SAMPLE, Mode.QUIZ, 3), 80, 24, false).type("2\n").type("a");
    assertThat(ui.text()).contains("\u00BB ");
  }

  @Test
  void ctrlCQuitsAtOnce() {
    VirtualUi ui = quiz().press(new KeyStroke('c', true, false));
    assertThat(ui.state().exitCode()).isEqualTo(AppState.EXIT_INTERRUPTED);
  }

  @Test
  void longFeedbackScrolls() {
    VirtualUi ui = VirtualUi.start(title(SAMPLE, Mode.QUIZ, 7), 60, 18, true).type("1\n").type("a");
    assertThat(ui.text()).contains("\u2193 more");
    ui.press(KeyType.End);
    assertThat(ui.text()).contains("\u2191 more").contains("Discuss:");
    ui.press(KeyType.Home);
    assertThat(ui.text()).doesNotContain("\u2191 more");
  }
}
