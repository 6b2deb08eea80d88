package dev.sourced.pack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads pack files from disk, folders, or the bundle inside the jar. */
public final class PackLoader {
  /** Larger files are refused before parsing: a pack of a thousand questions is well under 2 MB. */
  public static final long MAX_BYTES = 8L * 1024 * 1024;

  static final String BUNDLE = "questions/";

  /** How a loader failure that is Sourced's fault, not the file's, begins. */
  static final String BUG = "could not be loaded because of a bug in Sourced (please report it with this file): ";

  private PackLoader() {}

  static boolean isYaml(String file) {
    String f = file.toLowerCase(java.util.Locale.ROOT);
    return f.endsWith(".yaml") || f.endsWith(".yml");
  }

  public static Loaded load(String file, String origin, byte[] bytes) {
    return load(file, origin, bytes, false);
  }

  /** With listed set, a JSON Schema gives null: it lies beside packs for editors and is no pack. */
  private static Loaded load(String file, String origin, byte[] bytes, boolean listed) {
    String text = Texts.decodeUtf8(bytes);
    if (text == null) {
      int[] at = firstMalformed(bytes);
      return failed(file, origin, at[0], at[1], "is not UTF-8 text (a binary file, or saved in another encoding); "
          + "save it as UTF-8");
    }
    try {
      JsonTree.Node root = JsonTree.read(text, isYaml(file));
      if (isSchema(root)) {
        return listed ? null : failed(file, origin, root.line(), root.column(), "is a JSON Schema, which editors use"
            + " to check packs as you type, not a pack; give the pack file beside it");
      }
      PackReader.Result r = PackReader.read(file, root, origin);
      return new Loaded(file, origin, r.pack(), r.problems());
    } catch (JsonTree.SyntaxError e) {
      return failed(file, origin, e.line, e.column, e.getMessage());
    } catch (IOException e) {
      return failed(file, origin, 0, 0, "cannot be read: " + e.getMessage());
    } catch (RuntimeException e) {
      // A bug here must cost one pack, not the game (which would wait for the packs for ever).
      return failed(file, origin, 0, 0, BUG + e);
    }
  }

  public static Loaded loadFile(Path path, String origin) {
    return loadFile(path, path.toString(), origin);
  }

  /** file is the name messages give it. */
  static Loaded loadFile(Path path, String file, String origin) {
    return loadFile(path, file, origin, false);
  }

  private static Loaded loadFile(Path path, String file, String origin, boolean listed) {
    try {
      if (Files.isDirectory(path)) {
        return failed(file, origin, 0, 0, "is a folder, not a pack file");
      }
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        return failed(file, origin, 0, 0, "is " + (size / (1024 * 1024)) + " MB; a pack file may be at most "
            + (MAX_BYTES / (1024 * 1024)) + " MB");
      }
      return load(file, origin, Files.readAllBytes(path), listed);
    } catch (NoSuchFileException e) {
      return failed(file, origin, 0, 0, "does not exist");
    } catch (IOException e) {
      return failed(file, origin, 0, 0, "cannot be read: " + reason(e));
    }
  }

  /** A file, or every .json, .yaml and .yml file directly inside a folder, in name order. */
  public static List<Loaded> loadPath(Path path, String origin) {
    if (!Files.isDirectory(path)) {
      return List.of(loadFile(path, origin));
    }
    try {
      List<Loaded> out = new ArrayList<>();
      for (Path p : jsonFiles(path)) {
        Loaded l = loadFile(p, p.toString(), origin, true);
        if (l != null) {
          out.add(l);
        }
      }
      return out;
    } catch (IOException e) {
      return List.of(failed(path.toString(), origin, 0, 0, "cannot be listed: " + reason(e)));
    }
  }

  private static List<Path> jsonFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> {
        String name = f.getFileName().toString();
        return (name.endsWith(".json") || isYaml(name)) && !name.endsWith(".schema.json");
      }).sorted().toList();
    }
  }

  /** The packs built into the program, from the jar or from the class folder in development. */
  public static List<Loaded> loadBundled() {
    Path location;
    try {
      location = Path.of(PackLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      return List.of();
    }
    if (Files.isDirectory(location)) {
      // In development the bundle is a folder; name its files as the jar would.
      List<Loaded> out = new ArrayList<>();
      try {
        for (Path p : jsonFiles(location.resolve(BUNDLE))) {
          Loaded l = loadFile(p, BUNDLE + p.getFileName(), "bundled", true);
          if (l != null) {
            out.add(l);
          }
        }
      } catch (IOException e) {
        out.add(failed(location.toString(), "bundled", 0, 0, "cannot be listed: " + e.getMessage()));
      }
      return out;
    }
    List<Loaded> out = new ArrayList<>();
    try (ZipFile zip = new ZipFile(location.toFile())) {
      List<? extends ZipEntry> entries = zip.stream()
          .filter(e -> e.getName().startsWith(BUNDLE) && e.getName().endsWith(".json")
              && e.getName().indexOf('/', BUNDLE.length()) < 0)
          .sorted(Comparator.comparing(ZipEntry::getName))
          .toList();
      for (ZipEntry e : entries) {
        try (InputStream in = zip.getInputStream(e)) {
          out.add(load(e.getName(), "bundled", in.readNBytes((int) Math.min(MAX_BYTES, Integer.MAX_VALUE))));
        }
      }
    } catch (IOException e) {
      out.add(failed(location.toString(), "bundled", 0, 0, "cannot be read: " + e.getMessage()));
    }
    return out;
  }

  /** {line, column} of the first byte that is not UTF-8, so an editor can jump to it. */
  private static int[] firstMalformed(byte[] bytes) {
    java.nio.charset.CharsetDecoder d = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    d.decode(in, out, true);
    int bad = in.position();
    int lineStart = 0;
    int line = 1;
    for (int i = 0; i < bad; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String before = new String(bytes, lineStart, bad - lineStart, java.nio.charset.StandardCharsets.UTF_8);
    return new int[] {line, before.length() + 1};
  }

  /** Why a file cannot be read, without Java's exception names; the file is named beside it already. */
  static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  /**
   * A JSON Schema, such as the pack.schema.json that `sourced new` writes, under any name: it has
   * no "format", and the keywords only a schema has.
   */
  private static boolean isSchema(JsonTree.Node root) {
    if (!(root instanceof JsonTree.Obj o) || o.fields().containsKey("format")) {
      return false;
    }
    JsonTree.Field schema = o.fields().get("$schema");
    boolean metaSchema = schema != null && schema.value() instanceof JsonTree.Value v
        && v.value() instanceof String s && s.contains("json-schema.org");
    return metaSchema || o.fields().containsKey("$defs") || o.fields().containsKey("definitions");
  }

  private static Loaded failed(String file, String origin, int line, int column, String message) {
    return new Loaded(file, origin, null, List.of(Problem.error(file, line, column, "", message)));
  }
}
