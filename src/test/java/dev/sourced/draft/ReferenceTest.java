package dev.sourced.draft;

import static dev.sourced.draft.Drafts.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** Who a pronoun, a description or an unattributed paragraph points back to, on paragraphs written for the test. */
class ReferenceTest {

  @Test
  void aPronounAfterASentenceMeansItsSubjectNotItsObject() {
    Draft d = draft("Odile Brandt thanked Greta Lunde for the loan of the boat.",
        "\u201CIt saved the whole summer,\u201D she said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Odile Brandt");
  }

  @Test
  void aPronounAfterAQuoteAboutSomeoneIsNotThatOne() {
    Draft d = draft("\u201CThey are very worried for their safety and for their children at home,\u201D Mark Santo said.",
        "Targeting exiles in a campaign about Tom Hale would \u201Cbackfire in a big way,\u201D he said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Mark Santo", "Mark Santo");
  }

  @Test
  void aPronounDoesNotPassOverANearerGivenNameOfItsGender() {
    Draft d = draft("The suit was heard by Judge Robart. The Speaker of the House, Republican Paul Rayner, disagreed:"
        + " \"This is not a ban on anyone at all,\" he said. Chuck Sommer said the attack on Judge Robart might hurt his nominee.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Paul Rayner");
  }

  @Test
  void kinBeforeAOneWordNameMakesTheSpeakerAndShowsTheGender() {
    Draft d = draft("Jonathan MacKenzie and Stefan Miller were found guilty of the murder of Liam Aitken.",
        "Aitken's father Norrie said the verdicts would \"finally allow Liam to rest in peace.\" He called it a case"
            + " which \"no family should ever have to endure\".",
        "\"We want to start a campaign for change,\" Norrie Aitken said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsOnly("Norrie Aitken").hasSize(3);
  }

  @Test
  void theSubjectOfASentenceAfterAnOpeningPhraseOutranksAManTheTextShowedFurtherBack() {
    Draft d = draft("\"We want a campaign for change,\" said Norrie Aitken, the boy's father.",
        "In a statement, Detective Inspector Andy Lomax, the senior investigator, said the crime had"
            + " \"caused distress in a small community.\" He also said \"the family have had to cope with a terrible loss.\"");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Norrie Aitken", "Andy Lomax", "Andy Lomax");
  }

  @Test
  void aPronounIsNotTheSubjectOfWhatSomeoneElsePointedOut() {
    Draft d = draft("Vice President Mike Pendle pointed out President Trask is known for not pulling his punches."
        + " \"I think people are used to this president speaking his mind,\" he said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Mike Pendle");
  }

  @Test
  void aPronounAfterASentenceWhoseSubjectIsAPronounMeansWhomThatOneMeans() {
    Draft d = draft("President Dale Trent was more direct. \"The judge opens up our country to danger,\" he said on Twitter."
        + " In another post, he referred to Robarts as a \"so-called judge\" and said the ruling would fall."
        + " He also claimed, \"Certain countries agree with the ban, and they know why.\"");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).doesNotContain("Robarts").contains("Dale Trent");
    assertThat(d.quotes()).filteredOn(f -> f.text().startsWith("Certain")).extracting(Draft.Found::speakerName)
        .containsExactly("Dale Trent");
  }

