package dev.sourced.pack;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** A validated question pack. origin says where it was loaded from, for the packs list. */
public record Pack(
    String id,
    String title,
    String description,
    String language,
    List<Source> sources,
    List<Speaker> speakers,
    List<Quote> quotes,
    List<Question> questions,
    String origin) {

  /** The importer names its one source "imported": a practice pack, left out of a round unless chosen. */
  public boolean imported() {
    return sources.stream().anyMatch(s -> s.id().equals("imported") && s.outlet().startsWith("Imported from"));
  }

  public Pack {
    Objects.requireNonNull(id);
    Objects.requireNonNull(title);
    sources = List.copyOf(sources);
    speakers = List.copyOf(speakers);
    quotes = List.copyOf(quotes);
    questions = List.copyOf(questions);
  }

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

  /** Lowercase letters, digits and single hyphens: the form of every id in a pack. */
  public static boolean isId(String text) {
    return ID.matcher(text).matches();
  }

  /** A language code such as "en" or "pt-BR". */
  public static boolean isLanguage(String text) {
    return LANGUAGE.matcher(text).matches();
  }

  public Optional<Source> source(String sourceId) {
    return sources.stream().filter(s -> s.id().equals(sourceId)).findFirst();
  }

  public Optional<Speaker> speaker(String speakerId) {
    return speakers.stream().filter(s -> s.id().equals(speakerId)).findFirst();
  }
}
