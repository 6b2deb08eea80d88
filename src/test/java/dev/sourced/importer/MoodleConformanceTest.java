package dev.sourced.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sourced.pack.Problem;
import dev.sourced.pack.Question;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Moodle's own GIFT and Aiken import fixtures (../shared/fixtures/moodle, not copied into the
 * project), checked against EXPECTED.json, the summary of what Moodle's tests assert about them.
 * Each check is one question, error or case; the counts are printed and held to a floor.
 */
class MoodleConformanceTest {
  static final Path DIR = Path.of("../shared/fixtures/moodle");
  static final int GIFT_FLOOR = 24;
  static final int AIKEN_FLOOR = 13;

  private static final Map<String, Gift.Kind> QTYPES = Map.of(
      "essay", Gift.Kind.ESSAY, "match", Gift.Kind.MATCHING, "multichoice", Gift.Kind.MULTIPLE_CHOICE,
      "numerical", Gift.Kind.NUMERICAL, "shortanswer", Gift.Kind.SHORT_ANSWER, "truefalse", Gift.Kind.TRUE_FALSE);

  /** One comparison: what it is about, and what differed (empty when it agrees). */
  record Check(String name, List<String> differences) {
    boolean agrees() {
      return differences.isEmpty();
    }
  }

  private static void assumeFixtures() {
    assumeTrue(Files.isDirectory(DIR), () -> {
      System.out.println("moodle: skipped, no fixtures at " + DIR.toAbsolutePath());
      return "no fixtures at " + DIR.toAbsolutePath();
    });
  }

  @Test
  void moodleGiftFixturesAgree() throws Exception {
    assumeFixtures();
    JsonNode expected = new ObjectMapper().readTree(DIR.resolve("gift/EXPECTED.json").toFile());
    List<Check> checks = new ArrayList<>();
    checks.addAll(questionsGift(expected.path("questions_gift_txt_expected")));
    checks.addAll(questionsInCategory());
    checks.addAll(unitTestCases(expected.path("other_unit_test_cases")));
    checks.add(examples());
    report("moodle gift", checks, GIFT_FLOOR);
  }

  @Test
  void moodleAikenFixturesAgree() throws Exception {
    assumeFixtures();
    JsonNode expected = new ObjectMapper().readTree(DIR.resolve("aiken/EXPECTED.json").toFile());
    List<Check> checks = new ArrayList<>();
    checks.addAll(aiken("aiken_errors.txt", expected.path("aiken_errors_txt_expected"), "name"));
    checks.addAll(aikenErrors(expected.path("aiken_errors_txt_expected").path("errors_contain")));
    checks.addAll(aiken("questions.aiken.txt", expected.path("questions_aiken_txt_expected"), "text"));
    report("moodle aiken", checks, AIKEN_FLOOR);
  }

  private static void report(String what, List<Check> checks, int floor) {
    long agree = checks.stream().filter(Check::agrees).count();
    System.out.println(what + ": " + agree + "/" + checks.size() + " checks agree");
    checks.stream().filter(c -> !c.agrees()).forEach(c -> System.out.println("  differs: " + c.name() + ": "
        + c.differences()));
    assertThat(agree).as("checks that agree; failing: %s", checks.stream().filter(c -> !c.agrees()).toList())
        .isGreaterThanOrEqualTo(floor);
  }

  // ---- GIFT ----------------------------------------------------------------------------------

  private static String read(String file) throws IOException {
    return Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
  }

  private static List<Gift.Item> questionsOf(String text) {
    return Gift.parse(Importer.lines(text)).stream().filter(i -> i.kind() != Gift.Kind.CATEGORY).toList();
  }

