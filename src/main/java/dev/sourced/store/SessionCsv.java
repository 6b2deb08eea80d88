package dev.sourced.store;

import dev.sourced.classroom.Ballot;
import dev.sourced.classroom.Outcome;
import dev.sourced.classroom.Player;
import dev.sourced.classroom.Session;
import dev.sourced.game.Challenge;
import java.util.List;
import java.util.Locale;

/**
 * A session as CSV for a spreadsheet: a row per player per locked or skipped question, with the
 * correct answer and the player's running total.
 */
final class SessionCsv {
  private SessionCsv() {}

  static String encode(ResultsTarget t, Session s) {
    StringBuilder b = new StringBuilder(
        "session,question,question_id,prompt,correct_answer,player_id,player,team,answer,correct,points,seconds,total"
            + "\r\n");
    List<Player> players = s.players();
    List<String> teams = s.settings().teams();
    int[] totals = new int[players.size()];
    for (Outcome o : s.outcomes()) {
      Challenge c = o.challenge();
      for (int p = 0; p < o.seats(); p++) {
        Ballot ballot = o.ballots().get(p);
        Player player = players.get(p);
        String answer = ballot.given() ? c.choices().get(ballot.choice()) : (o.skipped() ? "(skipped)" : "");
        String seconds = ballot.given() ? String.format(Locale.ROOT, "%.1f", ballot.millis() / 1000.0) : "";
        String team = player.inTeam() ? teams.get(player.team()) : "";
        totals[p] += o.points().get(p);
        b.append(String.join(",", cell(t.id()), String.valueOf(o.number()), cell(c.id()), cell(c.prompt()),
            cell(o.skipped() ? "" : c.correctChoice()), cell(player.id()), cell(player.name()), cell(team), cell(answer),
            o.correct().get(p) ? "yes" : "no", String.valueOf(o.points().get(p)), seconds, String.valueOf(totals[p])))
            .append("\r\n");
      }
    }
    return b.toString();
  }

  /** RFC 4180 quoting, and a leading apostrophe on text a spreadsheet would run as a formula. */
  static String cell(String text) {
    String s = text;
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      s = "'" + s;
    }
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      s = "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
