package dev.sourced.classroom;

/**
 * One seat in a session: a stable id (what results and a rejoin go by), the name shown, and the
 * team's place in the settings' teams, or NO_TEAM. In a teacher-keyed class each team is one seat.
 */
public record Player(String id, String name, int team) {
  public static final int NO_TEAM = -1;

  public Player {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a player needs an id");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a player needs a name");
    }
    if (team < NO_TEAM) {
      throw new IllegalArgumentException("no team " + team);
    }
  }

  public boolean inTeam() {
    return team != NO_TEAM;
  }
}
