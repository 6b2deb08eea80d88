package dev.sourced.importer;

import dev.sourced.pack.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The warnings for one imported file, each with the line it is about (0 for the whole file). */
final class Notes {
  final String file;
  private final List<Problem> warnings = new ArrayList<>();

  Notes(String file) {
    this.file = file;
  }

  void warn(int line, String message) {
    warnings.add(Problem.warning(file, line, 0, "", message));
  }

  int size() {
    return warnings.size();
  }

  /** A warning placed before those given since size() was index, so that it reads first. */
  void insert(int index, int line, String message) {
    warnings.add(index, Problem.warning(file, line, 0, "", message));
  }

  /** In line order; warnings about one line keep the order they were given in. */
  List<Problem> sorted() {
    List<Problem> out = new ArrayList<>(warnings);
    out.sort(Comparator.comparingInt(Problem::line));
    return out;
  }
}
