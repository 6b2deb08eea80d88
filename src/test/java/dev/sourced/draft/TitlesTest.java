package dev.sourced.draft;

import static dev.sourced.draft.Drafts.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** The long titles of agency releases, before and after names, on sentences written for the test. */
class TitlesTest {

  @Test
  void aTitleRunningOnThroughForAndOfEndsInTheName() {
    Draft d = draft("\u201CThe harbor will be dredged this winter,\u201D said Deputy Director for the Coastal Programs Division Peter Q. Almsted.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName, Draft.Found::role)
        .containsExactly(tuple("Peter Q. Almsted", "Deputy Director for the Coastal Programs Division"));
  }

  @Test
  void aVerbBeforeATitleIsNoPartOfIt() {
    Draft d = draft("A judge sentenced former Harwood mayor Dale Kinsey to six years. Voters welcomed retired Army general Ann Voss.",
        "\u201CI am sorry,\u201D Kinsey said. \u201CWe can do better,\u201D Voss said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName, Draft.Found::role)
        .containsExactly(tuple("Dale Kinsey", "former Harwood mayor"), tuple("Ann Voss", "retired Army general"));
  }

  @Test
  void britishRanksWithoutPointsAreTitles() {
    Draft d = draft("Det Insp Claire Mossop, of West Yorkshire Police, said after the hearing: \u201CWe welcome the sentence.\u201D",
        "\u201CHe will not be back on these streets for years,\u201D said Det Ch Supt Owen Harrow.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName, Draft.Found::role)
        .containsExactly(tuple("Claire Mossop", "Det Insp"), tuple("Owen Harrow", "Det Ch Supt"));
  }

  @Test
  void aPlaceAfterOfIsNoGivenName() {
    Draft d = draft("\u201CWe will not back down,\u201D said Secretary of State Vandermeer.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).doesNotContain("State Vandermeer");
  }

  @Test
  void aTitleAndSurnameLaterAreThePersonTheListOfAnnouncersNamed() {
    Draft d = draft("WASHINGTON \u2013 Two men were charged, announced Loretta Quine, Acting Assistant Attorney General"
            + " of the Civil Rights Division; and Timothy Okonjo, Special Agent in Charge of the FBI's Field Office.",
        "\u201CHate has no place here,\u201D said Assistant Attorney General Quine.",
        "\u201CWe followed every lead,\u201D said Special Agent in Charge Okonjo.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Loretta Quine", "Timothy Okonjo");
  }

  @Test
  void aTitleWordAfterAGivenNameIsASurname() {
    Draft d = draft("\u201CThe fund is open to every farmer,\u201D said Loretta King, the program's director.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Loretta King");
  }

  @Test
  void aPlaceWordAfterAGivenNameIsASurname() {
    Draft d = draft("\u201CWe will hold them to account,\u201D said Tony West, the head of the division.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Tony West");
  }

  @Test
  void aBodysOwnTitleBeforeTheName() {
    Draft d = draft("\u201CWe never planned to sell,\u201D said Brightwater\u2019s founder Ilse Marquand.",
        "Acme's chief engineer Rolf Dunmore said the bridge was \u201Cready a month early.\u201D");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName, Draft.Found::role).containsExactly(
        tuple("Ilse Marquand", "Brightwater\u2019s founder"), tuple("Rolf Dunmore", "Acme's chief engineer"));
  }

  @Test
  void twoLowercaseTitlesJoinedByAnd() {
    Draft d = draft("\u201CWe did not expect this at all,\u201D lab director and co-author Tamsin Berg said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Tamsin Berg");
  }

  @Test
  void aPartyAndStateAfterANameIsNoName() {
    Draft d = draft("House Speaker Tomas Ardent, R-Ga., said in a statement that the vote was \u201Clong overdue.\u201D",
        "\u201CWe have the votes,\u201D Ardent told reporters. \u201CIt's not over,\u201D said Rep. Joan Whitley, D-Calif.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName, Draft.Found::role).containsExactly(
        tuple("Tomas Ardent", "House Speaker"), tuple("Tomas Ardent", "House Speaker"), tuple("Joan Whitley", "Rep."));
  }

  @Test
  void aPartyOrBodyBeforeTheName() {
    Draft d = draft("\u201CThis is a disgrace,\u201D said Labour's Kerrin Stamford.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Kerrin Stamford");
  }

  @Test
  void abbreviatedRanksBeforeTheName() {
    Draft d = draft("\u201CIt will test joint operations,\u201D said Brig. Gen. Jon Charlwood, the exercise director.",
        "Maj. Gen. Wil Hixon said, \u201CThe leaders of 2030 are in the Army today.\u201D");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Jon Charlwood", "Wil Hixon");
  }

  @Test
  void aBodyByItsOwnNameOrLettersBeforeItsVerb() {
    Draft d = draft("\u201CIt is a promising world,\u201D the University of Westmarch said in a statement.",
        "\u201CThe field lifts the skies up,\u201D NASRA said on Wednesday.",
        "\u201CWe never comment on that,\u201D the US said.",
        "\u201CThe inquiry is closed,\u201D the NBRI said in a statement.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("University of Westmarch", "NASRA", "NBRI");
  }

  @Test
  void anHonorificAfterATitleOpensTheName() {
    Draft d = draft("Undersecretary for Education Mr. Tassoni says \"many schools will raise their fees or close.\"");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Tassoni");
  }

  @Test
  void lowercaseRoleWordsBeforeACapitalisedTitleAfterTheVerb() {
    Draft d = draft("\"It is hard to ask courts for respect while disrespecting them,\" said law Professor Jonah Turnley of Kent University.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Jonah Turnley");
  }

  @Test
  void aPeersTitleBeforeOneWordIsPartOfTheName() {
    Draft d = draft("Judge Lord Kinross told the two men they had committed \"a brutal murder of a boy of sixteen\".",
        "\"You will both serve a long time for this,\" said Lady Hollis. Sir Keir Stanton said \"the court has spoken today.\"");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Lord Kinross", "Lady Hollis", "Keir Stanton");
  }

  @Test
  void aSportsPositionBeforeTheNameIsARole() {
    Draft d = draft("Substitute Jamie Lowe scored the winner. \u201CWe needed that,\u201D Lowe said.",
        "\u201CIt is a sore one,\u201D said Forward Sam Keane.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName, Draft.Found::role)
        .containsExactly(tuple("Jamie Lowe", "Substitute"), tuple("Sam Keane", "Forward"));
  }

  @Test
  void aNameBetweenCommasAfterATitlePhraseIsTheSpeaker() {
    Draft d = draft("\u201CMoney is on the table,\u201D party leader Gilles Dupuis said. \u201CHe should have had a strategy,\u201D "
        + "Liberal Leader and former Environment Minister under Jean Chr\u00E9tien, St\u00E9phane Doyon, said today.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Gilles Dupuis", "St\u00E9phane Doyon");
  }

  @Test
  void aBodysNameOfSeveralWordsInThePossessiveBeforeTheName() {
    Draft d = draft("\u201CThis was very surprising,\u201D said University of Hawaii\u2019s Lauren Shurmer, who led the study.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Lauren Shurmer");
  }

  @Test
  void anOfficeForTheDistrictBetweenTheNameAndTheVerb() {
    Draft d = draft("U.S. Attorney Tom Mosse for the District of Idaho said, \"These convictions mean that racial crimes will not be tolerated.\"");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Tom Mosse");
  }

  @Test
  void aLongTitleRunsOnPastABodysPossessiveToTheName() {
    Draft d = draft("\"When officers betray the public trust, the system suffers,\" Special Agent in Charge of the Internal Revenue "
        + "Service's Criminal Investigation Division Jose A. Gonzalo said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Jose A. Gonzalo");
  }
}
