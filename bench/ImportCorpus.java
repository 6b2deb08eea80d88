import dev.sourced.importer.ImportException;
import dev.sourced.importer.ImportFiles;
import dev.sourced.importer.Imported;
import dev.sourced.pack.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Imports every file under the folders given and prints a Markdown table: per file, the format
 * it was read as, the questions in it, how many of those Sourced can play (one right answer or
 * true/false), how many were imported, and the skip reasons counted; then the totals per format.
 * For quiz files that may not be committed (no licence), kept outside the project.
 */
public final class ImportCorpus {
  /** Skip reasons that mean the question is of a kind Sourced does not play, not that it was lost. */
  static boolean unplayable(String reason) {
    return reason.contains("question;") || reason.contains("question (") || reason.contains("multiple-answer")
        || reason.contains("correct answers (") || reason.contains("more than one set of answers")
        || reason.contains("type-in") || reason.contains("no answer has fraction 100")
        || reason.contains("question; Sourced plays") || reason.contains("is also listed as a wrong choice");
  }

  record Row(String file, String format, int questions, int playable, int imported, Map<String, Integer> why) {}

  public static void main(String[] args) throws Exception {
    List<Row> rows = new ArrayList<>();
    for (String arg : args) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(Path.of(arg))) {
        files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md")).sorted()
            .toList();
      }
      for (Path f : files) {
        String name = f.getFileName().toString();
        List<Problem> warnings;
        String format;
        int imported;
        try {
          Imported i = ImportFiles.importFile(f, name, null, "en");
          warnings = i.warnings();
          format = i.format();
          imported = i.pack().questions().size();
        } catch (ImportException e) {
          warnings = e.warnings();
          format = e.problem().message().startsWith("none of its") || e.problem().message().startsWith("the file holds")
              ? "(none imported)" : "error: " + e.problem().message();
          imported = 0;
        }
        Map<String, Integer> why = new TreeMap<>();
        int unplayable = 0;
        int skipped = 0;
        for (Problem p : warnings) {
          if (p.message().startsWith("skipped: ")) {
            String reason = p.message().substring(9);
            skipped++;
            if (unplayable(reason)) {
              unplayable++;
            }
            String shortReason = reason.replaceAll("\"[^\"]*\"", "\"…\"");
            int cut = shortReason.indexOf(';');
            why.merge(cut > 0 ? shortReason.substring(0, cut) : shortReason, 1, Integer::sum);
          }
        }
        int questions = imported + skipped;
        rows.add(new Row(name, format, questions, questions - unplayable, imported, why));
      }
    }
    System.out.println("| file | read as | questions | playable | imported | skipped, by reason |");
    System.out.println("|---|---|---:|---:|---:|---|");
    Map<String, int[]> totals = new TreeMap<>();
    for (Row r : rows) {
      System.out.printf(Locale.ROOT, "| %s | %s | %d | %d | %d | %s |%n", r.file(), r.format().length() > 60
          ? r.format().substring(0, 60) + "…" : r.format(), r.questions(), r.playable(), r.imported(),
          r.why().isEmpty() ? "" : r.why().toString().replace("{", "").replace("}", "").replace("|", "/"));
      String ext = r.file().substring(r.file().lastIndexOf('.') + 1);
      int[] t = totals.computeIfAbsent(ext, k -> new int[4]);
      t[0]++;
      t[1] += r.questions();
      t[2] += r.playable();
      t[3] += r.imported();
    }
    System.out.println();
    System.out.println("| files | count | questions | playable | imported | imported of playable |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    int[] all = new int[4];
    for (Map.Entry<String, int[]> e : totals.entrySet()) {
      int[] t = e.getValue();
      for (int i = 0; i < 4; i++) {
        all[i] += t[i];
      }
      System.out.printf(Locale.ROOT, "| .%s | %d | %d | %d | %d | %.0f%% |%n", e.getKey(), t[0], t[1], t[2], t[3],
          t[2] == 0 ? 100.0 : 100.0 * t[3] / t[2]);
    }
    System.out.printf(Locale.ROOT, "| all | %d | %d | %d | %d | %.0f%% |%n", all[0], all[1], all[2], all[3],
        all[2] == 0 ? 100.0 : 100.0 * all[3] / all[2]);
  }
}
