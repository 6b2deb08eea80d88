package dev.sourced.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sourced.pack.Problem;
import dev.sourced.pack.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

class GiftTest {

  static Imported gift(String text) throws ImportException {
    return Importer.read("t.gift", text, Importer.Format.GIFT, "en");
  }

  static Question only(String text) throws ImportException {
    List<Question> qs = gift(text).pack().questions();
    assertThat(qs).hasSize(1);
    return qs.get(0);
  }

  static List<Gift.Item> items(String text) {
    return Gift.parse(Importer.lines(text));
  }

  static List<String> warnings(Imported i) {
    return i.warnings().stream().map(Problem::format).toList();
  }

  @Test
  void everyEscapeIsACharacterAndNeverMarkup() throws ImportException {
    Question q = only("Escapes \\{ \\} \\~ \\= \\# \\: \\\\ and\\nmore?{=a\\=b ~c\\~d ~e\\#f\\}}");
    assertThat(q.prompt()).isEqualTo("Escapes { } ~ = # : \\ and more?");
    assertThat(q.choices()).containsExactly("a=b", "c~d", "e#f}");
    assertThat(q.answer()).isEqualTo("a=b");
  }

  @Test
  void backslashBeforeAnOrdinaryCharacterStays() throws ImportException {
    assertThat(only("Which is not a control character?{=\\ ~\\~}").choices()).containsExactly("\\", "~");
  }

  @Test
  void trueFalseWithTwoFeedbacksExplainsWithTheSecondAsMoodleShowsItForTheRightChoice() throws ImportException {
    Imported i = gift("42 is the answer.{FALSE#shown to those who chose true#shown to those who chose false}");
    Question q = i.pack().questions().get(0);
    assertThat(q.type()).isEqualTo(Question.Type.TRUE_FALSE);
    assertThat(q.answer()).isEqualTo("False");
    assertThat(q.explanation()).isEqualTo("shown to those who chose false");
    assertThat(warnings(i)).contains("t.gift:1: warning: the feedback for the wrong choice (\"shown to those who "
        + "chose true\") is not carried over; Sourced shows one explanation");
  }

  @Test
  void trueFalseWithOneFeedbackExplainsWithIt() throws ImportException {
    Question q = only("Grant is buried in Grant's tomb.{F#No one is buried there.}");
    assertThat(q.answer()).isEqualTo("False");
    assertThat(q.explanation()).isEqualTo("No one is buried there.");
  }

  @Test
  void trueFalseIsReadInEverySpelling() throws ImportException {
    Imported i = gift("A.{T}\n\nB.{TRUE}\n\nC.{F}\n\nD.{FALSE}\n\nE.{true}");
    assertThat(i.pack().questions()).extracting(Question::answer)
        .containsExactly("True", "True", "False", "False", "True");
  }

  @Test
  void generalFeedbackComesFirstThenTheRightAnswersFeedback() throws ImportException {
    Question q = only("Which?{=yes#Well done. ~no#Think again. ####Yes, because of the rule.}");
    assertThat(q.explanation()).isEqualTo("Yes, because of the rule. Well done.");
    assertThat(q.passage()).isEqualTo(q.explanation());
  }

  @Test
  void answersInsideTheTextLeaveABlank() throws ImportException {
    assertThat(only("Grant is {~buried =entombed ~living} in Grant's tomb.").prompt())
        .isEqualTo("Grant is _____ in Grant's tomb.");
  }

  @Test
  void hundredPercentWeightCountsAsRightAndHalfDoesNot() throws ImportException {
    Imported i = gift("Which?{~%100%right ~%50%half ~wrong}");
    assertThat(i.pack().questions().get(0).answer()).isEqualTo("right");
    assertThat(warnings(i)).contains("t.gift:1: warning: partial credit (50%) for \"half\" is not carried over; "
        + "it counts as wrong");
  }

  @Test
  void moreThanOneFullyRightAnswerIsSkippedAsMultipleAnswer() throws ImportException {
    Imported i = gift("Fine.{T}\n\nWhich two?{=%100%a ~%100%b ~c}");
    assertThat(i.skipped()).isEqualTo(1);
    assertThat(warnings(i)).contains("t.gift:3: warning: skipped: a multiple-answer question (2 answers fully "
        + "right); Sourced plays one right answer");
  }

  @Test
  void titleGivesTheIdAndAnIdMarkerWins() throws ImportException {
    Imported i = gift("::Grant's Tomb::Who?{=no one ~Grant}\n\n::Grant's Tomb::Again?{T}\n\n"
        + "// [id:Q-42]\n::Named::Marked?{T}\n\nUntitled?{F}");
    assertThat(i.pack().questions()).extracting(Question::id)
        .containsExactly("grants-tomb", "grants-tomb-2", "q-42", "q-4");
  }