  /** questions.gift.txt: Moodle imports 9 questions; each is compared with what its unit test asserts. */
  private static List<Check> questionsGift(JsonNode expected) throws IOException {
    String text = read("gift/questions.gift.txt");
    List<Gift.Item> items = questionsOf(text);
    List<Check> checks = new ArrayList<>();
    checks.add(new Check("questions.gift.txt: 9 questions, as Moodle's import reports",
        items.size() == 9 ? List.of() : List.of(items.size() + " items")));
    List<Question> pack = pack("questions.gift.txt", text);
    int playable = 0;
    for (int i = 0; i < expected.size() && i < items.size(); i++) {
      JsonNode e = expected.get(i);
      Gift.Item ours = items.get(i);
      List<String> d = new ArrayList<>();
      same(d, "name", ours.title(), e.path("name").asText());
      same(d, "type", ours.kind(), QTYPES.get(e.path("qtype").asText()));
      if (e.has("questiontext")) {
        same(d, "text", ours.stem().text(), e.path("questiontext").asText());
        same(d, "format", ours.stem().format(), e.path("questiontextformat").asText());
      }
      if (ours.kind() == Gift.Kind.MULTIPLE_CHOICE) {
        compareMultichoice(ours, e, d);
        if (e.path("single").asInt() == 1) {
          Question q = playable < pack.size() ? pack.get(playable++) : null;
          same(d, "imported answer", q == null ? null : q.answer(), right(e));
        } else {
          same(d, "skipped as multiple-answer", pack.stream().anyMatch(q -> q.id().equals(Clean.kebab(ours.title()))),
              false);
        }
      }
      if (ours.kind() == Gift.Kind.TRUE_FALSE) {
        boolean truth = e.path("correctanswer").asInt() == 1;
        same(d, "answer", ours.truth(), truth);
        // Moodle: {ANSWER#shown for the wrong choice#shown for the right choice}.
        if (e.has("feedbacktrue")) {
          same(d, "feedback when true is chosen", text(truth ? ours.secondFeedback() : ours.firstFeedback()),
              e.path("feedbacktrue").asText());
          same(d, "feedback when false is chosen", text(truth ? ours.firstFeedback() : ours.secondFeedback()),
              e.path("feedbackfalse").asText());
        }
        if (e.has("generalfeedback_in_fixture")) {
          same(d, "general feedback", text(ours.generalFeedback()), e.path("generalfeedback_in_fixture").asText());
        }
        Question q = playable < pack.size() ? pack.get(playable++) : null;
        same(d, "imported answer", q == null ? null : q.answer(), truth ? "True" : "False");
        if (q != null && e.has("feedbackfalse")) {
          String right = e.path(truth ? "feedbacktrue" : "feedbackfalse").asText();
          same(d, "explanation", q.explanation(), (e.path("generalfeedback_in_fixture").asText() + " " + right).strip());
        }
      }
      checks.add(new Check("questions.gift.txt " + e.path("name").asText() + " (" + e.path("qtype").asText() + ")", d));
    }
    checks.add(new Check("questions.gift.txt: the 4 playable questions imported, the 5 others skipped",
        pack.size() == 4 && playable == 4 ? List.of() : List.of(pack.size() + " imported")));
    return checks;
  }

  private static void compareMultichoice(Gift.Item ours, JsonNode e, List<String> d) {
    JsonNode answers = e.path("answers");
    same(d, "number of answers", ours.choices().size(), answers.size());
    for (int a = 0; a < Math.min(answers.size(), ours.choices().size()); a++) {
      Gift.Choice c = ours.choices().get(a);
      JsonNode answer = answers.get(a);
      same(d, "answer " + a, c.text().text(), answer.isArray() ? answer.get(0).asText() : answer.asText());
      if (answer.isArray()) {
        same(d, "answer " + a + " format", c.text().format(), answer.get(1).asText());
      }
      double fraction = c.weight() != null ? c.weight() / 100 : c.equalsSign() ? 1 : 0;
      same(d, "fraction " + a, fraction, e.path("fraction").get(a).asDouble());
      JsonNode feedback = e.path("feedback").get(a);
      same(d, "feedback " + a, text(c.feedback()), feedback.isArray() ? feedback.get(0).asText() : feedback.asText());
      if (feedback.isArray()) {
        same(d, "feedback " + a + " format", c.feedback().format(), feedback.get(1).asText());
      }
    }
    same(d, "single", ours.choices().stream().filter(Gift.Choice::right).count() == 1, e.path("single").asInt() == 1);
  }

  private static String right(JsonNode e) {
    for (int a = 0; a < e.path("fraction").size(); a++) {
      if (e.path("fraction").get(a).asDouble() == 1.0) {
        JsonNode answer = e.path("answers").get(a);
        return answer.isArray() ? answer.get(0).asText() : answer.asText();
      }
    }
    return null;
  }

