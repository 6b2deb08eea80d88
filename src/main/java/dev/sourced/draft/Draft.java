package dev.sourced.draft;

import java.util.List;
import java.util.Objects;

/**
 * What the drafter found in an article: the quotations it could attribute, each with its speaker
 * and the paragraph it stands in, those it could not, to be reported rather than guessed, and
 * attributed sentences too long to be a quiz item (over Drafter.MAX_QUOTE characters), left out.
 */
public record Draft(List<Found> quotes, List<Unattributed> unattributed, List<Unattributed> tooLong) {

  public Draft {
    quotes = List.copyOf(quotes);
    unattributed = List.copyOf(unattributed);
    tooLong = List.copyOf(tooLong);
  }

  public Draft(List<Found> quotes, List<Unattributed> unattributed) {
    this(quotes, unattributed, List.of());
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
