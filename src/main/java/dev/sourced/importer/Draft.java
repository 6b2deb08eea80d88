package dev.sourced.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * A question as a format gives it, before the rules every imported question goes through
 * (PackBuilder): text not yet cleaned, optional fields null, the answer as an index into choices.
 */
final class Draft {
  final int line;
  /** An id the file gives, and a title to make one from; either may be null. */
  String id;
  String title;
  boolean trueFalse;
  String prompt;
  List<String> choices = new ArrayList<>();
  int answer = -1;
  boolean trueFalseAnswer;
  String explanation;
  /** Only the Sourced template has passages and sources. */
  String passage;
  String source;
  String discussion;
  String difficulty;
  List<String> tags = new ArrayList<>();
  /** What the format had that could not be carried over; warned about only if the question is kept. */
  List<String> notes = new ArrayList<>();

  Draft(int line) {
    this.line = line;
  }

  static Draft choice(int line, String prompt, List<String> choices, int answer) {
    Draft d = new Draft(line);
    d.prompt = prompt;
    d.choices = new ArrayList<>(choices);
    d.answer = answer;
    return d;
  }

  static Draft trueFalse(int line, String prompt, boolean answer) {
    Draft d = new Draft(line);
    d.trueFalse = true;
    d.prompt = prompt;
    d.trueFalseAnswer = answer;
    return d;
  }
}
