package dev.sourced.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sourced.draft.Accuracy.KeyQuote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scorer the accuracy figures rest on. */
class AccuracyTest {
  private static Draft.Found found(String text, String speaker) {
    return new Draft.Found(text, speaker, null, text, 1);
  }

  @Test
  void textsMatchWhenOneHoldsTheOtherOrTheyShareMostWords() {
    assertThat(Accuracy.overlap("Everything will be changed.", "Everything will be changed. It would be a huge "
        + "impact to my life.")).isTrue();
    assertThat(Accuracy.overlap("\u201CWe couldn\u2019t win,\u201D", "We couldn't win")).isTrue();
    assertThat(Accuracy.overlap("the boats came in late today", "the boats came in late")).isTrue();
    assertThat(Accuracy.overlap("the boats came in late", "no boat came in at all, late or early")).isFalse();
    assertThat(Accuracy.overlap("win", "We couldn't win")).isTrue();
    assertThat(Accuracy.overlap("in", "within")).isFalse();
  }

  @Test
  void speakersMatchByNameWithoutAccentsOrByAnAliasFromTheKey() {
    assertThat(Accuracy.sameSpeaker("Lukasz Szumowski", new KeyQuote("x", "\u0141ukasz Szumowski", List.of())))
        .isTrue();
    assertThat(Accuracy.sameSpeaker("My dad", new KeyQuote("x", "The author's father", List.of("My dad")))).isTrue();
    assertThat(Accuracy.sameSpeaker("Szumowski", new KeyQuote("x", "\u0141ukasz Szumowski", List.of()))).isFalse();
    assertThat(Accuracy.sameSpeaker("State Department", new KeyQuote("x", "US Department of State", List.of("The State Department"))))
        .isTrue();
    assertThat(Accuracy.sameSpeaker("Theresa May", new KeyQuote("x", "Resa May", List.of()))).isFalse();
  }

  @Test
  void precisionCountsFoundQuotesAndRecallCountsKeyQuotes() {
    List<KeyQuote> key = List.of(new KeyQuote("We counted forty boats this morning.", "Kai Moreno", List.of()),
        new KeyQuote("Ten more came in after lunch.", "Kai Moreno", List.of()),
        new KeyQuote("It was the busiest day of the year.", "Ana Ruiz", List.of()));
    Accuracy.Score s = Accuracy.score("a", List.of(
        found("We counted forty boats this morning", "Kai Moreno"),
        found("Ten more came in after lunch.", "Ana Ruiz"),
        found("Closed until further notice.", "The sign")), key);
    assertThat(s.correct()).isEqualTo(1);
    assertThat(s.precision()).isEqualTo(1.0 / 3);
    assertThat(s.recalled()).isEqualTo(1);
    assertThat(s.recall()).isEqualTo(1.0 / 3);
    assertThat(s.notes()).containsExactly(
        "wrong speaker: \"Ten more came in after lunch.\" is Kai Moreno's, drafted as Ana Ruiz",
        "not in the key: The sign: \"Closed until further notice.\"",
        "missed: Kai Moreno: \"Ten more came in after lunch.\"",
        "missed: Ana Ruiz: \"It was the busiest day of the year.\"");
  }

  @Test
  void anArticleWithAnEmptyKeyHasNothingToRecallAndEveryFindingIsWrong() {
    Accuracy.Score s = Accuracy.score("op-ed", List.of(found("Our political leaders must act.", "Thayer")), List.of());
    assertThat(s.precision()).isZero();
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(Accuracy.total(List.of(s)).key()).isZero();
  }
}
