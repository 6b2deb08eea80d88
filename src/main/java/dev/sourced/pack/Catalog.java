package dev.sourced.pack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every pack file that was looked at, sound or broken. A broken pack is listed with its problems
 * and left out of play; it never stops the others.
 */
public record Catalog(List<Loaded> entries) {

  public Catalog {
    entries = withDuplicatesMarked(entries);
  }

  public static Catalog of(List<Loaded> entries) {
    return new Catalog(entries);
  }

  /** Packs that can be played. */
  public List<Pack> packs() {
    return entries.stream().filter(Loaded::ok).map(Loaded::pack).toList();
  }

  public List<Loaded> broken() {
    return entries.stream().filter(e -> !e.ok()).toList();
  }

  public Optional<Pack> pack(String id) {
    return packs().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * Packs that share an id are all left out, each with a problem naming the others: neither
   * silently wins, and the author decides which to rename.
   */
  private static List<Loaded> withDuplicatesMarked(List<Loaded> entries) {
    Map<String, List<Loaded>> byId = new HashMap<>();
    for (Loaded e : entries) {
      if (e.ok()) {
        byId.computeIfAbsent(e.pack().id(), k -> new ArrayList<>()).add(e);
      }
    }
    List<Loaded> out = new ArrayList<>();
    for (Loaded e : entries) {
      List<Loaded> same = e.ok() ? byId.get(e.pack().id()) : List.of();
      if (same.size() < 2) {
        out.add(e);
        continue;
      }
      String others = same.stream().filter(o -> o != e).map(Loaded::file).reduce((a, b) -> a + ", " + b).orElse("");
      List<Problem> problems = new ArrayList<>(e.problems());
      problems.add(Problem.error(e.file(), 0, 0, "id", "the id \"" + e.pack().id() + "\" is also used by " + others
          + "; give one of them another id (both are left out until then)"));
      out.add(new Loaded(e.file(), e.origin(), null, problems));
    }
    return List.copyOf(out);
  }
}
