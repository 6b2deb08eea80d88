package dev.sourced.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sourced.game.Draw;
import dev.sourced.game.Mode;
import dev.sourced.game.RoundSettings;
import dev.sourced.pack.Catalog;
import dev.sourced.pack.Loaded;
import dev.sourced.pack.PackLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sourced import, run as the command line runs it, with a temporary home. */
class ImportCommandTest {
  static final String FIXTURES = "src/test/resources/import/";

  @TempDir
  Path home;

  private final Map<String, String> env = new HashMap<>();
  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  private int run(String... args) {
    env.putIfAbsent("HOME", home.toString());
    out = new StringWriter();
    err = new StringWriter();
    return new Main(env, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
  }

  private Path userPacks() {
    return home.resolve(".local/share/sourced/packs");
  }

  /** issue 10 (D17): the texts an import fills in follow --language, for the languages that have a table. */
  @Test
  void aGermanImportFillsInGermanDiscussionPromptsAndExplanations() throws IOException {
    Path target = home.resolve("de.json");
    assertThat(run("import", FIXTURES + "corpus/kahoot-export.csv", "--language", "de", "-o", target.toString()))
        .isZero();
    Loaded loaded = PackLoader.loadFile(target, "user");
    assertThat(loaded.ok()).isTrue();
    assertThat(loaded.pack().language()).isEqualTo("de");
    assertThat(loaded.pack().questions()).isNotEmpty().allSatisfy(q -> {
      assertThat(q.discussion()).isEqualTo("Warum ist das die Antwort? Was w\u00FCrde dich daran zweifeln lassen?");
      assertThat(q.explanation()).isEqualTo("Die Antwort ist \u201E" + q.answer() + "\u201C.");
    });
    assertThat(out.toString()).contains("defaulted to \"Warum ist das die Antwort?").doesNotContain("Why is this")
        .doesNotContain("no default texts");
  }

  @Test
  void aRegionalCodeUsesItsLanguagesTableAndOneWithoutATableSaysItStaysEnglish() throws IOException {
    Path pt = home.resolve("pt.json");
    assertThat(run("import", FIXTURES + "questions.gift", "--language", "pt-BR", "-o", pt.toString())).isZero();
    assertThat(PackLoader.loadFile(pt, "user").pack().questions())
        .anySatisfy(q -> assertThat(q.discussion()).isEqualTo("Por que esta \u00E9 a resposta? O que faria voc\u00EA duvidar dela?"));
    Path sv = home.resolve("sv.json");
    assertThat(run("import", FIXTURES + "questions.gift", "--language", "sv", "-o", sv.toString())).isZero();
    assertThat(out.toString().lines().filter(l -> l.contains("no default texts"))).singleElement().asString()
        .contains("\"sv\"").contains("de, en, es, fr, it, nl, pt").contains("in English");
    assertThat(PackLoader.loadFile(sv, "user").pack().questions())
        .anySatisfy(q -> assertThat(q.discussion()).isEqualTo("Why is this the answer? What would make you doubt it?"));
  }

  @Test
  void importWritesAPackToThePacksFolderThatPlaysAtOnce() {
    assertThat(run("import", FIXTURES + "kahoot.csv")).isZero();
    Path written = userPacks().resolve("kahoot.json");
    assertThat(out.toString())
        .startsWith(FIXTURES + "kahoot.csv:5: warning: the time limit (20 s) is not carried over;")
        .contains(FIXTURES + "kahoot.csv:7: warning: skipped: 2 correct answers (2, 4);")
        .contains("Imported 4 questions from " + FIXTURES + "kahoot.csv (Kahoot! spreadsheet), skipped 4, ")
        .contains("Wrote " + written + "\n")
        .endsWith("Play it: sourced play --pack kahoot\n");
    assertThat(err.toString()).isEmpty();

    Catalog catalog = Catalogs.load(env, List.of());
    assertThat(catalog.pack("kahoot")).isPresent();
    RoundSettings settings = new RoundSettings(Mode.QUIZ, 4, 0, List.of("kahoot"), null, null, null, 7);
    assertThat(Draw.round(catalog.packs(), settings)).isInstanceOf(Draw.Drawn.class);
  }

  @Test
  void importFollowsXdgDataHome() {
    env.put("XDG_DATA_HOME", home.resolve("data").toString());
    assertThat(run("import", FIXTURES + "questions.gift")).isZero();
    assertThat(home.resolve("data/sourced/packs/questions.json")).isRegularFile();
  }

  @Test
  void outputOptionWritesThereAndThePackValidates() {
    Path target = home.resolve("out/aiken.json");
    assertThat(run("import", FIXTURES + "quiz.aiken.txt", "-o", target.toString())).isZero();
    assertThat(out.toString()).endsWith("Play it: sourced play --pack " + target + "\n");
    Loaded loaded = PackLoader.loadFile(target, "test");
    assertThat(loaded.problems()).isEmpty();
    assertThat(loaded.pack().questions()).hasSize(4);
    assertThat(run("validate", target.toString())).isZero();
  }

  @Test
  void existingOutputIsNotReplacedWithoutForce() throws IOException {
    Path target = home.resolve("pack.json");
    Files.writeString(target, "keep me");
    assertThat(run("import", FIXTURES + "blooket.csv", "-o", target.toString())).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo("sourced: " + target + " already exists; pass --force to replace it, or -o to write elsewhere\n");
    assertThat(out.toString()).isEmpty();
    assertThat(Files.readString(target)).isEqualTo("keep me");

    assertThat(run("import", FIXTURES + "blooket.csv", "-o", target.toString(), "--force")).isZero();
    assertThat(PackLoader.loadFile(target, "test").pack().id()).isEqualTo("blooket");
  }

  @Test
  void importingTheSameFileTwiceAsksForForce() {
    assertThat(run("import", FIXTURES + "template.tsv")).isZero();
    assertThat(run("import", FIXTURES + "template.tsv")).isEqualTo(1);
    assertThat(err.toString()).contains(userPacks().resolve("template.json") + " already exists; pass --force");
  }

  @Test
  void spreadsheetWithoutAKnownHeaderIsAnErrorNamingTheFileAndTheHeadersSupported() {
    assertThat(run("import", FIXTURES + "no-header.csv")).isEqualTo(1);
    assertThat(err.toString()).startsWith("sourced: " + FIXTURES + "no-header.csv:1: error: no header row Sourced "
        + "knows in the first 30 rows; supported spreadsheets, saved as CSV, TSV or .xlsx: Kahoot! (Question, Answer 1-4,");
    assertThat(err.toString()).contains("Quizizz (", "Blooket (", "Gimkit (", "a generic quiz sheet (",
        "the Sourced template (", "to map another sheet, name its columns").doesNotContain("Exception");
    assertThat(userPacks()).doesNotExist();
  }

  @Test
  void binaryFileIsRefusedWithAMessage() {
    assertThat(run("import", FIXTURES + "binary.csv")).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("sourced: " + FIXTURES + "binary.csv: error: is a binary file, not text; "
        + "import reads Excel workbooks (.xlsx), CSV and TSV sheets, GIFT, Aiken, Moodle XML and Quizlet exports\n");
  }

  @Test
  void damagedWorkbookIsAnErrorNotAStackTrace() throws IOException {
    Path xlsx = home.resolve("quiz.xlsx");
    Files.write(xlsx, new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});
    assertThat(run("import", xlsx.toString())).isEqualTo(1);
    assertThat(err.toString()).startsWith("sourced: " + xlsx + ": error: is a damaged zip or workbook (")
        .doesNotContain("\tat ");
  }

