package dev.sourced.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sourced.draft.Accuracy.KeyQuote;
import dev.sourced.draft.Accuracy.Score;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Measures Apache OpenNLP's English sentence detector (the UD EWT model from Maven Central)
 * against the drafter's own sentence rules, on the keyed corpus: the same drafter, with the
 * sentence starts of every paragraph taken from the rules, from OpenNLP, or from OpenNLP with
 * the starts that fall inside a quotation dropped (the rules never start a sentence there), and,
 * as a floor, with none (each paragraph one sentence).
 * Prints precision and recall per part (the test parts in total only), the boundaries on which
 * the two disagree, and the time to load the model and to run it. Run by bench/draft-opennlp;
 * not a test, so the build never loads a model.
 */
public final class OpenNlpMeasure {
  private static final Path CORPUS = Path.of("src/test/resources/draft/corpus");
  private static final ObjectMapper JSON = new ObjectMapper();

  private OpenNlpMeasure() {}

  public static void main(String[] args) throws IOException {
    long t0 = System.nanoTime();
    SentenceDetectorME detector;
    try (InputStream in = OpenNlpMeasure.class.getResourceAsStream("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")) {
      if (in == null) {
        throw new IOException("no OpenNLP sentence model on the class path (opennlp-models-sentdetect-en)");
      }
      detector = new SentenceDetectorME(new SentenceModel(in));
    }
    long loadMs = (System.nanoTime() - t0) / 1_000_000;

    Map<String, Function<Article.Paragraph, int[]>> ways = new LinkedHashMap<>();
    ways.put("rules", null);
    ways.put("opennlp", p -> starts(detector, p, false));
    ways.put("opennlp, not inside quotes", p -> starts(detector, p, true));
    ways.put("none (paragraph = sentence)", p -> new int[] {0});

    System.out.printf(Locale.ROOT, "OpenNLP sentence model loaded in %d ms%n%n", loadMs);
    System.out.printf(Locale.ROOT, "%-28s %-12s %6s %8s %5s %9s %10s %7s%n", "sentence starts", "part", "found",
        "correct", "key", "recalled", "precision", "recall");
    for (String part : List.of("development", "test", "test2", "test3")) {
      for (Map.Entry<String, Function<Article.Paragraph, int[]>> w : ways.entrySet()) {
        Score s = Accuracy.total(part(part, w.getValue()));
        System.out.printf(Locale.ROOT, "%-28s %-12s %6d %8d %5d %9d %10.3f %7.3f%n", w.getKey(), part, s.found(),
            s.correct(), s.key(), s.recalled(), s.precision(), s.recall());
      }
    }
    boundaries(detector);
  }

  /** Where OpenNLP starts sentences in p; with outsideQuotes, none inside a quotation. */
  private static int[] starts(SentenceDetectorME detector, Article.Paragraph p, boolean outsideQuotes) {
    Span[] spans = detector.sentPosDetect(p.text);
    return Arrays.stream(spans).mapToInt(Span::getStart)
        .filter(o -> !outsideQuotes || o >= p.masked.length() || p.masked.charAt(o) != Article.MASK).toArray();
  }

  private static List<Score> part(String part, Function<Article.Paragraph, int[]> starts) throws IOException {
    JsonNode manifest = JSON.readTree(CORPUS.resolve("MANIFEST.json").toFile());
    List<Score> out = new ArrayList<>();
    for (JsonNode a : manifest.get("articles")) {
      if (!a.get("part").asText().equals(part)) {
        continue;
      }
      List<KeyQuote> quotes = DraftAccuracyTest.keyOf(a);
      Article article = Article.parse(Files.readString(CORPUS.resolve("articles").resolve(a.get("article").asText())));
      if (starts != null) {
        article.paragraphs.forEach(p -> p.useSentenceStarts(starts.apply(p)));
      }
      out.add(Accuracy.score(a.get("article").asText(), Drafter.draft(article).quotes(), quotes));
    }
    return out;
  }

  /** The development part's sentence starts: on how many the two agree, and the first disagreements of each kind. */
  private static void boundaries(SentenceDetectorME detector) throws IOException {
    JsonNode manifest = JSON.readTree(CORPUS.resolve("MANIFEST.json").toFile());
    int both = 0;
    int rulesOnly = 0;
    int nlpOnly = 0;
    long nlpNanos = 0;
    long chars = 0;
    List<String> onlyRules = new ArrayList<>();
    List<String> onlyNlp = new ArrayList<>();
    for (JsonNode a : manifest.get("articles")) {
      if (!a.get("part").asText().equals("development")) {
        continue;
      }
      Article article = Article.parse(Files.readString(CORPUS.resolve("articles").resolve(a.get("article").asText())));
      for (Article.Paragraph p : article.paragraphs) {
        List<Integer> rules = new ArrayList<>();
        for (int o = 1; o < p.text.length(); o++) {
          if (p.sentenceStart(o) == o) {
            rules.add(o);
          }
        }
        long t = System.nanoTime();
        int[] nlp = starts(detector, p, true);
        nlpNanos += System.nanoTime() - t;
        chars += p.text.length();
        List<Integer> other = Arrays.stream(nlp).filter(o -> o > 0).boxed().toList();
        for (int o : rules) {
          if (other.contains(o)) {
            both++;
          } else {
            rulesOnly++;
            onlyRules.add(around(p.text, o));
          }
        }
        for (int o : other) {
          if (!rules.contains(o)) {
            nlpOnly++;
            onlyNlp.add(around(p.text, o));
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "%nSentence starts in the development part (outside quotes): both %d, rules only %d,"
        + " OpenNLP only %d; OpenNLP ran at %.1f ms per 100,000 characters%n", both, rulesOnly, nlpOnly,
        nlpNanos / 1e6 * 100_000 / Math.max(1, chars));
    System.out.println("\nStarts only the rules find (first 25):");
    onlyRules.stream().limit(25).forEach(s -> System.out.println("  " + s));
    System.out.println("\nStarts only OpenNLP finds (first 25):");
    onlyNlp.stream().limit(25).forEach(s -> System.out.println("  " + s));
  }

  private static String around(String text, int o) {
    return (text.substring(Math.max(0, o - 40), o) + " | " + text.substring(o, Math.min(text.length(), o + 30)))
        .replace('\n', ' ');
  }
}
