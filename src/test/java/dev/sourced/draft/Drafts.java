package dev.sourced.draft;

/** Drafts of paragraphs written for a test, joined as an article's blank-line-separated paragraphs. */
final class Drafts {
  private Drafts() {}

  static Draft draft(String... paragraphs) {
    return Drafter.draft(String.join("\n\n", paragraphs) + "\n");
  }
}
