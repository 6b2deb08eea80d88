package dev.sourced.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.sourced.classroom.ClassSettings;
import dev.sourced.game.Mode;
import dev.sourced.game.RoundSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text a teacher or a pack brings that once broke the screen or the results (issue 10: F9, F13, D15, D17). */
class HostileTextTest {
  private static AppState setup(List<String> teams) {
    RoundSettings r = RoundSettings.defaults(Mode.QUIZ, 7).withCount(3);
    ClassSettings cs = ClassSettings.defaults(r, teams).withTimer(0);
    return new AppState(new Page.ClassSetup(Page.ClassSetup.START, -1), ScreensTest.SAMPLE, r, null, cs, null, null,
        null);
  }

  private static VirtualUi onNames(AppState s) {
    VirtualUi ui = VirtualUi.start(s);
    for (int i = 0; i < 5; i++) {
      ui.press(KeyType.ArrowUp);
    }
    return ui.type("\n");
  }

  @Test
  void combiningMarksAreComposedOrDroppedSoNothingStaleIsLeft() {
    assertThat(Layout.shown("Cafe\u0301")).isEqualTo("Caf\u00e9");
    assertThat(Layout.shown("e\u0301\u0301\u0301z")).isEqualTo("\u00e9z");
    VirtualUi ui = VirtualUi.start(setup(List.of("e\u0301\u0301\u0301z", "Pandas"))).type("\n");
    String question = ui.text();
    int first = question.lines().filter(l -> l.contains("\u00e9z")).findFirst().orElseThrow().indexOf("waiting");
    int second = question.lines().filter(l -> l.contains("Pandas")).findFirst().orElseThrow().indexOf("waiting");
    assertThat(first).isEqualTo(second);
  }

  @Test
  void wideNamesAreAlignedByTheirCells() {
    VirtualUi ui = VirtualUi.start(setup(List.of("Les \u00c9toiles \u65e5\u672c", "Pandas"))).type("\n");
    List<String> rows = ui.text().lines().filter(l -> l.contains("waiting")).toList();
    assertThat(rows).hasSize(2);
    assertThat(Layout.width(rows.get(0).substring(0, rows.get(0).indexOf("\u2026"))))
        .isEqualTo(Layout.width(rows.get(1).substring(0, rows.get(1).indexOf("\u2026"))));
  }

  @Test
  void backspaceTakesAWholeEmojiAndNoHalfOfOneIsKept() {
    VirtualUi ui = onNames(setup(List.of("Otters", "Pandas")));
    ui.type("Ann\ud83d\ude00");
    ui.press(KeyType.Backspace);
    ui.type("\n");
    assertThat(ClassApp.settingsOf(ui.state()).teams()).containsExactly("Ann", "Pandas");
    assertThat(ClassApp.whole("Herons\ud83d")).isEqualTo("Herons");
    assertThat(ClassApp.whole("\ude00x\ud83d\ude00")).isEqualTo("x\ud83d\ude00");
  }

  @Test
  void theFirstLetterTypedReplacesTheOldNameAndARefusedNameSaysWhy() {
    VirtualUi ui = onNames(setup(List.of("Otters", "Pandas"))).type("Lions\n");
    assertThat(ClassApp.settingsOf(ui.state()).teams()).containsExactly("Lions", "Pandas");
    ui.type("\n").press(KeyType.Backspace);
    for (int i = 0; i < 5; i++) {
      ui.press(KeyType.Backspace);
    }
    ui.type("\n");
    assertThat(ui.text()).contains("A team needs a name: Lions stays.");
    ui.type("\n").type("pandas\n");
    assertThat(ui.text()).contains("\u201Cpandas\u201D is another team's name: Lions stays.");
  }

  @Test
  void aKeyedClassSaysWhyItHasNoSpeedScoring() {
    VirtualUi ui = VirtualUi.start(setup(List.of("Otters", "Pandas")));
    for (int i = 0; i < 3; i++) {
      ui.press(KeyType.ArrowUp);
    }
    assertThat(ui.text()).contains("accuracy only");
    ui.press(KeyType.ArrowRight);
    assertThat(ClassApp.settingsOf(ui.state()).scoring()).isEqualTo(ClassSettings.ScoringRule.ACCURACY);
    assertThat(ui.text().replaceAll("\\s+", " ")).contains("points would follow the order you key them");
  }
}
