package dev.sourced.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sourced.draft.Accuracy.KeyQuote;
import dev.sourced.draft.Accuracy.Score;
import dev.sourced.pack.Pack;
import dev.sourced.pack.PackLoader;
import dev.sourced.pack.Speaker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * How well the drafter finds who said what, on real articles: the three WeChat articles, keyed
 * by the bundled pack, and three Wikinews reports, keyed by hand in src/test/resources/draft/keys.
 * The articles are read from ../shared at test time, as scraped (page furniture included), and
 * never copied into the project; and the keyed corpus of 273 articles (66 from Wikinews, 20 US federal press
 * releases, 24 VOA and US Army news stories, a GOV.UK release and 11 NASA pages, 13 articles of The Conversation, 18
 * more NASA pages, 14 more Wikinews articles and interviews from the GUM corpus, 14 more from AMALGUM, 9 more from AMALGUM,
 * 5 more from AMALGUM, 14 more from the Wikinews scrape of rounds 1 to 3, 6 more US federal press releases and 4 more NASA
 * pages, 7 more from a harvest of random Wikinews pages, 8 Wikinews Q&A interviews from that scrape and from GUM, 4 more US federal press
 * releases, 5 more VOA stories and a NASA page, 6 more US federal press releases, 4 more NASA pages and a VOA story, 3 more US
 * federal press releases and 5 more NASA pages, 5 more US federal press releases, 4 more NASA pages and a VOA story) in
 * src/test/resources/draft/corpus, reported as its development part and twenty test parts. bench/draft-accuracy runs this test alone.
 */
class DraftAccuracyTest {
  static final Path WECHAT_ARTICLES = Path.of("../shared/articles");
  static final Path WIKINEWS_ARTICLES = Path.of("../shared/fixtures/articles");
  static final Path KEYS = Path.of("src/test/resources/draft/keys");
  static final Path CORPUS = Path.of("src/test/resources/draft/corpus");

  /** The target. These articles were read while the drafter was written: see the README for text it had not seen. */
  static final double MIN_PRECISION = 0.9;
  static final double MIN_RECALL = 0.8;

