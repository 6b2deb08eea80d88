package dev.sourced.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The worked examples in docs/packs.md and the README load as written, so neither can drift from
 * the loader, and their code fences are well formed, so the Markdown around them renders.
 */
class DocsExamplesTest {
  private static final Path GUIDE = Path.of("docs/packs.md");
  private static final Path README = Path.of("README.md");

  /** The first ```language block of a document, from the heading `from` on. */
  private static String block(Path doc, String from, String language) throws IOException {
    String text = Files.readString(doc);
    int start = text.indexOf(from);
    assertThat(start).as("%s has %s", doc, from).isNotNegative();
    Matcher m = Pattern.compile("^```" + language + "\\n(.*?)^```$", Pattern.DOTALL | Pattern.MULTILINE)
        .matcher(text);
    assertThat(m.find(start)).as("a ```%s block in %s", language, doc).isTrue();
    return m.group(1);
  }

  private static Loaded load(String name, String text) {
    return PackLoader.load(name, "docs", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void completeJsonExampleLoadsWithoutProblems() throws IOException {
    Loaded l = load("packs.md.json", block(GUIDE, "# ", "json"));
    assertThat(l.problems()).isEmpty();
    assertThat(l.pack().quotes()).hasSize(2);
    assertThat(l.pack().questions()).hasSize(2);
  }

  @Test
  void yamlExampleLoadsWithoutErrors() throws IOException {
    Loaded l = load("packs.md.yaml", block(GUIDE, "# ", "yaml"));
    assertThat(l.errors()).isEmpty();
  }

  /** D8: the README's JSON example failed validate (a full stop in the quote, a comma in the passage). */
  @Test
  void readmeJsonExampleLoadsWithoutProblems() throws IOException {
    Loaded l = load("README.json", block(README, "## Writing packs", "json"));
    assertThat(l.problems()).extracting(Problem::format).isEmpty();
    assertThat(l.pack().quotes()).hasSize(1);
    assertThat(l.pack().questions()).hasSize(1);
  }

  @Test
  void readmeYamlExampleLoadsWithoutProblems() throws IOException {
    Loaded l = load("README.yaml", block(README, "## Writing packs", "yaml"));
    assertThat(l.problems()).extracting(Problem::format).isEmpty();
  }

  /** D7: text after a closing ``` keeps the block open, and the rest of the README rendered inside out. */
  @Test
  void everyCodeFenceIsAloneOnItsLineAndClosed() throws IOException {
    for (Path doc : List.of(README, GUIDE)) {
      List<String> bad = new ArrayList<>();
      boolean open = false;
      List<String> lines = Files.readAllLines(doc);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (!line.startsWith("```")) {
          continue;
        }
        String info = line.substring(3);
        if (open ? !info.isBlank() : !info.matches("[a-z]*")) {
          bad.add(doc + ":" + (i + 1) + ": " + line);
        }
        open = !open;
      }
      assertThat(bad).as("fences with text beside them").isEmpty();
      assertThat(open).as("%s ends inside a code block", doc).isFalse();
    }
  }
}
