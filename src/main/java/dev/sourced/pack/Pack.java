package dev.sourced.pack;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

  public Pack {
    Objects.requireNonNull(id);
    Objects.requireNonNull(title);
    sources = List.copyOf(sources);
    speakers = List.copyOf(speakers);
    quotes = List.copyOf(quotes);
    questions = List.copyOf(questions);
  }

  public Optional<Source> source(String sourceId) {
    return sources.stream().filter(s -> s.id().equals(sourceId)).findFirst();
  }

  public Optional<Speaker> speaker(String speakerId) {
    return speakers.stream().filter(s -> s.id().equals(speakerId)).findFirst();
  }
}
