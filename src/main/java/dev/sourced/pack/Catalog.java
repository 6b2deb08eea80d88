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

  /** A second pack with an id already loaded is left out, with a problem naming the first. */
  private static List<Loaded> withDuplicatesMarked(List<Loaded> entries) {
    Map<String, Loaded> first = new HashMap<>();
    List<Loaded> out = new ArrayList<>();
    for (Loaded e : entries) {
      if (e.ok() && first.containsKey(e.pack().id())) {
        Loaded earlier = first.get(e.pack().id());
        List<Problem> problems = new ArrayList<>(e.problems());
        problems.add(Problem.error(e.file(), 0, 0, "id",
            "the id \"" + e.pack().id() + "\" is already used by " + earlier.file() + "; give this pack another id"));
        out.add(new Loaded(e.file(), e.origin(), null, problems));
      } else {
        if (e.ok()) {
          first.put(e.pack().id(), e);
        }
        out.add(e);
      }
    }
    return List.copyOf(out);
  }
}
