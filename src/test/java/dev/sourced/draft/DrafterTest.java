package dev.sourced.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** One attribution pattern a test, on small paragraphs written for the test. */
class DrafterTest {

  private static Draft draft(String... paragraphs) {
    return Drafter.draft(String.join("\n\n", paragraphs) + "\n");
  }

  @Test
  void saidThenNameWithItsDescriptionAsRole() {
    Draft d = draft("\u201CWe will open the bridge in May,\u201D said Mara Quist, the city's chief engineer.");
    assertThat(d.quotes()).extracting(Draft.Found::text, Draft.Found::speakerName, Draft.Found::role)
        .containsExactly(tuple("We will open the bridge in May", "Mara Quist", "the city's chief engineer"));
    assertThat(d.unattributed()).isEmpty();
  }

  @Test
  void nameThenSaidWithStraightQuotes() {
    Draft d = draft("Tove Berg, a ferry pilot, has crossed the sound for years.",
        "\"The water was calm until noon,\" Berg said.");
    assertThat(d.quotes()).extracting(Draft.Found::text, Draft.Found::speakerName, Draft.Found::role)
        .containsExactly(tuple("The water was calm until noon", "Tove Berg", "a ferry pilot"));
  }

  @Test
  void titleBeforeTheNameIsTheRole() {
    Draft d = draft("\"Stay off the ice this week,\" said Lake County Sheriff Dana Whitlock.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName, Draft.Found::role)
        .containsExactly(tuple("Dana Whitlock", "Lake County Sheriff"));
  }

  @Test
  void lowercaseTitleBeforeTheNameIsTheRole() {
    Draft d = draft("Earlier, city transport adviser Noor Haddad told the council that buses would run late.",
        "\"Nobody will be left at a stop overnight,\" Haddad said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName, Draft.Found::role)
        .containsExactly(tuple("Noor Haddad", "city transport adviser"));
  }

  @Test
  void pronounPointsToTheLastPersonNamed() {
    Draft d = draft("Ines Moreau runs the bakery on Quay Street; Paul Okoro delivers its bread.",
        "\u201CWe start at four every morning,\u201D he said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Paul Okoro");
  }

  @Test
  void pronounSkipsAPersonOfTheOtherGender() {
    Draft d = draft("My mother phoned my father after the storm.", "\u201CThe roof held, just,\u201D she said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("My mother");
  }

  @Test
  void surnamePointsBackToTheFullName() {
    Draft d = draft("\u201CThe harvest came early,\u201D said Rui Almeida, a farmer in the valley.",
        "\u201CWe lost a week of picking to the rain,\u201D Almeida added.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Rui Almeida", "Rui Almeida");
  }

  @Test
  void nameSaidColonBeforeTheQuote() {
    Draft d = draft("Leila Nasser, the head of the food bank, said: \"Demand has doubled since spring.\"");
    assertThat(d.quotes()).extracting(Draft.Found::text, Draft.Found::speakerName, Draft.Found::role)
        .containsExactly(tuple("Demand has doubled since spring.", "Leila Nasser", "the head of the food bank"));
  }

  @Test
  void toldBeforeAPartialQuote() {
    Draft d = draft("Mayor Ida Brandt told reporters the repairs were \"weeks, not months, away.\"");
    assertThat(d.quotes()).extracting(Draft.Found::text, Draft.Found::speakerName, Draft.Found::role)
        .containsExactly(tuple("weeks, not months, away.", "Ida Brandt", "Mayor"));
  }

  @Test
  void wroteBackWithADescribedSpeaker() {
    Draft d = draft("\u201CThe garden is full of tomatoes,\u201D wrote back her cousin in Lisbon.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Her cousin in Lisbon");
  }

  @Test
  void accordingTo() {
    Draft d = draft("\"The river rose two metres overnight,\" according to Pia Holm, a hydrologist.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName, Draft.Found::role)
        .containsExactly(tuple("Pia Holm", "a hydrologist"));
  }

  @Test
  void descriptionAndNameInAppositionBeforeTheVerb() {
    Draft d = draft("The chief executive, Omar Sayed, wrote: \"We will pay every supplier by Friday.\"");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName, Draft.Found::role)
        .containsExactly(tuple("Omar Sayed", "the chief executive"));
  }

  @Test
  void participleTakesTheSubjectOfTheSentence() {
    Draft d = draft("A neighbour described the night to the local paper, saying, \"I heard the wall give way.\"");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("A neighbour");
  }

  @Test
  void aSecondQuoteInTheParagraphHasTheSameSpeaker() {
    Draft d = draft("Jonas Weber, a teacher, was there. \u201CIt was loud,\u201D Weber said. "
        + "\u201CThe children covered their ears and waited for it to end.\u201D");
    assertThat(d.quotes()).extracting(Draft.Found::text, Draft.Found::speakerName).containsExactly(
        tuple("It was loud", "Jonas Weber"),
        tuple("The children covered their ears and waited for it to end.", "Jonas Weber"));
  }

  @Test
  void aQuoteRunsOnOverParagraphs() {
    Draft d = draft("Kai Moreno, a harbour official, described the count.",
        "\u201CFirst we counted the boats in the harbour.",
        "\u201CThen we counted the people, and the numbers did not match,\u201D Moreno said.");
    assertThat(d.quotes()).extracting(Draft.Found::text, Draft.Found::speakerName, Draft.Found::line).containsExactly(
        tuple("First we counted the boats in the harbour.", "Kai Moreno", 3),
        tuple("Then we counted the people, and the numbers did not match", "Kai Moreno", 5));
    assertThat(d.quotes().get(0).paragraph()).isEqualTo("\u201CFirst we counted the boats in the harbour.");
  }

  @Test
  void longQuotesAreCutIntoSentencesAndShortOnesStayWithTheirNeighbour() {
    Draft d = draft("\"No. We asked for the road twice and were told to wait. The answer came in June,\" "
        + "said Aino Virtanen, a councillor.");
    assertThat(d.quotes()).extracting(Draft.Found::text).containsExactly(
        "No. We asked for the road twice and were told to wait.", "The answer came in June");
  }

  @Test
  void elisionsBetweenSentencesAreLeftOut() {
    Draft d = draft("\"I saw the smoke from the hill [...] Then the sirens started up,\" said Ola Nilsen, a farmer.");
    assertThat(d.quotes()).extracting(Draft.Found::text).containsExactly(
        "I saw the smoke from the hill", "Then the sirens started up");
  }

  @Test
  void scareQuotesWithoutASpeakerAreDropped() {
    Draft d = draft("The council called the plan \"ambitious\" and its so-called \"smart bin\" scheme a first.");
    assertThat(d.quotes()).isEmpty();
    assertThat(d.unattributed()).isEmpty();
  }

  @Test
  void shortQuoteWithASpeakerInItsSentenceIsKept() {
    Draft d = draft("Things at the plant, Sara Lind says, are \u201Cgetting much better\u201D this year.");
    assertThat(d.quotes()).extracting(Draft.Found::text, Draft.Found::speakerName)
        .containsExactly(tuple("getting much better", "Sara Lind"));
  }

  @Test
  void quotesNobodyCanBeFoundForAreReportedWithTheirLine() {
    Draft d = draft("A notice went up on Monday.",
        "The sign on the door read \"Closed until further notice by order of the board.\"");
    assertThat(d.quotes()).isEmpty();
    assertThat(d.unattributed()).extracting(Draft.Unattributed::text, Draft.Unattributed::line)
        .containsExactly(tuple("Closed until further notice by order of the board.", 3));
  }

  @Test
  void aPronounWithNobodyBeforeItIsReportedNotGuessed() {
    Draft d = draft("\"We will be back next year with a bigger tent,\" she said.");
    assertThat(d.quotes()).isEmpty();
    assertThat(d.unattributed()).hasSize(1);
  }

  @Test
  void hardWrappedParagraphIsOnePassage() {
    String text = "The committee met for the third time on Tuesday, and the vote was\n"
        + "close. \"We have the numbers now,\" said Elsa Kranz, the committee's chair,\n"
        + "after the count.\n";
    Draft d = Drafter.draft(text);
    assertThat(d.quotes()).extracting(Draft.Found::text, Draft.Found::speakerName, Draft.Found::line)
        .containsExactly(tuple("We have the numbers now", "Elsa Kranz", 2));
    assertThat(d.quotes().get(0).paragraph()).startsWith("The committee met").contains("vote was close.")
        .endsWith("after the count.");
  }

  @Test
  void anOpeningQuoteOfANewSentenceIsNotAttributedFromTheSentenceBefore() {
    Draft d = draft("The hall was full. \"Everyone wanted to see the new library before it opened to all.\" "
        + "Tom Reed said the queue went round the block.");
    assertThat(d.quotes()).isEmpty();
    assertThat(d.unattributed()).hasSize(1);
  }

  @Test
  void nameWithATitleInItsDescriptionAfterTheQuote() {
    Draft d = draft("\"The orchard is clean,\" Rosa Lind, CEO of Calif.-based Lind Farms, told the paper on Friday.",
        "\"We are being careful,\" Lind said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName, Draft.Found::role).containsExactly(
        tuple("Rosa Lind", "CEO of Calif.-based Lind Farms"), tuple("Rosa Lind", "CEO of Calif.-based Lind Farms"));
  }

  @Test
  void aNameInsideADescriptionIsTheSpeaker() {
    Draft d = draft("\"Is anyone going to pay for the roof?\" asked a visibly tired Marta Sousa at the meeting.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Marta Sousa");
  }

  @Test
  void aVerbJoinedByAndSharesTheSubjectOfTheSentence() {
    Draft d = draft("Ivo Petrov stood up at the end of the hearing and said, \"I have nothing more to add today.\"");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Ivo Petrov");
  }

  @Test
  void aHelperVerbMayStandBetweenSpeakerAndVerb() {
    Draft d = draft("The fire chief has said the blaze was \"the worst in twenty years.\"");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("The fire chief");
  }

  @Test
  void aWrittenTextIsAttributedToWhatItWasWrittenOn() {
    Draft d = draft("The note, left on the counter, read: \"Back in ten minutes, please wait here.\"");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("The note");
  }

  @Test
  void aPronounCanPointToAPersonTheArticleOnlyDescribes() {
    Draft d = draft("Tom Hale opened the meeting. Later a woman from the bakery stood up.",
        "\"We were never asked about the car park,\" she said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("A woman from the bakery");
  }

  @Test
  void whatTheWriterSaysIsNotGivenToTheOtherSpeakerInTheParagraph() {
    Draft d = draft("I rang the owner and said to him: \"Can we see the boat before Friday?\" "
        + "And he said to me: \"Only if you bring the money with you.\"");
    assertThat(d.quotes()).extracting(Draft.Found::text, Draft.Found::speakerName)
        .containsExactly(tuple("Only if you bring the money with you.", "The owner"));
    assertThat(d.unattributed()).extracting(Draft.Unattributed::text)
        .containsExactly("Can we see the boat before Friday?");
  }

  @Test
  void aStatementIntroducedAsTheFollowingRunsOnOverItsParagraphs() {
    Draft d = draft("Lena Ortiz, a spokeswoman for the port, issued the following statement on Monday.",
        "\"The port was closed for six hours while the tanks were checked.",
        "\"No one was hurt, and the ships will sail tomorrow as planned.\"");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Lena Ortiz", "Lena Ortiz");
  }

  @Test
  void everyQuoteOfAParagraphOfTwentyThousandIsRead() {
    // breaking-pass F8: many quotations in one paragraph. Its speed is measured in bench/draft-speed.
    Draft d = draft("Title line", "\"ab cd ef gh\" ".repeat(20_000) + "end.");
    assertThat(d.quotes()).isEmpty();
    assertThat(d.unattributed()).hasSize(20_000).allMatch(u -> u.text().equals("ab cd ef gh") && u.line() == 3);
  }

  @Test
  void aQuotedSentenceTooLongForAQuizItemIsLeftOutAndReported() {
    // breaking-pass F16: a sentence of 100,000 characters makes a pack text the loader refuses.
    Draft d = draft("A title", "John Smith, a teacher, said: \"" + "word ".repeat(20_001) + "end.\"",
        "\"The bell rings at nine,\" Smith said.");
    assertThat(d.quotes()).extracting(Draft.Found::text, Draft.Found::speakerName)
        .containsExactly(tuple("The bell rings at nine", "John Smith"));
    assertThat(d.tooLong()).singleElement().satisfies(u -> {
      assertThat(u.line()).isEqualTo(3);
      assertThat(u.text()).startsWith("word word");
    });
  }
}
