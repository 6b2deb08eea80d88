package dev.sourced.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file in src/test/resources/broken has one problem; NAME.expected holds the message and
 * position the loader must give for it. A file without .expected is checked for a clear error only.
 */
class BrokenPacksTest {
  static final Path DIR = Path.of("src/test/resources/broken");

  @TestFactory
  Stream<DynamicTest> eachBrokenPackIsRejectedWithItsExactProblem() throws IOException {
    List<Path> packs;
    try (Stream<Path> files = Files.list(DIR)) {
      packs = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(packs).hasSizeGreaterThan(15);
    return packs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
      Loaded l = PackLoader.loadFile(p, "test");
      assertThat(l.ok()).as("a broken pack is left out").isFalse();
      assertThat(l.errors()).as("each test pack has exactly one problem").hasSize(1);
      Problem e = l.errors().get(0);
      assertThat(e.file()).isEqualTo(p.toString());
      Path expected = Path.of(p.toString().replace(".json", ".expected"));
      if (Files.exists(expected)) {
        assertThat(e.describe()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8).strip());
      } else {
        assertThat(e.line()).as("a syntax error names its line").isPositive();
        assertThat(e.message()).startsWith("not valid JSON");
      }
    }));
  }
}
