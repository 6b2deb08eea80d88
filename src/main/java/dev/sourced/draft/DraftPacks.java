package dev.sourced.draft;

import dev.sourced.pack.Pack;
import dev.sourced.pack.Quote;
import dev.sourced.pack.Source;
import dev.sourced.pack.SourceKind;
import dev.sourced.pack.Speaker;
import dev.sourced.pack.Texts;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Turns a Draft into a format v1 pack: one source, its speakers, and a "who said it" quote for each finding. */
public final class DraftPacks {
  /** Longer paragraphs are not carried whole: the quote is its own passage. */
  static final int MAX_PASSAGE = 10_000;
  /** The role of a speaker the article does not describe; a pack needs one, the author can improve it. */
  public static final String NO_ROLE = "quoted in the article, which gives no role";

  private DraftPacks() {}

  /** What the command line knows of the article. author and date may be null; file names it in the description. */
  public record Details(String packId, String title, String outlet, String author, String date, SourceKind kind,
      String file) {
    public Details {
      Objects.requireNonNull(packId);
      Objects.requireNonNull(title);
      Objects.requireNonNull(outlet);
      Objects.requireNonNull(kind);
      Objects.requireNonNull(file);
    }
  }

  /** The pack; draft must hold at least one quote. */
  public static Pack build(Draft draft, Details d) {
    if (draft.quotes().isEmpty()) {
      throw new IllegalArgumentException("a draft pack needs at least one quote");
    }
    String sourceId = slug(d.outlet(), "article");
    Source source = new Source(sourceId, clean(d.title()), clean(d.outlet()), d.author() == null ? null
        : clean(d.author()), d.date(), d.kind(), null, "Drafted by 'sourced draft' from " + clean(d.file()) + ".");
    Map<String, Speaker> speakers = new LinkedHashMap<>();
    Set<String> speakerIds = new HashSet<>();
    Map<String, Integer> counts = new HashMap<>();
    List<Quote> quotes = new ArrayList<>();
    for (Draft.Found f : draft.quotes()) {
      Speaker sp = speakers.computeIfAbsent(f.speakerName(), name -> {
        String id = unique(slug(name, "speaker"), speakerIds);
        String role = f.role() != null && !clean(f.role()).isEmpty() ? clean(f.role()) : NO_ROLE;
        return new Speaker(id, clean(name), role);
      });
      int n = counts.merge(sp.id(), 1, Integer::sum);
      String text = clean(f.text());
      String passage = clean(f.paragraph());
      if (passage.length() > MAX_PASSAGE || Texts.findLoose(passage, text, false) == null) {
        passage = text;
      }
      quotes.add(new Quote("quote-" + sp.id() + "-" + n, text, sp.id(), sourceId, passage, null, null, List.of()));
    }
    String description = "Drafted by 'sourced draft' from " + clean(d.file()) + ": " + quotes.size() + " quote"
        + (quotes.size() == 1 ? "" : "s") + " by " + speakers.size() + " speaker" + (speakers.size() == 1 ? "" : "s")
        + ". Check every quote, speaker and role against the article before playing.";
    return new Pack(d.packId(), clean(d.title()), description, "en", List.of(source), List.copyOf(speakers.values()),
        quotes, List.of(), "draft");
  }

  /** A pack id from any text: lowercase ASCII letters and digits joined by hyphens, at most max characters. */
  public static String slug(String text, String fallback, int max) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O').replace("ß", "ss")
        .replace("æ", "ae").replace("đ", "d").toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder();
    for (String part : ascii.split("[^a-z0-9]+")) {
      if (part.isEmpty()) {
        continue;
      }
      if (b.length() > 0 && b.length() + 1 + part.length() > max) {
        break;
      }
      if (b.length() > 0) {
        b.append('-');
      }
      b.append(part.length() > max ? part.substring(0, max) : part);
    }
    return b.length() == 0 ? fallback : b.toString();
  }

  static String slug(String text, String fallback) {
    return slug(text, fallback, 40);
  }

  private static String unique(String id, Set<String> taken) {
    String candidate = id;
    for (int k = 2; !taken.add(candidate); k++) {
      candidate = id + "-" + k;
    }
    return candidate;
  }

  /** The text without what a pack may not hold (control characters, emoji); tabs become spaces. */
  static String clean(String s) {
    String t = s.replace('\t', ' ');
    int bad;
    while ((bad = Texts.firstUndrawable(t)) >= 0) {
      t = t.substring(0, bad) + t.substring(bad + Character.charCount(t.codePointAt(bad)));
    }
    return t.strip();
  }
}
