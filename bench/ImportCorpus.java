import dev.sourced.importer.ImportException;
import dev.sourced.importer.ImportFiles;
import dev.sourced.importer.Imported;
import dev.sourced.pack.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Imports every file under the folders given and prints, per file, the format it was read as,
 * the questions imported and skipped, and the skip reasons counted; then the totals. For files
 * that may not be committed (no licence), kept outside the project.
 */
public final class ImportCorpus {
  public static void main(String[] args) throws Exception {
    int imported = 0;
    int skipped = 0;
    for (String arg : args) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(Path.of(arg))) {
        files = s.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path f : files) {
        String name = f.getFileName().toString();
        try {
          Imported i = ImportFiles.importFile(f, name, null, "en");
          Map<String, Integer> why = new TreeMap<>();
          for (Problem p : i.warnings()) {
            if (p.message().startsWith("skipped: ")) {
              String reason = p.message().substring(9);
              reason = reason.length() > 70 ? reason.substring(0, 70) : reason;
              why.merge(reason, 1, Integer::sum);
            }
          }
          imported += i.pack().questions().size();
          skipped += i.skipped();
          System.out.printf(Locale.ROOT, "%-48s %-34s imported %4d skipped %4d %s%n", name, i.format(),
              i.pack().questions().size(), i.skipped(), why);
        } catch (ImportException e) {
          System.out.printf(Locale.ROOT, "%-48s ERROR %s%n", name, e.problem().format());
        }
      }
    }
    System.out.printf(Locale.ROOT, "total imported %d skipped %d%n", imported, skipped);
  }
}
