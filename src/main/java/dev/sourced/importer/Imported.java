package dev.sourced.importer;

import dev.sourced.pack.Pack;
import dev.sourced.pack.Problem;
import java.util.List;

/**
 * A pack made from a file in another format, with a warning for everything that could not be
 * carried over (by line), the name of the format it was read as, and how many questions were left out.
 */
public record Imported(Pack pack, List<Problem> warnings, String format, int skipped) {
  public Imported {
    warnings = List.copyOf(warnings);
  }
}
