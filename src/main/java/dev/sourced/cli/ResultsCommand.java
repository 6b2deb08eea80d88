package dev.sourced.cli;

import dev.sourced.classroom.Outcome;
import dev.sourced.classroom.Player;
import dev.sourced.classroom.Replay;
import dev.sourced.classroom.Session;
import dev.sourced.classroom.Standing;
import dev.sourced.pack.Catalog;
import dev.sourced.pack.Texts;
import dev.sourced.store.ResultsFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** `sourced results FILE`: a saved session in words, for the teacher after class. */
@Command(name = "results", mixinStandardHelpOptions = true, description = "Summarise a saved class session.")
final class ResultsCommand implements Callable<Integer> {
  @CommandLine.ParentCommand
  Main main;

  @Parameters(paramLabel = "FILE", description = "a session's .json file")
  Path file;

  @CommandLine.Option(names = "--pack", paramLabel = "PATH", description = "a pack file the session used; repeatable")
  List<Path> packs = new java.util.ArrayList<>();

  @CommandLine.Option(names = "--per-question", description = "each question's accuracy, in the order they were asked")
  boolean perQuestion;

  @Override
  public Integer call() {
    Catalog catalog = Catalogs.load(main.env, packs);
    ResultsFiles.Saved saved;
    Session s;
    try {
      saved = ResultsFiles.read(file, catalog);
      s = saved.summary();
    } catch (ResultsFiles.Unreadable e) {
      main.err.println("sourced: " + e.getMessage());
      return 1;
    } catch (Replay.Mismatch e) {
      main.err.println(Texts.safe("sourced: " + file + " does not add up: " + e.getMessage()));
      return 1;
    }
    PrintWriter out = main.out;
    out.println(Texts.safe("Session " + saved.target().id() + ", started " + when(saved.target().started())));
    int played = saved.played().size();
    boolean early = played < saved.challenges().size();
    String state = saved.finished() ? (early ? "ended early" : "finished")
        : early ? "interrupted after question " + played + "; continue it with: sourced class --resume " + file
        : "stopped before its end was shown; sourced class --resume " + file + " shows the final standings";
    out.println(Texts.safe(played + " of " + saved.challenges().size() + " question"
        + (saved.challenges().size() == 1 ? "" : "s") + " played, " + state));
    out.println(saved.settings().round().mode().title() + ", " + saved.settings().scoring().label() + " scoring, "
        + (saved.settings().timerSeconds() == 0 ? "no timer" : saved.settings().timerSeconds() + " s a question"));
    boolean keyed = s.teamCount() > 0 && s.playerCount() == s.teamCount();
    if (!keyed && s.teamCount() > 0) {
      out.println();
      out.println("Teams (a team's score is the mean of its players' points)");
      standings(out, s.teamStandings());
    }
    out.println();
    out.println(keyed ? "Standings" : "Players");
    if (keyed) {
      standings(out, s.standings());
    } else {
      List<Player> players = s.players();
      for (Standing st : s.playerStandings()) {
        Player p = players.get(st.team());
        String team = p.inTeam() ? "  (" + Texts.safe(s.settings().teams().get(p.team())) + ")" : "";
        out.println(String.format(Locale.ROOT, "  %2d. %-24s %6d%s", st.place(), Texts.safe(st.name()), st.score(),
            team));
      }
    }
    if (perQuestion) {
      out.println();
      out.println("Questions, as asked (right of answered)");
      for (Outcome o : s.outcomes()) {
        long answered = o.ballots().stream().filter(b -> b.given()).count();
        String pct = o.skipped() ? "skipped" : answered == 0 ? "no answers"
            : String.format(Locale.ROOT, "%3d%%  %d of %d", Math.round(100.0 * o.rightCount() / answered), o.rightCount(),
                answered);
        out.println(Texts.safe(String.format(Locale.ROOT, "  Q%-3d %-16s %s", o.number(), pct,
            o.challenge().shownPrompt())));
      }
    }
    out.println();
    out.println("Questions, most missed first");
    for (Outcome o : s.mostMissed().stream().filter(o -> o.rightCount() < o.seats()).toList()) {
      out.println(String.format(Locale.ROOT, "  Q%-3d %d of %d right  %s", o.number(), o.rightCount(), o.seats(),
          Texts.safe(o.challenge().prompt())));
    }
    long skipped = s.outcomes().stream().filter(Outcome::skipped).count();
    if (skipped > 0) {
      out.println("  (" + skipped + " skipped)");
    }
    return 0;
  }

  /** An ISO instant as a reader wants it: local date and time to the minute, with the zone. */
  static String when(String iso) {
    try {
      return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT)
          .format(java.time.Instant.parse(iso).atZone(java.time.ZoneId.systemDefault()));
    } catch (RuntimeException e) {
      return iso;
    }
  }

  private static void standings(PrintWriter out, List<Standing> board) {
    for (Standing st : board) {
      out.println(String.format(Locale.ROOT, "  %2d. %-24s %6d", st.place(), Texts.safe(st.name()), st.score()));
    }
  }
}