  /**
   * Floors on the keyed corpus (src/test/resources/draft/corpus), at what the rules reach less a
   * small margin: the development part (121 articles: 20 from round 1, 13 from round 2, 10 from
   * round 3, 13 from round 4, 16 from round 5, 8 from round 6, 9 from round 7, 12 from round 8, 10 from round 9, 10 from round 10) was read while the rules changed, the ten test parts only as totals
   * and per style. 0.993 on the 43 Wikinews articles; 0.948 with round 4's thirteen press releases
   * added, before any rule for them (0.676 on those thirteen); 0.990 after round 4's rules (0.968 on them);
   * 0.947 with round 5's sixteen news stories added, before any rule for them (0.799 on those sixteen);
   * 0.980 after round 5's rules (0.958 on them); 0.979 with round 6's eight GOV.UK and NASA articles added, before any
   * rule for them (0.968 on those eight); 0.970 with round 7's nine articles of The Conversation added, before any rule
   * for them (0.250 on those nine: 16 found, 4 correct), so the floor holds by a hair and is left as it is; 0.978 after
   * round 7's rules; 0.976 with round 8's twelve NASA pages added, before any rule for them (0.965 on those twelve), left;
   * 0.985 after round 8's rules; 0.982 with round 9's ten Wikinews articles from the GUM corpus added, before any rule for
   * them (0.964 on those ten), left; 0.986 after round 9's rules; 0.968 with round 10's ten Wikinews articles from AMALGUM
   * added, at first contact as keyed in 55c8c76 (0.805 on those ten), 0.980 once the Q&A's key gives Wikinews its page's own
   * alias WN as every earlier ((WN)) key does (aef6687: 16 questions drafted as "WN"), left; 0.975 with round 11's seven
   * Wikinews articles from AMALGUM added, at first contact (0.750 on those seven: 76 found, 57 correct), left; 0.974 with round 12's three
   * Wikinews articles from AMALGUM added, at first contact (0.931 on those three: 29 found, 27 correct), left; 0.977 with round 13's
   * ten Wikinews articles from the scrape of rounds 1 to 3 added, at first contact (0.789 on those ten: 76 found, 60 correct), left; 0.988 after the rules of rounds 11 to 13, so raised to 0.98; 0.984 with
   * round 14's six US federal press releases and NASA pages added, at first contact as keyed in bf491a3 (0.881 on those six: 59
   * found, 52 correct), 0.984 (0.898 on them: 53 correct) once one slip in the Batalha profile's key is put right (8271982), left; 0.984 with
   * round 15's five Wikinews articles from a harvest of random pages added instead, at first contact (0.842 on those five: 38
   * found, 32 correct); 0.981 with both rounds merged (and three rules of this session's start), left; 0.987 with round 16's five
   * Wikinews Q&A interviews added, at first contact (1.000 on those five: 187 found, 187 correct; 0.985 without them), left; 0.986
   * with round 17's seven US federal press releases, VOA stories and NASA page added, at first contact (0.949 on those seven: 59
   * found, 56 correct; 0.987 without them), left; 0.987 with round 18's eight US federal press releases, NASA pages and VOA
   * story added, at first contact (0.967 on those eight: 91 found, 88 correct; 0.988 without them), left; 0.988 after the
   * rules of rounds 14 to 18 (2056 of 2080), left; 0.989 with round 19's five US federal press releases and NASA pages added,
   * at first contact (1.000 on those five: 54 found, 54 correct; 0.989 without them, 2057 of 2080), left.
   */
  static final double DEV_MIN_PRECISION = 0.98;
  /**
   * 0.820 after round 2 on 33 articles; 0.759 with round 3's ten added, before its rules; 0.872 after;
   * 0.813 with round 4's thirteen added, before any rule for them (0.526 on those thirteen); 0.894 after
   * round 4's rules (0.982 on them); 0.802 with round 5's sixteen added, before any rule for them (0.610 on
   * those sixteen); 0.867 after round 5's rules (0.811 on them); 0.818 with round 6's eight added, before any rule
   * for them (0.488 on those eight: two Q&A interviews with no turn markers give 32 of the 42 misses);
   * 0.897 after round 6's rules; 0.888 with round 7's nine added, before any rule for them (0.333 on those nine: 3 of 9);
   * 0.902 after round 7's rules; 0.901 with round 8's twelve added, before any rule for them (0.899 on those twelve), left;
   * 0.923 after round 8's rules; 0.904 with round 9's ten added, before any rule for them (0.765 on those ten: 23 of the 98
   * keyed missed, 10 of them in the British asylum story), so the floor is lowered from 0.91 to 0.90; 0.878 with round 10's
   * ten added, at first contact as keyed (0.613 on those ten), 0.894 with the WN alias (0.745 on them: 27 of the 106 keyed
   * missed, 7 of them in the political story on the travel ban), so the floor is lowered from 0.90 to 0.88; 0.907 with round 11's
   * seven added, at first contact (0.661 on those seven: 41 of the 62 keyed recalled), left; 0.904 with round 12's three added,
   * at first contact (0.621 on those three: 18 of the 29 keyed recalled), left; 0.909 with round 13's ten added, at first contact
   * (0.698 on those ten: 44 of the 63 keyed recalled), left; 0.929 after the rules of rounds 11 to 13, so raised to 0.92; 0.922 with round 14's six
   * added, at first contact (0.769 on those six: 40 of the 52 keyed recalled; the same after the key slip is put right), left; 0.925 with round
   * 15's five added instead, at first contact (0.794 on those five: 27 of the 34 keyed recalled); 0.919 with both merged, so
   * the floor is lowered to 0.91; 0.929 with round 16's five Q&A interviews added, at first contact (0.947 on those five: 71 of
   * the 75 keyed recalled; 0.928 without them), left; 0.932 with round 17's seven added, at first contact (0.857 on those seven:
   * 42 of the 49 keyed recalled; 0.935 without them), left; 0.938 with round 18's eight added, at first contact (0.917 on those
   * eight: 66 of the 72 keyed recalled; 0.940 without them), left; 0.943 after the rules of rounds 14 to 18 (1254 of 1330), so
   * raised to 0.93; 0.943 with round 19's five added, at first contact (0.921 on those five: 35 of the 38 keyed recalled; 0.944
   * without them, 1255 of 1330), left; 0.945 with round 20's seven added and after the rules of rounds 19 and 20 (1348 of
   * 1426), so raised to 0.94.
   */
  static final double DEV_MIN_RECALL = 0.94;
  /** Round 1's test part (11 articles): 0.888 and 0.733 after round 1; 0.920 and 0.724 after rounds 2 and 3; 0.932 and 0.771 after round 4; 0.944 and 0.781 after round 5; 0.965 and 0.781 after round 8 (no guessed "the judge"); 0.972 and 0.819 after rounds 11 to 13; 0.994 and 0.838 after rounds 14 to 18; 0.994 and 0.848 after rounds 19 and 20. */
  static final double TEST_MIN_PRECISION = 0.99;
  static final double TEST_MIN_RECALL = 0.84;
  /**
   * Round 2's test part, test2 (6 articles, keyed before any run): 0.978 and 0.818 before round 2's
   * rules, 1.000 and 0.848 after, unchanged by round 3; 0.979 and 0.879 after round 4 (one pair lost
   * when "U.S." became one word, two gained by the long titles); 1.000 and 0.879 after round 8, unchanged after rounds 11 to 13.
   */
  static final double TEST2_MIN_PRECISION = 0.99;
  static final double TEST2_MIN_RECALL = 0.87;
  /** Round 3's test part, test3 (6 articles, keyed before any run): 0.640 and 0.565 at first contact, 0.667 and 0.609 after round 3's rules, unchanged by round 4; 0.750 and 0.609 after round 7 (no unnamed official); 0.792 and 0.652 after rounds 9 to 13. */
  static final double TEST3_MIN_PRECISION = 0.79;
  static final double TEST3_MIN_RECALL = 0.65;
  /** Round 4's test part, test4 (7 US federal press releases, keyed before any run): 0.724 and 0.500 at first contact, 0.919 and 0.722 after round 4's rules, 0.944 and 0.722 after round 5's, 0.956 and 0.833 after round 8's ("a statement from …:"); 1.000 and 0.833 after rounds 11 to 13. */
  static final double TEST4_MIN_PRECISION = 0.99;
  static final double TEST4_MIN_RECALL = 0.83;
  /** Round 5's test part, test5 (8 VOA and US Army news stories, keyed before any run): 0.804 and 0.741 at first contact, 0.865 and 0.815 after round 5's rules, 0.875 and 0.827 after round 8's; 0.927 and 0.877 after rounds 11 to 13; 0.936 and 0.877 after rounds 14 to 18. */
  static final double TEST5_MIN_PRECISION = 0.93;
  static final double TEST5_MIN_RECALL = 0.87;
  /** Round 6's test part, test6 (4 articles: a GOV.UK release in British single marks, a NASA Q&A interview, a NASA science release, a NASA agency page; keyed before any run): 0.808 and 0.515 at first contact, 0.909 and 0.909 after round 6's rules, 0.962 and 0.909 after round 8's, unchanged after rounds 11 to 13. */
  static final double TEST6_MIN_PRECISION = 0.96;
  static final double TEST6_MIN_RECALL = 0.90;
  /** Round 7's test part, test7 (4 articles of The Conversation: sports, science, feature, political; keyed before any run): 0.556 and 0.455 at first contact (9 found, 5 correct, 11 keyed, 5 recalled); 0.833 and 0.455 after rounds 11 to 13. */
  static final double TEST7_MIN_PRECISION = 0.83;
  static final double TEST7_MIN_RECALL = 0.45;
  /** Round 8's test part, test8 (6 NASA pages: agency, interview, local, obituary, profile, science; keyed before any run): 0.966 and 0.736 at first contact (89 found, 86 correct, 53 keyed, 39 recalled); 1.000 and 0.811 after rounds 9 to 13. */
  static final double TEST8_MIN_PRECISION = 0.99;
  static final double TEST8_MIN_RECALL = 0.81;
  /** Round 9's test part, test9 (4 Wikinews articles and interviews from the GUM corpus: wire, science, political, interview; keyed before any run): 1.000 and 0.667 at first contact (41 found, 41 correct, 24 keyed, 16 recalled); 0.978 and 0.750 after rounds 10 to 13. */
  static final double TEST9_MIN_PRECISION = 0.97;
  static final double TEST9_MIN_RECALL = 0.74;
  /** Round 10's test part, test10 (4 Wikinews articles from AMALGUM: political, British, obituary, local; keyed before any run): 0.792 and 0.545 at first contact (24 found, 19 correct, 22 keyed, 12 recalled), unchanged after rounds 11 to 13; 0.833 and 0.591 after rounds 14 to 18; 0.846 and 0.682 after rounds 19 and 20. */
  static final double TEST10_MIN_PRECISION = 0.84;
  static final double TEST10_MIN_RECALL = 0.68;
  /** Round 11's test part, test11 (2 Wikinews articles from AMALGUM: political, wire; keyed before any run): 0.800 and 0.364 at first contact (5 found, 4 correct, 11 keyed, 4 recalled), unchanged after rounds 12 and 13. */
  static final double TEST11_MIN_PRECISION = 0.79;
  static final double TEST11_MIN_RECALL = 0.36;
  /** Round 12's test part, test12 (2 Wikinews articles from AMALGUM: political, wire; keyed before any run): 0.929 and 0.786 at first contact (14 found, 13 correct, 14 keyed, 11 recalled); 1.000 and 0.857 after the rules made while round 12 was keyed (written against the development part only). */
  static final double TEST12_MIN_PRECISION = 0.99;
  static final double TEST12_MIN_RECALL = 0.85;
  /** Round 13's test part, test13 (4 Wikinews articles of 2019-2020 from the scrape of rounds 1 to 3: political, wire; keyed before any run): 0.967 and 0.708 at first contact (30 found, 29 correct, 24 keyed, 17 recalled), unchanged after round 13's rules. */
  static final double TEST13_MIN_PRECISION = 0.96;
  static final double TEST13_MIN_RECALL = 0.70;
  /** Round 14's test part, test14 (2 DOJ court releases of 2009 and 2 NASA pages of 2024: court, profile, agency; keyed before any run): 1.000 and 0.897 at first contact (47 found, 47 correct, 39 keyed, 35 recalled); 1.000 and 1.000 after rounds 14 to 18. */
  static final double TEST14_MIN_PRECISION = 0.99;
  static final double TEST14_MIN_RECALL = 0.99;

