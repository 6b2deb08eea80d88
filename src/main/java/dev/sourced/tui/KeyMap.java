package dev.sourced.tui;

import com.googlecode.lanterna.input.KeyStroke;
import dev.sourced.tui.Msg.Key;
import dev.sourced.tui.Msg.Press;

/** Lanterna key strokes to the app's keys. The only place that knows Lanterna's key types. */
final class KeyMap {
  private KeyMap() {}

  static Press toMsg(KeyStroke k) {
    switch (k.getKeyType()) {
      case ArrowUp: return Press.of(Key.UP);
      case ArrowDown: return Press.of(Key.DOWN);
      case ArrowLeft: return Press.of(Key.LEFT);
      case ArrowRight: return Press.of(Key.RIGHT);
      case Enter: return Press.of(Key.ENTER);
      case Escape: return Press.of(Key.ESCAPE);
      case Backspace: return Press.of(Key.BACKSPACE);
      case PageUp: return Press.of(Key.PAGE_UP);
      case PageDown: return Press.of(Key.PAGE_DOWN);
      case Home: return Press.of(Key.HOME);
      case End: return Press.of(Key.END);
      case Tab: return Press.of(Key.DOWN);
      case ReverseTab: return Press.of(Key.UP);
      case Character: {
        char c = k.getCharacter();
        if (k.isCtrlDown() && (c == 'c' || c == 'C')) {
          return Press.of(Key.INTERRUPT);
        }
        if (k.isCtrlDown() || k.isAltDown()) {
          return null;
        }
        if (c == '\r' || c == '\n') {
          return Press.of(Key.ENTER); // a lone CR, as over SSH
        }
        return Press.typed(c);
      }
      case EOF: return Press.of(Key.INTERRUPT);
      default: return null;
    }
  }
}
