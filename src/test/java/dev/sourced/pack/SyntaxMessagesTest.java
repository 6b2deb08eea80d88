package dev.sourced.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A file that is not JSON gets a message in an author's words, at the place to change, never Jackson's. */
class SyntaxMessagesTest {
  private static String error(String json) {
    Loaded l = PackLoader.load("x.json", "test", json.getBytes(StandardCharsets.UTF_8));
    assertThat(l.errors()).hasSize(1);
    String m = l.errors().get(0).format();
    assertThat(m).doesNotContain("(code ").doesNotContain("Unexpected character").doesNotContain("CTRL-CHAR")
        .doesNotContain("Unrecognized token");
    return m;
  }

  /** D16: a trailing comma gave "Unexpected character ('}' (code 125)): was expecting double-quote ...". */
  @Test
  void trailingCommaIsNamedAndPointedAt() {
    assertThat(error("{\"format\": 1,\n  \"id\": \"a\",\n}")).isEqualTo("x.json:2:12: error: not valid JSON: a comma"
        + " before '}'; JSON allows no comma after the last field of an object, so remove it");
    assertThat(error("{\"format\": 1, \"tags\": [\"a\", ]}")).isEqualTo("x.json:1:27: error: not valid JSON: a comma"
        + " before ']'; JSON allows no comma after the last item of a list, so remove it");
  }

  @Test
  void commonSlipsAreSaidPlainly() {
    assertThat(error("{\"format\": 1 \"id\": \"a\"}")).endsWith("a comma is missing between two fields (found '\"'"
        + " where a comma belongs)");
    assertThat(error("{\"tags\": [\"a\" \"b\"]}")).endsWith("a comma is missing between two items of a list"
        + " (found '\"' where a comma belongs)");
    assertThat(error("{'format': 1}")).endsWith("a field name is written in double quotes, like \"id\", but here"
        + " is \"'\"");
    assertThat(error("{\"format\" 1}")).endsWith("a colon is missing after a field name (found '1' where ':'"
        + " belongs)");
    assertThat(error("{\"id\": abc}")).endsWith("abc is not a JSON value; a text goes in double quotes, like \"abc\"");
    assertThat(error("{\"format\": 01}")).endsWith("a number cannot start with 0; write 1, not 01");
    assertThat(error("{\"format\": 1, \"id\": \"a\"]")).endsWith("']' closes something that is not open: the object"
        + " { ... } begun at line 1, column 1 is still open; is a '}' missing?");
    assertThat(error("{\"format\": - 1}")).endsWith("a number is written wrongly (U+0020 where a digit belongs);"
        + " write numbers such as 1, -2 or 0.5");
    assertThat(error("{\"id\": \"C:\\Users\"}")).endsWith("\\U is not an escape JSON knows; a backslash is written"
        + " \\\\, and the escapes are \\n \\t \\\" \\\\ \\uXXXX");
    assertThat(error("{\"id\": \"a\nb\"}")).endsWith("a text or field name holds the control character U+000A, such"
        + " as a line break or tab typed inside quotes; write it as \\n or \\t, or remove it");
  }

  /** F3: Jackson quotes the character it stopped at; a bidi override or escape must not reach the terminal. */
  @Test
  void unseenCharactersAreNamedByCodePoint() {
    assertThat(error("{\"format\": 1, \u202e\"id\": 1}")).endsWith("a field name is written in double quotes, like"
        + " \"id\", but here is U+202E");
    assertThat(error("{\"format\": 1, \"id\": \u001b}")).endsWith("the control character U+001B stands between"
        + " values, where only spaces and line breaks may; remove it");
    assertThat(error("{\"format\": 1, \"id\": }")).endsWith("'}' cannot start a value; a value is a text in"
        + " double quotes, a number, true, false, null, a list [ ... ] or an object { ... }");
  }

  private static String yamlError(String yaml) {
    Loaded l = PackLoader.load("x.yaml", "test", yaml.getBytes(StandardCharsets.UTF_8));
    assertThat(l.errors()).hasSize(1);
    String m = l.errors().get(0).format();
    assertThat(m).doesNotContain("org.yaml").doesNotContain("Event").doesNotContain("VALUE_EMBEDDED_OBJECT");
    return m;
  }

  /** The breaking pass: YAML's odd corners gave SnakeYAML's event names and Jackson's token names. */
  @Test
  void yamlSlipsAreSaidPlainlyToo() {
    assertThat(yamlError("format: 1\nid: !!binary aGVsbG8=\n")).isEqualTo("x.yaml:2:5: error: a YAML value of a kind"
        + " a pack cannot hold (such as !!binary); write it as text");
    assertThat(yamlError("format: 1\n? [a, b]\n: c\n")).endsWith("not valid YAML: a field name is plain text; a list,"
        + " an object or a \"? \" key cannot be one");
    assertThat(yamlError("format: 1\nid: \"abc\n")).endsWith("not valid YAML: while scanning a quoted scalar: found"
        + " unexpected end of stream");
  }
}
