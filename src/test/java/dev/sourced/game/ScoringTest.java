package dev.sourced.game;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoringTest {
  @Test
  void untimedCorrectAnswerIsWorthAThousand() {
    assertThat(Scoring.points(true, 12_345, 0, 0)).isEqualTo(1000);
  }

  @Test
  void wrongAnswerScoresNothingWhateverTheStreak() {
    assertThat(Scoring.points(false, 0, 20_000, 7)).isZero();
  }

  @Test
  void timedPointsFallFromAThousandToFiveHundred() {
    assertThat(Scoring.points(true, 0, 20_000, 0)).isEqualTo(1000);
    assertThat(Scoring.points(true, 10_000, 20_000, 0)).isEqualTo(750);
    assertThat(Scoring.points(true, 20_000, 20_000, 0)).isEqualTo(500);
    assertThat(Scoring.points(true, 7_000, 20_000, 0)).isEqualTo(825); // 1000 * (1 - 0.35 / 2)
  }

  @Test
  void timedPointsRoundToTheNearestPoint() {
    // 1000 * (1 - (1/3) / 2) = 833.33...
    assertThat(Scoring.points(true, 10_000, 30_000, 0)).isEqualTo(833);
    // 1000 * (1 - (1/60000)... ) barely under 1000 rounds to 1000
    assertThat(Scoring.points(true, 1, 60_000, 0)).isEqualTo(1000);
  }

  @Test
  void lateAnswerNeverScoresBelowFiveHundred() {
    assertThat(Scoring.points(true, 99_000, 20_000, 0)).isEqualTo(500);
  }

  @Test
  void streakBonusGrowsByAHundredAfterTheFirst() {
    assertThat(Scoring.points(true, 0, 0, 0)).isEqualTo(1000);
    assertThat(Scoring.points(true, 0, 0, 1)).isEqualTo(1100);
    assertThat(Scoring.points(true, 0, 0, 4)).isEqualTo(1400);
  }

  @Test
  void streakBonusStopsAtFiveHundred() {
    assertThat(Scoring.points(true, 0, 0, 5)).isEqualTo(1500);
    assertThat(Scoring.points(true, 0, 0, 6)).isEqualTo(1500);
    assertThat(Scoring.points(true, 0, 0, 40)).isEqualTo(1500);
  }
}