  /** questions_in_category.gift.txt: a category, then a match, an MC, a short answer and a true/false. */
  private static List<Check> questionsInCategory() throws IOException {
    String text = read("gift/questions_in_category.gift.txt");
    List<Gift.Item> all = Gift.parse(Importer.lines(text));
    List<Check> checks = new ArrayList<>();
    List<String> d = new ArrayList<>();
    same(d, "first item", all.get(0).kind(), Gift.Kind.CATEGORY);
    same(d, "category", all.get(0).category(), "$course$/Default for New Features");
    checks.add(new Check("questions_in_category.gift.txt category switch", d));
    String[][] expected = {{"Moodle activities", "MATCHING"}, {"Greeting", "MULTIPLE_CHOICE"},
        {"Moodle user", "SHORT_ANSWER"}, {"Moodle acronym", "TRUE_FALSE"}};
    List<Gift.Item> items = questionsOf(text);
    List<Question> pack = pack("questions_in_category.gift.txt", text);
    for (int i = 0; i < expected.length; i++) {
      d = new ArrayList<>();
      Gift.Item item = i < items.size() ? items.get(i) : null;
      same(d, "name", item == null ? null : item.title(), expected[i][0]);
      same(d, "type", item == null ? null : item.kind().name(), expected[i][1]);
      if (item != null && item.kind() == Gift.Kind.MULTIPLE_CHOICE) {
        same(d, "right answer", item.choices().stream().filter(Gift.Choice::right).map(c -> c.text().text()).toList(),
            List.of("French"));
        same(d, "escaped = and : in the HTML", item.stem().text().contains("href=\"http://demo.moodle.net"), true);
        Question q = pack.stream().filter(p -> p.id().equals("greeting")).findFirst().orElse(null);
        same(d, "imported", q == null ? null : q.prompt() + " / " + q.answer(),
            "Listen to this greeting: What language is being spoken? / French");
      }
      if (item != null && item.kind() == Gift.Kind.TRUE_FALSE) {
        same(d, "answer", item.truth(), true);
        same(d, "imported with the category as a tag", pack.stream().filter(p -> p.id().equals("moodle-acronym"))
            .map(Question::tags).findFirst().orElse(null), List.of("default-for-new-features"));
      }
      checks.add(new Check("questions_in_category.gift.txt " + expected[i][0], d));
    }
    return checks;
  }

  /**
   * Moodle's inline unit-test cases. The first four inputs are GIFT as EXPECTED.json gives it; the
   * last three are comments it describes in words, written out here as the PHP test has them.
   */
  private static List<Check> unitTestCases(JsonNode cases) {
    List<Check> checks = new ArrayList<>();
    List<String> d = new ArrayList<>();
    Gift.Item shortanswer = questionsOf(cases.get(0).path("input").asText()).get(0);
    same(d, "general feedback", text(shortanswer.generalFeedback()), "Here is some general feedback!");
    same(d, "its format", shortanswer.generalFeedback().format(), "html");
    checks.add(new Check("general feedback with [html]", d));

    d = new ArrayList<>();
    Gift.Item backslash = questionsOf(cases.get(1).path("input").asText()).get(0);
    same(d, "type", backslash.kind(), Gift.Kind.ESSAY);
    same(d, "text", backslash.stem().text(), "A \\ B \\\\ C");
    checks.add(new Check("double backslash", d));

    d = new ArrayList<>();
    Gift.Item pre = questionsOf(cases.get(2).path("input").asText()).get(0);
    same(d, "type", pre.kind(), Gift.Kind.ESSAY);
    same(d, "literal braces", pre.stem().text().contains("public void test() { ... }"), true);
    checks.add(new Check("escaped braces in <pre>", d));

    d = new ArrayList<>();
    Gift.Item marked = questionsOf(cases.get(3).path("input").asText()).get(0);
    same(d, "tags", marked.tags(), List.of("tag", "other-tag"));
    same(d, "id", marked.id(), "myid");
    checks.add(new Check("[tag:] and [id:] in comments", d));

    String question = "\n::Q:: How are you?{}";
    d = new ArrayList<>();
    Gift.Item spaced = questionsOf("// [tag:  basic] Here is  \n// a [id:   four   ] que[tag:add   ]stion." + question).get(0);
    same(d, "id", spaced.id(), "four");
    same(d, "tags", spaced.tags(), List.of("basic", "add"));
    checks.add(new Check("markers trimmed, in order", d));

    d = new ArrayList<>();
    same(d, "tags", questionsOf("// Ceci n'est pas une [tag:\n\\\\ frog]." + question).get(0).tags(), List.of());
    checks.add(new Check("tag split over a line break", d));

    d = new ArrayList<>();
    same(d, "id", questionsOf("// [id:i\\]d]." + question).get(0).id(), "i]d");
    same(d, "tag", questionsOf("// [tag:t\\]ag]." + question).get(0).tags(), List.of("t]ag"));
    checks.add(new Check("\\] inside a marker", d));
    return checks;
  }