  @Test
  void aPronounThatMeansADescriptionIsResolvedAsTheDescriptionOrRefused() {
    Draft d = draft("Robert Manton, 32, was flying nine passengers between the islands when the right engine failed."
        + " The pilot made a mayday call. The last words he said on the radio were: \"I have lost an engine, so long.\"");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).doesNotContain("The pilot");
  }

  @Test
  void aPronounSkipsSomeoneWhoseGivenNameShowsTheOtherGender() {
    Draft d = draft("Helen Okafor runs the clinic with Peter Vasquez.",
        "\u201CWe see forty patients a day,\u201D she said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Helen Okafor");
  }

  @Test
  void aGivenNameNeverOutranksANearerPersonOfUnknownGender() {
    Draft d = draft("John Abara praised the plan. Minister Tadeusz Wolny called it \u201Ca start.\u201D"
        + " He said \u201CWe will fund it in full next year.\u201D");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).contains("Tadeusz Wolny").doesNotContain("John Abara");
  }

  @Test
  void anAgeAsTheSpeakerIsThePersonOfThatAge() {
    Draft d = draft("Marta Quell, 56, has coached the club since 2011. Her assistant, Ivo Renn, 34, joined in May.",
        "The 56-year-old said: \u201CWe have never been this fit.\u201D");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Marta Quell");
  }

  @Test
  void aOneWordNameGivenAnAgeIsAPersonAPronounCanMean() {
    Draft d = draft("Sarin, 39, a farmer in Kandal province, said officials had visited her village twice.",
        "\u201CThey told us to go and vote,\u201D she said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Sarin");
  }

  @Test
  void aOneWordNameWithWhoAfterItIsAPersonWhenNobodyElseHasThatName() {
    Draft d = draft("Chey, who decided to cast a vote, was wary of speaking about the election in public.",
        "\u201CI didn't tick anything on the ballot,\u201D he said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Chey");
  }

  @Test
  void aOneWordNameWithWhoseOrAPersonInAppositionIsAPerson() {
    Draft d = draft("Almost four decades later, Tharo, whose name has been changed, was working for the party.",
        "Tharo left swiftly, back to the border.", "\u201CMany activists in the past have been jailed or exiled,\u201D he told VOA.",
        "Some never left. Sokha, a unionist and former party activist, was told by officials he should go.",
        "But he stayed because his family is in debt. \u201CWho is helping my family?\u201D he said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Tharo", "Sokha");
  }

  @Test
  void aOneWordPlaceWithAnAppositionIsNoPerson() {
    Draft d = draft("Later, Marlow, a town of some 4,000 souls, voted to close the library.",
        "\u201CWe will miss it every single day of the week,\u201D she said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).doesNotContain("Marlow");
  }

  @Test
  void aSurnameWithWhoAfterItIsThePersonWhoseNameItEnds() {
    Draft d = draft("Gen. Dana Perrow opened the meeting at the center.",
        "Perrow, who leads the command, spoke first. \u201CWe will test the network this year,\u201D he said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Dana Perrow");
  }

  @Test
  void aSentencesFirstWordThatTheTextAlsoWritesInLowerCaseIsNoSpeaker() {
    Draft d = draft("The fair offered programs for every age.",
        "Programs included a \u201Cday in the life of an engineer\u201D for the older students.");
    assertThat(d.quotes()).isEmpty();
  }

  @Test
  void aCapitalisedNounGivenAnAgeIsNoPerson() {
    Draft d = draft("Maj. Tom Reyes led the drill at the range. Every Soldier carried a new radio.",
        "Soldiers, 30 in all, stood in line. \u201CIt was hard at first,\u201D one said.",
        "Drivers, 12 of them from the depot, waited by the trucks. The drivers were tired.",
        "\u201CWe drove all night,\u201D he said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).doesNotContain("Soldiers", "Drivers");
  }

  @Test
  void aQuoteAfterASentenceReportingSomeonesWordsIsTheirs() {
    Draft d = draft("Col. Gary Pham and Maj. Ann Lee spoke on Monday.",
        "The threat is not a new weapon, Pham said. \u201CIt's the way it's used in the field.\u201D");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Gary Pham");
  }

  @Test
  void aParagraphOfQuotationAfterAParagraphOfReportedWordsIsTheSameSpeakers() {
    Draft d = draft("Omar Haddad explained that the arts bring people together in special ways.",
        "\u201CThere's a case to be made for the arts in spreading democracy. It works.\u201D");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Omar Haddad");
  }

  @Test
  void aReportedSentenceWithSomeoneElseNamedAfterItPassesNothingOn() {
    Draft d = draft("The threat is not a new weapon, Gary Pham said. Ann Lee disagreed.",
        "\u201CIt's the way it's used in the field, and always has been.\u201D");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).doesNotContain("Gary Pham");
  }

  @Test
  void aPronounThatGoesOnFromAQuoteIsThatQuotesSpeaker() {
    Draft d = draft("Sherri Vance runs the orchestra. The executive director, Ola Brandt, joined in May.",
        "Vance, the founder of the orchestra, said, \u201CWe have more followers than any other orchestra.\u201D",
        "\u201CThat,\u201D she added \u201Creally speaks to the reach of the music.\u201D");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Sherri Vance", "Sherri Vance");
  }

  @Test
  void aPronounThatGoesOnAfterSomeoneElseIsNamedIsNotTheQuoteBefore() {
    Draft d = draft("\u201CWe have more followers than any other orchestra,\u201D said Sherri Vance.",
        "Her colleague Tom Osei was less sure. \u201CThat,\u201D he added, \u201Cis only one measure of the reach.\u201D");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Sherri Vance", "Tom Osei");
  }

  @Test
  void anAgeBeforeANounIsThePersonOfThatAge() {
    Draft d = draft("Sam Okafor, 22, scored twice for the visitors. Coach Ivo Renn, 51, was pleased.",
        "\u201CI have waited a long time for a night like this,\u201D the 22-year-old forward said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Sam Okafor");
  }

  @Test
  void anEpithetAsTheSpeakerIsThePersonNamedJustBefore() {
    Draft d = draft("Dana Ruiz leads the rover team at the institute.",
        "\u201CThe rocks are older than we thought,\u201D the scientist told reporters.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Dana Ruiz");
  }

  @Test
  void aCountryOrATeamBeforeAnEpithetStillPointsBack() {
    Draft d = draft("Chelsea boss Enzo Marelli was frustrated with the referee.",
        "\u201CI think the second goal was offside,\u201D the Italian told reporters.",
        "Bukayo Sako, 23, was delighted to score. \u201CThis club is my home,\u201D the England winger said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Enzo Marelli", "Bukayo Sako");
  }

  @Test
  void aPronounAfterASentenceOpenedBySomeoneOfUnknownGenderIsThemNotAManNamedEarlier() {
    Draft d = draft("Bukayo Sako scored the winner after Cole Parmer had cancelled out the opener.",
        "Sako, 23, said he was delighted to score. \u201CThis club is my home,\u201D Sako said.",
        "Parmer looked downbeat. \u201CWe have to be better,\u201D he said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Bukayo Sako", "Cole Parmer");
  }

  @Test
  void aTitleWrittenShortIsTheWordThatDescribesItAgain() {
    Draft d = draft("Sen. Lara Whitcombe, a Vermont Democrat, backed the bill. Gov. Tom Reyna opposed it.",
        "\u201CThis is the best deal we will get,\u201D the senator said.",
        "\u201CIt will not pass the House,\u201D the governor said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Lara Whitcombe", "Tom Reyna");
  }

  @Test
  void aPronounAfterAReportedClauseMeansWhoReportedItNotItsSubject() {
    Draft d = draft("Dorran Pell, 34, admitted arson at the crown court.",
        "Prosecutor Sarah Quint told the court that Pell had poured petrol through the letterbox."
            + " \u201CIt was only by chance that nobody was inside,\u201D she said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Sarah Quint");
  }

  @Test
  void anEpithetAfterSomeoneNamedAsAnObjectIsNobodyWeName() {
    Draft d = draft("Officers questioned Dana Ruiz for an hour.",
        "\u201CShe was calm throughout,\u201D the researcher said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).doesNotContain("Dana Ruiz");
  }

  @Test
  void aParagraphOfQuotationAloneGoesOnWithTheSpeakerBeforeIt() {
    Draft d = draft("Coach Ray Dunne was pleased after the match. \u201CWe defended well,\u201D Dunne said.",
        "\u201CThe lads never gave up. I thought we deserved the win.",
        "\u201CNext week will be harder, though.\u201D",
        "The club's next game is on Saturday.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsOnly("Ray Dunne").hasSize(4);
    assertThat(d.unattributed()).isEmpty();
  }

  @Test
  void aParagraphOfQuotationAfterTwoSpeakersIsLeftUnattributed() {
    Draft d = draft("\u201CWe defended well,\u201D Ray Dunne said, but Ona Pike disagreed: \u201CWe were lucky.\u201D",
        "\u201CThe second half was a mess from start to finish.\u201D");
    assertThat(d.quotes()).extracting(Draft.Found::text).doesNotContain("The second half was a mess from start to finish.");
    assertThat(d.unattributed()).isNotEmpty();
  }

  @Test
  void aVerbForTheQuoteBeforeIsNotForOneAfterAnotherPersonsClause() {
    Draft d = draft("\u201CWe defended well,\u201D Ray Dunne said, but Ona Pike disagreed: \u201CWe were lucky all night.\u201D");
    assertThat(d.quotes()).extracting(Draft.Found::text, Draft.Found::speakerName)
        .containsExactly(org.assertj.core.api.Assertions.tuple("We defended well", "Ray Dunne"));
  }

  @Test
  void aTitleOfAWorkInQuoteMarksIsNoQuotation() {
    Draft d = draft("Mara Quist said her favourite song was \u201CLet It Be Me Tonight\u201D.",
        "\u201CWe will win this,\u201D Coach Ray Dunne said. The team's motto is \u201CNever Give Up On Each Other\u201D.");
    assertThat(d.quotes()).extracting(Draft.Found::text).containsExactly("We will win this");
  }

  @Test
  void aTitleWithItsCommaInsideTheMarksIsStillATitle() {
    Draft d = draft("Odette Marlow's 1965 hit \u201CWhen the River Runs Dry\u201D made her name.",
        "Marlow first sang the song, \u201CSee-Line Woman,\u201D at a concert in 1964, and \u201CThe Long Road Home,\u201D which closed the album.",
        "\u201CWe Shall Overcome Together,\u201D Marlow said, was the line she never tired of.");
    assertThat(d.quotes()).extracting(Draft.Found::text).containsExactly("We Shall Overcome Together");
  }

  @Test
  void aNameWithAParticipleAfterTheVerbIsTheSpeakerNotTheSubject() {
    Draft d = draft("In May, Oslo announced its ban, with Foreign Minister Ida Krogh calling the raids \u201Ca form of collective punishment.\u201D");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Ida Krogh");
  }

  @Test
  void aNameWithAParticipleRightBeforeTheQuoteIsTheSpeaker() {
    Draft d = draft("It quoted critics like barrister Colm Yates, and campaigner Cara Bosworth, with Bosworth stating:"
        + " \u201CPeople fleeing danger need quicker and fairer decisions, not a form in a language they do not speak.\u201D");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Cara Bosworth");
  }

  @Test
  void aQuoteAfterASentenceReportingWhatSomeoneSaidAboutAnotherIsTheSpeakers() {
    Draft d = draft("Curator Kirsten Wilde spoke at the opening of the show.",
        "Wilde also said Warhol was both an artist and a businessman. \u201CHe would make a blue Marilyn and a pink one, and you could pick.\u201D",
        "Wilde said in a statement Warhol was prolific. \u201CHe never stopped working, not even on holidays.\u201D");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Kirsten Wilde");
  }

  @Test
  void aColonAfterWordsQuotedAsTermsIntroducesTheSpeakersParagraph() {
    Draft d = draft("The head of the bishops' conference, Nunzio Galeotti, has called the ruling \"dangerous\" and \"ideological\":",
        "\"We face a dangerous ruling. Those who take the decisions should do it with less ideology.\"");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsOnly("Nunzio Galeotti").isNotEmpty();
  }

  @Test
  void aColonAfterATermAndAnotherNameIntroducesNobodyToGuess() {
    Draft d = draft("Tom Hale called the plan \"absurd\" and Ana Berg agreed:",
        "\"We will not vote for a plan that nobody in the town asked for.\"");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).doesNotContain("Tom Hale");
  }

  @Test
  void aQuoteAfterASentenceOfSomeoneTakingAStandIsTheirs() {
    Draft d = draft("Press Secretary Sarah Hollins disagreed with Miller's assessment."
        + " \"I don't see it as a conflict of interest and neither do many of the legal scholars.\"");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Sarah Hollins");
  }

  @Test
  void aLongQuoteAfterASentenceAboutOnePersonIsTheirsInTheFirstPersonOrNot() {
    Draft d = draft("The team's reach is something Hal Marsden, a NASA Earth scientist, saw for himself."
        + " \u201CThe plane has flown scientists on a lot of missions to look at the air over cities and the sea.\u201D");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Hal Marsden");
  }

  @Test
  void aShortQuoteAfterASentenceAboutOnePersonIsNotGuessed() {
    Draft d = draft("Hal Marsden pointed to the door. \u201CNo entry after dark for visitors.\u201D");
    assertThat(d.quotes()).isEmpty();
  }

  @Test
  void aBirthNameIsNoOneElse() {
    Draft d = draft("Drummer Rusty Calder has died at 80.",
        "Rusty Calder was born Peter Edward Calder in Lewisham in 1939. Calder began playing drums in his teens.",
        "\u201CI'd never sat behind a kit before,\u201D Calder once said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Rusty Calder");
  }

  @Test
  void aStatementAnnouncedWithAColonIsItsAuthorsOverEveryParagraph() {
    Draft d = draft("The following is a statement from Agency Director Rosa Ilves on the passing of Tom Hale:",
        "\u201CToday we lost a pioneer who flew the first rendezvous in space.",
        "\u201CHe never stopped asking what came next.\u201D");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsOnly("Rosa Ilves").hasSize(2);
    Draft owned = draft("Below is Rosa Ilves's statement on the passing of Tom Hale:",
        "\u201CToday we lost a pioneer who flew the first rendezvous in space.\u201D");
    assertThat(owned.quotes()).extracting(Draft.Found::speakerName).containsExactly("Rosa Ilves");
  }

  @Test
  void aParagraphOfFirstPersonQuotationAfterOneAboutOnePersonIsTheirs() {
    Draft d = draft("Wendy Bereda kept the old plane flying for thirty years, finding parts nobody else could.",
        "\u201CThrough the years I have received many awards, but the one that meant most was for keeping it flying.\u201D");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Wendy Bereda");
    Draft two = draft("Wendy Bereda and Tom Hale kept the old plane flying for thirty years.",
        "\u201CThrough the years I have received many awards, but the one that meant most was for keeping it flying.\u201D");
    assertThat(two.quotes()).isEmpty();
  }

  @Test
  void wordsCalledSomeonesReplyOrVerdictAreTheirs() {
    Draft d = draft("\u201CAbsolutely not,\u201D was the reply from Mayor Tom Reyna.",
        "The new bus plan is \u201Ca disaster for the valley\u201D. That was the verdict of councillor Mary Holt on Monday.",
        "\u201CWe will look again,\u201D is the view of the council, whose meeting was the scene of the vote.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Tom Reyna", "Mary Holt");
  }

  @Test
  void twoPeopleAsTheSubjectAreNeitherAlone() {
    Draft d = draft("President Joe Bidwell and Prime Minister Fumio Kishima announced, \u201CA Japanese astronaut will land on the Moon.\u201D");
    assertThat(d.quotes()).isEmpty();
    assertThat(d.unattributed()).hasSize(1);
  }

  @Test
  void twoSpeakersAfterTheVerbAreNeitherAlone() {
    Draft d = draft("\u201CWe will go to the Moon together,\u201D said Joe Bidwell and Fumio Kishima.");
    assertThat(d.quotes()).isEmpty();
    assertThat(d.unattributed()).hasSize(1);
  }

  @Test
  void aQuotationInSentenceCaseIsStillOne() {
    Draft d = draft("Mara Quist said the plan was \u201CBetter than nothing at all\u201D.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Mara Quist");
  }

  @Test
  void theAnswersOfAQAndAInterviewAreThoseOfThePersonItIntroduces() {
    Draft d = draft("The chef who feeds a village",
        "Marta Quell has run the village kitchen for twenty years. We asked Marta Quell about food and change.",
        "Q: Why did you start cooking for the village?",
        "A: Nobody else would do it. The school had no kitchen.",
        "Q: What has changed since then?",
        "A: Everything and nothing.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsOnly("Marta Quell").hasSize(3);
    assertThat(d.unattributed()).extracting(Draft.Unattributed::text)
        .containsExactly("Why did you start cooking for the village?", "What has changed since then?");
  }

  @Test
  void questionsAndAnswersMarkedByALetterAndAPointAreATranscript() {
    Draft d = draft("The chef who feeds a village",
        "Marta Quell has run the village kitchen for twenty years.",
        "Q. Why did you start cooking for the village?",
        "A. Nobody else would do it, and the school had no kitchen at all.",
        "Q. What has changed since then?",
        "A. Everything and nothing. I still get up at five.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsOnly("Marta Quell").hasSize(2);
  }

  @Test
  void aTranscriptSpeakerInCapitalsIsThePersonTheTextNames() {
    Draft d = draft("Marta Quell has run the village kitchen for twenty years.",
        "INTERVIEWER: Why did you start cooking for the village?",
        "MARTA QUELL: Nobody else would do it, and the school had no kitchen at all.",
        "INTERVIEWER: What has changed since then?",
        "MARTA QUELL: Everything and nothing. I still get up at five.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).contains("Marta Quell").doesNotContain("MARTA QUELL");
  }

  @Test
  void aQAndAWithoutMarkersIsReadFromItsQuestionsAndFirstPersonAnswers() {
    Draft d = draft("Tamsin Bishop: Planning Space for Everyone",
        "Tamsin Bishop plans the ground station schedules at the center.",
        "What do you do at the center?",
        "I plan the schedules of the ground stations for three missions.",
        "That means long nights when a launch slips.",
        "How did you come to the center?",
        "I was an intern in 2010 and I stayed on after college.",
        "What is your advice for students?",
        "I tell them to ask questions and never stop learning.",
        "The center is open to visitors on Saturdays.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsOnly("Tamsin Bishop").hasSize(4);
    assertThat(d.unattributed()).extracting(Draft.Unattributed::text).contains("What do you do at the center?")
        .doesNotContain("The center is open to visitors on Saturdays.");
  }

  @Test
  void aRequestIsAQuestionAndAShortAnswerIsStillAnAnswer() {
    Draft d = draft("Tamsin Bishop: Planning Space for Everyone",
        "Tamsin Bishop plans the ground station schedules at the center.",
        "What do you do at the center?",
        "I plan the schedules of the ground stations for three missions.",
        "Please tell us about your time in the Peace Corps.",
        "I taught English in a village school in Togo for two years.",
        "What is your motto?",
        "Living life with no regrets!",
        "What is your \u201Csix-word memoir?\u201D A six-word memoir says something in six words.",
        "I would say that the light you shed will spread.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsOnly("Tamsin Bishop").hasSize(4);
    assertThat(d.quotes()).extracting(Draft.Found::text).contains("Living life with no regrets!")
        .doesNotContain("Please tell us about your time in the Peace Corps.");
  }

  @Test
  void aFeatureAskingItsReaderAQuestionIsNoInterview() {
    Draft d = draft("Why the river floods",
        "Tomas Grell has measured the river for thirty years.",
        "Have you ever wondered why the river floods every spring?",
        "I have, and so has every farmer in the valley.",
        "The answer lies in the snow on the hills, which melts in a week.");
    assertThat(d.quotes()).isEmpty();
  }

  @Test
  void aTitleWordAfterAnotherNameWordIsASurname() {
    Draft d = draft("Ottilie King took the chair of the board in May.",
        "\u201CWe will publish every vote,\u201D King said.",
        "Osric Dean, the treasurer, agreed. Dean said \u201Cthe accounts will be open to all.\u201D");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Ottilie King", "Osric Dean");
  }

  @Test
  void aGivenNameBeforeASurnameShowsAPersonAPronounMayMean() {
    Draft d = draft("In 2015 Peter Amadi's clinic opened in a former bakery.",
        "\u201CWe had nothing but a room,\u201D he said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Peter Amadi");
  }

  @Test
  void anAgeNobodyWasGivenIsThePersonTheSentenceBeforeIsAbout() {
    Draft d = draft("The winger, Sam Okafor, scored the third. Afterwards Okafor was asked about the goal.",
        "\u201CI just hit it and hoped,\u201D the 22-year-old said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Sam Okafor");
  }

  @Test
  void anAgeAsTheSpeakerPassesOverAQuoteGoingOnThatNamesNobody() {
    Draft d = draft("Mark Howe stepped down as coach of the Rovers after a 3-0 loss.",
        "\u201CIt's been a privilege,\u201D Howe told reporters. \u201CI gave it everything I had.",
        "\u201CThe players deserve better than what we showed today.\u201D",
        "The 56-year-old said: \u201CI will not be leaving the game for good.\u201D");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsOnly("Mark Howe").hasSize(4);
  }

  @Test
  void anAgeAsTheSpeakerReachesNoFurtherThanThreeParagraphsBack() {
    Draft d = draft("Mark Howe stepped down as coach of the Rovers after a 3-0 loss.",
        "The club did not give a reason.", "The board meets again in June.", "Fans were told on the website.",
        "The 56-year-old said: \u201CI will not be leaving the game for good.\u201D");
    assertThat(d.quotes()).isEmpty();
    assertThat(d.unattributed()).hasSize(1);
  }

  @Test
  void aOneWordNameOpeningASentenceInThePresentIsTheFullNameAPronounMeans() {
    Draft d = draft("Cattle are Dara Vuth\u2019s constant companions.",
        "\u201CWe voted for a change,\u201D said Dara.", "Prices in the province rose by a tenth last year.",
        "The election is on July 29. Dara is planning to vote again, although he is not yet sure for whom.",
        "\u201CI don\u2019t mind which party wins as long as prices go down,\u201D he said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Dara Vuth", "Dara Vuth");
  }

  @Test
  void aShortQuoteOpeningItsOwnSentenceGoesOnWithTheQuoteBefore() {
    Draft d = draft("\u201CThere was smoke everywhere,\u201D said witness Peter Grantley, 33. \u201CPeople were screaming.\u201D");
    assertThat(d.quotes()).extracting(Draft.Found::text, Draft.Found::speakerName).containsExactly(
        tuple("There was smoke everywhere", "Peter Grantley"), tuple("People were screaming.", "Peter Grantley"));
  }

  @Test
  void aWordOfANameAloneIsTheOneFullNameItOpens() {
    Draft d = draft("Cattle are Prem Buthana's constant companions on the farm.",
        "\u201CWe voted for a change, but that did not happen,\u201D said Prem.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Prem Buthana");
  }

  @Test
  void whatSomeoneIsIsNoOneElseForAPronoun() {
    Draft d = draft("Colm Wilder is a project scientist with the Mars mission. He said the find"
        + " \u201Craises as many questions as answers.\u201D");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Colm Wilder");
  }

  @Test
  void aDescriptionFirstIsThePersonNamedWithItJustAfter() {
    Draft d = draft("\u201COur rivals have begun to catch us,\u201D said a senior intelligence advisor.",
        "Gareth Philby, senior intelligence advisor for the command, spoke at a roundtable on Friday.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Gareth Philby");
  }

  @Test
  void aSurnameThatIsAlsoAWordAfterAGivenName() {
    Draft d = draft("Prime Minister Helena May spoke to the cabinet on Monday.",
        "\u201CWe will deliver it,\u201D May said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Helena May");
  }

  @Test
  void aGivenNameThatIsAlsoAVerb() {
    Draft d = draft("Say Lorkan, a party official, was more forceful. \u201CIt is not balanced,\u201D Say Lorkan said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Say Lorkan");
  }

  @Test
  void theDescriptionAfterANameAndItsAgeIsTheirsForAPronoun() {
    Draft d = draft("San Sakara, 41, the former councilor in a neighbouring commune, says officials went door to door.",
        "\u201CThe village chief walked from home to home,\u201D he said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName, Draft.Found::role)
        .containsExactly(tuple("San Sakara", "the former councilor in a neighbouring commune"));
  }

  @Test
  void aPlaceAfterAPrepositionIsNoOneWhoActs() {
    Draft d = draft("Voter turnout in Prek Chreya dropped by a third. Say Lorkan, a party official, was blunt.",
        "\u201CLess than 30 percent are Cambodians,\u201D he said of the commune.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Say Lorkan");
  }

  @Test
  void aQuotedSentenceThatEndsInAFewWordsOfItsOwnBeforeTheSpeaker() {
    Draft d = draft("\u201CMy second daughter is able to study\u201D in the village, Has Nangari told reporters.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Has Nangari");
  }

  @Test
  void anAdverbIsNoDescriptionOfASpeaker() {
    Draft d = draft("Glyn Collard said the field \u201Cbasically lifts the skies up\u201D because the newly"
        + " found force \u201Cworks against gravity all the time.\u201D");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).doesNotContain("The newly");
  }

  @Test
  void aWayOfSpeakingBeforeAColonAfterAParticiplesClause() {
    Draft d = draft("Asked if she would run again, Marit Quell was blunt: \u201CNo chance, not this time.\u201D",
        "Ivo Renner was clear: \u201CWe will not sell the land.\u201D");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Marit Quell", "Ivo Renner");
  }

  @Test
  void aPronounMeansWhomTheDescriptionOpeningTheSentenceBeforeMeans() {
    Draft d = draft("Standing beside the mayor, Ana Ruiz said, \"I cry with joy.\" The Colombian-French politician was "
        + "greeted at the station by the mayor and his wife, Kari Holm, along with some supporters.",
        "\"I have been dreaming for seven years of this moment,\" she said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Ana Ruiz", "Ana Ruiz");
  }

  @Test
  void aSubjectPronounOfTheOtherGenderLeavesTheObjectTheOneMeant() {
    Draft d = draft("Per Lund and Kari Holm opened the meeting. She thanked Tom Berg for the report. "
        + "\"We will act on every word of it,\" he said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Tom Berg");
  }

  @Test
  void aNamedSubjectOfThisParagraphWhoseGenderIsUnknownIsNotPassedOverForAManOfTheLast() {
    Draft d = draft("President Robert Gabe says he is open to talks with the party.",
        "While Zoltu Tsvangu fled to the Dutch Embassy, other members fled to the French Embassy. Many members have "
            + "questioned president Thabo Beki's unwillingness to denounce Gabe.",
        "The government dismissed Nelson Manda's remarks. Meanwhile, Tsvangu said his party appreciates Nelson "
            + "Manda's criticism. \"It is something we cherish,\" he said.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Zoltu Tsvangu");
  }

  @Test
  void aKinshipWordBeforeAFullNameShowsAPersonAndAPluralNounAfterADescriptionIsNoVerb() {
    Draft d = draft("President Per Lund denied it. The old ruler's son Zaid al-Amin last year made the same claim. "
        + "A paper quoted a doctor who used to treat a local arms dealer.",
        "When al-Amin first made his claims, he said \"Lund must first give back all the money.\"");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Zaid al-Amin");
  }

  @Test
  void heMeansTheOneWhoSaidNotTheSubjectOfWhatWasSaidAndPointedOutIsAVerbOfSaying() {
    Draft d = draft("Officer Simon Hood was defended by Michael Clare. Clare said Hood had resigned from the police after "
        + "fifteen years. \"It is not a case where his position was used,\" he pointed out. \"His career is in ruins.\"");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Michael Clare", "Michael Clare");
  }

  @Test
  void theJudgeIsTheOneJudgeTheTextNamesHoweverFarBack() {
    Draft d = draft("Simon Marsh, 45, was jailed for four years on Monday.",
        "Sentencing, Judge Peter Kelly told him: \"You abused the trust placed in you by vulnerable people.\"",
        "Prosecuting, Anne Lowe said the defendant had \"shown no remorse whatsoever\".",
        "Defending, Mark Hill said his client was \"deeply ashamed of what he has done\".",
        "The judge said: \"This was a cynical and sustained fraud.\"");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName)
        .containsExactly("Peter Kelly", "Anne Lowe", "Mark Hill", "Peter Kelly");
  }

  @Test
  void anObjectPronounAfterANameSaysNothingOfTheirGender() {
    Draft d = draft("Tom Berg, the actor, has died at the age of 81.",
        "Prime Minister Eva Holm described him as \"a national treasure who made us laugh\".",
        "Born in Bergen in 1938, Berg began acting at school. He once told an interviewer: \"I never wanted to do anything else.\"");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Eva Holm", "Tom Berg");
  }

  @Test
  void aNameWrittenWithoutItsAccentsIsTheSamePerson() {
    Draft d = draft("President Dogan proposes a new law",
        "On Wednesday, President Ahmet Do\u011Fan pledged to change the law after the election.",
        "On Friday, Dogan said, \"After the election, we will change the law.\"");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Ahmet Do\u011Fan");
  }

  @Test
  void aNewspaperIsNoPersonAPronounMayMean() {
    Draft d = draft("On Tuesday, the Greek prime minister Kyriakos Mitsos defended the pipeline, which involves Greece, Cyprus "
        + "and Israel. \"We don't seek to exclude anyone from the project\", he said.",
        "Ana Lund, head of the search, spoke to the Jakarta Post. \"We will go on searching until we find it,\" she said.",
        "A Turkish official called the project unnecessary, Cyprus Mail reported.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Kyriakos Mitsos", "Ana Lund");
  }

  @Test
  void aDescriptionInsideAClauseIsNoOneAPronounStandsForAndAWayOfSpeakingLeadsToTheNextParagraph() {
    Draft d = draft("Judge Alan Dorr told Simon Marsh that he did accept the man was attempting to help. He sentenced Marsh "
        + "to six months. He was more critical of Tom Hood:",
        "\"As a police officer you know the highest standards are demanded by the public.\"");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Alan Dorr");
  }

  @Test
  void aRoleOrAnAgeBeforeASurnameAndANameWithItsParticleInCapitals() {
    Draft d = draft("United manager Erik ten Haag praised his side. Marcus Rashwood, who scored the winner, was delighted.",
        "\"I think we deserved at least a point,\" said City captain Kyle Walden.",
        "The 23-year-old Rashwood added: \"The fans were incredible tonight.\"",
        "Ten Haag later said his side were \"moving in the right direction\".",
        "The body of Rashwood's car was found later, with a spokesperson for the police saying: \"We are aware of it.\"");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName)
        .containsExactly("Kyle Walden", "Marcus Rashwood", "Erik ten Haag");
  }

  @Test
  void aOneWordNameInAppositionToAKinshipWordIsAPersonOfThatGender() {
    Draft d = draft("Every morning Maria Lopes opens her bakery. Her son, Diego, now works beside her. He studied engineering. "
        + "\"I came back because she needed me,\" he says.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Diego");
  }

  @Test
  void givenNamesFromAcrossTheWorldShowAPersonFirstNamedInAPossessive() {
    Draft d = draft("A conversation", "Solveig Aasen's new novel, The Harbour, is out this week. We spoke to her in Oslo.",
        "Q: Where did the idea come from?", "A: From my grandmother. She ran a boarding house for forty years.",
        "Q: Is the book about her?", "A: Partly. But the characters are all invented.");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Solveig Aasen", "Solveig Aasen");
  }

  @Test
  void aSurnameMadeAPersonByItsAgeIsTheFullNameTheTextHolds() {
    Draft d = draft("Rovers won 2-1, with substitute Jamie Clarkson scoring in the 89th minute.",
        "Clarkson, 21, said it was \"the best moment of my career\".");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Jamie Clarkson");
  }

  @Test
  void aOneWordNameRightAfterAKinshipWordIsAPersonAPronounMayMean() {
    Draft d = draft("Margaret Shawn has lived at the point for 40 years. Her neighbour, Linda Colby, remembers the storms.",
        "Colby's daughter Emma, now 30, grew up visiting the lighthouse. She calls Shawn \"the bravest woman I know\".");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Emma");
  }
}
