package dev.sourced.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetTest {

  @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "Question - max 120 characters|question",
      "Answer 1 - max 75 characters|answer 1",
      "Time limit (sec) \u2013 5, 10, 20, 30, 60, 90, 120, or 240 secs|time limit",
      "Correct answer(s) - choose at least one|correct answer",
      "'Answer 3\n(Optional)'|answer 3",
      "'Time Limit (sec)\n(Max: 300 seconds)'|time limit",
      "'Correct Answer(s)\n(Only include Answer #)'|correct answer",
      "Question #|question #",
      "'Option 1\n(Required in all cases except open-ended)'|option 1",
      "  QUESTION   TEXT  |question text",
      "Answer1|answer 1",
      "choice 2 *|choice 2",
      "Prompt (required)|prompt",
  })
  void headersMatchLoosely(String header, String key) {
    assertThat(Spreadsheet.key(header)).isEqualTo(key);
  }

  @Test
  void eachTemplateIsRecognisedByItsHeader() {
    assertThat(layout(",Question - max 120 characters,Answer 1 - max 75 characters,Answer 2 - max 75 characters,"
        + "Time limit (sec),Correct answer(s) - choose at least one")).isEqualTo(Spreadsheet.Layout.KAHOOT);
    assertThat(layout("Question Text,Question Type,Option 1,Option 2,Correct Answer,Time in seconds"))
        .isEqualTo(Spreadsheet.Layout.QUIZIZZ);
    assertThat(layout("Question #,Question Text,Answer 1,Answer 2,Time Limit (sec),Correct Answer(s)"))
        .isEqualTo(Spreadsheet.Layout.BLOOKET);
    assertThat(layout("id,type,prompt,choices,answer")).isEqualTo(Spreadsheet.Layout.TEMPLATE);
    assertThat(layout("name,email,score")).isNull();
  }

  @Test
  void correctAnswerNumbersAsSpreadsheetsWriteThem() {
    assertThat(Spreadsheet.answerNumbers("2")).containsExactly(2);
    assertThat(Spreadsheet.answerNumbers("2.0")).containsExactly(2);
    assertThat(Spreadsheet.answerNumbers("1,3")).containsExactly(1, 3);
    assertThat(Spreadsheet.answerNumbers(" 1; 3 ")).containsExactly(1, 3);
    assertThat(Spreadsheet.answerNumbers("")).isEmpty();
    assertThat(Spreadsheet.answerNumbers("B")).isNull();
  }

  @Test
  void semicolonSeparatedSheetIsFoundByItsHeader() throws ImportException {
    Imported i = Importer.read("quiz.csv", "Question;Answer 1;Answer 2;Correct answer\nWhich?;Yes;No;2\n", null, "en");
    assertThat(i.pack().questions().get(0).answer()).isEqualTo("No");
  }

  @Test
  void headerFoundBelowTitleRows() throws ImportException {
    String text = "My quiz\n\nMade by a teacher\nQuestion,Answer 1,Answer 2,Correct answer\nWhich?,Yes,No,1\n";
    Imported i = Importer.read("quiz.csv", text, null, "en");
    assertThat(i.pack().questions()).singleElement().extracting(q -> q.choices()).isEqualTo(List.of("Yes", "No"));
    assertThat(i.warnings().get(0).line()).isEqualTo(5);
  }

  private static Spreadsheet.Layout layout(String header) {
    Spreadsheet.Header h = Spreadsheet.header(new Csv.Row(1, List.of(header.split(",", -1))));
    return h == null ? null : h.layout();
  }

  @Test
  void spaceBeforeAQuotedCellKeepsTheRowWhole() throws ImportException {
    String text = "Question #,Question Text,Answer 1,Answer 2,Answer 3,Answer 4,Time Limit (sec),Correct Answer(s)\n"
        + "1, \"Running late, who missed the train?\", \"me\", \"the train\", \"the ticket\", \"running\", 30, 1\n";
    Imported i = Importer.read("quiz.csv", text, null, "en");
    assertThat(i.pack().questions()).singleElement().satisfies(q -> {
      assertThat(q.prompt()).isEqualTo("Running late, who missed the train?");
      assertThat(q.answer()).isEqualTo("me");
    });
  }

  @Test
  void quizizzTemplateInstructionRowIsNotASkippedQuestion() throws ImportException {
    String text = "Question Text,Question Type,Option 1,Option 2,Correct Answer,Time in seconds\n"
        + "\"Text of the question\n\n(required)\",\"Question Type\n\n(default is Multiple Choice)\","
        + "\"Text for option 1\n\n(required in all cases except open-ended & poll)\",\"Text for option 2\","
        + "\"Integer (1-5 for the correct option)\",\"Time in seconds\n\n(optional, default value is 30 seconds)\"\n"
        + "Which?,Multiple Choice,Yes,No,1,30\n";
    Imported i = Importer.read("quizizz.csv", text, null, "en");
    assertThat(i.skipped()).isZero();
    assertThat(i.pack().questions()).hasSize(1);
  }

  @Test
  void blookeyTypingQuestionIsSkippedAsATypeInQuestion() throws ImportException {
    String text = "Question #,Question Text,Answer 1,Answer 2,Time Limit (sec),Correct Answer(s)\n"
        + "1,Capital of France?,Paris,,20,\n2,Which?,Yes,No,20,1\n";
    Imported i = Importer.read("blooket.csv", text, null, "en");
    assertThat(i.pack().questions()).hasSize(1);
    assertThat(i.warnings()).extracting(w -> w.format()).contains("blooket.csv:2: warning: skipped: a type-in "
        + "(typing) question: players type the answer \"Paris\"; Sourced plays multiple choice and true/false");
  }

  @Test
  void genericSheetNamesTheRightOptionByTextLetterOrNumber() throws ImportException {
    String text = "Question,Option 1,Option 2,Option 3,Correct Answer,Explanation\n"
        + "Largest planet?,Mars,Jupiter,Venus,Jupiter,It is a gas giant.\n"
        + "Smallest planet?,Mercury,Earth,Mars,A,\n"
        + "Red planet?,Venus,Mars,Saturn,2,\n"
        + "Ringed planet?,Venus,Mars,Earth,Saturn,\n";
    Imported i = Importer.read("planets.csv", text, null, "en");
    assertThat(i.format()).isEqualTo("quiz spreadsheet");
    assertThat(i.pack().questions()).extracting(q -> q.answer()).containsExactly("Jupiter", "Mercury", "Mars");
    assertThat(i.pack().questions().get(0).explanation()).isEqualTo("It is a gas giant.");
    assertThat(i.warnings()).extracting(w -> w.format()).contains("planets.csv:5: warning: skipped: the correct "
        + "answer \"Saturn\" is not one of the options (nor an option's letter or number)");
  }

  @Test
  void lettersAsColumnsAndAnAnswerColumnAreAGenericSheetToo() throws ImportException {
    Imported i = Importer.read("q.csv", "Question,A,B,C,D,Answer\nWhich?,w,x,y,z,C\n", null, "en");
    assertThat(i.pack().questions().get(0).answer()).isEqualTo("y");
  }

  @Test
  void gimkitSheetHasTheRightAnswerFirst() throws ImportException {
    String text = "Gimkit Spreadsheet Import Template,,,,\n"
        + "Question,Correct Answer,Incorrect Answer 1,Incorrect Answer 2 (Optional),Incorrect Answer 3 (Optional)\n"
        + "2 + 2?,4,3,5,\n";
    Imported i = Importer.read("gimkit.csv", text, null, "en");
    assertThat(i.format()).isEqualTo("Gimkit spreadsheet");
    assertThat(i.pack().questions().get(0).choices()).containsExactly("4", "3", "5");
    assertThat(i.pack().questions().get(0).answer()).isEqualTo("4");
  }
}
