package dev.sourced.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sourced.pack.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed corpus (src/test/resources/import/corpus, origins in SOURCES.md there): every
 * file imported as `sourced import` would, a line per file with the questions in it, how many
 * were imported and how many skipped, and the totals held to floors. The uncommitted real files
 * are measured the same way by bench/import-corpus.
 */
class CorpusTest {
  static final Path DIR = Path.of("src/test/resources/import/corpus");

  /** The least each file must give; raise them when import gets better, never lower them quietly. */
  static final Map<String, Integer> FLOORS = Map.ofEntries(
      Map.entry("bases-de-datos.gift", 5), Map.entry("biology-quizlet.txt", 6), Map.entry("course-bank.xml", 4),
      Map.entry("editor-test.gift", 3), Map.entry("english-unit-review.gift", 6), Map.entry("generic-history.csv", 3),
      Map.entry("gimkit-vocab.csv", 4), Map.entry("kahoot-export.csv", 3), Map.entry("kahoot-template.xlsx", 4),
      Map.entry("networking.aiken.txt", 3), Map.entry("quizizz-two-sheets.xlsx", 2),
      Map.entry("science-quizizz.csv", 2), Map.entry("sockets-blooket.csv", 3), Map.entry("spanish-quizlet.txt", 5));

  @Test
  void everyCorpusFileImportsAtLeastItsFloor() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(DIR)) {
      files = s.filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().toList();
    }
    assertThat(files).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrderElementsOf(FLOORS.keySet());
    int imported = 0;
    int skipped = 0;
    List<String> below = new ArrayList<>();
    System.out.println("corpus: file | read as | in file | imported | skipped");
    for (Path f : files) {
      String name = f.getFileName().toString();
      Imported i;
      try {
        i = ImportFiles.importFile(f, name, null, "en");
      } catch (ImportException e) {
        below.add(name + ": " + e.getMessage());
        continue;
      }
      ImportFixturesTest.assertRoundTrips(i.pack());
      long skips = i.warnings().stream().map(Problem::message).filter(m -> m.startsWith("skipped: ")).count();
      assertThat(skips).as(name + ": every skip is said").isEqualTo(i.skipped());
      int n = i.pack().questions().size();
      System.out.printf(Locale.ROOT, "corpus: %s | %s | %d | %d | %d%n", name, i.format(), n + i.skipped(), n,
          i.skipped());
      imported += n;
      skipped += i.skipped();
      if (n < FLOORS.get(name)) {
        below.add(name + ": " + n + " imported, floor " + FLOORS.get(name));
      }
    }
    System.out.printf(Locale.ROOT, "corpus: total %d files, %d imported, %d skipped%n", files.size(), imported, skipped);
    assertThat(below).isEmpty();
    assertThat(imported).isGreaterThanOrEqualTo(53);
  }
}
