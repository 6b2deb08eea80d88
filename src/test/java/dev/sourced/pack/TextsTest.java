package dev.sourced.pack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {
  /** F2: "İ" lowercases to two characters, so a search in the lowercased text gave indexes past the end. */
  @Test
  void caseInsensitiveSearchKeepsIndexesWhenLowercasingChangesLength() {
    String passage = "İİ X";
    int[] at = Texts.findLoose(passage, "x", true);
    assertThat(at).containsExactly(3, 4);
    assertThat(passage.substring(at[0], at[1])).isEqualTo("X");
  }

  @Test
  void caseInsensitiveSearchMarksTheRightCharactersAfterADottedCapitalI() {
    String passage = "İstanbul, said Ann";
    int[] at = Texts.findLoose(passage, "SAID", true);
    assertThat(passage.substring(at[0], at[1])).isEqualTo("said");
  }

  @Test
  void looseSearchFoldsQuotesDashesAndSpaceAndMapsBackToTheOriginal() {
    String passage = "He said:  \u201cRead   the source\u2014first.\u201d";
    int[] at = Texts.findLoose(passage, "\"read the source-first", true);
    assertThat(passage.substring(at[0], at[1])).isEqualTo("\u201cRead   the source\u2014first");
    assertThat(Texts.findLoose(passage, "\"read the source-first", false)).isNull();
  }

  @Test
  void missingTextIsNotFound() {
    assertThat(Texts.findLoose("abc", "abd", true)).isNull();
    assertThat(Texts.findLoose("abc", "  ", true)).isNull();
  }

  /** D8: one full stop for a comma gave only "not inside its passage"; the author is told where. */
  @Test
  void partingShowsWhereAQuoteLeavesItsPassage() {
    assertThat(Texts.parting("\"Read the source first,\" said Ann Lee, a teacher.", "Read the source first."))
        .isEqualTo("the two agree as far as \"Read the source first\", then the quote has \".\" where the passage"
            + " has \",\" said Ann Lee, a t\u2026\"");
    assertThat(Texts.parting("It was late.", "It was late, he said"))
        .isEqualTo("the two agree as far as \"It was late\", then the quote has \", he said\" where the passage has"
            + " \".\"");
    assertThat(Texts.parting("He left early.", "He left early. She stayed"))
        .endsWith("then the quote has \" She stayed\" where the passage ends there");
    assertThat(Texts.parting("Nothing alike here.", "Zebras run"))
        .isEqualTo("not even its beginning \"Zebras run\" is in the passage");
  }
}
