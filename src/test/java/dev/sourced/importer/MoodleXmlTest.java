package dev.sourced.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sourced.pack.Problem;
import dev.sourced.pack.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoodleXmlTest {

  static Imported xml(String text) throws ImportException {
    return Importer.read("bank.xml", text, null, "en");
  }

  static final String BANK = """
      <?xml version="1.0" encoding="UTF-8"?>
      <quiz>
      <!-- question: 0  -->
        <question type="category">
          <category><text>$course$/top/Unit 2: Rivers</text></category>
        </question>
        <question type="multichoice">
          <name><text>Nile mouth</text></name>
          <questiontext format="html"><text><![CDATA[<p>The Nile flows into the <b>...</b>?</p>]]></text></questiontext>
          <generalfeedback format="html"><text>It ends in a delta at Alexandria.</text></generalfeedback>
          <defaultgrade>1.0000000</defaultgrade>
          <single>true</single>
          <answer fraction="0" format="html"><text>Red Sea</text><feedback format="html"><text>No.</text></feedback></answer>
          <answer fraction="100" format="html"><text>Mediterranean &amp; nothing else</text>
            <feedback format="html"><text>Right.</text></feedback></answer>
          <answer fraction="50" format="html"><text>Atlantic</text></answer>
          <tags><tag><text>geography</text></tag></tags>
        </question>
        <question type="truefalse">
          <name><text>Amazon</text></name>
          <questiontext format="moodle_auto_format"><text>The Amazon is the longest river.</text></questiontext>
          <answer fraction="0"><text>true</text><feedback><text>Most measures give the Nile.</text></feedback></answer>
          <answer fraction="100"><text>false</text><feedback><text>Right: the Nile, by most measures.</text></feedback></answer>
        </question>
        <question type="multichoice">
          <name><text>Two right</text></name>
          <questiontext format="plain_text"><text>Pick two</text></questiontext>
          <single>false</single>
          <answer fraction="50"><text>a</text></answer>
          <answer fraction="50"><text>b</text></answer>
          <answer fraction="0"><text>c</text></answer>
        </question>
        <question type="shortanswer">
          <questiontext format="html"><text>Name it</text></questiontext>
        </question>
        <question type="description">
          <questiontext format="html"><text>Read the map first.</text></questiontext>
        </question>
      </quiz>
      """;

  @Test
  void multichoiceAndTruefalseArePlayedWithTheirFeedbackCategoryAndTags() throws ImportException {
    Imported i = xml(BANK);
    assertThat(i.format()).isEqualTo("Moodle XML file");
    List<Question> qs = i.pack().questions();
    assertThat(qs).extracting(Question::id).containsExactly("nile-mouth", "amazon");
    Question nile = qs.get(0);
    assertThat(nile.prompt()).isEqualTo("The Nile flows into the ...?");
    assertThat(nile.choices()).containsExactly("Red Sea", "Mediterranean & nothing else", "Atlantic");
    assertThat(nile.answer()).isEqualTo("Mediterranean & nothing else");
    assertThat(nile.explanation()).isEqualTo("It ends in a delta at Alexandria. Right.");
    assertThat(nile.tags()).containsExactly("unit-2-rivers", "geography");
    Question amazon = qs.get(1);
    assertThat(amazon.type()).isEqualTo(Question.Type.TRUE_FALSE);
    assertThat(amazon.answer()).isEqualTo("False");
    assertThat(amazon.explanation()).isEqualTo("Right: the Nile, by most measures.");
  }

  @Test
  void whatCannotBePlayedIsSkippedByLineAndDescriptionsAreNotCounted() throws ImportException {
    Imported i = xml(BANK);
    assertThat(i.skipped()).isEqualTo(2);
    assertThat(i.warnings()).extracting(Problem::format).contains(
        "bank.xml:7: warning: partial credit (50%) for \"Atlantic\" is not carried over; it counts as wrong",
        "bank.xml:25: warning: skipped: no answer has fraction 100 (no single right answer)",
        "bank.xml:33: warning: skipped: a \"shortanswer\" question; Sourced plays multichoice (one right answer) "
            + "and truefalse",
        "bank.xml:36: warning: left out: a description is not a question");
  }

  @Test
  void entitiesFromADoctypeAreNeverExpandedNorFetched() {
    String bomb = "<?xml version=\"1.0\"?><!DOCTYPE quiz [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">"
        + "<!ENTITY ext SYSTEM \"file:///etc/passwd\">]><quiz><question type=\"truefalse\"><questiontext><text>&b;&ext;"
        + "</text></questiontext><answer fraction=\"100\"><text>true</text></answer></question></quiz>";
    assertThatThrownBy(() -> xml(bomb)).isInstanceOf(ImportException.class)
        .hasMessageStartingWith("bank.xml:1: error: is not well-formed XML: ");
  }

  @Test
  void unquotedTypeAndHtmlEntitiesAreMendedWithAWarning() throws ImportException {
    // Two habits of hand-written banks (an unquoted type=, as in FranckSilvestre/ExemplesMoodleXML, and
    // HTML's &rarr;, as in zernovga/NetTest-to-Moodle-converter), which make the XML ill-formed.
    Imported i = xml("<?xml version=\"1.0\"?>\n<quiz>\n<question type=multichoice>\n<questiontext><text>a &rarr; b"
        + "</text></questiontext><answer fraction=\"100\"><text>yes</text></answer><answer fraction=\"0\"><text>no"
        + "</text></answer></question></quiz>");
    assertThat(i.pack().questions().get(0).prompt()).isEqualTo("a \u2192 b");
    assertThat(i.warnings()).extracting(Problem::format).contains(
        "bank.xml:3: warning: <question type=...> without quotes is not XML; read as type=\"multichoice\"",
        "bank.xml:4: warning: the XML uses HTML entities it does not define (&rarr;); read as the characters they "
            + "stand for");
  }

  @Test
  void brokenXmlIsAnErrorNamingTheLine() {
    assertThatThrownBy(() -> xml("<?xml version=\"1.0\"?>\n<quiz>\n<question type=\"truefalse\">\n</quiz>"))
        .isInstanceOf(ImportException.class).hasMessageStartingWith("bank.xml:4: error: is not well-formed XML: ");
  }

  @Test
  void htmlWrittenUnescapedInsideTextIsReadAsHtml() throws ImportException {
    Imported i = xml("<quiz><question type=\"truefalse\"><questiontext format=\"html\"><text>One<br/>two "
        + "<img src=\"x.png\"/></text></questiontext><answer fraction=\"100\"><text>true</text></answer>"
        + "</question></quiz>");
    assertThat(i.pack().questions().get(0).prompt()).isEqualTo("One two");
    assertThat(i.warnings()).extracting(Problem::message)
        .contains("1 image in the question left out; Sourced shows text only");
  }

  @Test
  void courseBackupQuestionsFileIsNamedForWhatItIs() {
    assertThatThrownBy(() -> Importer.read("questions.xml", "<?xml version=\"1.0\"?><question_categories>"
        + "<question_category id=\"1\"/></question_categories>", Importer.Format.MOODLE_XML, "en"))
        .hasMessageContaining("this is a Moodle course backup's questions.xml");
  }

  @Test
  void moodleXmlIsToldByItsContentWhateverItsName() throws ImportException {
    assertThat(Importer.detect("bank.txt", BANK)).isEqualTo(Importer.Format.MOODLE_XML);
  }
}
