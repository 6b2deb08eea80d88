package dev.sourced.cli;

import dev.sourced.game.Mode;
import dev.sourced.game.RoundSettings;
import dev.sourced.pack.Catalog;
import dev.sourced.pack.Difficulty;
import dev.sourced.pack.Loaded;
import dev.sourced.pack.Pack;
import dev.sourced.pack.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** What a round is drawn from, shared by `play` and `class`. */
final class RoundOptions {
  @Option(names = "--mode", paramLabel = "MODE", description = "quiz, who-said-it, which-text or mixed (default: quiz)")
  String mode = "quiz";

  @Option(names = "--count", paramLabel = "N", description = "items in the round, 1-200 (default: 10)")
  int count = RoundSettings.DEFAULT_COUNT;

  @Option(names = "--pack", paramLabel = "ID|PATH", description = "play from this pack (id, file or folder); repeatable")
  List<String> packs = new ArrayList<>();

  @Option(names = "--source", paramLabel = "ID", description = "only items from this source")
  String source;

  @Option(names = "--tag", paramLabel = "T", description = "only items with this tag")
  String tag;

  @Option(names = "--difficulty", paramLabel = "D", description = "easy, medium or hard")
  String difficulty;

  @Option(names = "--seed", paramLabel = "N", description = "the same seed draws the same questions in the same order")
  Long seed;

  /** The packs loaded and the settings, or an exit code after saying what is wrong. */
  record Resolved(Catalog catalog, RoundSettings settings, int exit) {}

  Resolved resolve(Main main, CommandLine cli, int timer) {
    Mode m = Mode.parse(mode).orElseThrow(() -> usage(cli, "--mode must be quiz, who-said-it, which-text or mixed, not '" + mode
        + "'"));
    if (count < 1 || count > RoundSettings.MAX_COUNT) {
      throw usage(cli, "--count must be 1 to " + RoundSettings.MAX_COUNT + ", not " + count);
    }
    try {
      RoundSettings.checkTimer("--timer", timer);
    } catch (IllegalArgumentException e) {
      throw usage(cli, e.getMessage());
    }
    Difficulty d = difficulty == null ? null : Difficulty.parse(difficulty)
        .orElseThrow(() -> usage(cli, "--difficulty must be easy, medium or hard, not '" + difficulty + "'"));
    List<Path> paths = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (String p : packs) {
      if (Files.exists(Path.of(p))) {
        paths.add(Path.of(p));
      } else if (p.contains("/") || p.endsWith(".json")) {
        main.err.println("sourced: no pack file or folder at " + Texts.safe(p));
        return new Resolved(null, null, 1);
      } else {
        ids.add(p);
      }
    }
    Catalog catalog = Catalogs.load(main.env, paths);
    if (!paths.isEmpty() && catalog.entries().stream().noneMatch(l -> l.origin().equals(Catalog.GIVEN))) {
      main.err.println("sourced: no .json or .yaml pack files in "
          + Texts.safe(String.join(", ", paths.stream().map(Path::toString).toList())));
      return new Resolved(catalog, null, 1);
    }
    // A pack asked for by path must load; its problems are the first thing to fix.
    for (Loaded l : catalog.entries()) {
      if (l.origin().equals(Catalog.GIVEN)) {
        if (!l.ok()) {
          main.err.println("sourced: " + Texts.safe(l.file()) + " cannot be played:");
          l.errors().forEach(e -> main.err.println("  " + Texts.safe(e.format())));
          return new Resolved(catalog, null, 1);
        }
        l.problems().stream().filter(Catalog::isShadowNote)
            .forEach(n -> main.err.println("sourced: note: " + Texts.safe(n.format())));
        if (!ids.contains(l.pack().id())) {
          ids.add(l.pack().id());
        }
      }
    }
    for (String id : ids) {
      if (catalog.pack(id).isEmpty()) {
        main.err.println("sourced: no pack has the id '" + Texts.safe(id) + "'; 'sourced packs' lists them");
        return new Resolved(catalog, null, 1);
      }
    }
    long s = seed != null ? seed : (System.nanoTime() ^ System.currentTimeMillis()) & 0xffffffffL;
    return new Resolved(catalog, new RoundSettings(m, count, timer, ids, source, tag, d, s), 0);
  }

  /**
   * What to try when the mode finds nothing in the chosen packs but another mode would: a drafted
   * pack has only quotes, and quiz is the default. "" when another mode would not help either.
   */
  static String modeHint(Catalog catalog, RoundSettings settings) {
    List<Pack> chosen = catalog.packs().stream()
        .filter(p -> settings.packs().isEmpty() || settings.packs().contains(p.id())).toList();
    boolean questions = chosen.stream().anyMatch(p -> !p.questions().isEmpty());
    boolean quotes = chosen.stream().anyMatch(p -> !p.quotes().isEmpty() && p.speakers().size() >= 2);
    String these = chosen.size() == 1 ? " This pack holds " : " These packs hold ";
    if (settings.mode() == Mode.QUIZ && !questions && quotes) {
      return these + "quotes only, which play as \"who said it\": try --mode who-said-it (or mixed).";
    }
    if (settings.mode() == Mode.WHO_SAID_IT && questions && !quotes) {
      return these + "quiz questions only: try --mode quiz (or mixed).";
    }
    return "";
  }

  private static final Pattern NOT_A_NUMBER = Pattern.compile(
      "Invalid value for option '([^']+)': '(.*)' is not an? (?:int|long)", Pattern.DOTALL);
  private static final Pattern NOT_A_PATH = Pattern.compile(
      "(Invalid value for [^:]+): cannot convert '(.*?)' to [\\w. ]*Path \\(java.nio.file.InvalidPathException.*",
      Pattern.DOTALL);

  /** picocli's messages name Java types ("is not a long") and exceptions; say it in a teacher's words. */
  static String plainUsage(String message) {
    Matcher m = NOT_A_NUMBER.matcher(message);
    if (m.matches()) {
      return m.group(1) + (m.group(2).strip().matches("[-+]?\\d+") ? " is too large a number: '" + m.group(2) + "'"
          : " must be a whole number, such as 42, not '" + m.group(2) + "'");
    }
    m = NOT_A_PATH.matcher(message);
    if (m.matches()) {
      return m.group(1) + ": '" + m.group(2) + "' " + Catalogs.UNENCODABLE;
    }
    return message;
  }

  static CommandLine.ParameterException usage(CommandLine cli, String message) {
    return new CommandLine.ParameterException(cli, message);
  }
}
