package dev.sourced.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Any pack file, however damaged, either loads or is refused with problems that say where
 * (file:line:col), in text a terminal may show; the loader never throws. Real packs others wrote
 * (the bundled pack, the test packs, the guide's examples, the broken/ set) are mutated two ways:
 * as bytes (cuts, copies, stray characters, broken UTF-8, JSON punctuation) and as trees (fields
 * removed, renamed, retyped, copied elsewhere, texts with İ, escapes and bidi marks).
 *
 * <p>The number of cases is jqwik.tries.default: a few hundred in src/test/resources/
 * junit-platform.properties, so that mvn verify stays quick; bench/fuzz runs many more.
 */
class PackLoaderPropertiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Texts that have broken Sourced or its terminal, or are easy to get wrong. */
  private static final List<String> TRICKY = List.of(
      "\u0130", "\u0130\u0130 X", "\u00df", "\ufb01", "\u03a3", "e\u0301", "\u001b]2;PWNED\u0007", "\u001b[2J",
      "\u009b31m", "\u202e", "\u200b", "\ufeff", "\ud83d\ude00", "\u2600", "\ufe0f", "\t", "\r\n", "\n", "\u0000",
      "\u00a0", "\u201cquoted\u201d", "\u2014", "  ", "", "x".repeat(300), "Read the source first",
      "\ue000", "\u0085", "\u2028");

  /** Pieces of JSON (and YAML) to drop into the text: they change its structure, or its escapes. */
  private static final List<String> PIECES = List.of(
      "{", "}", "[", "]", ",", ":", "\"", "'", "\\", "\\\"", "\\n", "\\u0000", "\\u001b[31m", "\\ud800",
      "\\udfff", "\\u202e", "\\u0130", "null", "true", "-0", "1e999", "01", "0.5", "9223372036854775808",
      "\"id\": null,", "\"id\": \"x\",", "\"sources\": [{}, {}],", "\"format\": 1,", "{}", "[]", "\"\"",
      "\"$defs\": {},", "/*", "//", "#", "- ", ": ", "&a", "*a", "!!binary", "? ", "---", "...", "%YAML 1.2\n",
      "\u00e9", "\u0130", "\u001b", "\u202e", "\ud83d\ude00");

  private static final List<Seed> JSON_SEEDS = jsonSeeds();
  private static final List<Seed> YAML_SEEDS = yamlSeeds();

  record Seed(String name, byte[] bytes) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A mutated file: the name says whether it is read as JSON or YAML. */
  record Case(String name, byte[] bytes, String how) {
    @Override
    public String toString() {
      return name + " after " + how + ":\n" + new String(bytes, StandardCharsets.UTF_8);
    }
  }

  @Property
  void anyJsonPackWithDamagedBytesLoadsOrSaysWhere(@ForAll("damagedJson") Case c) {
    check(c);
  }

  @Property
  void anyJsonPackWithDamagedStructureLoadsOrSaysWhere(@ForAll("damagedTrees") Case c) {
    check(c);
  }

  @Property
  void anyYamlPackWithDamagedBytesLoadsOrSaysWhere(@ForAll("damagedYaml") Case c) {
    check(c);
  }

  /** The seeds as written: the sound ones load, so a mutation starts from a pack the loader takes. */
  @Example
  void theSoundSeedsLoad() {
    for (Seed s : Stream.concat(JSON_SEEDS.stream(), YAML_SEEDS.stream()).toList()) {
      Loaded l = PackLoader.load(s.name(), "fuzz", s.bytes());
      if (!s.name().contains("broken/")) {
        assertThat(l.errors()).as(s.name()).isEmpty();
      }
    }
    assertThat(JSON_SEEDS).hasSizeGreaterThan(20);
    assertThat(YAML_SEEDS).hasSizeGreaterThanOrEqualTo(2);
  }

  private static void check(Case c) {
    Loaded l = PackLoader.load(c.name(), "fuzz", c.bytes()); // a throw fails the property, and is shrunk
    Statistics.label("outcome").collect(outcome(l));
    assertThat(l.ok() || !l.errors().isEmpty()).as("a refused pack says why").isTrue();
    for (Problem p : l.problems()) {
      assertThat(p.file()).isEqualTo(c.name());
      assertThat(p.line()).as("line of %s", p.format()).isPositive();
      assertThat(p.column()).as("column of %s", p.format()).isPositive();
      assertThat(p.message()).as("a loader bug").doesNotStartWith(PackLoader.BUG.substring(0, 20));
      assertThat(Texts.safe(p.format())).as("terminal-safe").isEqualTo(p.format());
      assertThat(p.message()).as("Java or Jackson internals").doesNotContain("Exception").doesNotContain("(code ")
          .doesNotContain("java.").doesNotContain("com.fasterxml").doesNotContain("org.yaml").doesNotContain("Event(");
    }
    if (l.ok()) {
      drawable(l.pack());
    }
  }

  /** What an accepted pack puts on screen can be drawn, and every passage highlight is in bounds. */
  private static void drawable(Pack p) {
    List<String> texts = new ArrayList<>(List.of(p.id(), p.title(), p.description(), p.language()));
    p.sources().forEach(s -> texts.addAll(Arrays.asList(s.id(), s.title(), s.outlet(), s.author(), s.note())));
    p.speakers().forEach(s -> texts.addAll(List.of(s.id(), s.name(), s.role())));
    for (Quote q : p.quotes()) {
      texts.addAll(Arrays.asList(q.id(), q.text(), q.passage(), q.discussion()));
      assertThat(Texts.findLoose(q.passage(), q.text(), false)).as("quote %s in its passage", q.id()).isNotNull();
    }
    for (Question q : p.questions()) {
      texts.addAll(List.of(q.id(), q.prompt(), q.passage(), q.explanation(), q.discussion()));
      texts.addAll(q.choices());
      int[] at = Texts.findLoose(q.passage(), q.answer(), true);
      if (at != null) {
        assertThat(at[0]).isBetween(0, at[1]);
        assertThat(at[1]).isLessThanOrEqualTo(q.passage().length());
      }
    }
    for (String t : texts) {
      if (t != null) {
        assertThat(Texts.firstUndrawable(t)).as("undrawable text in an accepted pack: %s", t).isNegative();
      }
    }
  }

  private static String outcome(Loaded l) {
    if (l.ok()) {
      return l.problems().isEmpty() ? "loads" : "loads with warnings";
    }
    String first = l.errors().get(0).message();
    return first.startsWith("not valid") ? "refused: syntax"
        : first.startsWith("is not UTF-8") ? "refused: not UTF-8"
        : "refused: pack errors";
  }

  // ---- Byte-level damage --------------------------------------------------------------------

  sealed interface Edit permits Cut, Put, Copy, Flip, End {
    byte[] apply(byte[] in);

    static int at(double where, byte[] in) {
      return (int) Math.min(in.length, Math.floor(where * in.length));
    }
  }

  record Cut(double where, int length) implements Edit {
    @Override
    public byte[] apply(byte[] in) {
      int from = Edit.at(where, in);
      int to = Math.min(in.length, from + length);
      return concat(Arrays.copyOfRange(in, 0, from), Arrays.copyOfRange(in, to, in.length));
    }
  }

  record Put(double where, String text) implements Edit {
    @Override
    public byte[] apply(byte[] in) {
      int at = Edit.at(where, in);
      return concat(Arrays.copyOfRange(in, 0, at), text.getBytes(StandardCharsets.UTF_8),
          Arrays.copyOfRange(in, at, in.length));
    }
  }

  /** A stretch of the file copied in again elsewhere: duplicate keys, entries and ids. */
  record Copy(double from, int length, double to) implements Edit {
    @Override
    public byte[] apply(byte[] in) {
      int start = Edit.at(from, in);
      byte[] piece = Arrays.copyOfRange(in, start, Math.min(in.length, start + length));
      int at = Edit.at(to, in);
      return concat(Arrays.copyOfRange(in, 0, at), piece, Arrays.copyOfRange(in, at, in.length));
    }
  }

  /** One byte replaced by any byte: broken UTF-8, stray control characters. */
  record Flip(double where, byte value) implements Edit {
    @Override
    public byte[] apply(byte[] in) {
      byte[] out = in.clone();
      int at = Edit.at(where, in);
      if (at < out.length) {
        out[at] = value;
      }
      return out;
    }
  }

  /** The file cut short, as a copy interrupted. */
  record End(double where) implements Edit {
    @Override
    public byte[] apply(byte[] in) {
      return Arrays.copyOf(in, Edit.at(where, in));
    }
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int i = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, i, p.length);
      i += p.length;
    }
    return out;
  }

  private static Arbitrary<Double> where() {
    return Arbitraries.doubles().between(0, 1);
  }

  private static Arbitrary<String> insertion() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.of(PIECES)),
        net.jqwik.api.Tuple.of(3, Arbitraries.of(TRICKY)),
        net.jqwik.api.Tuple.of(2, Arbitraries.strings().ofMaxLength(6)));
  }

  private static Arbitrary<Edit> edit() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Combinators.combine(where(), Arbitraries.integers().between(1, 400)).as(Cut::new)),
        net.jqwik.api.Tuple.of(5, Combinators.combine(where(), insertion()).as(Put::new)),
        net.jqwik.api.Tuple.of(2, Combinators.combine(where(), Arbitraries.integers().between(1, 600), where())
            .as(Copy::new)),
        net.jqwik.api.Tuple.of(2, Combinators.combine(where(), Arbitraries.bytes()).as(Flip::new)),
        net.jqwik.api.Tuple.of(1, where().map(End::new)));
  }

  private static Arbitrary<Case> damaged(List<Seed> seeds) {
    return Combinators.combine(Arbitraries.of(seeds), edit().list().ofMinSize(1).ofMaxSize(6)).as((seed, edits) -> {
      byte[] b = seed.bytes();
      for (Edit e : edits) {
        b = e.apply(b);
      }
      return new Case(seed.name(), b, edits.toString());
    });
  }

  @Provide
  Arbitrary<Case> damagedJson() {
    return damaged(JSON_SEEDS);
  }

  @Provide
  Arbitrary<Case> damagedYaml() {
    return damaged(YAML_SEEDS);
  }

  // ---- Tree-level damage: the file stays JSON, the pack inside it does not stay sound -----------

  sealed interface Change permits Remove, Replace, Move, Rename, Spice {
    /** Applies the change to the node at index where among all nodes, in document order. */
    void apply(JsonNode root);
  }

  /** A field or list item taken out. */
  record Remove(double where) implements Change {
    @Override
    public void apply(JsonNode root) {
      Slot s = slot(root, where);
      if (s != null) {
        s.remove();
      }
    }
  }

  /** A value replaced by one of another kind, or a tricky text. */
  record Replace(double where, JsonNode value) implements Change {
    @Override
    public void apply(JsonNode root) {
      Slot s = slot(root, where);
      if (s != null) {
        s.set(value.deepCopy());
      }
    }
  }

  /** A value copied over another: a passage where an id was, an entry in another list. */
  record Move(double from, double to) implements Change {
    @Override
    public void apply(JsonNode root) {
      Slot a = slot(root, from);
      Slot b = slot(root, to);
      if (a != null && b != null) {
        JsonNode copy = a.get().deepCopy();
        if (b.get() instanceof ArrayNode list) {
          list.add(copy); // as often as not a second entry with the same id
        } else {
          b.set(copy);
        }
      }
    }
  }

  /** A field renamed: misspelt, unknown, or a field another kind of entry has. */
  record Rename(double where, String name) implements Change {
    @Override
    public void apply(JsonNode root) {
      Slot s = slot(root, where);
      if (s != null && s.parent() instanceof ObjectNode o && s.key() != null) {
        JsonNode v = o.remove(s.key());
        o.set(name, v);
      }
    }
  }

  /** A text with something tricky put into it: the answer no longer in its passage, an İ, an escape. */
  record Spice(double where, String text, double at) implements Change {
    @Override
    public void apply(JsonNode root) {
      Slot s = slot(root, where);
      if (s != null && s.get().isTextual()) {
        String t = s.get().asText();
        int i = (int) Math.floor(at * t.length());
        s.set(JsonNodeFactory.instance.textNode(t.substring(0, i) + text + t.substring(i)));
      }
    }
  }

  /** Where a node sits, so it can be read, replaced or removed. key is null for a list item. */
  record Slot(JsonNode parent, String key, int index) {
    JsonNode get() {
      return key != null ? parent.get(key) : parent.get(index);
    }

    void set(JsonNode v) {
      if (key != null) {
        ((ObjectNode) parent).set(key, v);
      } else {
        ((ArrayNode) parent).set(index, v);
      }
    }

    void remove() {
      if (key != null) {
        ((ObjectNode) parent).remove(key);
      } else {
        ((ArrayNode) parent).remove(index);
      }
    }
  }

  private static Slot slot(JsonNode root, double where) {
    List<Slot> all = new ArrayList<>();
    collect(root, all);
    return all.isEmpty() ? null : all.get((int) Math.min(all.size() - 1, Math.floor(where * all.size())));
  }

  private static void collect(JsonNode node, List<Slot> out) {
    if (node instanceof ObjectNode o) {
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.add(new Slot(o, e.getKey(), -1));
        collect(e.getValue(), out);
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        out.add(new Slot(a, null, i));
        collect(a.get(i), out);
      }
    }
  }

  private static Arbitrary<JsonNode> value() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.of(TRICKY).map(f::textNode)),
        net.jqwik.api.Tuple.of(2, Arbitraries.of(f.nullNode(), f.booleanNode(true), f.numberNode(0), f.numberNode(-1),
            f.numberNode(1.5), f.numberNode(1e300), f.numberNode(Long.MAX_VALUE), f.objectNode(), f.arrayNode(),
            f.arrayNode().add(f.objectNode()), f.objectNode().put("id", "x"), f.textNode("easy"), f.textNode("news"),
            f.textNode("choice"), f.textNode("true-false"), f.textNode("2020-02-30"), f.textNode("x-1"))),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(12).map(s -> f.textNode(noLoneSurrogates(s)))));
  }

  private static Arbitrary<String> fieldName() {
    return Arbitraries.oneOf(Arbitraries.of("id", "format", "$schema", "$defs", "text", "answer", "choices",
        "passage", "speaker", "source", "sources", "speakers", "quotes", "questions", "tags", "type", "kind", "date",
        "ID", "iD", "name", "\u001b[31mX", "\u202eid", ""), Arbitraries.strings().ofMaxLength(8)
        .map(PackLoaderPropertiesTest::noLoneSurrogates));
  }

  private static Arbitrary<Change> change() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, where().map(Remove::new)),
        net.jqwik.api.Tuple.of(3, Combinators.combine(where(), value()).as(Replace::new)),
        net.jqwik.api.Tuple.of(2, Combinators.combine(where(), where()).as(Move::new)),
        net.jqwik.api.Tuple.of(1, Combinators.combine(where(), fieldName()).as(Rename::new)),
        net.jqwik.api.Tuple.of(3, Combinators.combine(where(), Arbitraries.of(TRICKY), where()).as(Spice::new)));
  }

  @Provide
  Arbitrary<Case> damagedTrees() {
    Map<String, JsonNode> trees = new java.util.LinkedHashMap<>();
    JSON_SEEDS.stream().filter(s -> !s.name().contains("broken/") && tree(s) != null)
        .forEach(s -> trees.put(s.name(), tree(s)));
    return Combinators.combine(Arbitraries.of(List.copyOf(trees.keySet())), change().list().ofMinSize(1).ofMaxSize(4))
        .as((name, changes) -> changed(name, trees.get(name), changes));
  }

  private static Case changed(String name, JsonNode seed, List<Change> changes) {
    JsonNode root = seed.deepCopy();
    for (Change c : changes) {
      c.apply(root);
    }
    try {
      return new Case(name, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root), changes.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode tree(Seed s) {
    try {
      return JSON.readTree(s.bytes());
    } catch (IOException e) {
      return null;
    }
  }

  private static String noLoneSurrogates(String s) {
    return s.replaceAll("\\p{Cs}", "?"); // Jackson cannot write half a pair; the byte edits cover those
  }

  // ---- Seeds ------------------------------------------------------------------------------------

  private static List<Seed> jsonSeeds() {
    List<Seed> out = new ArrayList<>();
    out.addAll(files(Path.of("questions"), ".json"));
    out.addAll(files(Path.of("src/test/resources/packs"), ".json"));
    out.addAll(files(Path.of("src/test/resources/broken"), ".json"));
    out.add(new Seed("docs/packs.md.json", block("json").getBytes(StandardCharsets.UTF_8)));
    return List.copyOf(out);
  }

  private static List<Seed> yamlSeeds() {
    List<Seed> out = new ArrayList<>(files(Path.of("src/test/resources/yaml"), ".yaml"));
    out.add(new Seed("docs/packs.md.yaml", block("yaml").getBytes(StandardCharsets.UTF_8)));
    return List.copyOf(out);
  }

  private static List<Seed> files(Path dir, String suffix) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(suffix)).sorted().map(p -> {
        try {
          return new Seed(p.toString(), Files.readAllBytes(p));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String block(String language) {
    try {
      Matcher m = Pattern.compile("^```" + language + "\\n(.*?)^```$", Pattern.DOTALL | Pattern.MULTILINE)
          .matcher(Files.readString(Path.of("docs/packs.md")));
      return m.find() ? m.group(1) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
