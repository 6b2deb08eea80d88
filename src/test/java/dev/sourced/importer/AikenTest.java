package dev.sourced.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sourced.pack.Problem;
import dev.sourced.pack.Question;
import org.junit.jupiter.api.Test;

class AikenTest {

  static Imported aiken(String text) throws ImportException {
    return Importer.read("t.txt", text, Importer.Format.AIKEN, "en");
  }

  @Test
  void questionOverSeveralLinesWithEitherOptionStyle() throws ImportException {
    Question q = aiken("Which of these\nis a colour?\nA. Red\nB)Table\nC) Chair\nANSWER: A\n").pack().questions().get(0);
    assertThat(q.prompt()).isEqualTo("Which of these is a colour?");
    assertThat(q.choices()).containsExactly("Red", "Table", "Chair");
    assertThat(q.answer()).isEqualTo("Red");
  }

  @Test
  void mistakesAreWarningsNamingTheLineAndTheQuestionIsSkipped() throws ImportException {
    Imported i = aiken("Too few?\nA) One\nANSWER: A\n\nGood?\nA) Yes\nB) No\nANSWER: A\n\nWrong letter?\nA. x\nB. y\n"
        + "ANSWER: D\n");
    assertThat(i.pack().questions()).extracting(Question::prompt).containsExactly("Good?");
    assertThat(i.skipped()).isEqualTo(2);
    assertThat(i.warnings()).extracting(Problem::format).contains(
        "t.txt:3: warning: skipped: \"Too few?\" has 1 option; a question needs at least 2",
        "t.txt:13: warning: skipped: the answer \"D\" is not one of the option letters (A, B)");
  }

  @Test
  void unfinishedQuestionIsSkippedNamingWhereTheNextStarts() throws ImportException {
    Imported i = aiken("Unfinished?\nA. a\nB. b\nNext?\nA. c\nB. d\nANSWER: B");
    assertThat(i.pack().questions()).extracting(Question::answer).containsExactly("d");
    assertThat(i.warnings().get(0).format()).isEqualTo("t.txt:1: warning: skipped: \"Unfinished?\" has no ANSWER "
        + "line before the next question starts at line 4");
  }

  @Test
  void textIsPlainSoMarkupStaysAsWritten() throws ImportException {
    Question q = aiken("Is <b>this</b> & that kept?\nA. <i>yes</i>\nB. no\nANSWER: A").pack().questions().get(0);
    assertThat(q.prompt()).isEqualTo("Is <b>this</b> & that kept?");
    assertThat(q.answer()).isEqualTo("<i>yes</i>");
  }

  @Test
  void trueAndFalseOptionsMakeATrueFalseQuestion() throws ImportException {
    Question q = aiken("Is it?\nA. False\nB. True\nANSWER: B").pack().questions().get(0);
    assertThat(q.type()).isEqualTo(Question.Type.TRUE_FALSE);
    assertThat(q.answer()).isEqualTo("True");
  }

  @Test
  void unknownFieldLineIsWarnedAboutOnceOnItsOwnLine() throws ImportException {
    Imported i = aiken("Which?\nA. a\nB. b\nNUMBERING: abc\nANSWER: A\n");
    assertThat(i.pack().questions()).extracting(Question::answer).containsExactly("a");
    assertThat(i.warnings()).extracting(Problem::format).filteredOn(w -> w.contains("NUMBERING"))
        .containsExactly("t.txt:4: warning: \"NUMBERING: abc\" is not an option nor the ANSWER line; Aiken has no "
            + "such field, so it is left out");
    assertThat(i.warnings()).extracting(Problem::line).doesNotContain(5);
  }
}
