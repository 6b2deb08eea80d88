package dev.sourced.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sourced.classroom.ClassSettings;
import dev.sourced.game.Mode;
import dev.sourced.game.RoundSettings;
import dev.sourced.pack.Catalog;
import dev.sourced.pack.Loaded;
import dev.sourced.pack.Pack;
import dev.sourced.testing.TestPacks;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever text a pack or a teacher brings, at whatever window size, the screens draw it: no
 * control code reaches the terminal and no line runs past the window, through a question, its
 * feedback, a class question and its reveal. Cases: jqwik.tries.default; bench/fuzz runs more.
 */
class ScreensPropertiesTest {
  @Provide
  Arbitrary<String> hostile() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMinLength(1).ofMaxLength(60),
        Arbitraries.strings().withChars("\u001b[]0;\u0007\u202e\u0130e\u0301\ud83d\ude00\u65e5\t\r\n x")
            .ofMinLength(1).ofMaxLength(40),
        Arbitraries.of("\u001b]2;PWNED\u0007", "e\u0301\u0301\u0301z", "\u65e5\u672c\u8a9e\u65e5\u672c\u8a9e",
            "x".repeat(300), "\ud83d", "\u202eevil"));
  }

  private static Pack pack(String text) {
    return TestPacks.minimal().withQuestion("q0", List.of(text + " one", "two " + text, "three"), text + " one")
        .withQuestion("q1", List.of("a", "b " + text), "a").build();
  }

  private static void check(VirtualUi ui, int columns) {
    String screen = ui.text();
    assertThat(screen.chars().noneMatch(c -> c < 0x20 && c != '\n' || c == 0x7f || (c >= 0x80 && c < 0xa0)))
        .as(screen).isTrue();
    for (String line : screen.split("\n")) {
      assertThat(Layout.width(line)).as(line).isLessThanOrEqualTo(columns);
    }
  }

  @Property
  void soloScreensDrawAnyText(@ForAll("hostile") String text, @ForAll @IntRange(min = 60, max = 200) int columns,
      @ForAll @IntRange(min = 18, max = 60) int rows) {
    Catalog c = Catalog.of(List.of(new Loaded("p.json", "test", pack(text), List.of())));
    AppState s = new AppState(new Page.Title(), c, RoundSettings.defaults(Mode.QUIZ, 3).withCount(2), null);
    VirtualUi ui = VirtualUi.start(s, columns, rows, true).type("1\n");
    check(ui, columns);
    ui.type("b");
    check(ui, columns);
  }

  @Property
  void classScreensDrawAnyTeamName(@ForAll("hostile") String name, @ForAll @IntRange(min = 60, max = 200) int columns,
      @ForAll @IntRange(min = 18, max = 60) int rows) {
    String team = name.strip().isEmpty() ? "x" : name.strip().substring(0, Math.min(24, name.strip().length()));
    if (ClassSettings.nameKey(team).equals("pandas")) {
      team = "x" + team;
    }
    RoundSettings r = RoundSettings.defaults(Mode.QUIZ, 3).withCount(2);
    ClassSettings cs;
    try {
      cs = ClassSettings.defaults(r, List.of(team, "Pandas")).withTimer(10);
    } catch (IllegalArgumentException e) {
      return; // a name the setup refuses never reaches a screen
    }
    AppState s = new AppState(new Page.ClassSetup(Page.ClassSetup.START, -1), ScreensTest.SAMPLE, r, null, cs, null,
        null, null);
    VirtualUi ui = VirtualUi.start(s, columns, rows, true).type("\n");
    check(ui, columns);
    ui.type("a").type("b");
    check(ui, columns);
    ui.type("\n\n\nq").type("y");
    check(ui, columns);
  }
}
