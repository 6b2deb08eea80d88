package dev.sourced.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.sourced.pack.Problem;
import dev.sourced.pack.Question;
import org.junit.jupiter.api.Test;

/**
 * The cases of the breaking pass (../shared/reviews/breaking-pass.md) that stopped or slowed the
 * importers, made again at the size that failed. Each must finish with a pack or a warning; how
 * long they take is measured in bench/import-linear, not here.
 */
class HostileInputTest {

  static Imported read(String name, String text) throws ImportException {
    return Importer.read(name, text, null, "en");
  }

  @Test
  void longUnclosedTagCommentIsNoStackOverflow() throws ImportException {
    // F5: "// [tag:" and 2,000 characters with no "]" overflowed the regex's stack.
    Imported i = read("so.gift", "// [tag:" + "x".repeat(20_000) + "\n::t:: Is it? {=yes ~no}");
    assertThat(i.pack().questions()).singleElement().extracting(Question::tags).asList().isEmpty();
  }

  @Test
  void longUnclosedIdCommentIsNoStackOverflow() throws ImportException {
    Imported i = read("so-id.gift", "// [id:" + "\\]".repeat(15_000) + "\n::t:: Is it? {=yes ~no}");
    assertThat(i.pack().questions()).singleElement().extracting(Question::id).isEqualTo("t");
  }

  @Test
  void longClosedMarksAreStillRead() throws ImportException {
    Imported i = read("long.gift", "// [tag:" + "y".repeat(5_000) + "] [id:q-" + "1".repeat(30) + "]\nIs it?{T}");
    assertThat(i.pack().questions().get(0).tags()).singleElement().asString().startsWith("yyyy");
  }

  @Test
  void runOfStarsInAHeaderCellIsReadOnce() throws ImportException {
    // F6: 40,000 "*" after a header took 19.5 s in Spreadsheet.key.
    Imported i = read("stars40k.csv", "Question,Answer 1,Answer 2,Correct answer," + "*".repeat(40_000) + "x\n"
        + "Which?,Yes,No,1\n");
    assertThat(i.pack().questions()).hasSize(1);
  }

  @Test
  void giftFileNamedTxtWithAStarCommentIsToldApartQuickly() throws ImportException {
    Imported i = read("stars-gift.txt", "// " + "*".repeat(40_000) + "x\n::q1:: Is the sky blue? {T}\n");
    assertThat(i.format()).isEqualTo(Gift.FORMAT_NAME);
    assertThat(i.pack().questions()).hasSize(1);
  }

  @Test
  void unclosedTagsInGiftTextAreText() throws ImportException {
    // F7: "<a" 100,000 times took 21 s in Html.tagEnd; the text is then too long, and skipped.
    Imported i = read("lt.gift", "::t:: " + "<a".repeat(100_000) + " {=yes ~no}\n\n::u:: Fine? {T}");
    assertThat(i.pack().questions()).extracting(Question::id).containsExactly("u");
    assertThat(i.warnings()).extracting(Problem::format)
        .contains("lt.gift:1: warning: skipped: a text is longer than 100000 characters");
  }

  @Test
  void unclosedTagsWithAnUnclosedQuoteStayLinear() {
    String html = "<a title=\"" + "<b ".repeat(50_000) + "x>";
    assertThatCode(() -> Html.toText(html)).doesNotThrowAnyException();
    assertThat(Html.toText("<a x=\"").text()).isEqualTo("<a x=\"");
  }

  @Test
  void ampersandsWithNoSemicolonStayLinear() {
    assertThat(Html.toText("&".repeat(200_000) + "amp;").text()).hasSize(200_000);
  }

  @Test
  void markdownRunsOfMarksAndBracketsStayLinear() {
    assertThat(Markdown.toText("[".repeat(100_000) + "](".repeat(100_000)).text()).isNotEmpty();
    assertThat(Markdown.toText("*".repeat(100_000) + "x").text()).isEqualTo("x");
  }

  @Test
  void sourceOverTheLoadersLimitIsSkippedNamingTheLine() throws ImportException {
    // F16: a source cell of 100,001 characters built a pack the loader refused.
    Imported i = read("long-source.csv", "prompt,answer,choices,source\nWhich?,a,a | b," + "S".repeat(100_001) + "\n"
        + "Fine?,a,a | b,Outlet\n");
    assertThat(i.pack().questions()).extracting(Question::prompt).containsExactly("Fine?");
    assertThat(i.warnings()).extracting(Problem::format)
        .contains("long-source.csv:2: warning: skipped: the source is longer than 100000 characters");
    ImportFixturesTest.assertRoundTrips(i.pack());
  }
}
