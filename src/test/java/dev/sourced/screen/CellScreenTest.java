package dev.sourced.screen;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The players' screen over ssh against Lanterna's TerminalScreen: the same cells, colours and styles on the terminal. */
class CellScreenTest {
  private static final TextColor[] COLORS = {TextColor.ANSI.DEFAULT, TextColor.ANSI.RED, TextColor.ANSI.GREEN_BRIGHT,
      new TextColor.RGB(10, 20, 30), new TextColor.Indexed(200)};
  private static final String[] TEXTS = {"Hello", "\u4E2D\u6587 wide", "\u2713 right \u00B7 \u2717", "x", "   ",
      "Place 3 of 27", "\u00C9t\u00E9", "\u2588\u2588\u2591"};

  private record Pair(DefaultVirtualTerminal lanterna, Screen reference, DefaultVirtualTerminal ours, Screen cells) {
    void draw(Consumer<TextGraphics> d) throws IOException {
      d.accept(reference.newTextGraphics());
      d.accept(cells.newTextGraphics());
      reference.refresh();
      cells.refresh();
    }

    void resize(TerminalSize s) {
      lanterna.setTerminalSize(s);
      ours.setTerminalSize(s);
      reference.doResizeIfNecessary();
      cells.doResizeIfNecessary();
    }

    void assertSame() {
      TerminalSize size = lanterna.getTerminalSize();
      List<String> diffs = new ArrayList<>();
      for (int row = 0; row < size.getRows(); row++) {
        for (int col = 0; col < size.getColumns(); col++) {
          TextCharacter a = lanterna.getCharacter(col, row);
          TextCharacter b = ours.getCharacter(col, row);
          if (!a.equals(b)) {
            diffs.add(col + "," + row + ": " + a + " / " + b);
          }
          if (a.isDoubleWidth()) {
            col++; // the right half of a wide character is hidden under it, whatever the buffer holds
          }
        }
      }
      assertThat(diffs).isEmpty();
    }
  }

  private static Pair pair(int columns, int rows) throws IOException {
    DefaultVirtualTerminal a = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
    DefaultVirtualTerminal b = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
    Screen ref = new TerminalScreen(a);
    Screen cells = new CellScreen(b);
    ref.startScreen();
    cells.startScreen();
    return new Pair(a, ref, b, cells);
  }

  @Test
  void framesOfTextColoursStylesAndWideCharactersLookTheSame() throws IOException {
    Pair p = pair(40, 12);
    Random r = new Random(4);
    for (int frame = 0; frame < 60; frame++) {
      long seed = r.nextLong();
      p.draw(g -> {
        Random f = new Random(seed);
        g.setBackgroundColor(COLORS[f.nextInt(COLORS.length)]);
        g.fill(' ');
        for (int i = 0; i < 12; i++) {
          g.setForegroundColor(COLORS[f.nextInt(COLORS.length)]);
          g.setBackgroundColor(COLORS[f.nextInt(COLORS.length)]);
          g.clearModifiers();
          if (f.nextBoolean()) {
            g.enableModifiers(SGR.BOLD);
          }
          if (f.nextInt(4) == 0) {
            g.enableModifiers(SGR.REVERSE, SGR.UNDERLINE);
          }
          String t = TEXTS[f.nextInt(TEXTS.length)];
          // Text runs off either edge; a wide character is kept off the last column (see the test below).
          g.putString(t.charAt(0) >= 0x1100 ? f.nextInt(32) - 2 : f.nextInt(44) - 2, f.nextInt(13), t);
        }
      });
      p.assertSame();
    }
  }

  @Test
  void aWideCharacterHalfOverwrittenAndAResizeLookTheSame() throws IOException {
    Pair p = pair(20, 5);
    p.draw(g -> g.putString(0, 0, "\u4E2D\u6587\u4E2D\u6587"));
    p.assertSame();
    p.draw(g -> g.putString(1, 0, "ab"));
    p.assertSame();
    p.resize(new TerminalSize(30, 8));
    p.draw(g -> {
      g.fill('.');
      g.putString(2, 7, "after the resize");
    });
    p.assertSame();
  }

  /** Where the two differ on purpose: Lanterna lets a wide character in the last column spill onto the next row. */
  @Test
  void aWideCharacterWithNoRoomInTheLastColumnIsABlank() throws IOException {
    DefaultVirtualTerminal t = new DefaultVirtualTerminal(new TerminalSize(20, 5));
    Screen cells = new CellScreen(t);
    cells.startScreen();
    cells.newTextGraphics().putString(19, 1, "\u4E2D");
    cells.refresh();
    assertThat(t.getCharacter(19, 1).getCharacterString()).isEqualTo(" ");
    assertThat(t.getCharacter(0, 2).getCharacterString()).isEqualTo(" ");
  }
}
