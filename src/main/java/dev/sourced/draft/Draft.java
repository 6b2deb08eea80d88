package dev.sourced.draft;

import java.util.List;
import java.util.Objects;

/**
 * What the drafter found in an article: the quotations it could attribute, each with its speaker
 * and the paragraph it stands in, and those it could not, to be reported rather than guessed.
 */
public record Draft(List<Found> quotes, List<Unattributed> unattributed) {

  public Draft {
    quotes = List.copyOf(quotes);
    unattributed = List.copyOf(unattributed);
  }

  /**
   * One attributed quotation. text is verbatim from paragraph, without its quote marks; role is
   * how the article describes the speaker, or null when it does not; line is 1-based in the
   * article.
   */
  public record Found(String text, String speakerName, String role, String paragraph, int line) {
    public Found {
      Objects.requireNonNull(text);
      Objects.requireNonNull(speakerName);
      Objects.requireNonNull(paragraph);
    }
  }

  /** A quotation nobody could be found for: its text and the 1-based line where it opens. */
  public record Unattributed(String text, int line) {
    public Unattributed {
      Objects.requireNonNull(text);
    }
  }
}
