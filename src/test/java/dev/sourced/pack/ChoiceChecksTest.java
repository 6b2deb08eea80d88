package dev.sourced.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The giveaway checks on questions the bank review found (rows 4 and 7 of bank-audit.md), as first written. */
class ChoiceChecksTest {
  @Test
  void aLongAnswerAmongShortChoicesIsFound() {
    List<String> choices = List.of("Email is banned in China",
        "People in China rarely check their inboxes and emails often disappear crossing borders",
        "Emails cost too much to send abroad", "His university does not allow emails to China");
    assertThat(ChoiceChecks.tooLong(choices)).singleElement().asString()
        .startsWith("\"People in China").contains("86 characters, the longest other 45");
  }

  @Test
  void choicesOfLikeLengthPass() {
    assertThat(ChoiceChecks.tooLong(List.of("By weekly phone calls", "By writing letters", "By sending emails",
        "By flying home every year"))).isEmpty();
  }

  @Test
  void theOnlyChoiceThatRepeatsThePromptIsFound() {
    String prompt = "According to the China Daily report, where is Chen Jin's company, Alaska Skylar Travel LLC, "
        + "headquartered?";
    List<String> choices = List.of("Los Angeles, California", "Anchorage, Alaska", "Ronkonkoma, New York",
        "San Antonio, Texas");
    assertThat(ChoiceChecks.echoes(prompt, choices, List.of("China Daily")))
        .containsExactly("\"Anchorage, Alaska\" repeats [alaska] from the prompt");
  }

  @Test
  void aWordSharedByOtherChoicesIsNoGiveaway() {
    // Every choice names a university, so the prompt's "university" points at none of them.
    assertThat(ChoiceChecks.echoes("At which university does Thayer teach?",
        List.of("Stanford University", "Oxford University", "The University of Texas-San Antonio"), List.of()))
        .isEmpty();
  }

  @Test
  void theNameOfATextIsNotAWordOfThePrompt() {
    String prompt = "According to the China Daily report, what reason did Navarro give?";
    List<String> choices = List.of("To punish China in the trade war", "To protect American citizens' data privacy");
    assertThat(ChoiceChecks.echoes(prompt, choices, List.of())).hasSize(1);
    assertThat(ChoiceChecks.echoes(prompt, choices, List.of("China Daily"))).isEmpty();
  }

  @Test
  void pluralsPossessivesAndNumbersMatchTheirPlainForms() {
    assertThat(ChoiceChecks.words("China's 4 million users, in 2011")).containsExactly("china", "4", "million",
        "user", "2011");
    assertThat(ChoiceChecks.words("It is the one that was theirs")).isEmpty();
  }
}
