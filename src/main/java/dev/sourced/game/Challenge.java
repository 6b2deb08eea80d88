package dev.sourced.game;

import dev.sourced.pack.Pack;
import dev.sourced.pack.Question;
import dev.sourced.pack.Quote;
import dev.sourced.pack.Source;
import dev.sourced.pack.Speaker;
import java.util.List;

/** One item of a round, with its choices already in play order. */
public sealed interface Challenge permits Challenge.Ask, Challenge.WhoSaidIt {

  String id();

  /** The question, or the quotation to attribute. */
  String prompt();

  List<String> choices();

  int correct();

  Source source();

  /** The paragraph or sentence the item comes from, verbatim. */
  String passage();

  /** The words of the passage to highlight, or null. */
  String highlight();

  String explanation();

  String discussion();

  default String correctChoice() {
    return choices().get(correct());
  }

  /** A quiz question. */
  record Ask(Question question, Pack pack, Source source, List<String> choices, int correct) implements Challenge {
    public Ask {
      choices = List.copyOf(choices);
    }

    @Override
    public String id() {
      return pack.id() + "/" + question.id();
    }

    @Override
    public String prompt() {
      return question.prompt();
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
    }

    @Override
    public String id() {
      return pack.id() + "/" + quote.id();
    }

    @Override
    public String prompt() {
      return quote.text();
    }

    @Override
    public List<String> choices() {
      return candidates.stream().map(Speaker::name).toList();
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
    public String discussion() {
      return quote.discussion() != null ? quote.discussion() : DEFAULT_DISCUSSION;
    }
  }
}
