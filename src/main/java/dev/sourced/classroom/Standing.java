package dev.sourced.classroom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A team's place on the leaderboard; tied scores share a place (1, 1, 3). */
public record Standing(int team, String name, int score, int place) {

  public static List<Standing> of(List<String> teams, List<Integer> scores) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < teams.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.<Integer>comparingInt(scores::get).reversed().thenComparingInt(i -> i));
    List<Standing> out = new ArrayList<>();
    for (int k = 0; k < order.size(); k++) {
      int t = order.get(k);
      int place = k > 0 && scores.get(order.get(k - 1)).equals(scores.get(t)) ? out.get(k - 1).place() : k + 1;
      out.add(new Standing(t, teams.get(t), scores.get(t), place));
    }
    return out;
  }
}