  @Test
  void categoryTagsTheQuestionsAfterItAndMoodlesTopLevelsGiveNone() throws ImportException {
    Imported i = gift("$CATEGORY: $course$/top/Unit 1: World History\n\nA.{T}\n\n$CATEGORY: $course$/top\n\nB.{T}");
    assertThat(i.pack().questions()).extracting(Question::tags)
        .containsExactly(List.of("unit-1-world-history"), List.of());
  }

  @Test
  void idAndTagMarkersAreTrimmedInOrderAndAnEscapedBracketIsKept() {
    Gift.Item item = items("// [tag:  basic] Here is\n// a [id:   four   ] que[tag:add   ]stion.\n"
        + "// [tag:t\\]ag]\nHow are you?{}").get(0);
    assertThat(item.id()).isEqualTo("four");
    assertThat(item.tags()).containsExactly("basic", "add", "t]ag");
  }

  @Test
  void tagSplitOverALineBreakIsIgnored() {
    assertThat(items("// Ceci n'est pas une [tag:\n// frog].\nHow?{}").get(0).tags()).isEmpty();
  }

  @Test
  void formatMarkersAreStrippedAndHtmlBecomesText() throws ImportException {
    Question q = only("::T::[html]<p>Is <b>this</b> &amp; that bold?</p>{\n=[plain]<yes>#[html]<i>Right</i>\n"
        + "~[moodle]no\n}");
    assertThat(q.prompt()).isEqualTo("Is this & that bold?");
    assertThat(q.choices()).containsExactly("<yes>", "no");
    assertThat(q.explanation()).isEqualTo("Right");
  }

  @Test
  void commentsAndBlankLinesSeparateQuestionsAndWindowsLineEndsWork() throws ImportException {
    Imported i = gift("// first\r\nOne?{T}\r\n// between\r\n\r\nTwo?{F}\r\n");
    assertThat(i.pack().questions()).extracting(Question::prompt).containsExactly("One?", "Two?");
    assertThat(i.warnings().get(0).line()).isEqualTo(2);
  }

  @Test
  void itemsAreTypedAsMoodleTypesThem() {
    assertThat(items("A{}\n\nB{#3}\n\nC{=x -> y =z -> w}\n\nD{=x =y}\n\nE{x}\n\nF{T}\n\nG{~x =y}\n\nH\n\n"
        + "$CATEGORY: c\n\nI{~a -> b =c -> d}"))
        .extracting(Gift.Item::kind)
        .containsExactly(Gift.Kind.ESSAY, Gift.Kind.NUMERICAL, Gift.Kind.MATCHING, Gift.Kind.SHORT_ANSWER,
            Gift.Kind.SHORT_ANSWER, Gift.Kind.TRUE_FALSE, Gift.Kind.MULTIPLE_CHOICE, Gift.Kind.DESCRIPTION,
            Gift.Kind.CATEGORY, Gift.Kind.MULTIPLE_CHOICE);
  }

  @Test
  void deeplyNestedBracesAreABrokenQuestionNotACrash() throws ImportException {
    String deep = "{".repeat(100_000) + "}".repeat(100_000);
    Imported i = gift("Fine?{T}\n\n" + deep);
    assertThat(i.pack().questions()).hasSize(1);
    assertThat(warnings(i)).last().asString().startsWith("t.gift:3: warning: skipped: ");
  }

  @Test
  void twoSetsOfAnswersInOneQuestionAreSkipped() throws ImportException {
    assertThat(warnings(gift("Fine?{T}\n\nA {=a ~c} and {=b ~d}?"))).last()
        .isEqualTo("t.gift:3: warning: skipped: more than one set of answers { } in one question");
  }

