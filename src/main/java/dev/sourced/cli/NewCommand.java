package dev.sourced.cli;

import dev.sourced.pack.Loaded;
import dev.sourced.pack.Pack;
import dev.sourced.pack.PackLoader;
import dev.sourced.pack.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `sourced new ID`: a starter pack to edit, with the schema beside it for editors. */
@Command(name = "new", mixinStandardHelpOptions = true,
    description = "Write a starter pack (a source, two speakers, a quote, a question of each type) to edit.")
final class NewCommand implements Callable<Integer> {

  @CommandLine.ParentCommand
  Main main;

  @Parameters(paramLabel = "ID", description = "the pack's id: lowercase letters, digits and hyphens")
  String id;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "where to write it (default: ./ID.json)")
  Path output;

  @Option(names = "--force", description = "overwrite FILE if it exists")
  boolean force;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (!Pack.isId(id)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "'" + id + "' is not a pack id; use lowercase letters, digits and hyphens, like my-pack");
    }
    Path file = output != null ? output : Path.of(id + ".json");
    if (Files.exists(file) && !force) {
      main.err.println("sourced: " + file + " already exists; choose another name, or add --force to overwrite it");
      return 1;
    }
    String text = resource("/dev/sourced/cli/starter.json").replace("PACK_ID", id);
    Loaded check = PackLoader.load(file.toString(), "new", text.getBytes(StandardCharsets.UTF_8));
    if (!check.ok()) {
      throw new IllegalStateException("the starter pack does not load: " + check.errors());
    }
    Path dir = file.toAbsolutePath().getParent();
    Path schema = dir.resolve("pack.schema.json");
    try {
      Files.createDirectories(dir);
      Files.writeString(file, text, StandardCharsets.UTF_8);
      if (!Files.exists(schema)) {
        Files.writeString(schema, resource("/questions/schema/pack.schema.json"), StandardCharsets.UTF_8);
      }
    } catch (java.nio.file.FileSystemException e) {
      // Say what could not be written and why, not which Java exception said so.
      String why = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
          : e instanceof java.nio.file.NoSuchFileException ? "no such folder"
          : e instanceof java.nio.file.FileAlreadyExistsException ? "a file is in the way"
          : e.getReason() != null ? e.getReason() : "it failed";
      main.err.println("sourced: cannot write " + Texts.safe(e.getFile() != null ? e.getFile() : file.toString())
          + ": " + why);
      return 1;
    }
    main.out.println("Wrote " + file + " (and " + schema.getFileName() + " beside it, for your editor).");
    main.out.println("Edit it, then: sourced validate " + file + "   and   sourced play --pack " + file);
    return 0;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = NewCommand.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing from the program: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
