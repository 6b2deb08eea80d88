package dev.sourced.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sourced.importer.ImportException;
import dev.sourced.importer.ImportFiles;
import dev.sourced.importer.Imported;
import dev.sourced.pack.Difficulty;
import dev.sourced.pack.Loaded;
import dev.sourced.pack.Pack;
import dev.sourced.pack.PackLoader;
import dev.sourced.pack.Question;
import dev.sourced.pack.Source;
import dev.sourced.pack.SourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every format written to a file and imported back: the same questions, choices and answers. */
class ExportRoundTripTest {
  @TempDir
  Path dir;

  /** Texts with every character the formats treat as markup: GIFT's escapes, HTML, CSV quotes and commas. */
  static Pack tricky() {
    Source s = new Source("daily-report", "A Report", "The Daily", "A. Writer", "2020-07-17", SourceKind.NEWS,
        "https://example.org/r", null);
    List<Question> qs = List.of(
        new Question("escapes", Question.Type.CHOICE, "Which of {a} ~ b = c # d : e \\ f is kept?",
            List.of("{braces}", "~tilde", "a=b", "#hash: and \\ back"), "a=b", s.id(), "All are kept.",
            "Each is escaped.", "What else needs escaping?", Difficulty.HARD, List.of("escapes", "gift")),
        new Question("markup", Question.Type.CHOICE, "Is <b>this</b> & \"that\", bold?",
            List.of("Tom & Jerry", "a < b", "\"quoted\", with comma"), "a < b", s.id(),
            "The passage, \"quoted\".", "Because 1 < 2 & 2 > 1.", "Why?", Difficulty.EASY, List.of("html")),
        new Question("truth", Question.Type.TRUE_FALSE, "The Nile is in Africa.", Question.TRUE_FALSE_CHOICES,
            "True", s.id(), "The Nile flows through eleven countries of Africa.", "It is.", "Which ones?",
            Difficulty.MEDIUM, List.of()),
        new Question("falsehood", Question.Type.TRUE_FALSE, "The Amazon is in Asia.", Question.TRUE_FALSE_CHOICES,
            "False", s.id(), "It is in South America.", "It is not.", "Where is it?", Difficulty.MEDIUM, List.of()),
        new Question("unicode", Question.Type.CHOICE, "\u0413\u0434\u0435 \u041d\u0438\u043b?",
            List.of("\u0410\u0444\u0440\u0438\u043a\u0430", "\u0410\u0437\u0438\u044f"), "\u0410\u0444\u0440\u0438\u043a\u0430",
            s.id(), "\u0412 \u0410\u0444\u0440\u0438\u043a\u0435.", "\u0414\u0430.", "\u041f\u043e\u0447\u0435\u043c\u0443?",
            Difficulty.EASY, List.of("\u0433\u0435\u043e\u0433\u0440\u0430\u0444\u0438\u044f")));
    return new Pack("tricky", "Tricky texts", "For tests.", "en", List.of(s), List.of(), List.of(), qs, "test");
  }

  static Stream<Arguments> cases() {
    Pack bundled = PackLoader.loadBundled().stream().filter(Loaded::ok).map(Loaded::pack).findFirst().orElseThrow();
    return Stream.of(Exporter.Format.values())
        .flatMap(f -> Stream.of(Arguments.of(f, tricky()), Arguments.of(f, bundled)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void exportThenImportGivesTheSameQuestionsAndAnswers(Exporter.Format format, Pack pack)
      throws IOException, ImportException {
    Exporter.Exported out = Exporter.export(pack, format);
    Path file = Files.write(dir.resolve(pack.id() + format.extension), out.bytes());
    Imported back = ImportFiles.importFile(file, file.getFileName().toString(), null, "en");
    List<Question> sent = pack.questions().stream()
        .filter(q -> format != Exporter.Format.KAHOOT_XLSX || q.choices().size() <= 4).toList();
    assertThat(back.pack().questions()).hasSameSizeAs(sent);
    for (int i = 0; i < sent.size(); i++) {
      Question a = sent.get(i);
      Question b = back.pack().questions().get(i);
      assertThat(b.prompt()).as(a.id()).isEqualTo(a.prompt());
      assertThat(b.choices()).as(a.id()).isEqualTo(a.choices());
      assertThat(b.answer()).as(a.id()).isEqualTo(a.answer());
      assertThat(b.type()).as(a.id()).isEqualTo(a.type());
      if (format != Exporter.Format.KAHOOT_XLSX) {
        assertThat(b.id()).isEqualTo(a.id());
        assertThat(b.explanation()).as(a.id()).startsWith(a.explanation());
        assertThat(b.tags()).as(a.id()).isEqualTo(a.tags());
      }
      if (format == Exporter.Format.GIFT || format == Exporter.Format.MOODLE_XML) {
        // One feedback text carries what the format has no field for.
        assertThat(b.explanation()).contains(a.passage(), a.discussion(), "Source: ");
      }
      if (format == Exporter.Format.CSV) {
        assertThat(List.of(b.passage(), b.explanation(), b.discussion(), b.difficulty()))
            .isEqualTo(List.of(a.passage(), a.explanation(), a.discussion(), a.difficulty()));
        Source sa = pack.source(a.source()).orElseThrow();
        Source sb = back.pack().source(b.source()).orElseThrow();
        assertThat(List.of(sb.outlet(), sb.title(), String.valueOf(sb.date()), String.valueOf(sb.author()),
            String.valueOf(sb.url()))).isEqualTo(List.of(sa.outlet(), sa.title(), String.valueOf(sa.date()),
            String.valueOf(sa.author()), String.valueOf(sa.url())));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void whatCannotBeCarriedIsListed(Exporter.Format format) {
    Pack withQuote = dev.sourced.testing.TestPacks.minimal().withSpeaker("sp").withQuote("q1", "sp", "news")
        .withQuestion("five").build();
    Exporter.Exported out = Exporter.export(withQuote, format);
    assertThat(out.notCarried()).first().asString()
        .isEqualTo("1 quote (who-said-it items) are not exported; " + format.description + " has no such question");
  }

  static Stream<Exporter.Format> formats() {
    return Stream.of(Exporter.Format.values());
  }
}
