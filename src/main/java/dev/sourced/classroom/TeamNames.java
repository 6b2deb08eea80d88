package dev.sourced.classroom;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Friendly team names, drawn from the seed so that a session's names can be replayed. */
public final class TeamNames {
  static final List<String> WORDS = List.of(
      "Otters", "Pandas", "Herons", "Foxes", "Lynxes", "Owls", "Badgers", "Dolphins", "Falcons", "Beavers",
      "Koalas", "Ravens", "Tigers", "Walruses", "Wombats", "Yaks", "Cranes", "Hedgehogs", "Puffins", "Zebras");

  private TeamNames() {}

  public static List<String> pick(int count, long seed) {
    List<String> words = new ArrayList<>(WORDS);
    Collections.shuffle(words, new Random(seed));
    return List.copyOf(words.subList(0, count));
  }
}
