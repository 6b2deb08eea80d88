package dev.sourced.draft;

import static dev.sourced.draft.Drafts.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** Posts embedded as the page shows them, without quote marks. Paragraphs written for the test. */
class TweetsTest {

  @Test
  void aPostWithItsCreditLineIsTheAccountHoldersWords() {
    Draft d = draft("Mayor Dana Ruell announced the closure on Sunday.",
        "The bridge will stay shut until the inspection is done. Safety first. pic.twitter.com/abc123"
            + " \u2014 Dana Ruell (@danaruell) October 7, 2019");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName, Draft.Found::text).containsExactly(
        tuple("Dana Ruell", "The bridge will stay shut until the inspection is done. Safety first."));
  }

  @Test
  void aCreditLineOnItsOwnGivesThePostBeforeIt() {
    Draft d = draft("Councillor Omar Pilsen disagreed.",
        "Closing the bridge for a month is a disaster for every shop on the high street.",
        "\u2014 Omar Pilsen (@omarpilsen) October 7, 2019");
    assertThat(d.quotes()).extracting(Draft.Found::speakerName).containsExactly("Omar Pilsen");
    assertThat(d.quotes()).extracting(Draft.Found::role).containsExactly("Councillor");
  }

  @Test
  void aHandleWithoutTheDateOfAPostIsNoPost() {
    Draft d = draft("Follow the reporter, Omar Pilsen (@omarpilsen), for updates on the bridge closure this week.");
    assertThat(d.quotes()).isEmpty();
    assertThat(d.unattributed()).isEmpty();
  }
}
