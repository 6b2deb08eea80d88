package dev.sourced.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema editors use and the loader agree: what the loader accepts, the schema accepts;
 * what breaks a rule a schema can state, both reject.
 */
class SchemaAgreementTest {
  static final Path SCHEMA = Path.of("questions/schema/pack.schema.json");
  /** Rules no JSON Schema can state; only the loader checks them. */
  static final List<String> LOADER_ONLY = List.of(
      "answer-not-in-choices.json", "dangling-speaker.json", "quote-not-in-passage.json",
      "duplicate-question-id.json");

  private static final ObjectMapper STRICT = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private static JsonSchema schema() throws IOException {
    try (InputStream in = Files.newInputStream(SCHEMA)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  /** Null when the file is valid against the schema, else the first problem. */
  private static String schemaProblem(Path file) throws IOException {
    JsonNode node;
    try {
      node = STRICT.readTree(Files.readString(file));
    } catch (IOException e) {
      return "not JSON: " + e.getMessage();
    }
    if (node == null || node.isMissingNode()) {
      return "empty";
    }
    Set<ValidationMessage> errors = schema().validate(node);
    return errors.isEmpty() ? null : errors.iterator().next().getMessage();
  }

  private static List<Path> json(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  @Test
  void everySoundPackPassesBoth() throws IOException {
    List<Path> sound = Stream.concat(json(Path.of("questions")).stream(),
        Stream.of(Path.of("src/test/resources/packs/sample.json"))).toList();
    for (Path p : sound) {
      assertThat(PackLoader.loadFile(p, "test").errors()).as(p.toString()).isEmpty();
      assertThat(schemaProblem(p)).as(p.toString()).isNull();
    }
  }

  @Test
  void everyBrokenPackFailsTheLoaderAndAllButTheLoaderOnlyOnesFailTheSchema() throws IOException {
    List<Path> broken = json(Path.of("src/test/resources/broken"));
    assertThat(broken).hasSizeGreaterThan(15);
    for (Path p : broken) {
      assertThat(PackLoader.loadFile(p, "test").ok()).as(p.toString()).isFalse();
      String problem = schemaProblem(p);
      if (LOADER_ONLY.contains(p.getFileName().toString())) {
        assertThat(problem).as("%s breaks only a rule the schema cannot state", p).isNull();
      } else {
        assertThat(problem).as("the schema rejects %s", p).isNotNull();
      }
    }
  }

  @Test
  void starterPackPassesBoth(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path starter = dir.resolve("starter.json");
    Files.writeString(starter, Files.readString(Path.of("src/main/resources/dev/sourced/cli/starter.json"))
        .replace("PACK_ID", "starter"));
    assertThat(PackLoader.loadFile(starter, "test").problems()).isEmpty();
    assertThat(schemaProblem(starter)).isNull();
  }

  @Test
  void bundledPacksNameTheSchema() throws IOException {
    for (Path p : json(Path.of("questions"))) {
      assertThat(STRICT.readTree(p.toFile()).path("$schema").asText()).as(p.toString())
          .isEqualTo("schema/pack.schema.json");
    }
  }
}
