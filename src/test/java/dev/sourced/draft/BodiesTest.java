package dev.sourced.draft;

import static dev.sourced.draft.Drafts.draft;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A body or a document as the speaker: the body the text named, or nobody. Paragraphs written for the test. */
class BodiesTest {

  @Test
  void theCourtIsTheCourtTheTextNamesMost() {
    Draft d = draft("The Court of Appeal in Leeds heard the case in May. The Court of Appeal sits in three cities."
            + " Only the Supreme Court of the United Kingdom can overturn it.",
        "The court found that the order \u201Cwas made for an improper purpose and is unlawful.\u201D");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Court of Appeal");
  }

  @Test
  void twoCourtsNamedAlikeLeaveTheCourtUnnamed() {
    Draft d = draft("The Court of Appeal sent the case back to the High Court in Leeds.",
        "The court said: \u201CThe order is quashed and of no effect.\u201D");
    assertThat(d.quotes()).isEmpty();
    assertThat(d.unattributed()).hasSize(1);
  }

  @Test
  void theReportIsItsOwnersWhenTheTextGaveItOne() {
    Draft d = draft("Research on the families has only begun, Unicef said in a 2017 report on the issue.",
        "\u201CMost of the grandparents in the study suffered from poor health,\u201D said the report.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Unicef");
  }

  @Test
  void aReportWithNoOwnerGivenIsNobodys() {
    Draft d = draft("Families in the province have borrowed more each year.",
        "\u201CMost of the grandparents in the study suffered from poor health,\u201D said the report.");
    assertThat(d.quotes()).isEmpty();
  }

  @Test
  void aDocumentThatNamesItsOwnerIsTheOwners() {
    Draft d = draft("The Harlow Institute study found that \u201Cmost towns lost a third of their shops in ten years.\u201D",
        "The Court of Appeal ruled on Friday. The court\u2019s summary said \u201Cthe plant will close at the end of the year.\u201D");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Harlow Institute", "Court of Appeal");
  }

