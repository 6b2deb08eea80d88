package dev.sourced.pack;

import java.util.ArrayList;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every pack file that was looked at, sound or broken. A broken pack is listed with its problems
 * and left out of play; it never stops the others.
 */
public record Catalog(List<Loaded> entries) {
  /** The origin of a pack file named on the command line. */
  public static final String GIVEN = "given";

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
   * silently wins, and the author decides which to rename. One exception: a file named on the
   * command line (origin {@link #GIVEN}) is used for that run instead of the others, with a note,
   * as an author edits a copy of an installed pack. The same file found twice counts once.
   */
  private static List<Loaded> withDuplicatesMarked(List<Loaded> entries) {
    Map<String, List<Loaded>> byId = new HashMap<>();
    for (Loaded e : entries) {
      if (e.ok()) {
        byId.computeIfAbsent(e.pack().id(), k -> new ArrayList<>()).add(e);
      }
    }
    Map<Loaded, Loaded> replaced = new IdentityHashMap<>(); // to null: left out
    for (List<Loaded> same : byId.values()) {
      if (same.size() < 2) {
        continue;
      }
      List<Loaded> given = same.stream().filter(e -> e.origin().equals(GIVEN)).toList();
      Set<String> givenPlaces = given.stream().map(Catalog::place).collect(Collectors.toSet());
      Set<String> places = same.stream().map(Catalog::place).collect(Collectors.toSet());
      if (givenPlaces.size() == 1 || places.size() == 1) {
        Loaded winner = given.isEmpty() ? same.get(0) : given.get(0);
        List<String> others = same.stream().filter(o -> !place(o).equals(place(winner))).map(Loaded::file)
            .distinct().toList();
        same.forEach(o -> replaced.put(o, null));
        replaced.put(winner, others.isEmpty() ? winner : withProblem(winner, Problem.warning(winner.file(), 0, 0, "id",
            "the id \"" + winner.pack().id() + "\" is also used by " + String.join(", ", others)
                + "; this file, named on the command line, is played instead for this run")));
        continue;
      }
      for (Loaded e : same) {
        String others = same.stream().filter(o -> o != e).map(Loaded::file).collect(Collectors.joining(", "));
        List<Problem> problems = new ArrayList<>(e.problems());
        problems.add(Problem.error(e.file(), 0, 0, "id", "the id \"" + e.pack().id() + "\" is also used by " + others
            + "; give one of them another id (both are left out until then)"));
        replaced.put(e, new Loaded(e.file(), e.origin(), null, problems));
      }
    }
    List<Loaded> out = new ArrayList<>();
    for (Loaded e : entries) {
      Loaded r = replaced.containsKey(e) ? replaced.get(e) : e;
      if (r != null) {
        out.add(r);
      }
    }
    return List.copyOf(out);
  }

  /** A note that a pack named on the command line is played instead of another with its id. */
  public static boolean isShadowNote(Problem p) {
    return !p.isError() && p.path().equals("id");
  }

  private static Loaded withProblem(Loaded e, Problem p) {
    List<Problem> problems = new ArrayList<>(e.problems());
    problems.add(p);
    return new Loaded(e.file(), e.origin(), e.pack(), problems);
  }

  /** Where a file is, so that one file reached by two names counts once. */
  private static String place(Loaded e) {
    try {
      return Path.of(e.file()).toAbsolutePath().normalize().toString();
    } catch (InvalidPathException ex) {
      return e.file();
    }
  }
}
