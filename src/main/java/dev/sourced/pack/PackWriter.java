package dev.sourced.pack;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.sourced.fs.AtomicFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a Pack as format v1 JSON: UTF-8, two-space indents, the fields in the order the format
 * lists them, optional fields left out when they are not set. A true-false answer is a JSON
 * boolean and has no choices.
 */
public final class PackWriter {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
      Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
          .withArrayEmptySeparator("")
          .withObjectEmptySeparator(""))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"));

  private PackWriter() {}

  /** The pack as the bytes of a v1 file, ending with a line break. */
  public static byte[] toJson(Pack pack) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
      g.setPrettyPrinter(PRETTY.createInstance());
      writePack(g, pack);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    bytes.write('\n');
    return bytes.toByteArray();
  }

  /**
   * Writes the pack to target through a temporary file in the same folder and a rename, so that
   * a reader never sees half a pack and a failed write leaves any earlier file as it was.
   */
  public static void write(Pack pack, Path target) throws IOException {
    writeAtomically(target, toJson(pack));
  }

  static void writeAtomically(Path target, byte[] content) throws IOException {
    AtomicFile.write(target, content);
  }

  private static void writePack(JsonGenerator g, Pack p) throws IOException {
    g.writeStartObject();
    g.writeNumberField("format", PackReader.FORMAT);
    g.writeStringField("id", p.id());
    g.writeStringField("title", p.title());
    optional(g, "description", p.description());
    optional(g, "language", p.language());
    g.writeArrayFieldStart("sources");
    for (Source s : p.sources()) {
      g.writeStartObject();
      g.writeStringField("id", s.id());
      g.writeStringField("title", s.title());
      g.writeStringField("outlet", s.outlet());
      optional(g, "author", s.author());
      optional(g, "date", s.date());
      g.writeStringField("kind", s.kind().label());
      optional(g, "url", s.url());
      optional(g, "note", s.note());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (!p.speakers().isEmpty()) {
      g.writeArrayFieldStart("speakers");
      for (Speaker s : p.speakers()) {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("name", s.name());
        g.writeStringField("role", s.role());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!p.quotes().isEmpty()) {
      g.writeArrayFieldStart("quotes");
      for (Quote q : p.quotes()) {
        g.writeStartObject();
        g.writeStringField("id", q.id());
        g.writeStringField("text", q.text());
        g.writeStringField("speaker", q.speaker());
        g.writeStringField("source", q.source());
        g.writeStringField("passage", q.passage());
        optional(g, "discussion", q.discussion());
        if (q.difficulty() != null) {
          g.writeStringField("difficulty", q.difficulty().label());
        }
        if (!q.tags().isEmpty()) {
          strings(g, "tags", q.tags());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!p.questions().isEmpty()) {
      g.writeArrayFieldStart("questions");
      for (Question q : p.questions()) {
        writeQuestion(g, q);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void writeQuestion(JsonGenerator g, Question q) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", q.id());
    g.writeStringField("type", q.type().label());
    g.writeStringField("prompt", q.prompt());
    if (q.type() == Question.Type.TRUE_FALSE) {
      g.writeBooleanField("answer", q.answer().equals(Question.TRUE_FALSE_CHOICES.get(0)));
    } else {
      strings(g, "choices", q.choices());
      g.writeStringField("answer", q.answer());
    }
    g.writeStringField("source", q.source());
    g.writeStringField("passage", q.passage());
    g.writeStringField("explanation", q.explanation());
    g.writeStringField("discussion", q.discussion());
    g.writeStringField("difficulty", q.difficulty().label());
    strings(g, "tags", q.tags());
    g.writeEndObject();
  }

  private static void optional(JsonGenerator g, String name, String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
