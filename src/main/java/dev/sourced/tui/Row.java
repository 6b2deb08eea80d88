package dev.sourced.tui;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One row of a menu or setup form, shared by key handling and drawing: its label, the value it
 * shows, what Left/Right do to it (or null), and what Enter does on it (or null: go to Start).
 */
record Row(String label, Function<AppState, String> value, BiFunction<AppState, Integer, AppState> change,
    Function<AppState, Update> enter) {

  static Row setting(String label, Function<AppState, String> value, BiFunction<AppState, Integer, AppState> change) {
    return new Row(label, value, change, null);
  }

  static Row action(String label, Function<AppState, String> value, Function<AppState, Update> enter) {
    return new Row(label, value, null, enter);
  }

  /** The row Enter on a setting moves to: the form's last, its Start. */
  static int start(List<Row> rows) {
    return rows.size() - 1;
  }

  static String arrows(String v) {
    return "\u2039 " + v + " \u203A";
  }
}