  /** Round 15's test part, test15 (2 Wikinews articles from a harvest of random Wikinews pages: local, political; keyed before any run): 0.800 and 0.833 at first contact (15 found, 12 correct, 12 keyed, 10 recalled). */
  static final double TEST15_MIN_PRECISION = 0.79;
  static final double TEST15_MIN_RECALL = 0.83;
  /** Round 16's test part, test16 (3 Wikinews Q&A interviews, 2 from the scrape of rounds 1 to 3 and 1 from GUM: interview; keyed before any run): 1.000 and 1.000 at first contact (87 found, 87 correct, 46 keyed, 46 recalled; the answers are drafted as several quotations each, so more are found than keyed). */
  static final double TEST16_MIN_PRECISION = 0.99;
  static final double TEST16_MIN_RECALL = 0.99;
  /** Round 17's test part, test17 (3 public-domain texts: a DOJ court release, a VOA Khmer feature, a VOA Learning English science story; keyed before any run): 1.000 and 0.882 at first contact (33 found, 33 correct, 34 keyed, 30 recalled). */
  static final double TEST17_MIN_PRECISION = 0.99;
  static final double TEST17_MIN_RECALL = 0.88;
  /** Round 18's test part, test18 (3 public-domain texts: two DOJ court releases, a NASA science page; keyed before any run): 0.939 and 0.852 at first contact (33 found, 31 correct, 27 keyed, 23 recalled). */
  static final double TEST18_MIN_PRECISION = 0.93;
  static final double TEST18_MIN_RECALL = 0.85;
  /** Round 19's test part, test19 (3 public-domain texts: a DOJ court release, a NASA agency page, a NASA science page; keyed before any run): 0.903 and 0.846 at first contact (31 found, 28 correct, 26 keyed, 22 recalled). */
  static final double TEST19_MIN_PRECISION = 0.90;
  static final double TEST19_MIN_RECALL = 0.84;
  /** Round 20's test part, test20 (3 public-domain texts: a DOJ court release, a DOJ agency release, a NASA profile; keyed before any run): 1.000 and 0.955 at first contact (29 found, 29 correct, 22 keyed, 21 recalled). */
  static final double TEST20_MIN_PRECISION = 0.99;
  static final double TEST20_MIN_RECALL = 0.95;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void draftsFindWhoSaidWhatInRealArticles() throws IOException {
    List<Score> scores = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    if (Files.isDirectory(WECHAT_ARTICLES)) {
      scores.addAll(wechat());
    } else {
      skipped.add("the WeChat articles: no folder " + WECHAT_ARTICLES.toAbsolutePath().normalize());
    }
    if (Files.isDirectory(WIKINEWS_ARTICLES)) {
      scores.addAll(wikinews());
    } else {
      skipped.add("the Wikinews reports: no folder " + WIKINEWS_ARTICLES.toAbsolutePath().normalize());
    }
    skipped.forEach(s -> System.out.println("DraftAccuracyTest: skipped " + s));
    Assumptions.assumeFalse(scores.isEmpty(), "no articles to measure against: " + skipped);

    Score total = Accuracy.total(scores);
    System.out.println(table(scores, total));
    assertThat(total.precision()).as("overall precision").isGreaterThanOrEqualTo(MIN_PRECISION);
    assertThat(total.recall()).as("overall recall").isGreaterThanOrEqualTo(MIN_RECALL);
  }

