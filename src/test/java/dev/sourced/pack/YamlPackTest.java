package dev.sourced.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class YamlPackTest {
  @Test
  void yamlPackLoadsLikeJson() {
    Loaded l = PackLoader.loadFile(Path.of("src/test/resources/yaml/small.yaml"), "test");
    assertThat(l.problems()).isEmpty();
    Pack p = l.pack();
    assertThat(p.id()).isEqualTo("small-yaml");
    assertThat(p.questions().get(0).choices()).containsExactly("London", "Rome", "Oslo", "Lima");
    assertThat(p.questions().get(1).answer()).isEqualTo("True");
    assertThat(p.source("daily").orElseThrow().date()).isEqualTo("2020-07-17");
  }

  @Test
  void yamlProblemsNameTheirLine() {
    String yaml = "format: 1\nid: y\ntitle: T\ndescription: D\nlanguage: en\nsources:\n  - id: s\n"
        + "    title: T\n    outlet: O\n    kind: blog\nquestions: []\n";
    Loaded l = PackLoader.load("p.yaml", "test", yaml.getBytes(StandardCharsets.UTF_8));
    assertThat(l.errors()).extracting(Problem::format).contains(
        "p.yaml:10:11: error: sources[0].kind: \"blog\" is not a kind of source; use news, feature, opinion or other");
  }

  @Test
  void brokenYamlSaysWhere() {
    Loaded l = PackLoader.load("p.yml", "test", "format: 1\nid: [unclosed\n".getBytes(StandardCharsets.UTF_8));
    assertThat(l.errors()).singleElement().satisfies(e -> {
      assertThat(e.message()).startsWith("not valid YAML: ");
      assertThat(e.line()).isPositive();
    });
  }

  /** Jackson reads YAML aliases without expanding them, so a "billion laughs" file stays small. */
  @Test
  void aliasBombIsNotExpanded() {
    StringBuilder b = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'k'; c++) {
      b.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        b.append(i == 0 ? "" : ", ").append('*').append(prev);
      }
      b.append("]\n");
      prev = c;
    }
    Loaded l = PackLoader.load("bomb.yaml", "test", b.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(l.ok()).isFalse();
    assertThat(l.errors()).hasSizeLessThan(20)
        .extracting(Problem::message).contains("unknown field \"k\"; allowed here: $schema, format, id, title, "
            + "description, language, sources, speakers, quotes, questions");
  }
}
