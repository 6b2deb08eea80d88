package dev.sourced.cli;

import dev.sourced.draft.Draft;
import dev.sourced.draft.DraftPacks;
import dev.sourced.draft.Drafter;
import dev.sourced.pack.Pack;
import dev.sourced.pack.Problem;
import dev.sourced.pack.SourceKind;
import dev.sourced.pack.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** sourced draft: a plain-text article to a draft pack of its quotations and who said each. */
@Command(name = "draft", mixinStandardHelpOptions = true,
    description = {"Draft a pack from a plain-text article: its direct quotations and who said each.",
        "Quotations it cannot attribute are reported as warnings, not guessed."})
public final class DraftCommand implements Callable<Integer> {
  /** Larger files are refused before reading: a long feature is well under 1 MB. */
  static final long MAX_BYTES = 16L * 1024 * 1024;

  @CommandLine.ParentCommand
  Main main;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ARTICLE.txt", description = "the article as UTF-8 plain text")
  Path article;

  @Option(names = "--title", paramLabel = "TEXT", description = "the article's title (default: its first non-empty line)")
  String title;

  @Option(names = "--outlet", paramLabel = "TEXT", description = "where it was published (default: \"Unknown outlet\")")
  String outlet;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "when it was published")
  String date;

  @Option(names = "--author", paramLabel = "TEXT", description = "who wrote it")
  String author;

  @Option(names = "--kind", paramLabel = "KIND", description = "news, feature, opinion or other (default: news)")
  String kind = "news";

  @Option(names = "--id", paramLabel = "ID", description = "the pack's id (default: made from the title)")
  String id;

  @Option(names = "--stop-at", paramLabel = "LINE",
      description = "ignore the text from the first line that reads LINE on (page furniture after the article)")
  String stopAt;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT.json",
      description = "where to write the pack (default: <id>.json in the user's packs folder)")
  Path output;

  @Option(names = "--force", description = "replace OUT.json if it exists")
  boolean force;

  @Override
  public Integer call() {
    SourceKind k = SourceKind.parse(kind)
        .orElseThrow(() -> usage("--kind must be news, feature, opinion or other, not '" + kind + "'"));
    if (date != null && !validDate(date)) {
      throw usage("--date must be a date as YYYY-MM-DD, not '" + date + "'");
    }
    if (id != null && !Pack.isId(id)) {
      throw usage("--id must be lowercase letters, digits and hyphens, like 'my-article', not '" + id + "'");
    }
    String file = article.toString();
    String text = read(article, file);
    if (text == null) {
      return 1;
    }
    if (stopAt != null) {
      text = cutAt(text, stopAt, file);
    }
    Draft draft;
    try {
      draft = Drafter.draft(text);
    } catch (RuntimeException e) {
      // A bug in the drafter must not end in a stack trace; the message is enough to report it.
      main.err.println("sourced: could not draft " + file + " (an error in Sourced): " + e);
      return 1;
    }
    for (Draft.Unattributed u : draft.unattributed()) {
      main.err.println(Texts.safe(Problem.warning(file, u.line(), 0, "",
          "could not attribute \"" + shorten(u.text()) + "\"").format()));
    }
    for (Draft.Unattributed u : draft.tooLong()) {
      main.err.println(Texts.safe(Problem.warning(file, u.line(), 0, "", "left out a quoted sentence of over "
          + Drafter.MAX_QUOTE + " characters, too long for a quiz item: \"" + shorten(u.text()) + "\"").format()));
    }
    if (draft.quotes().isEmpty()) {
      main.err.println("sourced: found no quotation in " + file + " that could be attributed to a speaker; "
          + "nothing written");
      return 1;
    }
    String packTitle = title != null ? title : defaultTitle(text, article);
    String packId = id != null ? id : DraftPacks.slug(packTitle, "draft", 48);
    DraftPacks.Details details = new DraftPacks.Details(packId, packTitle,
        outlet != null ? outlet : "Unknown outlet", author, date, k, String.valueOf(article.getFileName()));
    Pack pack = DraftPacks.build(draft, details);
    Path target = output != null ? output : Catalogs.userPacks(main.env).resolve(packId + ".json");
    if (!PackOutput.write(main, pack, target, force, "shorten the article",
        "the drafted pack does not load, so it was not written")) {
      return 1;
    }
    int quotes = pack.quotes().size();
    int speakers = pack.speakers().size();
    main.out.println("Wrote " + target + ": " + quotes + " quote" + (quotes == 1 ? "" : "s") + " by " + speakers
        + " speaker" + (speakers == 1 ? "" : "s") + (draft.unattributed().isEmpty() ? ""
        : "; " + draft.unattributed().size() + " not attributed (warnings above)") + ".");
    main.out.println("Check each quote and speaker against the article; 'sourced validate " + target
        + "' checks the file.");
    return 0;
  }

  /** The article's text, or null after saying why it cannot be read. */
  private String read(Path path, String file) {
    byte[] bytes;
    try {
      if (Files.isDirectory(path)) {
        main.err.println("sourced: " + file + " is a folder, not an article");
        return null;
      }
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        main.err.println("sourced: " + file + " is " + size / (1024 * 1024) + " MB; an article may be at most "
            + MAX_BYTES / (1024 * 1024) + " MB");
        return null;
      }
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      main.err.println("sourced: " + file + " does not exist");
      return null;
    } catch (IOException e) {
      main.err.println("sourced: cannot read " + file + ": " + PackOutput.describe(e));
      return null;
    }
    for (byte b : bytes) {
      if (b == 0) {
        main.err.println("sourced: " + file + " is a binary file; save the article as plain text");
        return null;
      }
    }
    String text = Texts.decodeUtf8(bytes);
    if (text == null) {
      main.err.println("sourced: " + file + " is not UTF-8 text; save it as UTF-8");
    }
    return text;
  }

  /** The text before the first line that reads stop (lines before keep their numbers). */
  private String cutAt(String text, String stop, String file) {
    String want = stop.strip();
    int at = 0;
    for (String line : text.split("\n", -1)) {
      if (line.strip().equals(want)) {
        return text.substring(0, at);
      }
      at += line.length() + 1;
    }
    main.err.println(Texts.safe(file) + ": warning: no line reads \"" + Texts.safe(want)
        + "\"; drafting from the whole text");
    return text;
  }

  private static String defaultTitle(String text, Path article) {
    for (String line : text.split("\n")) {
      String t = line.strip();
      if (!t.isEmpty()) {
        if (t.length() <= 150 && Texts.firstUndrawable(t) < 0) {
          return t;
        }
        break;
      }
    }
    String name = String.valueOf(article.getFileName());
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String shorten(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= 70 ? one : one.substring(0, 69).stripTrailing() + "\u2026";
  }

  private static boolean validDate(String d) {
    if (!d.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return false;
    }
    try {
      LocalDate.parse(d);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
