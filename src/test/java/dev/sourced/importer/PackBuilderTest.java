package dev.sourced.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sourced.pack.Problem;
import dev.sourced.pack.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules every format goes through, shown with the template, which has every field. */
class PackBuilderTest {

  static Imported template(String rows) throws ImportException {
    return Importer.read("t.csv", "id,prompt,choices,answer,passage,explanation,discussion,difficulty,tags\n" + rows,
        null, "en");
  }

  static List<String> warnings(Imported i) {
    return i.warnings().stream().map(Problem::format).toList();
  }

  @Test
  void emojiAndControlCharactersAreDroppedWithAWarningNamingTheField() throws ImportException {
    Imported i = template(",Best fruit? \uD83C\uDF4E,Apple \u2600|Pear,Pear,P\u0007assage,Why.,Talk.,easy,\n");
    Question q = i.pack().questions().get(0);
    assertThat(q.prompt()).isEqualTo("Best fruit?");
    assertThat(q.choices()).containsExactly("Apple", "Pear");
    assertThat(q.passage()).isEqualTo("Passage");
    assertThat(warnings(i)).containsExactly(
        "t.csv:2: warning: removed 1 character a terminal cannot show (emoji, control characters) from the question text",
        "t.csv:2: warning: removed 1 character a terminal cannot show (emoji, control characters) from the choice 1",
        "t.csv:2: warning: removed 1 character a terminal cannot show (emoji, control characters) from the passage");
    ImportFixturesTest.assertRoundTrips(i.pack());
  }

  @Test
  void choicesMustBeDistinctAndTwoToSix() throws ImportException {
    Imported i = template(",Same?,a|a,a,,,,,\n,One?,a,a,,,,,\n,Seven?,a|b|c|d|e|f|g,a,,,,,\n,Ok?,a|b,b,,,,,\n");
    assertThat(i.pack().questions()).extracting(Question::prompt).containsExactly("Ok?");
    assertThat(warnings(i)).contains(
        "t.csv:2: warning: skipped: the right answer \"a\" is also listed as a wrong choice; make each choice different",
        "t.csv:3: warning: skipped: the question has 1 choice; Sourced plays 2 to 6",
        "t.csv:4: warning: skipped: the question has 7 choices; Sourced plays 2 to 6");
  }

  @Test
  void generatedIdsAreUniqueKebabCase() throws ImportException {
    Imported i = template("Q1,A?,x|y,x,,,,,\nq1,B?,x|y,x,,,,,\n,C?,x|y,x,,,,,\n\u00C9t\u00E9 & Hiver,D?,x|y,x,,,,,\n");
    assertThat(i.pack().questions()).extracting(Question::id).containsExactly("q1", "q1-2", "q-3", "ete-hiver");
  }

  @Test
  void passageFallsBackToTheExplanationThenThePromptWithAWarning() throws ImportException {
    Imported i = template(",A?,x|y,x,,Because x.,Talk.,,\n,B?,x|y,x,,,Talk.,,\n");
    assertThat(i.pack().questions()).extracting(Question::passage).containsExactly("Because x.", "B?");
    assertThat(warnings(i)).contains(
        "t.csv:2: warning: no source passage; add one (the explanation stands in for it)",
        "t.csv:3: warning: no source passage; add one (the question stands in for it)",
        "t.csv:3: warning: no explanation; wrote \"The answer is \u201Cx\u201D.\"; say why it is the answer");
  }

  @Test
  void discussionDefaultsWithAWarning() throws ImportException {
    Imported i = template(",A?,x|y,x,The text.,Why.,,,\n");
    assertThat(i.pack().questions().get(0).discussion()).isEqualTo(PackBuilder.DEFAULT_DISCUSSION);
    assertThat(warnings(i)).containsExactly("t.csv:2: warning: no discussion prompt; defaulted to \""
        + PackBuilder.DEFAULT_DISCUSSION + "\"");
  }

  @Test
  void packIsNamedAfterTheFileAndHasOneSourceOfKindOther() throws ImportException {
    Imported i = Importer.read("some/dir/World_Capitals 2024.gift", "A?{T}", null, "fr");
    assertThat(i.pack().id()).isEqualTo("world-capitals-2024");
    assertThat(i.pack().title()).isEqualTo("World Capitals 2024");
    assertThat(i.pack().language()).isEqualTo("fr");
    assertThat(i.pack().sources()).singleElement().satisfies(s -> {
      assertThat(s.kind().label()).isEqualTo("other");
      assertThat(s.outlet()).isEqualTo("Imported from Moodle GIFT file");
      assertThat(s.title()).isEqualTo("World Capitals 2024");
    });
  }

  @Test
  void templateSourceCellBecomesASourceWithItsParts() throws ImportException {
    Imported i = Importer.read("t.csv", "prompt,choices,answer,source\nA?,x|y,x,"
        + "The Daily \u2014 A report \u2014 2020-07-17 \u2014 Ann Lee \u2014 https://example.org/r\n", null, "en");
    assertThat(i.pack().sources()).singleElement().satisfies(s -> {
      assertThat(s.outlet()).isEqualTo("The Daily");
      assertThat(s.title()).isEqualTo("A report");
      assertThat(s.date()).isEqualTo("2020-07-17");
      assertThat(s.author()).isEqualTo("Ann Lee");
      assertThat(s.url()).isEqualTo("https://example.org/r");
    });
    assertThat(i.pack().questions().get(0).source()).isEqualTo(i.pack().sources().get(0).id());
  }

  @Test
  void aWrongChoiceWrittenTwiceIsShownOnce() throws ImportException {
    Imported i = template(",Which?,x|y|y|z,x,,,,,\n");
    assertThat(i.pack().questions().get(0).choices()).containsExactly("x", "y", "z");
    assertThat(warnings(i)).contains("t.csv:2: warning: the wrong choice \"y\" is listed twice; it is shown once");
  }
}
