package dev.sourced.pack;

import java.util.Locale;
import java.util.Optional;

/** What kind of text a source is; a class weighs a news report and an opinion column differently. */
public enum SourceKind {
  NEWS, FEATURE, OPINION, OTHER;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SourceKind> parse(String text) {
    for (SourceKind k : values()) {
      if (k.label().equals(text)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