  /** An article of the corpus, its style and part, scored. */
  record Scored(String style, String part, int round, Score score) {}

  /** The development part: every article, every note, so the rules can be worked on. */
  @Test
  void corpusDevelopmentPart() throws IOException {
    List<Scored> dev = corpus("development");
    System.out.println(byStyle("development part", dev, true));
    Score total = Accuracy.total(dev.stream().map(Scored::score).toList());
    assertThat(total.precision()).as("development precision").isGreaterThanOrEqualTo(DEV_MIN_PRECISION);
    assertThat(total.recall()).as("development recall").isGreaterThanOrEqualTo(DEV_MIN_RECALL);
  }

  /** The test part: per style and in total only, never an article's notes, so it stays unseen. */
  @Test
  void corpusTestPart() throws IOException {
    List<Scored> test = corpus("test");
    System.out.println(byStyle("test part", test, false));
    Score total = Accuracy.total(test.stream().map(Scored::score).toList());
    assertThat(total.precision()).as("test precision").isGreaterThanOrEqualTo(TEST_MIN_PRECISION);
    assertThat(total.recall()).as("test recall").isGreaterThanOrEqualTo(TEST_MIN_RECALL);
  }

  /** The second test part (round 2), kept unseen like the first: per style and in total only. */
  @Test
  void corpusSecondTestPart() throws IOException {
    List<Scored> test = corpus("test2");
    System.out.println(byStyle("second test part (test2)", test, false));
    Score total = Accuracy.total(test.stream().map(Scored::score).toList());
    assertThat(total.precision()).as("test2 precision").isGreaterThanOrEqualTo(TEST2_MIN_PRECISION);
    assertThat(total.recall()).as("test2 recall").isGreaterThanOrEqualTo(TEST2_MIN_RECALL);
  }

