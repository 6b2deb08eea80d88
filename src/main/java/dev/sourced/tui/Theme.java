package dev.sourced.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.sourced.tui.Line.Style;

/** The 16 ANSI colours, or none at all when NO_COLOR is set; meaning never rides on colour alone. */
record Theme(boolean color) {

  static Theme fromEnvironment(java.util.Map<String, String> env) {
    String noColor = env.get("NO_COLOR");
    return new Theme(noColor == null || noColor.isEmpty());
  }

  void apply(TextGraphics g, Style style) {
    g.setForegroundColor(TextColor.ANSI.DEFAULT);
    g.setBackgroundColor(TextColor.ANSI.DEFAULT);
    g.clearModifiers();
    switch (style) {
      case BOLD -> g.enableModifiers(SGR.BOLD);
      case DIM -> {
        if (color) {
          g.setForegroundColor(TextColor.ANSI.WHITE);
        }
      }
      case ACCENT -> {
        g.enableModifiers(SGR.BOLD);
        if (color) {
          g.setForegroundColor(TextColor.ANSI.CYAN);
        }
      }
      case GOOD -> {
        g.enableModifiers(SGR.BOLD);
        if (color) {
          g.setForegroundColor(TextColor.ANSI.GREEN);
        }
      }
      case BAD -> {
        g.enableModifiers(SGR.BOLD);
        if (color) {
          g.setForegroundColor(TextColor.ANSI.RED);
        }
      }
      case MARK -> {
        g.enableModifiers(SGR.BOLD);
        if (color) {
          g.setForegroundColor(TextColor.ANSI.YELLOW);
        } else {
          g.enableModifiers(SGR.UNDERLINE);
        }
      }
      case SELECTED -> g.enableModifiers(SGR.REVERSE);
      default -> { }
    }
  }
}
