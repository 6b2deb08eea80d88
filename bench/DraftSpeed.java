import dev.sourced.draft.Drafter;
import java.util.Arrays;

/**
 * Times Drafter.draft in-process on generated articles: one paragraph of N quotations
 * (breaking-pass F8), in double and in British single marks, and one quoted sentence of N words
 * (F16). Prints the median of RUNS runs.
 */
public class DraftSpeed {
  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    System.out.printf("%-34s %10s %10s%n", "input", "chars", "median ms");
    for (int n : new int[] {5_000, 10_000, 20_000, 80_000}) {
      time("paragraph of " + n + " quotes", "Title line\n\n" + "\"ab cd ef gh\" ".repeat(n) + "end.\n", runs);
    }
    for (int n : new int[] {5_000, 20_000, 80_000}) {
      // British marks: single quotes with a nested double quote and a plural's apostrophe in each
      time("paragraph of " + n + " British quotes", "Title line\n\n"
          + "\u2018ab \u201Ccd ef\u201D the players\u2019 gh,\u2019 she said. ".repeat(n) + "end.\n", runs);
    }
    for (int n : new int[] {5_000, 20_000}) {
      // bodies and documents as speakers: "the court said", "said the report", each looked up among those named before
      time("paragraph of " + n + " bodies' quotes", "Title\n\n" + ("The Supreme Court heard it, as the Unicef report said."
          + " \u201Cab cd ef gh,\u201D the court said. \u201Cij kl mn op,\u201D said the report. ").repeat(n) + "end.\n", runs);
    }
    for (int n : new int[] {5_000, 20_000}) {
      // one sentence of quotes each followed by a participle ("…”, adding to the BBC: “…”"), and one of descriptions
      // before a surname and ways of speaking before a colon: the patterns of rounds 11 to 13, looked up near each quote
      time("sentence of " + n + " participles", "Title\n\nUS citizen Kari Holm, the mother of one of them, thought of him as "
          + "\u201Cab cd ef\u201D, adding to the BBC: ".repeat(n) + "end.\n", runs);
      time("paragraph of " + n + " described speakers", "Title\n\nKari Holm spoke. "
          + "The 23-year-old Holm added: \u201Cab cd ef.\u201D He was more critical of Holm: \u201Cab cd.\u201D ".repeat(n) + "end.\n", runs);
    }
    for (int n : new int[] {5_000, 20_000}) {
      // this session's patterns: words listed after a colon and joined by semicolons, and a colon after "said X, …, although"
      time("sentence of " + n + " listed words", "Title\n\nKari Holm spoke. Examples of Holm's language include: "
          + "\u201Cab cd ef.\u201D; ".repeat(n) + "and \u201Cgh ij.\u201D\n", runs);
      time("paragraph of " + n + " colons after said", "Title\n\n"
          + "One thing is sure, said Kari Holm, a lawmaker, although she stopped short: \u201Cab cd ef.\u201D ".repeat(n) + "end.\n", runs);
    }
    for (int n : new int[] {2_000, 8_000}) {
      // many people sharing a given name and an office: "Judge Anna X spoke. The judge said …", each name looked up
      StringBuilder judges = new StringBuilder("Title\n\n");
      for (int i = 0; i < n; i++) {
        String surname = "Zq" + (char) ('a' + i % 26) + (char) ('a' + i / 26 % 26) + (char) ('a' + i / 676 % 26);
        judges.append("Judge Anna ").append(surname).append(" spoke. The judge said: \u201Cab cd ef.\u201D\n\n");
      }
      time("paragraphs of " + n + " judges", judges.toString(), runs);
      // …and a surname: "Anna X Kell spoke. Kell said …", each bare surname looked up among all who share it
      StringBuilder family = new StringBuilder("Title\n\n");
      for (int i = 0; i < n; i++) {
        String given = "Zq" + (char) ('a' + i % 26) + (char) ('a' + i / 26 % 26) + (char) ('a' + i / 676 % 26);
        family.append("Anna ").append(given).append(" Kell spoke. Kell said: \u201Cab cd ef.\u201D\n\n");
      }
      time("paragraphs of " + n + " Kells", family.toString(), runs);
    }
    for (int n : new int[] {5_000, 20_000}) {
      // round 19's session: bodies named without an article and described again, "quoted X as saying", party and state
      // in brackets, a long title with the office after the name; and paragraphs opening with a name and a colon
      time("paragraph of " + n + " bare bodies", "Title\n\nKent Police were called. " + ("\u201Cab cd ef,\u201D Kent Police said. "
          + "\u201Cgh ij kl,\u201D the force said. Reuters quoted Kari Holm as saying: \u201Cmn op qr.\u201D ").repeat(n) + "end.\n", runs);
      time("paragraph of " + n + " long titles", "Title\n\n" + ("\u201Cab cd ef,\u201D said Acting Assistant Director in Charge "
          + "John G. Perren of the FBI's Washington Field Office. \u201Cgh ij,\u201D Kari Holm (D-N.Y.) said. ").repeat(n) + "end.\n", runs);
      time("paragraphs of " + n + " name colons", "Title\n\n" + "England defender Kari Holm on the game: \u2018ab cd ef.\u2019\n\n"
          .repeat(n), runs);
    }
    for (int n : new int[] {20_001, 200_001}) {
      time("quoted sentence of " + n + " words",
          "A title\n\nJohn Smith, a teacher, said: \"" + "word ".repeat(n) + "end.\"\n", runs);
    }
  }

  private static void time(String what, String text, int runs) {
    Drafter.draft(text); // warm up
    long[] ms = new long[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      Drafter.draft(text);
      ms[i] = (System.nanoTime() - t) / 1_000_000;
    }
    Arrays.sort(ms);
    System.out.printf("%-34s %10d %10d%n", what, text.length(), ms[runs / 2]);
  }
}