  /** The third test part (round 3), kept unseen like the others: per style and in total only. */
  @Test
  void corpusThirdTestPart() throws IOException {
    List<Scored> test = corpus("test3");
    System.out.println(byStyle("third test part (test3)", test, false));
    Score total = Accuracy.total(test.stream().map(Scored::score).toList());
    assertThat(total.precision()).as("test3 precision").isGreaterThanOrEqualTo(TEST3_MIN_PRECISION);
    assertThat(total.recall()).as("test3 recall").isGreaterThanOrEqualTo(TEST3_MIN_RECALL);
  }

  /** The fourth test part (round 4, US federal press releases), kept unseen like the others: per style and in total only. */
  @Test
  void corpusFourthTestPart() throws IOException {
    List<Scored> test = corpus("test4");
    System.out.println(byStyle("fourth test part (test4)", test, false));
    Score total = Accuracy.total(test.stream().map(Scored::score).toList());
    assertThat(total.precision()).as("test4 precision").isGreaterThanOrEqualTo(TEST4_MIN_PRECISION);
    assertThat(total.recall()).as("test4 recall").isGreaterThanOrEqualTo(TEST4_MIN_RECALL);
  }

  /** The fifth test part (round 5, VOA and US Army news stories), kept unseen like the others: per style and in total only. */
  @Test
  void corpusFifthTestPart() throws IOException {
    List<Scored> test = corpus("test5");
    System.out.println(byStyle("fifth test part (test5)", test, false));
    Score total = Accuracy.total(test.stream().map(Scored::score).toList());
    assertThat(total.precision()).as("test5 precision").isGreaterThanOrEqualTo(TEST5_MIN_PRECISION);
    assertThat(total.recall()).as("test5 recall").isGreaterThanOrEqualTo(TEST5_MIN_RECALL);
  }

  /** The sixth test part (round 6, GOV.UK and NASA pages), kept unseen like the others: per style and in total only. */
  @Test
  void corpusSixthTestPart() throws IOException {
    List<Scored> test = corpus("test6");
    System.out.println(byStyle("sixth test part (test6)", test, false));
    Score total = Accuracy.total(test.stream().map(Scored::score).toList());
    assertThat(total.precision()).as("test6 precision").isGreaterThanOrEqualTo(TEST6_MIN_PRECISION);
    assertThat(total.recall()).as("test6 recall").isGreaterThanOrEqualTo(TEST6_MIN_RECALL);
  }

  /** The seventh test part (round 7, The Conversation), kept unseen like the others: per style and in total only. */
  @Test
  void corpusSeventhTestPart() throws IOException {
    List<Scored> test = corpus("test7");
    System.out.println(byStyle("seventh test part (test7)", test, false));
    Score total = Accuracy.total(test.stream().map(Scored::score).toList());
    assertThat(total.precision()).as("test7 precision").isGreaterThanOrEqualTo(TEST7_MIN_PRECISION);
    assertThat(total.recall()).as("test7 recall").isGreaterThanOrEqualTo(TEST7_MIN_RECALL);
  }

  /** The eighth test part (round 8, NASA pages), kept unseen like the others: per style and in total only. */
  @Test
  void corpusEighthTestPart() throws IOException {
    List<Scored> test = corpus("test8");
    System.out.println(byStyle("eighth test part (test8)", test, false));
    Score total = Accuracy.total(test.stream().map(Scored::score).toList());
    assertThat(total.precision()).as("test8 precision").isGreaterThanOrEqualTo(TEST8_MIN_PRECISION);
    assertThat(total.recall()).as("test8 recall").isGreaterThanOrEqualTo(TEST8_MIN_RECALL);
  }

