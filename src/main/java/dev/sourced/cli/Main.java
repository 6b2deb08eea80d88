package dev.sourced.cli;

import dev.sourced.game.Draw;
import dev.sourced.game.Mode;
import dev.sourced.game.RoundSettings;
import dev.sourced.pack.Catalog;
import dev.sourced.pack.Difficulty;
import dev.sourced.pack.Loaded;
import dev.sourced.pack.Pack;
import dev.sourced.pack.PackLoader;
import dev.sourced.pack.Problem;
import dev.sourced.pack.Texts;
import dev.sourced.room.Room;
import dev.sourced.store.ResultsTarget;
import dev.sourced.tui.App;
import dev.sourced.tui.AppState;
import dev.sourced.tui.Msg;
import dev.sourced.tui.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The command line: arguments to a mode. The only place that calls System.exit. */
@Command(name = "sourced", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "A quiz and discussion game that shows the source of every answer.",
    subcommands = {Main.Play.class, ClassCommand.class, ResultsCommand.class, Main.Packs.class, Main.Validate.class,
        NewCommand.class, ImportCommand.class, ExportCommand.class, DraftCommand.class})
public final class Main implements Callable<Integer> {
  static final int EXIT_USAGE = 2;

  final Map<String, String> env;
  final PrintWriter out;
  final PrintWriter err;

  Main(Map<String, String> env, PrintWriter out, PrintWriter err) {
    this.env = env;
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    // The tty set-up before the first frame runs stty: by vfork that is one exec fewer than posix_spawn through
    // jspawnhelper, some 5 ms of each start (bench/startup). Only where the JDK offers it without a warning.
    if (Runtime.version().feature() < 21 && System.getProperty("jdk.lang.Process.launchMechanism") == null) {
      System.setProperty("jdk.lang.Process.launchMechanism", "VFORK");
    }
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code;
    if (args.length == 0) {
      code = new Main(System.getenv(), out, err).interactive(null, null); // the fast path: no parsing to do
    } else if (args.length == 1 && args[0].equals("--cds-training")) {
      code = Training.run();
    } else {
      code = new Main(System.getenv(), out, err).execute(args);
    }
    out.flush();
    err.flush();
    System.exit(code);
  }

