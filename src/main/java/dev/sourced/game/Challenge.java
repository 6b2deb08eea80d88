package dev.sourced.game;

import dev.sourced.pack.Pack;
import dev.sourced.pack.Question;
import dev.sourced.pack.Quote;
import dev.sourced.pack.Source;
import dev.sourced.pack.SourceKind;
import dev.sourced.pack.Speaker;
import java.util.List;
import java.util.Optional;

/**
 * One item of a round or a session, with its choices already in play order. Everything that
 * differs between kinds lives on the kind's record, so a new kind does not compile until it says
 * how it is shown, judged, saved and rebuilt (see Draw.rebuild).
 */
public sealed interface Challenge permits Challenge.Ask, Challenge.WhoSaidIt, Challenge.WhichText {

  /** The kinds, as results files name them. */
  enum Kind {
    QUESTION("question"), WHO_SAID_IT("who-said-it"), WHICH_TEXT("which-text");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    public static Optional<Kind> parse(String text) {
      for (Kind k : values()) {
        if (k.id.equals(text)) {
          return Optional.of(k);
        }
      }
      return Optional.empty();
    }
  }

  Pack pack();

  Kind kind();

  /** The question's or quote's id within its pack. */
  String itemId();

  /** pack/item: unique across packs. */
  default String id() {
    return pack().id() + "/" + itemId();
  }

  /** The question, or the quotation to attribute. */
  String prompt();

  /** The prompt as a screen shows it: quotations in quotation marks. */
  String shownPrompt();

  /** A line above the prompt on the question screen, or null. */
  String heading();

  List<String> choices();

  /**
   * What identifies each choice, in play order, when the challenge is saved: the choice's text
   * for a question, the speaker's id for a quotation. Draw.rebuild takes them back.
   */
  List<String> choiceKeys();

  int correct();

  /** Whether choice (0-based, or -1 for none) is right. */
  boolean judge(int choice);

  Source source();

  /** The paragraph or sentence the item comes from, verbatim. */
  String passage();

  /** The words of the passage to highlight, or null. */
  String highlight();

  /** Why the answer is right, in words. */
  String explanation();

  /** The answer as feedback gives it: "Answer: C 1989" or "Said by: B Name, role". */
  String answerLine();

  /** Whether feedback adds the explanation under the answer line (a speaker's line already says it). */
  boolean explainsInFeedback();

  String discussion();

  default String correctChoice() {
    return choices().get(correct());
  }

  static String letter(int choice) {
    return String.valueOf((char) ('A' + choice));
  }

  /** A quiz question. */
  record Ask(Question question, Pack pack, Source source, List<String> choices, int correct) implements Challenge {
    public Ask {
      choices = List.copyOf(choices);
      if (correct < 0 || correct >= choices.size()) {
        throw new IllegalArgumentException("the answer is not among the choices of " + question.id());
      }
    }

    @Override
    public Kind kind() {
      return Kind.QUESTION;
    }

    @Override
    public boolean judge(int choice) {
      return choice == correct;
    }

    @Override
    public String itemId() {
      return question.id();
    }

    @Override
    public String prompt() {
      return question.prompt();
    }

    @Override
    public String shownPrompt() {
      return question.prompt();
    }

    @Override
    public String heading() {
      return null;
    }

    @Override
    public List<String> choiceKeys() {
      return choices;
    }

    @Override
    public String passage() {
      return question.passage();
    }

    /** The correct choice when the passage contains it; true/false answers highlight nothing. */
    @Override
    public String highlight() {
      return question.type() == Question.Type.CHOICE ? question.answer() : null;
    }

    @Override
    public String explanation() {
      return question.explanation();
    }

    @Override
    public String answerLine() {
      return "Answer: (" + Challenge.letter(correct) + ") " + correctChoice();
    }

    @Override
    public boolean explainsInFeedback() {
      return true;
    }

    @Override
    public String discussion() {
      return question.discussion();
    }
  }

  /** A quotation and candidate speakers, one of whom said it. */
  record WhoSaidIt(Quote quote, Pack pack, Source source, List<Speaker> candidates, int correct) implements Challenge {
    static final String DEFAULT_DISCUSSION =
        "What does this quote show about the speaker's point of view, and why might the writer have chosen it?";

