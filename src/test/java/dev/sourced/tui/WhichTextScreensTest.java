package dev.sourced.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sourced.classroom.ClassSettings;
import dev.sourced.game.Challenge;
import dev.sourced.game.Mode;
import dev.sourced.game.Round;
import dev.sourced.game.RoundSettings;
import dev.sourced.pack.Catalog;
import dev.sourced.pack.Loaded;
import dev.sourced.pack.PackLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Which text said it?" on the real screens, with the bundled WeChat bank: three texts of three kinds. */
class WhichTextScreensTest {
  static final Catalog BANK = Catalog.of(PackLoader.loadBundled());

  private static AppState title(Catalog c, long seed) {
    return new AppState(new Page.Title(), c, RoundSettings.defaults(Mode.QUIZ, seed).withCount(3), null);
  }

  private static Round round(VirtualUi ui) {
    return ((Page.Playing) ui.state().page()).round();
  }

  @Test
  void aRoundAsksWhichTextAPassageIsFromAndTheFeedbackSaysWhatKindOfTextItIs() {
    VirtualUi ui = VirtualUi.start(title(BANK, 11)).type("3\n");
    Challenge c = round(ui).current();
    assertThat(c).isInstanceOf(Challenge.WhichText.class);
    String question = ui.text();
    assertThat(question).contains("Which text said it?").contains("MIT Technology Review:")
        .contains("China Daily Global:").contains("The Hill:");
    assertThat(question).doesNotContain("(feature)").doesNotContain("(opinion)").doesNotContain("(news)");
    ui.type(String.valueOf((char) ('a' + c.correct())));
    String feedback = ui.text();
    assertThat(feedback).contains("Correct!").contains("Published in: (" + Challenge.letter(c.correct()) + ")")
        .contains("(" + c.source().kind().label() + ")").contains("From the source").contains("Discuss:");
  }

  @Test
  void theSameSeedAsksTheSameRound() {
    VirtualUi a = VirtualUi.start(title(BANK, 5)).type("3\n");
    VirtualUi b = VirtualUi.start(title(BANK, 5)).type("3\n");
    assertThat(round(a).challenges()).isEqualTo(round(b).challenges());
    assertThat(a.text()).isEqualTo(b.text());
  }

  @Test
  void aPackWithOneTextSaysWhyTheRoundIsUnavailable() {
    VirtualUi ui = VirtualUi.start(title(ScreensTest.SAMPLE, 1)).type("3\n");
    assertThat(ui.text()).contains("Which text said it? is not available").contains("at least two sources");
  }

  @Test
  void aQuotationOnTheQuestionScreenDoesNotNameItsOutlet() {
    VirtualUi ui = VirtualUi.start(title(BANK, 4)).type("2\n");
    Challenge c = round(ui).current();
    assertThat(c.kind()).isEqualTo(Challenge.Kind.WHO_SAID_IT);
    assertThat(ui.text()).doesNotContain("\u2014 in ").doesNotContain(c.source().outlet());
  }

  @Test
  void aClassPlaysItToo() {
    RoundSettings r = RoundSettings.defaults(Mode.WHICH_TEXT, 3).withCount(2);
    ClassSettings cs = ClassSettings.defaults(r, ClassScreensTest.TEAMS).withTimer(0);
    VirtualUi ui = VirtualUi.start(new AppState(new Page.ClassSetup(Page.ClassSetup.START, -1), BANK, r, null, cs, null,
        null, null), 120, 40, true).type("\n");
    Challenge c = ui.state().room().session().current();
    assertThat(c.kind()).isEqualTo(Challenge.Kind.WHICH_TEXT);
    assertThat(ui.text()).contains("Which text said it?");
    ui.type(String.valueOf((char) ('a' + c.correct()))).type(String.valueOf((char) ('a' + (c.correct() + 1) % 3)));
    assertThat(ui.text()).contains("The answer is " + Challenge.letter(c.correct()));
    ui.type("\n");
    assertThat(ui.text()).contains("Discussion").contains("Why: The passage is from");
  }

  @Test
  void everyPassageOfTheBankIsAskedOnce() {
    List<Loaded> bank = PackLoader.loadBundled();
    int passages = dev.sourced.game.Draw.round(BANK.packs(), RoundSettings.defaults(Mode.WHICH_TEXT, 1)
        .withCount(200)) instanceof dev.sourced.game.Draw.Drawn d ? d.challenges().size() : -1;
    long distinct = bank.get(0).pack().questions().stream().map(q -> q.passage().strip()).distinct().count();
    assertThat(passages).isGreaterThanOrEqualTo((int) distinct);
  }
}