  int execute(String... args) {
    CommandLine cli = new CommandLine(this);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, c, parsed) -> {
      if (e instanceof java.nio.file.InvalidPathException p) {
        return unencodable(p);
      }
      throw e;
    });
    cli.setParameterExceptionHandler((e, a) -> {
      err.println("sourced: " + Texts.safe(RoundOptions.plainUsage(e.getMessage())));
      String cmd = e.getCommandLine().getCommandName();
      String full = cmd.equals("sourced") ? "sourced" : "sourced " + cmd;
      err.println("Try '" + full + " --help' for more.");
      return EXIT_USAGE;
    });
    return cli.execute(args);
  }

  @Override
  public Integer call() {
    return interactive(null, null);
  }

  /** The full-screen game: the title menu, or a round already drawn. */
  int interactive(Catalog catalog, AppState start) {
    Path results;
    try {
      results = ResultsTarget.defaultDir(env);
    } catch (java.nio.file.InvalidPathException e) {
      return unencodable(e);
    }
    return interactive(catalog, start, results, null);
  }

  /** F12: under LANG=C the JVM cannot name a file such as données; say so instead of a stack trace. */
  private int unencodable(java.nio.file.InvalidPathException e) {
    err.println("sourced: the path " + Texts.safe(e.getInput()) + " " + Catalogs.UNENCODABLE);
    return 1;
  }

  /** resumed is the room of a resumed class session, or null. */
  int interactive(Catalog catalog, AppState start, Path results, Room resumed) {
    return interactive(catalog, start, results, resumed, null);
  }

  /** hosting is the ssh server for students' terminals, or null. */
  int interactive(Catalog catalog, AppState start, Path results, Room resumed, Hosting hosting) {
    if (!interactiveTerminal()) {
      err.println("sourced: the game needs an interactive terminal; for scripts use 'sourced packs' or 'sourced validate'.");
      return 1;
    }
    TtyTerminal.Opening tty = TtyTerminal.Opening.begin(); // on threads of its own while the first state is made
    try {
      long seed = System.nanoTime() ^ System.currentTimeMillis() << 20;
      AppState initial = start != null ? start
          : new AppState(new Page.Title(), catalog, RoundSettings.defaults(Mode.QUIZ, seed & 0xffffffffL)
              .withPacks(dev.sourced.store.LastPacks.read(env)), null);
      return Terminals.run(Terminals.create(tty), initial, packLoader(env, results), env, firstFrameProbe(env), results, resumed,
          hosting);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return AppState.EXIT_INTERRUPTED;
    } catch (IOException | RuntimeException e) {
      return crashed(e);
    } finally {
      tty.abandon(); // nothing to do once the terminal was made; otherwise the tty goes back as it was
    }
  }

  /**
   * Whether stdin and stdout are both a terminal, as System.console() tells; that costs some 8 ms before the
   * first frame (its classes stay out of the AppCDS archive, whose training run has no terminal), so on Linux
   * ask /proc where the two point instead.
   */
  static boolean interactiveTerminal() {
    Path fds = Path.of("/proc/self/fd");
    if (!Files.isDirectory(fds)) {
      return System.console() != null;
    }
    return isTerminal(fds.resolve("0")) && isTerminal(fds.resolve("1"));
  }

  static boolean isTerminal(Path fd) {
    try {
      String target = Files.readSymbolicLink(fd).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /** What loads the packs on their own thread once the title is up (the training run makes it too). */
  static Supplier<Msg> packLoader(Map<String, String> env, Path results) {
    return () -> new Msg.PacksLoaded(Catalogs.load(env, List.of()), ResultsTarget.probe(results));
  }

  /** For bench/startup: note when the first frame was drawn, and optionally stop there. */
  static Runnable firstFrameProbe(Map<String, String> env) {
    String file = env.get("SOURCED_FIRST_FRAME_FILE");
    if (file == null) {
      return () -> { };
    }
    return () -> {
      try {
        java.time.Instant now = java.time.Instant.now();
        long micros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
        Files.writeString(Path.of(file), micros + "\n");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      if (env.containsKey("SOURCED_EXIT_AFTER_FIRST_FRAME")) {
        Runtime.getRuntime().halt(0);
      }
    };
  }

  private int crashed(Exception e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    String where = "";
    try {
      Path log = Files.createTempFile("sourced-crash-", ".txt");
      Files.writeString(log, trace.toString());
      where = " (details in " + log + ")";
    } catch (IOException ignored) {
      // The message alone must do.
    }
    err.println("sourced: unexpected error: " + e + where);
    return 1;
  }

  @Command(name = "play", mixinStandardHelpOptions = true,
      description = "Start a round straight away.")
  static final class Play implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Mixin
    RoundOptions round;

    @Option(names = "--timer", paramLabel = "SECONDS", description = "seconds per item, 0 for none (default: 0)")
    int timer;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      RoundOptions.Resolved r = round.resolve(main, spec.commandLine(), timer);
      if (r.exit() != 0) {
        return r.exit();
      }
      AppState base = new AppState(new Page.Title(), r.catalog(), r.settings(), null);
      Draw.Outcome o = Draw.round(r.catalog().packs(), r.settings());
      if (o instanceof Draw.Unavailable u) {
        main.err.println("sourced: " + Texts.safe(u.reason()) + RoundOptions.modeHint(r.catalog(), r.settings()));
        return 1;
      }
      return main.interactive(r.catalog(), App.start(base, r.settings(), new Page.Title()));
    }
  }

  @Command(name = "packs", mixinStandardHelpOptions = true,
      description = "List every pack found: id, title, counts, where it was loaded from, and its problems.")
  static final class Packs implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @Option(names = "--pack", paramLabel = "PATH", description = "also look at this file or folder; repeatable")
    List<Path> extra = new ArrayList<>();

    @Override
    public Integer call() {
      Catalog c = Catalogs.load(main.env, extra);
      PrintWriter out = main.out;
      if (c.entries().isEmpty()) {
        out.println("No packs found. Put pack files in " + Catalogs.userPacks(main.env) + " or pass --pack PATH.");
      }
      for (Loaded l : c.entries()) {
        if (l.ok()) {
          Pack p = l.pack();
          out.println(Texts.safe(p.id()) + "  " + Texts.safe(p.title()));
          out.println("  " + p.questions().size() + " questions, " + p.quotes().size() + " quotes, "
              + p.speakers().size() + " speakers, " + p.sources().size() + " sources");
          out.println("  " + l.origin() + ": " + Texts.safe(l.file()));
          l.problems().forEach(w -> out.println("  " + Texts.safe(w.format())));
        } else {
          out.println("BROKEN  " + Texts.safe(l.file()) + " (" + l.origin() + "), left out:");
          l.errors().forEach(e -> out.println("  " + Texts.safe(e.format())));
        }
      }
      return 0;
    }
  }

  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = "Check pack files and print every problem; exit 1 if any pack has errors.")
  static final class Validate implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "pack files or folders of them")
    List<Path> paths;

    @Override
    public Integer call() {
      boolean failed = false;
      for (Path path : paths) {
        List<Loaded> loaded = PackLoader.loadPath(path, "given");
        if (loaded.isEmpty()) {
          main.err.println(Texts.safe(path.toString()) + ": no .json pack files here");
          failed = true;
        }
        for (Loaded l : loaded) {
          l.problems().forEach(p -> main.out.println(Texts.safe(p.format())));
          if (l.ok()) {
            Pack p = l.pack();
            main.out.println(Texts.safe(l.file()) + ": ok, " + p.questions().size() + " questions, "
                + p.quotes().size() + " quotes");
          } else {
            failed = true;
            main.out.println(Texts.safe(l.file()) + ": " + l.errors().size() + " error"
                + (l.errors().size() == 1 ? "" : "s"));
          }
        }
      }
      return failed ? 1 : 0;
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("/dev/sourced/version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"sourced " + p.getProperty("version", "unknown")};
    }
  }
}
