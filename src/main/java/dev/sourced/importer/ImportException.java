package dev.sourced.importer;

import dev.sourced.pack.Problem;
import java.util.List;

/**
 * A file that cannot be imported at all: what is wrong and, where there is one, the line. It
 * carries the warnings found before the import gave up, so that they can still be shown.
 */
public final class ImportException extends Exception {
  private final transient Problem problem;
  private final transient List<Problem> warnings;

  public ImportException(String file, int line, String message) {
    this(Problem.error(file, line, 0, "", message), List.of());
  }

  ImportException(Problem problem, List<Problem> warnings) {
    super(problem.format());
    this.problem = problem;
    this.warnings = List.copyOf(warnings);
  }

  public Problem problem() {
    return problem;
  }

  public List<Problem> warnings() {
    return warnings;
  }
}
