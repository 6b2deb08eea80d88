package dev.sourced.cli;

import dev.sourced.export.Exporter;
import dev.sourced.pack.Catalog;
import dev.sourced.pack.Loaded;
import dev.sourced.pack.Pack;
import dev.sourced.pack.PackLoader;
import dev.sourced.pack.Texts;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** sourced export PACK: a pack's questions as GIFT, Moodle XML, a Kahoot! sheet or the Sourced CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Write a pack's questions in another quiz format, for Moodle or Kahoot!, and list what "
        + "cannot be carried over."})
public final class ExportCommand implements Callable<Integer> {

  @CommandLine.ParentCommand
  Main main;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PACK", description = "a pack's id, or its file")
  String pack;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "gift, moodle-xml, kahoot-xlsx or csv (default: from -o's extension, else gift)")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "where to write (default: PACK-ID.EXT here)")
  Path output;

  @Option(names = "--force", description = "replace the output file if it exists")
  boolean force;

  @Override
  public Integer call() {
    Exporter.Format f;
    if (format != null) {
      f = Exporter.Format.parse(format).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
          "--format must be gift, moodle-xml, kahoot-xlsx or csv, not '" + Texts.safe(format) + "'"));
    } else {
      f = output == null ? Exporter.Format.GIFT
          : Exporter.Format.byName(output.getFileName().toString()).orElse(Exporter.Format.GIFT);
    }
    Pack p = find();
    if (p == null) {
      return 1;
    }
    Path target = output != null ? output : Path.of(p.id() + f.extension);
    if (Files.isDirectory(target)) {
      main.err.println("sourced: " + Texts.safe(target.toString()) + " is a folder; give -o a file name such as "
          + p.id() + f.extension);
      return 1;
    }
    if (Files.exists(target) && !force) {
      main.err.println("sourced: " + Texts.safe(target.toString())
          + " already exists; pass --force to replace it, or -o to write elsewhere");
      return 1;
    }
    Exporter.Exported out = Exporter.export(p, f);
    try {
      write(target, out.bytes());
    } catch (IOException e) {
      main.err.println("sourced: cannot write " + Texts.safe(target.toString()) + ": " + PackOutput.describe(e));
      return 1;
    }
    for (String n : out.notCarried()) {
      main.out.println("not carried: " + Texts.safe(n));
    }
    main.out.println("Exported " + out.questions() + " question" + (out.questions() == 1 ? "" : "s") + " of "
        + Texts.safe(p.id()) + " as " + f.description + " to " + Texts.safe(target.toString()));
    return 0;
  }

  /** The pack by file (when PACK names one) or by id among the packs found. */
  private Pack find() {
    Path path;
    try {
      path = Path.of(pack);
    } catch (java.nio.file.InvalidPathException e) {
      path = null; // not a file name this system can have; perhaps an id
    }
    if (path != null && Files.isRegularFile(path)) {
      Loaded l = PackLoader.loadFile(path, "export");
      if (!l.ok()) {
        main.err.println("sourced: " + Texts.safe(pack) + " does not load:");
        l.errors().forEach(e -> main.err.println("  " + Texts.safe(e.format())));
        return null;
      }
      return l.pack();
    }
    Catalog catalog = Catalogs.load(main.env, List.of());
    return catalog.pack(pack).orElseGet(() -> {
      main.err.println("sourced: no pack has the id or file name '" + Texts.safe(pack) + "'; 'sourced packs' lists them");
      return null;
    });
  }

  /** Written beside the target, then moved over it, so that a failed write leaves nothing half done. */
  private static void write(Path target, byte[] bytes) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, ".sourced-export-", ".tmp");
    try {
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