  /** The ninth test part (round 9, Wikinews from the GUM corpus), kept unseen like the others: per style and in total only. */
  @Test
  void corpusNinthTestPart() throws IOException {
    List<Scored> test = corpus("test9");
    System.out.println(byStyle("ninth test part (test9)", test, false));
    Score total = Accuracy.total(test.stream().map(Scored::score).toList());
    assertThat(total.precision()).as("test9 precision").isGreaterThanOrEqualTo(TEST9_MIN_PRECISION);
    assertThat(total.recall()).as("test9 recall").isGreaterThanOrEqualTo(TEST9_MIN_RECALL);
  }

  /** The tenth test part (round 10, Wikinews from AMALGUM), kept unseen like the others: per style and in total only. */
  @Test
  void corpusTenthTestPart() throws IOException {
    List<Scored> test = corpus("test10");
    System.out.println(byStyle("tenth test part (test10)", test, false));
    Score total = Accuracy.total(test.stream().map(Scored::score).toList());
    assertThat(total.precision()).as("test10 precision").isGreaterThanOrEqualTo(TEST10_MIN_PRECISION);
    assertThat(total.recall()).as("test10 recall").isGreaterThanOrEqualTo(TEST10_MIN_RECALL);
  }

  /** The eleventh test part (round 11, more Wikinews from AMALGUM), kept unseen like the others: per style and in total only. */
  @Test
  void corpusEleventhTestPart() throws IOException {
    List<Scored> test = corpus("test11");
    System.out.println(byStyle("eleventh test part (test11)", test, false));
    Score total = Accuracy.total(test.stream().map(Scored::score).toList());
    assertThat(total.precision()).as("test11 precision").isGreaterThanOrEqualTo(TEST11_MIN_PRECISION);
    assertThat(total.recall()).as("test11 recall").isGreaterThanOrEqualTo(TEST11_MIN_RECALL);
  }

  /** The twelfth test part (round 12, more Wikinews from AMALGUM), kept unseen like the others: per style and in total only. */
  @Test
  void corpusTwelfthTestPart() throws IOException {
    List<Scored> test = corpus("test12");
    System.out.println(byStyle("twelfth test part (test12)", test, false));
    Score total = Accuracy.total(test.stream().map(Scored::score).toList());
    assertThat(total.precision()).as("test12 precision").isGreaterThanOrEqualTo(TEST12_MIN_PRECISION);
    assertThat(total.recall()).as("test12 recall").isGreaterThanOrEqualTo(TEST12_MIN_RECALL);
  }

  /** The thirteenth test part (round 13, Wikinews from the scrape of rounds 1 to 3), kept unseen like the others: per style and in total only. */
  @Test
  void corpusThirteenthTestPart() throws IOException {
    List<Scored> test = corpus("test13");
    System.out.println(byStyle("thirteenth test part (test13)", test, false));
    Score total = Accuracy.total(test.stream().map(Scored::score).toList());
    assertThat(total.precision()).as("test13 precision").isGreaterThanOrEqualTo(TEST13_MIN_PRECISION);
    assertThat(total.recall()).as("test13 recall").isGreaterThanOrEqualTo(TEST13_MIN_RECALL);
  }

  /** The fourteenth test part (round 14, US federal press releases and NASA pages), kept unseen like the others: per style and in total only. */
  @Test
  void corpusFourteenthTestPart() throws IOException {
    List<Scored> test = corpus("test14");
    System.out.println(byStyle("fourteenth test part (test14)", test, false));
    Score total = Accuracy.total(test.stream().map(Scored::score).toList());
    assertThat(total.precision()).as("test14 precision").isGreaterThanOrEqualTo(TEST14_MIN_PRECISION);
    assertThat(total.recall()).as("test14 recall").isGreaterThanOrEqualTo(TEST14_MIN_RECALL);
  }

  /** The fifteenth test part (round 15, Wikinews from a harvest of random pages), kept unseen like the others: per style and in total only. */
  @Test
  void corpusFifteenthTestPart() throws IOException {
    List<Scored> test = corpus("test15");
    System.out.println(byStyle("fifteenth test part (test15)", test, false));
    Score total = Accuracy.total(test.stream().map(Scored::score).toList());
    assertThat(total.precision()).as("test15 precision").isGreaterThanOrEqualTo(TEST15_MIN_PRECISION);
    assertThat(total.recall()).as("test15 recall").isGreaterThanOrEqualTo(TEST15_MIN_RECALL);
  }

