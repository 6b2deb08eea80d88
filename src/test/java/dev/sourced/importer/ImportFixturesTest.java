package dev.sourced.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sourced.pack.Loaded;
import dev.sourced.pack.Pack;
import dev.sourced.pack.PackLoader;
import dev.sourced.pack.PackWriter;
import dev.sourced.pack.Problem;
import dev.sourced.pack.Question;
import dev.sourced.pack.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in src/test/resources/import/ imported and printed as text, against NAME.expected
 * beside it: the pack's questions (prompts, choices with the answer starred, explanations,
 * passages, ids, tags) and every warning with its line. -Dgolden.update=true rewrites them.
 */
class ImportFixturesTest {
  static final Path DIR = Path.of("src/test/resources/import");

  static Stream<Path> inputs() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".expected")).sorted().toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void importGivesTheExpectedPackAndWarnings(Path input) throws IOException {
    String name = input.getFileName().toString();
    String actual;
    try {
      Imported imported = ImportFiles.importFile(input, name, null, "en");
      actual = render(imported);
      assertRoundTrips(imported.pack());
    } catch (ImportException e) {
      StringBuilder b = new StringBuilder();
      e.warnings().forEach(w -> b.append(w.format()).append('\n'));
      b.append(e.problem().format()).append('\n');
      actual = b.toString();
    }
    Path expected = DIR.resolve(name + ".expected");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  /** Written with PackWriter and read back by the strict loader: no problem, the same pack. */
  static void assertRoundTrips(Pack pack) {
    Loaded again = PackLoader.load(pack.id() + ".json", pack.origin(), PackWriter.toJson(pack));
    assertThat(again.problems()).isEmpty();
    assertThat(again.pack()).isEqualTo(pack);
  }

  static String render(Imported imported) {
    Pack p = imported.pack();
    StringBuilder b = new StringBuilder();
    b.append("format: ").append(imported.format()).append(", skipped ").append(imported.skipped()).append('\n');
    b.append("pack ").append(p.id()).append(": ").append(p.title()).append(" (").append(p.language()).append(") ")
        .append(p.description()).append('\n');
    for (Source s : p.sources()) {
      b.append("source ").append(s.id()).append(": ").append(s.line()).append(" (").append(s.kind().label())
          .append(")").append(s.url() == null ? "" : " " + s.url()).append(s.note() == null ? "" : "; " + s.note())
          .append('\n');
    }
    for (Question q : p.questions()) {
      b.append("question ").append(q.id()).append(" [").append(q.type().label()).append(", ")
          .append(q.difficulty().label()).append(", source ").append(q.source()).append(", tags ")
          .append(q.tags()).append("]\n");
      b.append("  prompt: ").append(q.prompt()).append('\n');
      b.append("  choices:");
      for (String c : q.choices()) {
        b.append(' ').append(c.equals(q.answer()) ? "*" : "").append(c).append(" |");
      }
      b.setLength(b.length() - 2);
      b.append('\n');
      b.append("  explanation: ").append(q.explanation()).append('\n');
      b.append("  passage: ").append(q.passage()).append('\n');
      b.append("  discussion: ").append(q.discussion()).append('\n');
    }
    for (Problem w : imported.warnings()) {
      b.append(w.format()).append('\n');
    }
    return b.toString();
  }

  static List<String> prompts(Pack p) {
    return p.questions().stream().map(Question::prompt).toList();
  }
}