  @Test
  void importStopsWhereThePackGrowsPastWhatTheLoaderAccepts() {
    String long5000 = "x".repeat(5000);
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      many.append("Is ").append(long5000).append(i).append("?{T}\n\n");
    }
    assertThatThrownBy(() -> gift(many.toString()))
        .isInstanceOf(ImportException.class)
        .hasMessageMatching("t\\.gift:\\d+: error: the questions up to this line already make a pack of more than 8 MB, "
            + "the most a pack may be; split the file");
  }

  @Test
  void fileWithNoQuestionsIsAnError() {
    assertThatThrownBy(() -> gift("// only a comment\n"))
        .isInstanceOf(ImportException.class)
        .hasMessage("t.gift: error: the file holds no questions; nothing was written");
  }

  // ---- Defects seen on real banks (issue 11), each with its smallest input -------------------

  @Test
  void questionRightUnderACategoryLineIsReadAndTagged() throws ImportException {
    Imported i = gift("$CATEGORY: $course$/top/Chapter 1\n::Q1:: Capital of France? {\n=Paris\n~Rome\n}\n\n"
        + "::Q2:: Capital of Italy? {=Rome ~Paris}");
    assertThat(i.pack().questions()).extracting(Question::prompt)
        .containsExactly("Capital of France?", "Capital of Italy?");
    assertThat(i.pack().questions()).extracting(Question::tags)
        .containsExactly(List.of("chapter-1"), List.of("chapter-1"));
    assertThat(i.skipped()).isZero();
  }

  @Test
  void tildeEqualsMarksTheRightAnswerAsMoodleReadsIt() throws ImportException {
    Question q = only("Which is hot and dry? { ~volcano. ~=desert. ~mountain range. }");
    assertThat(q.choices()).containsExactly("volcano.", "desert.", "mountain range.");
    assertThat(q.answer()).isEqualTo("desert.");
  }

  @Test
  void nonLatinCategoryGivesAUnicodeTagAndATitleATransliteratedId() throws ImportException {
    Imported i = gift("$CATEGORY: $course$/top/\u0413\u043b\u043e\u0441\u0441\u0430\u0440\u0438\u0439\n\n"
        + "::\u0412\u043e\u043f\u0440\u043e\u0441 1:: \u0414\u0430?{T}");
    Question q = i.pack().questions().get(0);
    assertThat(q.tags()).containsExactly("\u0433\u043b\u043e\u0441\u0441\u0430\u0440\u0438\u0439");
    assertThat(q.id()).isEqualTo("vopros-1");
  }

  @Test
  void titleInAScriptWithNoTransliterationIsWarnedAbout() throws ImportException {
    Imported i = gift("::\u5730\u7406 1:: Is it?{T}");
    assertThat(i.pack().questions().get(0).id()).isEqualTo("1");
    assertThat(warnings(i)).contains("t.gift:1: warning: the title \"\u5730\u7406 1\" has letters an id cannot "
        + "hold (ids are ASCII); the id is \"1\"");
  }

  @Test
  void entitiesInMoodleFormatTextAreDecodedAsInHtml() throws ImportException {
    assertThat(only("Tom &amp; Jerry: who is the cat? {=Tom ~Jerry}").prompt()).isEqualTo("Tom & Jerry: who is the cat?");
    assertThat(only("[html]Tom &amp; Jerry: who is the cat? {=Tom ~Jerry}").prompt())
        .isEqualTo("Tom & Jerry: who is the cat?");
    assertThat(only("[plain]Tom &amp; Jerry? {=Tom ~Jerry}").prompt()).isEqualTo("Tom &amp; Jerry?");
  }

  @Test
  void descriptionsAreNotCountedAsSkippedQuestions() {
    assertThatThrownBy(() -> gift("Read the passage first.\n\nA matching one {=a -> b =c -> d}"))
        .isInstanceOf(ImportException.class)
        .hasMessage("t.gift: error: none of its 1 question could be imported (see the warnings); nothing was written");
  }

  @Test
  void blankLineInsideTheBracesIsOneQuestionReportedOnce() throws ImportException {
    Imported i = gift("Which?{\n=yes\n\n~no\n}\n\nNext?{T}");
    assertThat(i.pack().questions()).extracting(Question::prompt).containsExactly("Which?", "Next?");
    assertThat(i.pack().questions().get(0).choices()).containsExactly("yes", "no");
    assertThat(warnings(i)).filteredOn(w -> w.contains("blank line")).containsExactly("t.gift:1: warning: a blank "
        + "line inside the answers { } of this question; read as one question (Moodle would not)");
  }

  @Test
  void unclosedBracesAreReportedOnceNotOncePerBlock() throws ImportException {
    Imported i = gift("Broken?{=yes ~no\n\nFine?{T}");
    assertThat(i.pack().questions()).extracting(Question::prompt).containsExactly("Fine?");
    assertThat(i.skipped()).isEqualTo(1);
  }

  @Test
  void markdownTextLosesItsMarks() throws ImportException {
    Question q = only("[markdown]Is _this_ **bold** and `code`, see [the notes](http://x.org)? {=[markdown]*yes* ~no}");
    assertThat(q.prompt()).isEqualTo("Is this bold and code, see the notes (http://x.org)?");
    assertThat(q.answer()).isEqualTo("yes");
  }

  @Test
  void snakeCaseAndASpacedStarStayInMarkdown() throws ImportException {
    assertThat(only("[markdown]Is snake_case_name 2 * 3? {T}").prompt()).isEqualTo("Is snake_case_name 2 * 3?");
  }
}