  /** The sixteenth test part (round 16, Wikinews Q&A interviews from the scrape of rounds 1 to 3 and from GUM), kept unseen like the others: per style and in total only. */
  @Test
  void corpusSixteenthTestPart() throws IOException {
    List<Scored> test = corpus("test16");
    System.out.println(byStyle("sixteenth test part (test16)", test, false));
    Score total = Accuracy.total(test.stream().map(Scored::score).toList());
    assertThat(total.precision()).as("test16 precision").isGreaterThanOrEqualTo(TEST16_MIN_PRECISION);
    assertThat(total.recall()).as("test16 recall").isGreaterThanOrEqualTo(TEST16_MIN_RECALL);
  }

  /** The seventeenth test part (round 17, US federal press releases, VOA stories and a NASA page), kept unseen like the others: per style and in total only. */
  @Test
  void corpusSeventeenthTestPart() throws IOException {
    List<Scored> test = corpus("test17");
    System.out.println(byStyle("seventeenth test part (test17)", test, false));
    Score total = Accuracy.total(test.stream().map(Scored::score).toList());
    assertThat(total.precision()).as("test17 precision").isGreaterThanOrEqualTo(TEST17_MIN_PRECISION);
    assertThat(total.recall()).as("test17 recall").isGreaterThanOrEqualTo(TEST17_MIN_RECALL);
  }

  /** The eighteenth test part (round 18, US federal press releases and a NASA page), kept unseen like the others: per style and in total only. */
  @Test
  void corpusEighteenthTestPart() throws IOException {
    List<Scored> test = corpus("test18");
    System.out.println(byStyle("eighteenth test part (test18)", test, false));
    Score total = Accuracy.total(test.stream().map(Scored::score).toList());
    assertThat(total.precision()).as("test18 precision").isGreaterThanOrEqualTo(TEST18_MIN_PRECISION);
    assertThat(total.recall()).as("test18 recall").isGreaterThanOrEqualTo(TEST18_MIN_RECALL);
  }

  /** The nineteenth test part (round 19, US federal press releases and NASA pages), kept unseen like the others: per style and in total only. */
  @Test
  void corpusNineteenthTestPart() throws IOException {
    List<Scored> test = corpus("test19");
    System.out.println(byStyle("nineteenth test part (test19)", test, false));
    Score total = Accuracy.total(test.stream().map(Scored::score).toList());
    assertThat(total.precision()).as("test19 precision").isGreaterThanOrEqualTo(TEST19_MIN_PRECISION);
    assertThat(total.recall()).as("test19 recall").isGreaterThanOrEqualTo(TEST19_MIN_RECALL);
  }

  /** The twentieth test part (round 20, US federal press releases, NASA pages and a VOA story), kept unseen like the others: per style and in total only. */
  @Test
  void corpusTwentiethTestPart() throws IOException {
    List<Scored> test = corpus("test20");
    System.out.println(byStyle("twentieth test part (test20)", test, false));
    Score total = Accuracy.total(test.stream().map(Scored::score).toList());
    assertThat(total.precision()).as("test20 precision").isGreaterThanOrEqualTo(TEST20_MIN_PRECISION);
    assertThat(total.recall()).as("test20 recall").isGreaterThanOrEqualTo(TEST20_MIN_RECALL);
  }

  /** The key of a manifest entry: each quotation with its speaker and the speaker's aliases. */
  static List<KeyQuote> keyOf(JsonNode entry) throws IOException {
    JsonNode key = JSON.readTree(CORPUS.resolve("keys").resolve(entry.get("key").asText()).toFile());
    List<KeyQuote> quotes = new ArrayList<>();
    key.get("quotes").forEach(q -> {
      List<String> aliases = new ArrayList<>();
      key.path("aliases").path(q.get("speaker").asText()).forEach(x -> aliases.add(x.asText()));
      quotes.add(new KeyQuote(q.get("text").asText(), q.get("speaker").asText(), aliases));
    });
    return quotes;
  }

  static List<Scored> corpus(String part) throws IOException {
    JsonNode manifest = JSON.readTree(CORPUS.resolve("MANIFEST.json").toFile());
    List<Scored> out = new ArrayList<>();
    for (JsonNode a : manifest.get("articles")) {
      if (!a.get("part").asText().equals(part)) {
        continue;
      }
      List<KeyQuote> quotes = keyOf(a);
      out.add(new Scored(a.get("style").asText(), part, a.path("round").asInt(1),
          measure(CORPUS.resolve("articles").resolve(a.get("article").asText()), quotes)));
    }
    assertThat(out).as("articles in the " + part + " part").isNotEmpty();
    return out;
  }

