package dev.sourced.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sourced.classroom.Replay;
import dev.sourced.classroom.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any results file, however damaged, is read back as a session or refused in words a terminal may
 * show; a file that reads resumes and summarises, or says it does not add up. Never an exception.
 * The seeds are real saved sessions (teacher-keyed, with a correction, a skip and an early end),
 * mutated as text and as JSON trees. Cases: jqwik.tries.default (see junit-platform.properties);
 * bench/fuzz runs more.
 */
class ResultsReaderPropertiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> SEEDS = seeds();
  private static final List<String> TRICKY = List.of("\u001b]2;PWNED\u0007", "\u202e", "\ud800", "", "-1", "Z",
      "x".repeat(200), "\u0130", "e\u0301", "null", "9223372036854775807", "2026-13-45T99:99:99Z");

  private static List<String> seeds() {
    try {
      Path dir = Files.createTempDirectory("results-seeds");
      List<String> out = new ArrayList<>();
      Session s = ResultsFilesTest.twoQuestionsIn();
      for (Session variant : List.of(s, s.next(new dev.sourced.classroom.ClassEvent.End()),
          s.next(new dev.sourced.classroom.ClassEvent.Skip()))) {
        ResultsTarget t = ResultsTarget.next(dir, Instant.parse("2026-11-22T10:15:30Z"));
        ResultsFiles.write(t, variant);
        out.add(Files.readString(t.json()));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Property
  void damagedTextIsReadOrRefusedInWords(@ForAll("damagedText") String text) throws IOException {
    check(text);
  }

  @Property
  void damagedTreesAreReadOrRefusedInWords(@ForAll("damagedTree") String text) throws IOException {
    check(text);
  }

  private static void check(String text) throws IOException {
    Path f = Files.createTempFile("results-", ".json");
    try {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      if (text.hashCode() % 7 == 0 && bytes.length > 10) {
        bytes[text.hashCode() % 10 < 0 ? 0 : text.hashCode() % 10] = (byte) 0xff; // not UTF-8 at all
      }
      Files.write(f, bytes);
      try {
        ResultsFiles.Saved saved = ResultsFiles.read(f, ResultsFilesTest.SAMPLE);
        try {
          Session s = saved.summary();
          assertThat(s.challenges()).isNotEmpty();
          saved.resume();
        } catch (Replay.Mismatch e) {
          assertSafe(e.getMessage());
        }
      } catch (ResultsFiles.Unreadable e) {
        assertSafe(e.getMessage());
      }
    } finally {
      Files.deleteIfExists(f);
    }
  }

  private static void assertSafe(String message) {
    assertThat(message).isNotBlank();
    assertThat(message.chars().noneMatch(c -> c < 0x20 && c != '\n' || c == 0x7f || (c >= 0x80 && c < 0xa0)
        || c == 0x202e)).as("no control codes: " + message).isTrue();
    assertThat(message).doesNotContain("Exception").doesNotContain("com.fasterxml");
  }

  @Provide
  Arbitrary<String> damagedText() {
    Arbitrary<String> seed = Arbitraries.of(SEEDS);
    Arbitrary<Integer> at = Arbitraries.integers().between(0, 100_000);
    Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(TRICKY), Arbitraries.of("{", "}", "[", "]", ",", ":",
        "\"", "\\", "\\u0000", "\\ud800", "-"), Arbitraries.strings().ofMaxLength(5));
    return Combinators.combine(seed, at, at, piece).as((s, a, b, p) -> {
      int i = a % (s.length() + 1);
      int j = Math.min(s.length(), i + b % 40);
      return switch ((a + b) % 3) {
        case 0 -> s.substring(0, i) + p + s.substring(j);
        case 1 -> s.substring(0, i) + s.substring(j);
        default -> s.substring(0, i) + p + s.substring(i);
      };
    });
  }

  @Provide
  Arbitrary<String> damagedTree() {
    return Combinators.combine(Arbitraries.of(SEEDS), Arbitraries.integers().between(0, 10_000),
        Arbitraries.of(TRICKY), Arbitraries.integers().between(0, 4)).as((s, pick, text, how) -> {
          try {
            JsonNode root = JSON.readTree(s);
            List<ObjectNode> objects = new ArrayList<>();
            collect(root, objects);
            ObjectNode o = objects.get(pick % objects.size());
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            if (names.isEmpty()) {
              return s;
            }
            String name = names.get(pick % names.size());
            switch (how) {
              case 0 -> o.remove(name);
              case 1 -> o.put(name, text);
              case 2 -> o.put(name, -pick);
              case 3 -> o.putNull(name);
              default -> o.set(name, JSON.createArrayNode());
            }
            return JSON.writeValueAsString(root);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static void collect(JsonNode n, List<ObjectNode> out) {
    if (n instanceof ObjectNode o) {
      out.add(o);
    }
    if (n instanceof ObjectNode || n instanceof ArrayNode) {
      for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
        collect(it.next(), out);
      }
    }
  }
}
