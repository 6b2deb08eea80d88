package dev.sourced.testing;

import dev.sourced.pack.Difficulty;
import dev.sourced.pack.Pack;
import dev.sourced.pack.Question;
import dev.sourced.pack.Quote;
import dev.sourced.pack.Source;
import dev.sourced.pack.SourceKind;
import dev.sourced.pack.Speaker;
import java.util.ArrayList;
import java.util.List;

/** Builds packs for tests: TestPacks.minimal().withQuestion(...).build(). */
public final class TestPacks {
  private String id = "test";
  private final List<Source> sources = new ArrayList<>();
  private final List<Speaker> speakers = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();
  private final List<Question> questions = new ArrayList<>();

  private TestPacks() {}

  /** One source "news" and nothing else. */
  public static TestPacks minimal() {
    TestPacks t = new TestPacks();
    t.sources.add(new Source("news", "A Report", "The Daily", "A. Writer", "2020-07-17", SourceKind.NEWS, null, null));
    return t;
  }

  public TestPacks id(String packId) {
    this.id = packId;
    return this;
  }

  public TestPacks withSource(String sourceId) {
    sources.add(new Source(sourceId, "Title " + sourceId, "Outlet " + sourceId, null, null, SourceKind.OPINION, null,
        null));
    return this;
  }

  public TestPacks withSpeaker(String speakerId) {
    speakers.add(new Speaker(speakerId, "Name " + speakerId, "role of " + speakerId));
    return this;
  }

  /** A quote by speaker from source; the speaker must have been added. */
  public TestPacks withQuote(String quoteId, String speakerId, String sourceId) {
    String text = "Words of " + quoteId + ".";
    quotes.add(new Quote(quoteId, text, speakerId, sourceId, "Before. " + text + " After.", null, Difficulty.MEDIUM,
        List.of()));
    return this;
  }

  /** A choice question with choices A0..A3 whose answer is A0. */
  public TestPacks withQuestion(String questionId) {
    return withQuestion(questionId, Difficulty.EASY, List.of("topic"));
  }

  public TestPacks withQuestion(String questionId, Difficulty d, List<String> tags) {
    questions.add(new Question(questionId, Question.Type.CHOICE, "Prompt " + questionId + "?",
        List.of("A0", "A1", "A2", "A3"), "A0", sources.get(0).id(), "The passage says A0.", "Because A0.",
        "Discuss " + questionId + ".", d, tags));
    return this;
  }

  /** A choice question with these choices, answer among them. */
  public TestPacks withQuestion(String questionId, List<String> choices, String answer) {
    questions.add(new Question(questionId, Question.Type.CHOICE, "Prompt " + questionId + "?", choices, answer,
        sources.get(0).id(), "The passage says " + answer + ".", "Because " + answer + ".",
        "Discuss " + questionId + ".", Difficulty.EASY, List.of("topic")));
    return this;
  }

  public TestPacks withQuestions(int n) {
    for (int i = 0; i < n; i++) {
      withQuestion("q" + i);
    }
    return this;
  }

  public Pack build() {
    return new Pack(id, "Test pack " + id, "For tests.", "en", sources, speakers, quotes, questions, "test");
  }
}
