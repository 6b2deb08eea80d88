package dev.sourced.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sourced.pack.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuizletTest {
  static final String SET = "photosynthesis\tmaking food from light\nosmosis\twater moving through a membrane\n"
      + "mitosis\tcell division into two identical cells\nmeiosis\tcell division into four sex cells\n"
      + "respiration\treleasing energy from glucose\n";

  @Test
  void eachCardAsksItsDefinitionWithOtherCardsTermsAsWrongChoices() throws ImportException {
    Imported i = Importer.read("biology.txt", SET, null, "en");
    assertThat(i.format()).isEqualTo("Quizlet export");
    List<Question> qs = i.pack().questions();
    assertThat(qs).hasSize(5);
    Question q = qs.get(1);
    assertThat(q.prompt()).isEqualTo("water moving through a membrane");
    assertThat(q.answer()).isEqualTo("osmosis");
    assertThat(q.choices()).hasSize(4).doesNotHaveDuplicates()
        .isSubsetOf("photosynthesis", "osmosis", "mitosis", "meiosis", "respiration");
    assertThat(q.explanation()).isEqualTo("osmosis: water moving through a membrane");
  }

  @Test
  void theSameSetAlwaysGivesTheSameChoices() throws ImportException {
    List<List<String>> once = Importer.read("b.txt", SET, null, "en").pack().questions().stream()
        .map(Question::choices).toList();
    List<List<String>> again = Importer.read("b.txt", SET, null, "en").pack().questions().stream()
        .map(Question::choices).toList();
    assertThat(again).isEqualTo(once);
    assertThat(once.stream().map(c -> c.indexOf(c.get(0))).distinct()).isNotEmpty();
  }

  @Test
  void semicolonBetweenCardsAndCommaBetweenTermAndDefinitionAsQuizletOffers() throws ImportException {
    Imported i = Importer.read("s.txt", "gato,cat;perro,dog;casa,house", Importer.Format.QUIZLET, "es");
    assertThat(i.pack().questions()).extracting(Question::prompt).containsExactly("cat", "dog", "house");
    assertThat(i.pack().questions()).extracting(Question::choices).allSatisfy(c -> assertThat(c).hasSize(3));
  }

  @Test
  void oneTermIsTooFewToMakeChoices() {
    assertThatThrownBy(() -> Importer.read("s.txt", "a\tb\na\tc\n", Importer.Format.QUIZLET, "en"))
        .hasMessage("s.txt: error: a Quizlet set needs at least 2 cards with different terms to make choices from; "
            + "it has 1");
  }
}