  private static String byStyle(String title, List<Scored> scored, boolean articles) {
    StringBuilder b = new StringBuilder("\nDrafted quote -> speaker pairs, keyed corpus, " + title + "\n");
    String row = "%-48s %5s %7s %5s %8s %9s %6s%n";
    b.append(String.format(Locale.ROOT, row, articles ? "article" : "style", "found", "correct", "key", "recalled",
        "precision", "recall"));
    Map<String, List<Score>> styles = new TreeMap<>();
    scored.forEach(s -> styles.computeIfAbsent(s.style(), k -> new ArrayList<>()).add(s.score()));
    for (Map.Entry<String, List<Score>> e : styles.entrySet()) {
      Score t = Accuracy.total(e.getValue());
      b.append(line(row, new Score(e.getKey() + " (" + e.getValue().size() + ")", t.found(), t.correct(), t.key(),
          t.recalled(), List.of())));
      if (articles) {
        e.getValue().forEach(s -> b.append(line(row, new Score("  " + clip(s.article()), s.found(), s.correct(),
            s.key(), s.recalled(), List.of()))));
      }
    }
    b.append(line(row, Accuracy.total(scored.stream().map(Scored::score).toList())));
    if (scored.stream().map(Scored::round).distinct().count() > 1) {
      for (int r : scored.stream().map(Scored::round).distinct().sorted().toList()) {
        Score t = Accuracy.total(scored.stream().filter(s -> s.round() == r).map(Scored::score).toList());
        b.append(line(row, new Score("  articles added in round " + r, t.found(), t.correct(), t.key(),
            t.recalled(), List.of())));
      }
    }
    if (articles) {
      scored.forEach(s -> s.score().notes().forEach(n -> b.append("  ").append(clip(s.score().article())).append(": ")
          .append(n).append('\n')));
    }
    return b.toString();
  }

  private static String clip(String s) {
    return s.length() <= 46 ? s : s.substring(0, 45) + "\u2026";
  }

  private static List<Score> wechat() throws IOException {
    JsonNode key = JSON.readTree(KEYS.resolve("wechat-ban-2020.json").toFile());
    Pack pack = PackLoader.loadFile(Path.of(key.get("pack").asText()), "test").pack();
    List<Score> scores = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = key.get("articles").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String source = e.getValue().asText();
      List<KeyQuote> quotes = new ArrayList<>();
      if (!key.get("not_quotations").has(source)) {
        pack.quotes().stream().filter(q -> q.source().equals(source)).forEach(q -> {
          Speaker sp = pack.speaker(q.speaker()).orElseThrow();
          List<String> aliases = new ArrayList<>();
          key.get("aliases").path(sp.id()).forEach(a -> aliases.add(a.asText()));
          quotes.add(new KeyQuote(q.text(), sp.name(), aliases));
        });
      }
      scores.add(measure(WECHAT_ARTICLES.resolve(e.getKey()), quotes));
    }
    return scores;
  }

  private static List<Score> wikinews() throws IOException {
    List<Score> scores = new ArrayList<>();
    try (var files = Files.list(KEYS)) {
      for (Path k : files.filter(f -> f.getFileName().toString().startsWith("wikinews")).sorted().toList()) {
        JsonNode key = JSON.readTree(k.toFile());
        List<KeyQuote> quotes = new ArrayList<>();
        key.get("quotes").forEach(q -> quotes.add(new KeyQuote(q.get("text").asText(), q.get("speaker").asText(),
            List.of())));
        scores.add(measure(WIKINEWS_ARTICLES.resolve(key.get("article").asText()), quotes));
      }
    }
    return scores;
  }

  private static Score measure(Path article, List<KeyQuote> key) throws IOException {
    Draft d = Drafter.draft(Files.readString(article));
    return Accuracy.score(article.getFileName().toString(), d.quotes(), key);
  }

  private static String table(List<Score> scores, Score total) {
    StringBuilder b = new StringBuilder("\nDrafted quote -> speaker pairs against the answer keys\n");
    String row = "%-48s %5s %7s %5s %8s %9s %6s%n";
    b.append(String.format(Locale.ROOT, row, "article", "found", "correct", "key", "recalled", "precision",
        "recall"));
    for (Score s : scores) {
      b.append(line(row, s));
    }
    b.append(line(row, total));
    for (Score s : scores) {
      s.notes().forEach(n -> b.append("  ").append(s.article()).append(": ").append(n).append('\n'));
    }
    return b.toString();
  }

  private static String line(String row, Score s) {
    // 0 of 0 is no evidence either way: the op-ed, with nothing to find and nothing found, shows "-".
    return String.format(Locale.ROOT, row, s.article(), s.found(), s.correct(), s.key(), s.recalled(),
        s.found() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", s.precision()),
        s.key() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", s.recall()));
  }
}