    public WhoSaidIt {
      candidates = List.copyOf(candidates);
      if (correct < 0 || correct >= candidates.size()) {
        throw new IllegalArgumentException("the speaker is not among the candidates of " + quote.id());
      }
    }

    @Override
    public Kind kind() {
      return Kind.WHO_SAID_IT;
    }

    /** The speaker, not the name: two speakers may share a name only if the pack says so. */
    @Override
    public boolean judge(int choice) {
      return choice >= 0 && choice < candidates.size() && candidates.get(choice).id().equals(speaker().id());
    }

    @Override
    public String itemId() {
      return quote.id();
    }

    @Override
    public String prompt() {
      return quote.text();
    }

    @Override
    public String shownPrompt() {
      return "\u201C" + quote.text() + "\u201D";
    }

    @Override
    public String heading() {
      return "Who said it?";
    }

    @Override
    public List<String> choices() {
      return candidates.stream().map(Speaker::name).toList();
    }

    @Override
    public List<String> choiceKeys() {
      return candidates.stream().map(Speaker::id).toList();
    }

    @Override
    public String passage() {
      return quote.passage();
    }

    @Override
    public String highlight() {
      return quote.text();
    }

    public Speaker speaker() {
      return candidates.get(correct);
    }

    @Override
    public String explanation() {
      Speaker s = speaker();
      return s.name() + ", " + s.role() + ", says this in " + source.outlet() + ".";
    }

    @Override
    public String answerLine() {
      Speaker s = speaker();
      // A role that already starts with the name ("the author's father, who moved...") is not said twice.
      boolean named = s.role().regionMatches(true, 0, s.name(), 0, s.name().length());
      return "Said by: (" + Challenge.letter(correct) + ") " + (named ? s.role() : s.name() + ", " + s.role());
    }

    @Override
    public boolean explainsInFeedback() {
      return false;
    }

    @Override
    public String discussion() {
      return quote.discussion() != null ? quote.discussion() : DEFAULT_DISCUSSION;
    }
  }

  /**
   * A passage and the pack's texts as the choices: which of them published it? item is the
   * question or quote the passage belongs to.
   */
  record WhichText(Pack pack, String itemId, String passage, List<Source> candidates, int correct)
      implements Challenge {
    public WhichText {
      candidates = List.copyOf(candidates);
      if (correct < 0 || correct >= candidates.size()) {
        throw new IllegalArgumentException("the source is not among the candidates of " + itemId);
      }
    }

    @Override
    public Kind kind() {
      return Kind.WHICH_TEXT;
    }

    @Override
    public boolean judge(int choice) {
      return choice == correct;
    }

    @Override
    public Source source() {
      return candidates.get(correct);
    }

    @Override
    public String prompt() {
      return passage;
    }

    @Override
    public String shownPrompt() {
      return "\u201C" + passage + "\u201D";
    }

    @Override
    public String heading() {
      return "Which text said it?";
    }

    /** The outlet and the title, not the kind of text: telling the kinds apart is the question. */
    @Override
    public List<String> choices() {
      return candidates.stream().map(s -> s.outlet() + ": " + s.title()).toList();
    }

    @Override
    public List<String> choiceKeys() {
      return candidates.stream().map(Source::id).toList();
    }

    @Override
    public String highlight() {
      return null;
    }

    @Override
    public String explanation() {
      Source s = source();
      String text = "The passage is from " + article(s.kind()) + " in " + s.outlet() + ".";
      return s.note() == null ? text : text + " " + s.note();
    }

    private static String article(SourceKind kind) {
      return "the " + noun(kind);
    }

    private static String noun(SourceKind kind) {
      return switch (kind) {
        case NEWS -> "news report";
        case FEATURE -> "feature";
        case OPINION -> "opinion column";
        case OTHER -> "text";
      };
    }

    @Override
    public String answerLine() {
      return "Published in: (" + Challenge.letter(correct) + ") " + correctChoice() + " (" + source().kind().label() + ")";
    }

    @Override
    public boolean explainsInFeedback() {
      return true;
    }

    @Override
    public String discussion() {
      String noun = noun(source().kind());
      return "What in this passage (its voice, its sources, what it wants of the reader) marks it as "
          + (noun.startsWith("o") ? "an " : "a ") + noun + "? How would the other texts have put it?";
    }
  }
}
