package dev.sourced.pack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void formatGivesLineAndColumnWhenBothAreKnown() {
    assertThat(Problem.error("p.json", 3, 7, "id", "bad").format()).isEqualTo("p.json:3:7: error: id: bad");
  }

  @Test
  void warningWithALineButNoColumnIsFileColonLine() {
    Problem w = Problem.warning("quiz.csv", 12, 0, "", "no source passage; add one");
    assertThat(w.isError()).isFalse();
    assertThat(w.format()).isEqualTo("quiz.csv:12: warning: no source passage; add one");
    assertThat(w.describe()).isEqualTo("no source passage; add one (line 12)");
  }

  @Test
  void problemWithoutAPositionNamesOnlyTheFile() {
    assertThat(Problem.error("x.gift", 0, 0, "", "is empty").format()).isEqualTo("x.gift: error: is empty");
  }
}