  /**
   * examples.txt, Moodle's reference examples: no test asserts on it. Reading it by hand, 21 of
   * its 43 questions are multiple choice with one right answer (2-6 choices) or true/false.
   */
  private static Check examples() throws IOException {
    String text = read("gift/examples.txt");
    List<String> d = new ArrayList<>();
    try {
      Imported i = Importer.read("examples.txt", text, Importer.Format.GIFT, "en");
      same(d, "questions", questionsOf(text).size(), 43);
      same(d, "imported", i.pack().questions().size(), 21);
      same(d, "skipped", i.skipped(), 22);
      ImportFixturesTest.assertRoundTrips(i.pack());
    } catch (ImportException e) {
      d.add(e.getMessage());
    }
    return new Check("examples.txt: 21 of 43 playable (read by hand)", d);
  }

  private static List<Question> pack(String name, String text) {
    try {
      Imported i = Importer.read(name, text, Importer.Format.GIFT, "en");
      ImportFixturesTest.assertRoundTrips(i.pack());
      return i.pack().questions();
    } catch (ImportException e) {
      return List.of();
    }
  }

  private static String text(Gift.Text t) {
    return t == null ? "" : t.text();
  }

  // ---- Aiken ---------------------------------------------------------------------------------

  /** Every question Moodle imports from the file, with its answers and the right one. */
  private static List<Check> aiken(String file, JsonNode expected, String textField) throws IOException {
    List<Check> checks = new ArrayList<>();
    Imported imported;
    try {
      imported = Importer.read(file, read("aiken/" + file), Importer.Format.AIKEN, "en");
      ImportFixturesTest.assertRoundTrips(imported.pack());
    } catch (ImportException e) {
      checks.add(new Check(file, List.of(e.getMessage())));
      return checks;
    }
    List<Question> qs = imported.pack().questions();
    checks.add(new Check(file + ": " + expected.path("n_questions").asInt() + " questions",
        qs.size() == expected.path("n_questions").asInt() ? List.of() : List.of(qs.size() + " imported")));
    JsonNode questions = expected.path("questions");
    for (int i = 0; i < questions.size(); i++) {
      JsonNode e = questions.get(i);
      Question q = i < qs.size() ? qs.get(i) : null;
      List<String> d = new ArrayList<>();
      List<String> answers = new ArrayList<>();
      // Moodle stores the answers as HTML; the note asks a plain-text game to keep < > & as written.
      e.path("answers").forEach(a -> answers.add(Html.toText(a.asText()).text()));
      same(d, "text", q == null ? null : q.prompt(), e.path(textField).asText());
      same(d, "answers", q == null ? null : q.choices(), answers);
      same(d, "right answer", q == null ? null : q.answer(), answers.get(e.path("correct_index").asInt()));
      checks.add(new Check(file + " \"" + e.path(textField).asText() + "\"", d));
    }
    return checks;
  }

  private static final Pattern ON_LINE = Pattern.compile("on line (\\d+)$");
  private static final Pattern IMPORTING = Pattern.compile("^Error importing question (.+)$");

  /** Each error Moodle reports: ours names the same line, or the same question. */
  private static List<Check> aikenErrors(JsonNode errors) throws IOException {
    Imported imported;
    try {
      imported = Importer.read("aiken_errors.txt", read("aiken/aiken_errors.txt"), Importer.Format.AIKEN, "en");
    } catch (ImportException e) {
      return List.of(new Check("aiken_errors.txt errors", List.of(e.getMessage())));
    }
    List<Problem> skips = imported.warnings().stream().filter(w -> w.message().startsWith("skipped: ")).toList();
    List<Check> checks = new ArrayList<>();
    for (JsonNode error : errors) {
      String moodle = error.asText();
      Matcher line = ON_LINE.matcher(moodle);
      Matcher question = IMPORTING.matcher(moodle);
      boolean found;
      if (line.find()) {
        int n = Integer.parseInt(line.group(1));
        found = skips.stream().anyMatch(w -> w.line() == n || w.message().contains("line " + n));
      } else if (question.find()) {
        found = skips.stream().anyMatch(w -> w.message().contains("\"" + question.group(1) + "\""));
      } else {
        found = false;
      }
      checks.add(new Check("aiken_errors.txt error \"" + moodle + "\"",
          found ? List.of() : List.of("no warning for it among " + skips)));
    }
    return checks;
  }

  private static void same(List<String> d, String what, Object ours, Object moodle) {
    if (!Objects.equals(ours, moodle)) {
      d.add(what + " is " + ours + ", Moodle " + moodle);
    }
  }
}
