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
      main.err.println("sourced: " + file + " does not add up: " + e.getMessage());
      return 1;
    }
    PrintWriter out = main.out;
    out.println("Session " + saved.target().id() + ", started " + saved.target().started());
    boolean early = saved.played().size() < saved.challenges().size();
    String state = saved.finished() ? (early ? "ended early" : "finished")
        : "interrupted after question " + saved.played().size() + "; continue it with: sourced class --resume " + file;
    out.println(saved.played().size() + " of " + saved.challenges().size() + " questions played, " + state);
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
    out.println();
    out.println("Questions, most missed first");
    for (Outcome o : s.mostMissed()) {
      out.println(String.format(Locale.ROOT, "  Q%-3d %d of %d right  %s", o.number(), o.rightCount(), o.seats(),
          Texts.safe(o.challenge().prompt())));
    }
    long skipped = s.outcomes().stream().filter(Outcome::skipped).count();
    if (skipped > 0) {
      out.println("  (" + skipped + " skipped)");
    }
    return 0;
  }

  private static void standings(PrintWriter out, List<Standing> board) {
    for (Standing st : board) {
      out.println(String.format(Locale.ROOT, "  %2d. %-24s %6d", st.place(), Texts.safe(st.name()), st.score()));
    }
  }
}