  @Test
  void fileOverTheLimitIsRefusedBeforeReading() throws IOException {
    Path big = home.resolve("big.csv");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(200L * 1024 * 1024); // sparse: no disk is used, and import must not read it
    }
    assertThat(run("import", big.toString())).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("sourced: " + big + ": error: is 200 MB; import reads files of at most "
        + "16 MB; split it\n");
  }

  @Test
  void missingFileIsAnError() {
    assertThat(run("import", home.resolve("nope.gift").toString())).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("sourced: " + home.resolve("nope.gift") + ": error: does not exist\n");
  }

  @Test
  void windows1252SpreadsheetIsReadWithAWarning() throws IOException {
    Path csv = home.resolve("accents.csv");
    Files.write(csv, ("Question,Answer 1,Answer 2,Correct answer\nO\u00f9 est le caf\u00e9 ?,Ici,L\u00e0,1\n")
        .getBytes("windows-1252"));
    assertThat(run("import", csv.toString())).isZero();
    assertThat(out.toString()).startsWith(csv + ":2: warning: the file is not UTF-8 (byte 0xF9 on line 2 is not "
        + "UTF-8); read as Windows-1252");
    assertThat(PackLoader.loadFile(userPacks().resolve("accents.json"), "test").pack().questions().get(0).prompt())
        .isEqualTo("O\u00f9 est le caf\u00e9 ?");
  }

  @Test
  void giftThatIsNotUtf8IsAnErrorWithTheLine() throws IOException {
    Path gift = home.resolve("latin.gift");
    Files.write(gift, "// ok\nCaf\u00e9?{T}\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(run("import", gift.toString())).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("sourced: " + gift + ":2: error: is not UTF-8 text (byte 0xE9 on line 2 is "
        + "not UTF-8); save it as UTF-8\n");
  }

  @Test
  void fileWithNothingPlayableWritesNothingAndSaysWhy() throws IOException {
    Path gift = home.resolve("essays.gift");
    Files.writeString(gift, "Write about your town.{}\n\nWhen was Grant born?{#1822}\n");
    assertThat(run("import", gift.toString())).isEqualTo(1);
    assertThat(out.toString()).isEqualTo(
        gift + ":1: warning: skipped: an essay question ({}); Sourced plays multiple choice (one right answer) and true/false\n"
            + gift + ":3: warning: skipped: a numerical question ({#...}); Sourced plays multiple choice (one right answer) and true/false\n");
    assertThat(err.toString()).isEqualTo("sourced: " + gift + ": error: none of its 2 questions could be imported "
        + "(see the warnings); nothing was written\n");
    assertThat(userPacks()).doesNotExist();
  }

  @Test
  void packIdTakenByABundledPackGetsANumber() throws IOException {
    Path csv = home.resolve("wechat-ban-2020.csv");
    Files.writeString(csv, "prompt,choices,answer\nWhich app?,WeChat | Signal,WeChat\n");
    assertThat(run("import", csv.toString())).isZero();
    assertThat(out.toString()).contains("The pack id \"wechat-ban-2020\" is taken by another pack; this one is "
        + "\"wechat-ban-2020-2\".");
    assertThat(Catalogs.load(env, List.of()).pack("wechat-ban-2020-2")).isPresent();
  }

  @Test
  void formatOptionOverridesTheGuess() throws IOException {
    Path txt = home.resolve("quiz.txt");
    Files.writeString(txt, "::Q:: Is it true?{T}\n");
    assertThat(run("import", txt.toString(), "--format", "gift")).isZero();
    assertThat(run("import", txt.toString(), "--format", "aiken", "-o", home.resolve("a.json").toString()))
        .isEqualTo(1);
    assertThat(out.toString()).contains(":1: warning: skipped: \"::Q:: Is it true?{T}\" has no ANSWER line");
  }

  @Test
  void badFormatOrLanguageIsAUsageError() {
    assertThat(run("import", FIXTURES + "kahoot.csv", "--format", "docx")).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("sourced: --format must be spreadsheet, csv, tsv, xlsx, gift, aiken, moodle-xml or "
        + "quizlet, not 'docx'\n"
        + "Try 'sourced import --help' for more.\n");
    assertThat(run("import", FIXTURES + "kahoot.csv", "--language", "English")).isEqualTo(2);
    assertThat(run("import")).isEqualTo(2);
  }

  @Test
  void helpListsImport() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("import");
  }
}
