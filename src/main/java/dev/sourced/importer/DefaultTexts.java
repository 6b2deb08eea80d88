package dev.sourced.importer;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The texts an import fills in where the format has none, in the pack's language: the discussion
 * prompt and the explanation students read after an answer. Only languages whose wording we are
 * sure of have a table; any other keeps English, and the import says so.
 */
record DefaultTexts(String language, String discussion, String answerIs, String open, String close) {

  static final DefaultTexts ENGLISH =
      new DefaultTexts("en", "Why is this the answer? What would make you doubt it?", "The answer is", "\u201C", "\u201D");

  /** By primary language subtag (pt-BR and pt-PT both read the pt table); each with its own quotation marks. */
  private static final Map<String, DefaultTexts> TABLE = Map.of(
      "en", ENGLISH,
      "de", new DefaultTexts("de", "Warum ist das die Antwort? Was w\u00FCrde dich daran zweifeln lassen?",
          "Die Antwort ist", "\u201E", "\u201C"),
      "fr", new DefaultTexts("fr", "Pourquoi est-ce la r\u00E9ponse ? Qu\u2019est-ce qui pourrait vous en faire "
          + "douter ?", "La r\u00E9ponse est", "\u00AB ", " \u00BB"),
      "es", new DefaultTexts("es", "\u00BFPor qu\u00E9 es esta la respuesta? \u00BFQu\u00E9 te har\u00EDa dudar de "
          + "ella?", "La respuesta es", "\u00AB", "\u00BB"),
      "it", new DefaultTexts("it", "Perch\u00E9 \u00E8 questa la risposta? Che cosa te ne farebbe dubitare?",
          "La risposta \u00E8", "\u00AB", "\u00BB"),
      "pt", new DefaultTexts("pt", "Por que esta \u00E9 a resposta? O que faria voc\u00EA duvidar dela?",
          "A resposta \u00E9", "\u201C", "\u201D"),
      "nl", new DefaultTexts("nl", "Waarom is dit het antwoord? Waardoor zou je eraan twijfelen?",
          "Het antwoord is", "\u2018", "\u2019"));

  /** The table for a language code such as de or pt-BR, if there is one. */
  static Optional<DefaultTexts> of(String languageCode) {
    String code = languageCode == null ? "en" : languageCode;
    int dash = code.indexOf('-');
    return Optional.ofNullable(TABLE.get((dash < 0 ? code : code.substring(0, dash)).toLowerCase(Locale.ROOT)));
  }

  /** The texts for this language, or English. */
  static DefaultTexts orEnglish(String languageCode) {
    return of(languageCode).orElse(ENGLISH);
  }

  /** The explanation for a question that has none: "The answer is “Paris”." in the pack's language. */
  String explanation(String answer) {
    return answerIs + " " + open + answer + close + ".";
  }

  /** The languages with a table, for the note about one without. */
  static String known() {
    return String.join(", ", new java.util.TreeSet<>(TABLE.keySet()));
  }
}
