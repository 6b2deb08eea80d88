package dev.sourced.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackLoaderTest {
  static final Path SAMPLE = Path.of("src/test/resources/packs/sample.json");

  @Test
  void samplePackLoadsWithEverythingInPlace() {
    Loaded l = PackLoader.loadFile(SAMPLE, "test");
    assertThat(l.problems()).isEmpty();
    Pack p = l.pack();
    assertThat(p.id()).isEqualTo("sample");
    assertThat(p.questions()).hasSize(4);
    Question tf = p.questions().stream().filter(q -> q.type() == Question.Type.TRUE_FALSE).findFirst().orElseThrow();
    assertThat(tf.choices()).containsExactly("True", "False");
    assertThat(tf.answer()).isEqualTo("True");
    assertThat(p.source("techreview").orElseThrow().date()).isEqualTo("2020-08-13");
  }

  @Test
  void brokenPackNeverStopsTheOthers(@TempDir Path dir) throws IOException {
    Files.copy(SAMPLE, dir.resolve("a-good.json"));
    Files.writeString(dir.resolve("b-bad.json"), "{\"format\": 1,");
    Files.writeString(dir.resolve("notes.txt"), "not a pack");
    Catalog c = Catalog.of(PackLoader.loadPath(dir, "user"));
    assertThat(c.entries()).hasSize(2);
    assertThat(c.packs()).extracting(Pack::id).containsExactly("sample");
    assertThat(c.broken()).extracting(Loaded::file).containsExactly(dir.resolve("b-bad.json").toString());
  }

  @Test
  void twoPacksWithOneIdAreReported(@TempDir Path dir) throws IOException {
    Files.copy(SAMPLE, dir.resolve("one.json"));
    Files.copy(SAMPLE, dir.resolve("two.json"));
    Catalog c = Catalog.of(PackLoader.loadPath(dir, "user"));
    assertThat(c.packs()).isEmpty();
    assertThat(c.broken()).hasSize(2);
    assertThat(c.broken().get(0).errors().get(0).message()).isEqualTo("the id \"sample\" is also used by "
        + dir.resolve("two.json") + "; give one of them another id (both are left out until then)");
    assertThat(c.broken().get(1).errors().get(0).message()).contains("is also used by " + dir.resolve("one.json"));
  }

  @Test
  void binaryFileIsNotUtf8() {
    Loaded l = PackLoader.load("x.json", "test", new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
    assertThat(l.errors()).singleElement().extracting(Problem::message)
        .isEqualTo("is not UTF-8 text (a binary file, or saved in another encoding); save it as UTF-8");
  }

  @Test
  void textThatIsNotUtf8IsPointedAtWhereItStops() {
    byte[] latin1 = "{\"format\": 1,\n  \"title\": \"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(PackLoader.load("x.json", "test", latin1).errors()).singleElement().extracting(Problem::format)
        .isEqualTo("x.json:2:16: error: is not UTF-8 text (a binary file, or saved in another encoding); save it as UTF-8");
  }

  @Test
  void aLongTextInYamlIsBoundedAsInJson() {
    String yaml = "format: 1\ntitle: " + "x".repeat(100_001) + "\n";
    Loaded l = PackLoader.load("long.yaml", "test", yaml.getBytes(StandardCharsets.UTF_8));
    assertThat(l.errors()).extracting(Problem::describe).contains("title: a text is longer than 100000 characters;"
        + " shorten it (line 2, col 8)");
  }

  @Test
  void byteOrderMarkIsAccepted() throws IOException {
    byte[] body = Files.readAllBytes(SAMPLE);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertThat(PackLoader.load("bom.json", "test", withBom).ok()).isTrue();
  }

  @Test
  void hugeFileIsRefusedBeforeReading(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.json");
    try (var out = Files.newOutputStream(big)) {
      byte[] chunk = new byte[1024 * 1024];
      java.util.Arrays.fill(chunk, (byte) ' ');
      for (int i = 0; i < 9; i++) {
        out.write(chunk);
      }
    }
    Loaded l = PackLoader.loadFile(big, "test");
    assertThat(l.errors()).singleElement().extracting(Problem::message)
        .isEqualTo("is 9 MB; a pack file may be at most 8 MB");
  }

  @Test
  void hugeStringIsBounded() {
    String json = "{\"format\": 1, \"title\": \"" + "x".repeat(200_000) + "\"}";
    Loaded l = PackLoader.load("long.json", "test", json.getBytes(StandardCharsets.UTF_8));
    assertThat(l.errors()).singleElement().extracting(Problem::message)
        .isEqualTo("a text is longer than 100000 characters; shorten it");
  }

  @Test
  void columnsCountCharactersNotBytes() {
    String json = "{\"format\": 1, \"id\": \"\u00e9\u00e9\u00e9\", \"x\": 1}";
    Loaded l = PackLoader.load("cols.json", "test", json.getBytes(StandardCharsets.UTF_8));
    Problem unknown = l.errors().stream().filter(p -> p.path().equals("x")).findFirst().orElseThrow();
    assertThat(unknown.column()).isEqualTo(json.indexOf("\"x\"") + 1);
  }

  @Test
  void missingFileSaysSo() {
    Loaded l = PackLoader.loadFile(Path.of("no/such/pack.json"), "given");
    assertThat(l.errors()).singleElement().extracting(Problem::format)
        .isEqualTo("no/such/pack.json: error: does not exist");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    String json = "{\"format\": 1, \"id\": \"Bad Id\", \"title\": 3, \"colour\": 1, \"sources\": []}";
    Loaded l = PackLoader.load("many.json", "test", json.getBytes(StandardCharsets.UTF_8));
    assertThat(l.errors()).extracting(Problem::path)
        .contains("id", "title", "colour", "sources", "");
  }

  @Test
  void unusedSpeakerIsAWarningNotAnError() throws IOException {
    String json = Files.readString(SAMPLE).replaceFirst("\"speakers\": \\[",
        "\"speakers\": [{\"id\": \"nobody\", \"name\": \"No Body\", \"role\": \"unquoted\"},");
    Loaded l = PackLoader.load("warn.json", "test", json.getBytes(StandardCharsets.UTF_8));
    assertThat(l.ok()).isTrue();
    assertThat(l.problems()).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
      assertThat(p.message()).isEqualTo("nobody quotes the speaker \"nobody\"");
    });
    assertThat(List.of(l.pack().speakers().get(0).id())).containsExactly("nobody");
  }

  /** F1: a second entry without a usable id was taken for a duplicate of the first, and the loader threw. */
  @Test
  void entriesWithoutUsableIdsAreEachReportedNotAThrow() {
    String json = """
        {"format": 1, "id": "p", "title": "t", "description": "d", "language": "en",
         "sources": [{}, {}],
         "speakers": [{"id": 5}, {"id": 5}],
         "questions": [{"id": " "}, {"id": " "}, {"id": "Bad Id"}, {"id": "Bad Id"}]}
        """;
    Loaded l = PackLoader.load("ids.json", "test", json.getBytes(StandardCharsets.UTF_8));
    assertThat(l.ok()).isFalse();
    assertThat(l.errors()).filteredOn(p -> p.describe().contains("id")).extracting(Problem::describe).containsExactly(
        "sources[0]: missing required field \"id\" (line 2, col 14)",
        "sources[1]: missing required field \"id\" (line 2, col 18)",
        "speakers[0].id: expected a text in quotes, found a number (line 3, col 22)",
        "speakers[1].id: expected a text in quotes, found a number (line 3, col 33)",
        "questions[0].id: is empty; write something or leave the field out if it is optional (line 4, col 23)",
        "questions[1].id: is empty; write something or leave the field out if it is optional (line 4, col 36)",
        "questions[2].id: \"Bad Id\" is not a valid id; use lowercase letters, digits and hyphens, like"
            + " \"wechat-ban-2020\" (line 4, col 49)",
        "questions[3].id: \"Bad Id\" is not a valid id; use lowercase letters, digits and hyphens, like"
            + " \"wechat-ban-2020\" (line 4, col 67)");
  }

  /** D5: the schema `sourced new` writes beside a pack was listed as a broken pack with ten errors. */
  @Test
  void schemaFilesInAFolderAreNotPacks(@TempDir Path dir) throws IOException {
    Path schema = Path.of("questions/schema/pack.schema.json");
    Files.copy(SAMPLE, dir.resolve("a.json"));
    Files.copy(schema, dir.resolve("pack.schema.json"));
    Files.copy(schema, dir.resolve("renamed.json")); // known by its content too
    Files.writeString(dir.resolve("no-format.json"), "{\"id\": \"x\"}");
    assertThat(PackLoader.loadPath(dir, "user")).extracting(Loaded::file)
        .containsExactly(dir.resolve("a.json").toString(), dir.resolve("no-format.json").toString());
  }

  @Test
  void aSchemaNamedOnItsOwnIsRefusedInOneLine() {
    Loaded l = PackLoader.loadFile(Path.of("questions/schema/pack.schema.json"), "given");
    assertThat(l.problems()).singleElement().extracting(Problem::format).isEqualTo("questions/schema/pack.schema.json"
        + ":1:1: error: is a JSON Schema, which editors use to check packs as you type, not a pack;"
        + " give the pack file beside it");
  }
}
