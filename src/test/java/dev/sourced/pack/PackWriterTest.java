package dev.sourced.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sourced.testing.TestPacks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackWriterTest {

  @Test
  void writingTheSamplePackReproducesItsFileByteForByte() throws IOException {
    Pack sample = PackLoader.loadFile(PackLoaderTest.SAMPLE, "test").pack();
    String original = Files.readString(PackLoaderTest.SAMPLE);
    assertThat(new String(PackWriter.toJson(sample), StandardCharsets.UTF_8)).isEqualTo(original + "\n");
  }

  @Test
  void bundledPacksSurviveWriteAndLoad() {
    List<Loaded> bundled = PackLoader.loadBundled();
    assertThat(bundled).isNotEmpty();
    for (Loaded l : bundled) {
      Loaded again = PackLoader.load(l.file(), l.origin(), PackWriter.toJson(l.pack()));
      assertThat(again.problems()).isEmpty();
      assertThat(again.pack()).isEqualTo(l.pack());
    }
  }

  @Test
  void trueFalseAnswerIsABooleanAndHasNoChoices() {
    Pack p = new Pack("tf", "T", "D", "en", TestPacks.minimal().build().sources(), List.of(), List.of(),
        List.of(new Question("q-1", Question.Type.TRUE_FALSE, "Is it?", Question.TRUE_FALSE_CHOICES, "False", "news",
            "It is not.", "Because.", "Why?", Difficulty.MEDIUM, List.of())), "test");
    String json = new String(PackWriter.toJson(p), StandardCharsets.UTF_8);
    assertThat(json).contains("\"answer\": false").doesNotContain("\"choices\"").contains("\"tags\": []");
    assertThat(PackLoader.load("tf.json", "test", PackWriter.toJson(p)).pack()).isEqualTo(p);
  }

  @Test
  void unsetOptionalFieldsAreLeftOut() {
    Source bare = new Source("s", "Title", "Outlet", null, null, SourceKind.OTHER, null, null);
    Pack p = new Pack("bare", "T", "D", "en", List.of(bare), List.of(), List.of(),
        TestPacks.minimal().withQuestion("q").build().questions().stream()
            .map(q -> new Question(q.id(), q.type(), q.prompt(), q.choices(), q.answer(), "s", q.passage(),
                q.explanation(), q.discussion(), q.difficulty(), q.tags()))
            .toList(), "test");
    String json = new String(PackWriter.toJson(p), StandardCharsets.UTF_8);
    assertThat(json).doesNotContain("author", "date", "url", "note", "speakers", "quotes", "null");
    assertThat(json.indexOf("\"id\": \"s\"")).isLessThan(json.indexOf("\"title\": \"Title\""));
    assertThat(json.indexOf("\"outlet\"")).isLessThan(json.indexOf("\"kind\": \"other\""));
  }

  @Test
  void writeReplacesTheFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("nested/pack.json");
    Pack p = TestPacks.minimal().withQuestion("q").build();
    Files.createDirectories(target.getParent());
    Files.writeString(target, "old");
    PackWriter.write(p, target);
    assertThat(PackLoader.loadFile(target, "test").pack()).isEqualTo(
        new Pack(p.id(), p.title(), p.description(), p.language(), p.sources(), p.speakers(), p.quotes(),
            p.questions(), "test"));
    try (Stream<Path> files = Files.list(target.getParent())) {
      assertThat(files).containsExactly(target);
    }
  }
}
