package dev.sourced.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.sourced.game.Challenge;
import dev.sourced.game.Mode;
import dev.sourced.game.RoundSettings;
import dev.sourced.pack.Catalog;
import dev.sourced.pack.Loaded;
import dev.sourced.pack.Pack;
import dev.sourced.pack.Question;
import dev.sourced.pack.Source;
import dev.sourced.pack.SourceKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Choosing a round's packs by title; imported practice packs stay out of a lesson unless chosen (issue 10). */
class PackPickerTest {
  static Pack imported() {
    Source s = new Source("imported", "capitals", "Imported from a Kahoot! sheet", null, null, SourceKind.OTHER, null,
        null);
    List<Question> qs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      qs.add(new Question("cap" + i, Question.Type.CHOICE, "Capital " + i + "?", List.of("Paris", "Rome"), "Paris",
          "imported", "Capital " + i + "?", "Because.", "Why is this the answer?", dev.sourced.pack.Difficulty.EASY,
          List.of()));
    }
    return new Pack("capitals", "Capitals practice", "Imported from the Kahoot! sheet capitals.xlsx.", "en",
        List.of(s), List.of(), List.of(), qs, "user");
  }

  static final Catalog BOTH = Catalog.of(List.of(ScreensTest.SAMPLE.entries().get(0),
      new Loaded("capitals.json", "user", imported(), List.of())));

  private static AppState title() {
    return new AppState(new Page.Title(), BOTH, RoundSettings.defaults(Mode.QUIZ, 3).withCount(10), null);
  }

  private static List<Challenge> round(VirtualUi ui) {
    Page p = ui.state().page();
    Page.Playing playing = p instanceof Page.Notice n ? (Page.Playing) n.back() : (Page.Playing) p;
    return playing.round().challenges();
  }

  @Test
  void anImportedPackIsNotMixedIntoARoundUnlessChosen() {
    assertThat(imported().imported()).isTrue();
    assertThat(ScreensTest.SAMPLE.packs().get(0).imported()).isFalse();
    VirtualUi ui = VirtualUi.start(title()).type("1");
    assertThat(ui.text()).contains("(imported packs only when chosen)");
    ui.type("\n");
    assertThat(round(ui)).extracting(c -> c.pack().id()).containsOnly("sample");
  }

  @Test
  void packsAreChosenByTitleAndTheChoiceIsKept() {
    VirtualUi ui = VirtualUi.start(title()).type("1");
    ui.press(KeyType.ArrowUp); // Start -> Packs
    ui.type("\n");
    assertThat(ui.text()).contains("[x] ").contains("[ ] Capitals practice").contains("(imported)");
    ui.press(KeyType.ArrowDown).type(" ").press(KeyType.ArrowUp).type(" ");
    assertThat(ui.text()).contains("[x] Capitals practice");
    ui.type("\n");
    assertThat(ui.state().setup().packs()).containsExactly("capitals");
    assertThat(ui.text()).contains("Capitals practice");
    ui.press(KeyType.ArrowDown).type("\n");
    assertThat(round(ui)).extracting(c -> c.pack().id()).containsOnly("capitals");
    assertThat(ui.state().setup().packs()).as("kept for the next round").containsExactly("capitals");
  }

  @Test
  void noPackTickedIsNotKept() {
    VirtualUi ui = VirtualUi.start(title()).type("1");
    ui.press(KeyType.ArrowUp).type("\n").type(" ");
    assertThat(ui.text()).contains("Tick at least one pack.");
    ui.type("\n");
    assertThat(ui.state().page()).isInstanceOf(Page.PackPicker.class);
    ui.press(KeyType.Escape);
    assertThat(ui.state().page()).isInstanceOf(Page.Setup.class);
  }

  @Test
  void aKeptChoiceIsRememberedForTheNextStartAndAGoneOneFallsBack() {
    AppState s = title();
    AppState picking = s.with(new Page.PackPicker(new Page.Setup(Mode.QUIZ, 2), 1, List.of("capitals")));
    Update kept = App.update(picking, Msg.Press.of(Msg.Key.ENTER));
    assertThat(kept.effects()).containsExactly(new Effect.RememberPacks(List.of("capitals")));
    assertThat(App.update(picking, Msg.Press.of(Msg.Key.ESCAPE)).effects()).isEmpty();
    assertThat(App.chosenPacks(s, List.of("gone", "capitals"))).containsExactly("capitals");
    assertThat(App.chosenPacks(s, List.of("gone"))).containsExactly("sample");
  }
}
