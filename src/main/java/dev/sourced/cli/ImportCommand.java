package dev.sourced.cli;

import dev.sourced.importer.ImportException;
import dev.sourced.importer.ImportFiles;
import dev.sourced.importer.Imported;
import dev.sourced.importer.Importer;
import dev.sourced.pack.Catalog;
import dev.sourced.pack.Loaded;
import dev.sourced.pack.Pack;
import dev.sourced.pack.Problem;
import dev.sourced.pack.Texts;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** sourced import FILE: a quiz in another format as a pack that plays at once. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Make a pack from a quiz in another format and report what could not be carried over.",
        "Formats: Kahoot!, Quizizz, Blooket and Gimkit sheets, generic quiz sheets and the Sourced template, as "
            + "Excel .xlsx, CSV or TSV; Moodle GIFT; Moodle XML; Aiken; Quizlet exports. The format is told from "
            + "the file name and content."})
public final class ImportCommand implements Callable<Integer> {

  @CommandLine.ParentCommand
  Main main;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the quiz file: .csv, .tsv, .gift, .txt ...")
  Path file;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT.json",
      description = "where to write the pack (default: the packs folder, $XDG_DATA_HOME/sourced/packs/ID.json)")
  Path output;

  @Option(names = "--force", description = "replace the output file if it exists")
  boolean force;

  @Option(names = "--format", paramLabel = "FORMAT", description = "spreadsheet (csv, tsv, xlsx), gift, aiken, "
      + "moodle-xml or quizlet; when the name and content do not tell")
  String format;

  @Option(names = "--language", paramLabel = "CODE", description = "the questions' language (default: en)")
  String language = Importer.DEFAULT_LANGUAGE;

  @Override
  public Integer call() {
    try {
      return importFile();
    } catch (CommandLine.ParameterException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      // The importers are linear and use no recursion; this is the last guard, never a stack trace.
      main.err.println("sourced: import stopped on an unexpected error, which is a bug: " + Texts.safe(e.toString())
          + "; nothing was written");
      return 1;
    }
  }

  private int importFile() {
    Importer.Format f = format == null ? null : Importer.Format.parse(format)
        .orElseThrow(() -> usage("--format must be spreadsheet, csv, tsv, xlsx, gift, aiken, moodle-xml or quizlet, "
            + "not '" + Texts.safe(format) + "'"));
    if (!Pack.isLanguage(language)) {
      throw usage("--language must be a language code such as en or pt-BR, not '" + language + "'");
    }
    Imported imported;
    try {
      imported = ImportFiles.importFile(file, file.toString(), f, language);
    } catch (ImportException e) {
      e.warnings().forEach(this::print);
      main.err.println("sourced: " + Texts.safe(e.problem().format()));
      return 1;
    }
    Path target = output != null ? output : Catalogs.userPacks(main.env).resolve(imported.pack().id() + ".json");
    Pack pack = withFreeId(imported.pack(), target);
    if (output == null && !pack.id().equals(imported.pack().id())) {
      target = target.resolveSibling(pack.id() + ".json");
    }
    if (!PackOutput.write(main, pack, target, force, "split " + file + " into smaller files",
        "the imported pack does not load, which is a bug in import; nothing was written")) {
      return 1;
    }
    imported.warnings().forEach(this::print);
    int n = pack.questions().size();
    main.out.println("Imported " + n + " question" + (n == 1 ? "" : "s") + " from " + Texts.safe(file.toString())
        + " (" + imported.format() + ")" + (imported.skipped() > 0 ? ", skipped " + imported.skipped() : "")
        + ", " + imported.warnings().size() + " warning" + (imported.warnings().size() == 1 ? "" : "s") + ".");
    if (!pack.id().equals(imported.pack().id())) {
      main.out.println("The pack id \"" + imported.pack().id() + "\" is taken by another pack; this one is \""
          + pack.id() + "\".");
    }
    main.out.println("Wrote " + Texts.safe(target.toString()));
    main.out.println("Play it: sourced play --pack " + (output == null ? pack.id() : Texts.safe(target.toString())));
    return 0;
  }

  private void print(Problem p) {
    main.out.println(Texts.safe(p.format()));
  }

  /** The pack, renamed "id-2" and so on when another pack, in another file, has its id. */
  private Pack withFreeId(Pack pack, Path target) {
    Catalog catalog = Catalogs.load(main.env, List.of());
    Set<String> taken = new HashSet<>();
    Path absolute = target.toAbsolutePath().normalize();
    for (Loaded l : catalog.entries()) {
      if (l.ok() && !Path.of(l.file()).toAbsolutePath().normalize().equals(absolute)) {
        taken.add(l.pack().id());
      }
    }
    String id = pack.id();
    for (int n = 2; taken.contains(id); n++) {
      id = pack.id() + "-" + n;
    }
    if (id.equals(pack.id())) {
      return pack;
    }
    return new Pack(id, pack.title(), pack.description(), pack.language(), pack.sources(), pack.speakers(),
        pack.quotes(), pack.questions(), pack.origin());
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
