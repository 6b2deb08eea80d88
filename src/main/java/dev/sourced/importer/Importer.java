package dev.sourced.importer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Text in another quiz format to a v1 pack. Pure: the text arrives decoded, and the file name is
 * used only to name the pack and the warnings, and to guess the format.
 */
public final class Importer {
  public enum Format {
    SPREADSHEET("spreadsheet"), GIFT("gift"), AIKEN("aiken"), MOODLE_XML("moodle-xml"), QUIZLET("quizlet");

    private final String label;

    Format(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public static Optional<Format> parse(String text) {
      String t = text.toLowerCase(Locale.ROOT);
      if (t.equals("csv") || t.equals("tsv") || t.equals("xlsx")) {
        return Optional.of(SPREADSHEET);
      }
      if (t.equals("xml") || t.equals("moodle")) {
        return Optional.of(MOODLE_XML);
      }
      for (Format f : values()) {
        if (f.label.equals(t)) {
          return Optional.of(f);
        }
      }
      return Optional.empty();
    }
  }

  public static final String DEFAULT_LANGUAGE = "en";

  private static final Pattern AIKEN_ANSWER = Pattern.compile("(?m)^[ \\t]*ANSWER[ \\t]*:[ \\t]*[A-Za-z]");
  private static final Pattern AIKEN_OPTION = Pattern.compile("(?m)^[ \\t]*[A-Z][.)]");
  private static final Pattern GIFT_ANSWERS = Pattern.compile("(?m)^(?![ \\t]*//).*(?<!\\\\)\\{");

  private Importer() {}

  public static Imported read(String file, String text, Format format, String language) throws ImportException {
    Format f = format != null ? format : detect(file, text);
    switch (f) {
      case GIFT:
        return Gift.read(file, lines(text), language);
      case AIKEN:
        return Aiken.read(file, lines(text), language);
      case MOODLE_XML:
        return MoodleXml.read(file, text, language);
      case QUIZLET:
        return Quizlet.read(file, text, language);
      default:
        Spreadsheet.Found found = Spreadsheet.find(text, file, delimiters(file));
        PackBuilder out = new PackBuilder(new Notes(file), found.header().layout().label, language);
        Spreadsheet.read(found, out);
        return out.build();
    }
  }

  /** By the file's extension, else by what the text looks like. */
  public static Format detect(String file, String text) throws ImportException {
    String name = file.replace('\\', '/').toLowerCase(Locale.ROOT);
    name = name.substring(name.lastIndexOf('/') + 1);
    if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".tab")) {
      return Format.SPREADSHEET;
    }
    if (name.endsWith(".gift") || name.contains(".gift.")) {
      return Format.GIFT;
    }
    if (name.endsWith(".aiken") || name.contains(".aiken.")) {
      return Format.AIKEN;
    }
    if (name.endsWith(".xml") || MoodleXml.looksLike(text)) {
      return Format.MOODLE_XML;
    }
    try {
      Spreadsheet.find(text, file, delimiters(file));
      return Format.SPREADSHEET;
    } catch (ImportException notASpreadsheet) {
      // look further
    }
    List<String> lines = lines(text);
    if (Quizlet.looksLike(lines)) {
      return Format.QUIZLET;
    }
    if (AIKEN_ANSWER.matcher(text).find() && AIKEN_OPTION.matcher(text).find()) {
      return Format.AIKEN;
    }
    if (GIFT_ANSWERS.matcher(text).find()) {
      return Format.GIFT;
    }
    String first = lines.stream().filter(l -> !l.isBlank()).findFirst().map(l -> Clean.text(l).text()).orElse("");
    throw new ImportException(file, 0, "cannot tell what format this is" + (first.isEmpty() ? " (it is empty)"
        : "; its first line is \"" + (first.length() > 60 ? first.substring(0, 57) + "..." : first) + "\"")
        + ". Import reads: " + WHAT_IS_READ + ". To map it: add a header row such as "
        + "\"Question,Option 1,Option 2,Option 3,Correct Answer,Explanation\" (the right answer as its text, letter "
        + "or number), or name the file .csv, .tsv, .xlsx, .gift, .aiken or .xml, or pass --format");
  }

  /** Every format import reads and how each is recognised, for the message on a file it cannot tell. */
  static final String WHAT_IS_READ = "sheets (.xlsx, CSV, TSV) whose header row is that of Kahoot!, Quizizz, "
      + "Blooket, Gimkit, a generic quiz sheet or the Sourced template; GIFT (answers in { }); Aiken (options "
      + "\"A.\" or \"A)\" and an \"ANSWER: B\" line); Moodle XML (<quiz><question ...>); Quizlet exports (a term, "
      + "a tab and its definition on each line)";

  private static List<Character> delimiters(String file) {
    String lower = file.toLowerCase(Locale.ROOT);
    return lower.endsWith(".tsv") || lower.endsWith(".tab") ? List.of('\t', ',', ';') : List.of(',', '\t', ';');
  }

  /** The text's lines, whichever line ends it uses. */
  static List<String> lines(String text) {
    return List.of(text.split("\r\n|\r|\n", -1));
  }
}
