package dev.sourced.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sourced.pack.Loaded;
import dev.sourced.pack.PackLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sourced draft, run through Main with its writers and environment passed in. */
class DraftCommandTest {
  private static final String ARTICLE = String.join("\n",
      "Harbour has its busiest day",
      "",
      "Kai Moreno, a harbour official, counted the boats at dawn.",
      "",
      "\u201CWe counted forty boats this morning,\u201D he said. \u201CTen more came in after lunch.\u201D",
      "",
      "The sign on the gate read \u201CNo entry to the north quay without a pass.\u201D",
      "",
      "\"It was the busiest day of the year,\" said Ana Ruiz, who runs the caf\u00E9 on the quay.",
      "",
      "Related stories",
      "",
      "\"This line is page furniture and says nothing,\" said Page Footer, a template.",
      "");

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    Map<String, String> env = Map.of("HOME", dir.resolve("home").toString(), "XDG_DATA_HOME",
        dir.resolve("data").toString());
    return new Main(env, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
  }

  private Path article(String text) throws IOException {
    Path p = dir.resolve("harbour.txt");
    Files.writeString(p, text);
    return p;
  }

  @Test
  void writesAPackThatLoadsAndWarnsOfWhatItCouldNotAttribute() throws IOException {
    Path a = article(ARTICLE);
    Path target = dir.resolve("out.json");
    assertThat(run("draft", a.toString(), "--outlet", "The Quay Gazette", "--date", "2021-03-04", "--author",
        "R. Writer", "--stop-at", "Related stories", "-o", target.toString())).isZero();
    assertThat(err.toString()).isEqualTo(a + ":7: warning: could not attribute "
        + "\"No entry to the north quay without a pass.\"\n");
    assertThat(out.toString()).startsWith("Wrote " + target + ": 3 quotes by 2 speakers; 1 not attributed");
    Loaded l = PackLoader.loadFile(target, "given");
    // A draft leaves the discussion prompts to the teacher; validate says so for each quote.
    assertThat(l.problems()).hasSize(3).allSatisfy(p -> {
      assertThat(p.isError()).isFalse();
      assertThat(p.message()).startsWith("no \"discussion\" prompt");
    });
    assertThat(l.pack().id()).isEqualTo("harbour-has-its-busiest-day");
    assertThat(l.pack().title()).isEqualTo("Harbour has its busiest day");
    assertThat(l.pack().sources().get(0).outlet()).isEqualTo("The Quay Gazette");
    assertThat(l.pack().speakers()).extracting(s -> s.name()).containsExactly("Kai Moreno", "Ana Ruiz");
    assertThat(l.pack().quotes()).extracting(q -> q.text()).containsExactly(
        "We counted forty boats this morning", "Ten more came in after lunch.", "It was the busiest day of the year");
  }

  @Test
  void withoutOutputItGoesToTheUserPacksFolderAndIsNotOverwrittenWithoutForce() throws IOException {
    Path a = article(ARTICLE);
    assertThat(run("draft", a.toString(), "--title", "Harbour day", "--kind", "feature")).isZero();
    Path target = dir.resolve("data/sourced/packs/harbour-day.json");
    assertThat(target).exists();
    assertThat(PackLoader.loadFile(target, "user").pack().sources().get(0).kind().label()).isEqualTo("feature");
    byte[] before = Files.readAllBytes(target);

    assertThat(run("draft", a.toString(), "--title", "Harbour day", "--outlet", "Other")).isEqualTo(1);
    assertThat(err.toString()).contains("sourced: " + target + " already exists; pass --force to replace it");
    assertThat(Files.readAllBytes(target)).isEqualTo(before);

    assertThat(run("draft", a.toString(), "--title", "Harbour day", "--outlet", "Other", "--force")).isZero();
    assertThat(PackLoader.loadFile(target, "user").pack().sources().get(0).outlet()).isEqualTo("Other");
  }

  @Test
  void anArticleWithNothingToAttributeWritesNothing() throws IOException {
    Path a = article("An opinion\n\nWe think the \"smart bin\" scheme is a waste of money.\n");
    Path target = dir.resolve("none.json");
    assertThat(run("draft", a.toString(), "-o", target.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("found no quotation in " + a + " that could be attributed");
    assertThat(target).doesNotExist();
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = dir.resolve("nope.txt");
    assertThat(run("draft", missing.toString())).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("sourced: " + missing + " does not exist\n");
  }

  @Test
  void aFolderIsNotAnArticle() {
    assertThat(run("draft", dir.toString())).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("sourced: " + dir + " is a folder, not an article\n");
  }

  @Test
  void aBinaryFileIsRefused() throws IOException {
    Path bin = dir.resolve("photo.jpg");
    Files.write(bin, new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0x10, 'J', 'F', 'I', 'F'});
    assertThat(run("draft", bin.toString())).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("sourced: " + bin + " is a binary file; save the article as plain text\n");
  }

  @Test
  void textInAnotherEncodingIsRefused() throws IOException {
    Path latin = dir.resolve("latin1.txt");
    Files.write(latin, "\"Caf\u00E9 au lait,\" said Ana Ruiz.".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(run("draft", latin.toString())).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("sourced: " + latin + " is not UTF-8 text; save it as UTF-8\n");
  }

  @Test
  void aHugeFileIsRefusedBeforeItIsRead() throws IOException {
    Path huge = dir.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(17L * 1024 * 1024); // sparse: no 17 MB written
    }
    assertThat(run("draft", huge.toString())).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("sourced: " + huge + " is 17 MB; an article may be at most 16 MB\n");
  }

  @Test
  void badOptionsAreUsageErrors() throws IOException {
    Path a = article(ARTICLE);
    assertThat(run("draft", a.toString(), "--date", "13 May")).isEqualTo(Main.EXIT_USAGE);
    assertThat(err.toString()).startsWith("sourced: --date must be a date as YYYY-MM-DD, not '13 May'\n")
        .contains("Try 'sourced draft --help' for more.");
    assertThat(run("draft", a.toString(), "--kind", "blog")).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("draft", a.toString(), "--id", "Not An Id")).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("draft")).isEqualTo(Main.EXIT_USAGE);
  }

  @Test
  void helpListsTheCommand() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("draft");
  }
}
