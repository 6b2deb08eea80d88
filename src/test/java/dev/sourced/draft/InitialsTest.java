package dev.sourced.draft;

import static dev.sourced.draft.Drafts.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** Initials and dotted abbreviations are parts of a name or of a title, never a name of their own. */
class InitialsTest {

  @Test
  void aDottedPlaceBeforeATitleIsPartOfTheTitle() {
    Draft d = draft("\u201CThe defendant preyed on the trust of his neighbours,\u201D said U.S. Attorney Rhea Vantongeren.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName, Draft.Found::role)
        .containsExactly(tuple("Rhea Vantongeren", "U.S. Attorney"));
  }

  @Test
  void initialsWithoutSpacesArePartOfTheName() {
    Draft d = draft("The novelist P.J. Hollingworth spoke at the festival on Sunday.",
        "\u201CI wrote the first draft on trains,\u201D Hollingworth said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("P.J. Hollingworth");
  }

  @Test
  void initialsWithSpacesArePartOfTheName() {
    Draft d = draft("\u201CWe expect the river to crest on Friday,\u201D said A. R. Castellanos, a hydrologist.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("A. R. Castellanos");
  }

  @Test
  void aDottedPlaceAloneIsNoSpeaker() {
    Draft d = draft("\u201CThe talks will go on,\u201D the U.S. said in a statement.");
    assertThat(d.quotes()).isEmpty();
  }

  @Test
  void lettersAfterANameComeBeforeItsVerb() {
    Draft d = draft("Chief Justice Harlan B. Okafor Jr. wrote for the majority: \u201CThe order stands.\u201D");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName, Draft.Found::role)
        .containsExactly(tuple("Harlan B. Okafor Jr.", "Chief Justice"));
  }

  @Test
  void aNameInAppositionAfterTheVerbsDescriptionIsTheSpeaker() {
    Draft d = draft("\u201CI never took the money,\u201D said the defendant, Corin T. Maddox, in court.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Corin T. Maddox");
  }
}
