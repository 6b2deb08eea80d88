package dev.sourced.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The worked examples in docs/packs.md load as written, so the guide cannot drift from the loader. */
class DocsExamplesTest {
  private static String block(String language) throws IOException {
    String doc = Files.readString(Path.of("docs/packs.md"));
    Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(doc);
    assertThat(m.find()).as("a ```%s block in docs/packs.md", language).isTrue();
    return m.group(1);
  }

  @Test
  void completeJsonExampleLoadsWithoutProblems() throws IOException {
    Loaded l = PackLoader.load("packs.md.json", "docs", block("json").getBytes(StandardCharsets.UTF_8));
    assertThat(l.problems()).isEmpty();
    assertThat(l.pack().quotes()).hasSize(2);
    assertThat(l.pack().questions()).hasSize(2);
  }

  @Test
  void yamlExampleLoadsWithoutErrors() throws IOException {
    Loaded l = PackLoader.load("packs.md.yaml", "docs", block("yaml").getBytes(StandardCharsets.UTF_8));
    assertThat(l.errors()).isEmpty();
  }
}
