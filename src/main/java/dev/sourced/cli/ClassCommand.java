package dev.sourced.cli;

import dev.sourced.classroom.ClassSettings;
import dev.sourced.classroom.Replay;
import dev.sourced.classroom.Session;
import dev.sourced.classroom.TeamNames;
import dev.sourced.pack.Catalog;
import dev.sourced.room.Room;
import dev.sourced.store.ResultsFiles;
import dev.sourced.store.ResultsTarget;
import dev.sourced.tui.AppState;
import dev.sourced.tui.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `sourced class`: a teacher-led team game on one screen, saved as it goes. */
@Command(name = "class", mixinStandardHelpOptions = true,
    description = "Run a team game for a class on one projected screen; results are saved after every question.")
final class ClassCommand implements Callable<Integer> {
  @CommandLine.ParentCommand
  Main main;

  @CommandLine.Mixin
  RoundOptions round;

  @Option(names = "--teams", paramLabel = "N", description = "number of teams, 2-8, with friendly names (default: 4)")
  Integer teams;

  @Option(names = "--team", paramLabel = "NAME", description = "a team's name; repeat for each team")
  List<String> names = new ArrayList<>();

  @Option(names = "--timer", paramLabel = "SECONDS", description = "seconds per question, 0 for none (default: 30)")
  int timer = ClassSettings.DEFAULT_TIMER;

  @Option(names = "--scoring", paramLabel = "RULE", description = "accuracy (1000 a correct answer, the default) or speed")
  String scoring = "accuracy";

  @Option(names = "--streak-bonus", description = "add the streak bonus (100 a correct answer in a row, up to 500)")
  boolean streakBonus;

  @Option(names = "--no-discussion", description = "no discussion stop after the reveal")
  boolean noDiscussion;

  @Option(names = "--discussion-timer", paramLabel = "SECONDS", description = "a timer for each discussion stop")
  int discussionTimer;

  @Option(names = "--results", paramLabel = "DIR", description = "where results go (default: $XDG_DATA_HOME/sourced/results)")
  Path results;

  @Option(names = "--resume", paramLabel = "FILE", description = "continue an interrupted session from its .json file")
  Path resume;

  @Option(names = "--join", description = "students join from their own terminals with ssh (an embedded server)")
  boolean join;

  @Option(names = "--port", paramLabel = "PORT", description = "the ssh port students join on (default: 2222)")
  int port = Hosting.DEFAULT_PORT;

  @Option(names = "--bind", paramLabel = "ADDRESS", description = "the address to listen on (default: all)")
  String bind;

  @Option(names = "--max-players", paramLabel = "N", description = "at most this many players (default: 200)")
  int maxPlayers = Hosting.DEFAULT_MAX;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** With --join: the server, listening before any screen, so a port in use is a one-line error. */
  private Hosting host(String code) {
    if (port < 0 || port > 65535) {
      throw RoundOptions.usage(spec.commandLine(), "--port must be 0 to 65535, not " + port);
    }
    if (maxPlayers < 1) {
      throw RoundOptions.usage(spec.commandLine(), "--max-players must be at least 1, not " + maxPlayers);
    }
    Hosting h = new Hosting(new dev.sourced.net.ClassServer.Options(bind, port, maxPlayers,
        Hosting.hostKey(main.env)), code != null ? code : dev.sourced.net.ClassServer.newCode());
    if (!join) {
      return h;
    }
    try {
      h.start();
      return h;
    } catch (dev.sourced.net.ClassServer.Failure e) {
      main.err.println("sourced: " + e.getMessage());
      return null;
    }
  }

  @Override
  public Integer call() {
    Path dir = results != null ? results : ResultsTarget.defaultDir(main.env);
    if (resume != null) {
      return resume(dir);
    }
    RoundOptions.Resolved r = round.resolve(main, spec.commandLine(), 0);
    if (r.exit() != 0) {
      return r.exit();
    }
    // Students on their own terminals play alone unless teams are asked for.
    List<String> teamNames = join && teams == null && names.isEmpty() ? List.of() : teamNames(r.settings().seed());
    if (!"accuracy".equals(scoring) && !"speed".equals(scoring)) {
      throw RoundOptions.usage(spec.commandLine(), "--scoring must be accuracy or speed, not '" + scoring + "'");
    }
    if ("speed".equals(scoring) && !join) {
      throw RoundOptions.usage(spec.commandLine(), "--scoring speed: in a class whose answers you key in, points"
          + " would follow the order you key the teams; such a class scores accuracy only");
    }
    ClassSettings settings;
    try {
      settings = new ClassSettings(r.settings(), teamNames, timer,
          "speed".equals(scoring) ? ClassSettings.ScoringRule.SPEED : ClassSettings.ScoringRule.ACCURACY,
          streakBonus, !noDiscussion, discussionTimer);
    } catch (IllegalArgumentException e) {
      throw RoundOptions.usage(spec.commandLine(), e.getMessage());
    }
    // Say so now, not after the lesson.
    String problem = ResultsTarget.probe(dir);
    if (problem != null) {
      main.err.println("sourced: " + problem);
      return 1;
    }
    Hosting hosting = host(null);
    if (hosting == null) {
      return 1;
    }
    AppState start = new AppState(new Page.ClassSetup(Page.ClassSetup.START, -1), r.catalog(), r.settings(),
        null, settings, null, null, null, join);
    return main.interactive(r.catalog(), start, dir, null, hosting);
  }

  private List<String> teamNames(long seed) {
    if (!names.isEmpty()) {
      if (teams != null && teams != names.size()) {
        throw RoundOptions.usage(spec.commandLine(), "--teams " + teams + " but " + names.size() + " --team names");
      }
      return names;
    }
    int n = teams == null ? 4 : teams;
    if (n < ClassSettings.MIN_TEAMS || n > ClassSettings.MAX_TEAMS) {
      throw RoundOptions.usage(spec.commandLine(), "--teams must be " + ClassSettings.MIN_TEAMS + " to "
          + ClassSettings.MAX_TEAMS + ", not " + n);
    }
    return TeamNames.pick(n, seed);
  }

  private int resume(Path dir) {
    Catalog catalog = Catalogs.load(main.env, round.packs.stream().map(Path::of).filter(java.nio.file.Files::exists)
        .toList());
    SavedSessions.Opened opened;
    try {
      opened = SavedSessions.open(resume, catalog);
    } catch (SavedSessions.CannotResume e) {
      main.err.println("sourced: " + e.getMessage());
      return 1;
    }
    ResultsFiles.Saved saved = opened.saved();
    Session session = opened.session();
    // The same join code and host key as before, so students reconnect into their seats.
    Hosting hosting = host(saved.join() != null ? saved.join().code() : null);
    if (hosting == null) {
      return 1;
    }
    Room room = SavedSessions.room(opened, hosting);
    boolean remote = join || saved.join() != null;
    AppState start = new AppState(new Page.ClassRun(0, false, 0, session.index(), session.phase()), catalog,
        saved.settings().round(), null, saved.settings(), null, null, room.snapshot(), remote);
    return main.interactive(catalog, start, dir, room, hosting);
  }
}
