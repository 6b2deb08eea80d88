package dev.sourced.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sourced.pack.Question;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Our GIFT reading against the 51 inputs of fuhrmanator/GIFT-grammar-PEG.js and the parse it
 * expects for each (in ../shared/fixtures, not copied into the project). A file agrees when every
 * item has the same kind, title, id, tags, stem, choices (text, format, right or not, weight,
 * feedback), true/false answer and feedbacks, and when the pack holds exactly the items Sourced can
 * play, with the same prompt, choices and answer. Texts are compared as plain text with white
 * space ignored: pegjs and Moodle space the "_____" blank and multi-line text differently.
 * For {TRUE#a#b}, pegjs keeps the feedbacks by position, as we do; which one explains the answer
 * follows Moodle (the second), as the fixtures' README says.
 */
class GiftPegjsConformanceTest {
  static final Path DIR = Path.of("../shared/fixtures/gift-pegjs");
  /** The number of files that agree now; a change that lowers it is a regression. */
  static final int FLOOR = 51;

  private static final Map<String, Gift.Kind> KINDS = Map.of(
      "MC", Gift.Kind.MULTIPLE_CHOICE, "TF", Gift.Kind.TRUE_FALSE, "Short", Gift.Kind.SHORT_ANSWER,
      "Numerical", Gift.Kind.NUMERICAL, "Matching", Gift.Kind.MATCHING, "Essay", Gift.Kind.ESSAY,
      "Description", Gift.Kind.DESCRIPTION, "Category", Gift.Kind.CATEGORY);

  @Test
  void giftPegjsInputsAgree() throws IOException {
    assumeTrue(Files.isDirectory(DIR), () -> {
      System.out.println("gift-pegjs: skipped, no fixtures at " + DIR.toAbsolutePath());
      return "no fixtures at " + DIR.toAbsolutePath();
    });
    List<Path> inputs;
    try (Stream<Path> files = Files.list(DIR)) {
      inputs = files.filter(p -> p.toString().endsWith(".gift")).sorted().toList();
    }
    int agree = 0;
    List<String> disagreements = new ArrayList<>();
    for (Path input : inputs) {
      List<String> why = compare(input);
      if (why.isEmpty()) {
        agree++;
      } else {
        disagreements.add(input.getFileName() + ": " + why.get(0));
      }
    }
    System.out.println("gift-pegjs: " + agree + "/" + inputs.size() + " files agree");
    disagreements.forEach(d -> System.out.println("  differs: " + d));
    assertThat(inputs).hasSize(51);
    assertThat(agree).as("files that agree; differences: %s", disagreements).isGreaterThanOrEqualTo(FLOOR);
  }

  /** What differs between our reading of one file and pegjs's; empty when they agree. */
  static List<String> compare(Path input) throws IOException {
    String text = Files.readString(input, StandardCharsets.UTF_8);
    JsonNode expected = new ObjectMapper().readTree(input.resolveSibling(
        input.getFileName().toString().replaceAll("\\.gift$", ".json")).toFile());
    List<String> why = new ArrayList<>();
    List<Gift.Item> items = Gift.parse(Importer.lines(text));
    if (items.size() != expected.size()) {
      why.add(items.size() + " items, pegjs " + expected.size());
      return why;
    }
    List<JsonNode> playable = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      compareItem(items.get(i), expected.get(i), "item " + (i + 1) + ": ", why);
      if (playable(expected.get(i))) {
        playable.add(expected.get(i));
      }
    }
    List<Question> questions;
    try {
      questions = Importer.read(input.getFileName().toString(), text, Importer.Format.GIFT, "en").pack().questions();
    } catch (ImportException e) {
      questions = List.of();
    }
    if (questions.size() != playable.size()) {
      why.add(questions.size() + " questions imported, " + playable.size() + " playable in pegjs's parse");
      return why;
    }
    for (int i = 0; i < questions.size(); i++) {
      compareQuestion(questions.get(i), playable.get(i), "question " + (i + 1) + ": ", why);
    }
    return why;
  }

  private static void compareItem(Gift.Item ours, JsonNode theirs, String at, List<String> why) {
    Gift.Kind kind = KINDS.get(theirs.path("type").asText());
    if (ours.kind() != kind) {
      why.add(at + "kind " + ours.kind() + ", pegjs " + theirs.path("type").asText());
      return;
    }
    if (kind == Gift.Kind.CATEGORY) {
      same(at + "category", ours.category(), theirs.path("title").asText(), why);
      return;
    }
    same(at + "title", ours.title(), textOrNull(theirs.path("title")), why);
    same(at + "id", ours.id(), textOrNull(theirs.path("id")), why);
    List<String> tags = new ArrayList<>();
    theirs.path("tags").forEach(t -> tags.add(t.asText()));
    same(at + "tags", ours.tags(), tags, why);
    sameText(at + "stem", ours.stem(), theirs.path("stem"), why);
    if (kind == Gift.Kind.MULTIPLE_CHOICE) {
      sameText(at + "general feedback", ours.generalFeedback(), theirs.path("globalFeedback"), why);
      JsonNode choices = theirs.path("choices");
      if (ours.choices().size() != choices.size()) {
        why.add(at + ours.choices().size() + " choices, pegjs " + choices.size());
        return;
      }
      for (int c = 0; c < choices.size(); c++) {
        Gift.Choice mine = ours.choices().get(c);
        JsonNode their = choices.get(c);
        String where = at + "choice " + (c + 1) + " ";
        sameText(where + "text", mine.text(), their.path("text"), why);
        sameText(where + "feedback", mine.feedback(), their.path("feedback"), why);
        same(where + "right", mine.right(), right(their), why);
        Double weight = their.path("weight").isNumber() ? their.path("weight").asDouble() : null;
        same(where + "weight", mine.weight(), weight, why);
      }
    }
    if (kind == Gift.Kind.TRUE_FALSE) {
      sameText(at + "general feedback", ours.generalFeedback(), theirs.path("globalFeedback"), why);
      same(at + "answer", ours.truth(), theirs.path("isTrue").asBoolean(), why);
      // pegjs names the feedbacks by position: "trueFeedback" is the first, "falseFeedback" the second.
      sameText(at + "first feedback", ours.firstFeedback(), theirs.path("trueFeedback"), why);
      sameText(at + "second feedback", ours.secondFeedback(), theirs.path("falseFeedback"), why);
    }
  }

  /** What Sourced can play: true/false, and multiple choice with one right answer and 2-6 distinct choices. */
  static boolean playable(JsonNode q) {
    String type = q.path("type").asText();
    if (type.equals("TF")) {
      return true;
    }
    if (!type.equals("MC")) {
      return false;
    }
    int right = 0;
    Set<String> texts = new HashSet<>();
    for (JsonNode c : q.path("choices")) {
      right += right(c) ? 1 : 0;
      String t = plain(c.path("text"));
      if (t.isEmpty() || !texts.add(t)) {
        return false;
      }
    }
    return right == 1 && texts.size() >= 2 && texts.size() <= 6;
  }

  private static void compareQuestion(Question ours, JsonNode theirs, String at, List<String> why) {
    same(at + "prompt", squash(ours.prompt()), squash(plain(theirs.path("stem"))), why);
    if (theirs.path("type").asText().equals("TF")) {
      same(at + "answer", ours.answer(), theirs.path("isTrue").asBoolean() ? "True" : "False", why);
      String second = plain(theirs.path("falseFeedback"));
      String feedback = !second.isBlank() ? second : plain(theirs.path("trueFeedback"));
      same(at + "explanation", squash(ours.explanation()), squash(explanation(theirs, feedback, ours.answer())), why);
      return;
    }
    List<String> choices = new ArrayList<>();
    String answer = null;
    String feedback = "";
    for (JsonNode c : theirs.path("choices")) {
      choices.add(squash(plain(c.path("text"))));
      if (right(c)) {
        answer = squash(plain(c.path("text")));
        feedback = plain(c.path("feedback"));
      }
    }
    same(at + "choices", ours.choices().stream().map(GiftPegjsConformanceTest::squash).toList(), choices, why);
    same(at + "answer", squash(ours.answer()), answer, why);
    same(at + "explanation", squash(ours.explanation()), squash(explanation(theirs, feedback, ours.answer())), why);
  }

  /** General feedback, then the right answer's; our own sentence when there is neither. */
  private static String explanation(JsonNode q, String feedback, String answer) {
    String general = plain(q.path("globalFeedback"));
    String all = (general + " " + feedback).strip();
    return all.isEmpty() ? "The answer is \u201C" + answer + "\u201D." : all;
  }

  private static boolean right(JsonNode choice) {
    return choice.path("weight").isNumber() ? choice.path("weight").asDouble() >= 100 : choice.path("isCorrect").asBoolean();
  }

  private static String plain(JsonNode text) {
    if (text == null || text.isNull() || text.isMissingNode()) {
      return "";
    }
    return new Gift.Text(text.path("text").asText(), text.path("format").asText("moodle")).plain().text();
  }

  private static void sameText(String what, Gift.Text ours, JsonNode theirs, List<String> why) {
    String mine = ours == null ? "" : squash(ours.plain().text());
    same(what, mine, squash(plain(theirs)), why);
    if (ours != null && !ours.isBlank() && theirs.hasNonNull("format")) {
      same(what + " format", ours.format(), theirs.path("format").asText(), why);
    }
  }

  private static String textOrNull(JsonNode n) {
    return n.isNull() || n.isMissingNode() ? null : n.asText();
  }

  private static String squash(String s) {
    return s == null ? null : s.replaceAll("[\\s\u00A0]+", "");
  }

  private static void same(String what, Object ours, Object theirs, List<String> why) {
    if (!Objects.equals(ours, theirs)) {
      why.add(what + " is " + ours + ", pegjs " + theirs);
    }
  }
}
