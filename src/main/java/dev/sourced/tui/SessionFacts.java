package dev.sourced.tui;

import dev.sourced.classroom.Session;
import dev.sourced.classroom.Standing;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every student's screen works out from one session value: the seat of each id, the scores,
 * the standings and each seat's place. A reveal redraws every screen from the same session, and
 * working these out per screen made it O(players^2) (3 s of server CPU for 1000 players in
 * bench/class-load); here they are worked out once per session value and shared, read-only.
 */
record SessionFacts(Session session, Map<String, Integer> seats, List<Integer> scores, List<Standing> standings,
    int[] places) {
  private static volatile SessionFacts last;

  /** The facts of s: the ones already made for this very value, or new ones (which then are kept). */
  static SessionFacts of(Session s) {
    SessionFacts f = last;
    if (f == null || f.session() != s) {
      f = make(s);
      last = f;
    }
    return f;
  }

  private static SessionFacts make(Session s) {
    Map<String, Integer> seats = new HashMap<>();
    for (int p = 0; p < s.players().size(); p++) {
      seats.putIfAbsent(s.players().get(p).id(), p);
    }
    List<Integer> scores = s.scores();
    List<Standing> standings = Standing.of(s.players().stream().map(dev.sourced.classroom.Player::name).toList(),
        scores);
    int[] places = new int[s.players().size()];
    for (Standing st : standings) {
      places[st.team()] = st.place();
    }
    return new SessionFacts(s, Map.copyOf(seats), List.copyOf(scores), List.copyOf(standings), places);
  }

  /** As Session.seatOf: the seat of this id, or -1. */
  int seatOf(String id) {
    Integer seat = id == null ? null : seats.get(id);
    return seat == null ? -1 : seat;
  }

  /** The seat's place among the players (ties share a place), or 0 when not seated. */
  int placeOf(String id) {
    int seat = seatOf(id);
    return seat < 0 ? 0 : places[seat];
  }
}
