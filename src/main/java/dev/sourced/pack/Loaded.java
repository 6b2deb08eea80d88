package dev.sourced.pack;

import java.util.List;

/**
 * The outcome of loading one pack file: the pack when it is sound, and every problem found.
 * file names it in messages; origin says where it came from ("bundled", "user", or a path).
 */
public record Loaded(String file, String origin, Pack pack, List<Problem> problems) {
  public Loaded {
    problems = List.copyOf(problems);
  }

  public boolean ok() {
    return pack != null;
  }

  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }
}