  @Test
  void aCountryByItsLettersOwnsNoStudy() {
    Draft d = draft("US study links sleep and school marks",
        "The study reports \u201Cfor each extra hour of sleep, marks rose by four percent.\u201D");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).doesNotContain("US");
  }

  @Test
  void aBodyByItsLettersIsTheNameTheTextSpelledOutForThem() {
    Draft d = draft("The World Health Organization (WHO) issued a statement on Monday.",
        "The WHO statement said: \u201CThe public health risk to the general population is low.\u201D",
        "\u201CWe are watching closely,\u201D the WHO said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName)
        .containsExactly("World Health Organization", "World Health Organization");
  }

  @Test
  void anUnnamedOfficialIsNoSpeakerToName() {
    Draft d = draft("A senior Russian official posted on social media that the worker \u201Chad died from the plague in the city.\u201D");
    assertThat(d.quotes()).isEmpty();
  }

  @Test
  void wordsOnAThingAreNobodys() {
    Draft d = draft("A banner was vandalised at the camp. The banner read: \u201Cnational sport training centre\u201D.");
    assertThat(d.quotes()).isEmpty();
  }

  @Test
  void manyPeopleAreNoOneSpeaker() {
    Draft d = draft("The study was led by Rosa Ortiz of the institute.",
        "The researchers wrote that the lake \u201Ccould be a home for microbial life beneath the ice.\u201D");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).doesNotContain("The researchers");
  }

  @Test
  void aBodysDocumentSpeaksForTheBody() {
    Draft d = draft("Harlow Records's takedown notice alleged the tool was made to \u201Cbreak the protection that streaming services use.\u201D");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Harlow Records");
  }

  @Test
  void itSaidIsTheBodyOrDocumentOwnerTheSentenceBeforeNamed() {
    Draft d = draft("The Marlow Water Company said it would raise prices in May. \"Costs have gone up for everyone this year,\" it said.",
        "Most homes in the valley are in debt, a 2016 Harbour Trust survey estimated.",
        "\"This has placed great pressure on families to repay their loans,\" it said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Marlow Water Company", "Harbour Trust");
  }

  @Test
  void itSaidAfterAPersonIsNamedIsNobodysToGuess() {
    Draft d = draft("The Marlow Water Company wrote to Ana Berg on Monday. \"Costs have gone up for everyone this year,\" it said.",
        "Rail operator Northline apologised. \"Passengers were let down on Monday and we are sorry,\" it said.");
    assertThat(d.quotes()).isEmpty();
    assertThat(d.unattributed()).hasSize(2);
  }

  @Test
  void aPersonsStatementIsThatPersonsByTheFullName() {
    Draft d = draft("Senator Maria Ocampo issued a statement on Monday.",
        "Ocampo's statement added, \"There is no question the port should have been chosen.\"");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Maria Ocampo");
  }

  @Test
  void aDocumentIsWhoeverPutItOut() {
    Draft d = draft("Earlier, the Bergen city council passed a resolution to support the boycott. The resolution read, "
        + "\"The council stands with the people of the harbour in their struggle.\"");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Bergen city council");
  }

  @Test
  void aBodyIsNotThePersonWhoseRoleNamesIt() {
    Draft d = draft("Henry Allen, the president of the local branch of the NAACP, told reporters he was shocked.",
        "The NAACP said in a statement that it \"looks forward to a full and thorough investigation into this matter\".");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("NAACP");
  }

  @Test
  void aBodysOfficeSpeaksForTheBodySpelledOutInFull() {
    Draft d = draft("A bomb went off next to the office of the National Association for the Advancement of Colored People (NAACP).",
        "The NAACP national office put out a statement stating that the group \"looks forward to a full and thorough investigation\".");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName)
        .containsExactly("National Association for the Advancement of Colored People");
  }

  @Test
  void thisSameDocumentIsTheOneNamedBefore() {
    Draft d = draft("A May 2, 1987, letter from Gu Wenhao, an official in the Ministry of Aviation, discussed the trip. This same "
        + "letter suggested that the route would be \"faster and safer\" and concluded with the statement: \"It is your honor "
        + "and our fortune that you are able to help.\"");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Gu Wenhao", "Gu Wenhao");
  }

  @Test
  void theSameDocumentAgainCarriesItsOwnerOn() {
    Draft d = draft("Research on migration has only just begun, Unicef said in a 2017 report on the issue.",
        "Grandparents struggle with the task.", "\"Most of the grandparents suffered from health problems,\" said the report.",
        "Remittances help.", "Government data showed that many had left.", "Villages are empty.", "Schools are closing.",
        "Wages are low.",
        "\"Most parents visited home only once per year due to the cost of travel,\" the report said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Unicef", "Unicef");
  }

  @Test
  void aFederationsNameRunsThroughOf() {
    Draft d = draft("The Federation of Small Businesses said it was \u2018deeply disappointed\u2019 by the decision.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Federation of Small Businesses");
  }

  @Test
  void theWordsAStatementReadsAreItsIssuers() {
    Draft d = draft("Rebecca Sloane issued a statement on Monday.",
        "\"Harold died peacefully,\" the statement read. \"He was a gentleman.\"");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Rebecca Sloane", "Rebecca Sloane");
  }

  @Test
  void whatABodysDocumentReadsIsTheBodys() {
    Draft d = draft("The Home Office letter reads \"we may extend the use of the questionnaire in due course\", but no plans exist.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Home Office");
  }

  @Test
  void theWritingOfSomeoneUnnamedIsNobodysToName() {
    Draft d = draft("A crew member passed a note to the inspector. The whistleblower's note stated: \"We are asking help to any "
        + "authorities concerned about this.\"");
    assertThat(d.quotes()).isEmpty();
  }

  @Test
  void theBankIsTheBankNamedBefore() {
    Draft d = draft("The World Bank published its report on Cambodia on Monday.",
        "Millions teeter above the poverty line, \"vulnerable to falling back into poverty when exposed to shocks,\" according to the bank.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("World Bank");
  }

  @Test
  void aBodyNamedWithoutAnArticleSpeaksAsItself() {
    Draft d = draft("\u201COfficers are investigating the crash,\u201D Kent Police said.",
        "\u201CWe expect a strong quarter this year,\u201D Acme Corp. said on Tuesday.",
        "\u201CEveryone is safe and the fire is out,\u201D Kent Fire and Rescue Service said.",
        "\u201CThe road will stay closed until Friday,\u201D said Westminster City Council in a statement.",
        "\u201CThe soldier died in a training accident,\u201D Ministry of Defence said.",
        "\u201CThe bridge will reopen on Monday morning,\u201D Transport for London (TfL) said.",
        "\u201CThe market will close early on Friday,\u201D Camden Borough Council (CBC) said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Kent Police", "Acme Corp",
        "Kent Fire and Rescue Service", "Westminster City Council", "Ministry of Defence", "Camden Borough Council");
  }

  @Test
  void aBodysNameRunningIntoMoreWordsIsNoSpeaker() {
    Draft d = draft("\u201CWalter was the most brilliant scientist I have known,\u201D said University of California, San Diego's "
        + "chancellor, Pradeep Khosla.",
        "\u201CThe suspect has been released on bail,\u201D said Kent Police officers were told.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Pradeep Khosla");
  }

  @Test
  void theCompanyOrTheForceIsTheOneBodyOfThatKindNamed() {
    Draft d = draft("Acme Corp. reported a loss on Monday. \u201CWe expect a strong quarter,\u201D the company said.",
        "Kent Police were called at 9pm. \u201CTwo men have been arrested,\u201D the force said.",
        "British Airways cancelled 40 flights. \u201CWe apologise to our customers,\u201D the airline said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Acme Corp", "Kent Police", "British Airways");
  }

  @Test
  void theCompanyAfterTwoCompaniesIsNobody() {
    Draft d = draft("Acme Corp. and Globex Inc reported losses on Monday, and Acme Corp. cut 200 jobs.",
        "\u201CWe expect a strong quarter next year,\u201D the company said.");
    assertThat(d.quotes()).isEmpty();
  }
}
