package dev.sourced.draft;

import static dev.sourced.draft.Drafts.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** British quotation marks, one rule a test, on sentences written for the test. */
class SingleMarksTest {

  private static Article article(String... paragraphs) {
    return Article.parse(String.join("\n\n", paragraphs) + "\n");
  }

  /** The inside of every quotation the article marks, in order. */
  private static List<String> quotes(String... paragraphs) {
    return article(paragraphs).paragraphs.stream().flatMap(p -> p.spans.stream()).map(Article.Span::inside)
        .toList();
  }

  @Test
  void curlySingleMarksWithDoubleMarksNestedInside() {
    assertThat(quotes("\u2018He looked at me and said \u201Cnot today\u201D, then left,\u2019 said Mara Quist."))
        .containsExactly("He looked at me and said \u201Cnot today\u201D, then left,");
  }

  @Test
  void straightSingleMarksWithStraightDoubleMarksNestedInside() {
    assertThat(quotes("'The sign said \"closed for repairs\" all week,' said Mara Quist."))
        .containsExactly("The sign said \"closed for repairs\" all week,");
  }

  @Test
  void theNestedQuoteBelongsToItsSpeaker() {
    Draft d = draft("Mara Quist, the city's chief engineer, spoke on Monday.",
        "\u2018The sign said \u201Cclosed\u201D for a week and nobody asked why,\u2019 said Quist.");
    assertThat(d.quotes()).extracting(Draft.Found::text, Draft.Found::speakerName)
        .containsExactly(tuple("The sign said \u201Cclosed\u201D for a week and nobody asked why", "Mara Quist"));
  }

  @Test
  void americanDoubleMarksWithSingleNestedInsideStayAsTheyWere() {
    assertThat(quotes("\"He said 'no way' to me and walked out,\" said Mara Quist.",
        "\"I told the 'new' board twice,\" she added."))
        .containsExactly("He said 'no way' to me and walked out,", "I told the 'new' board twice,");
  }

  @Test
  void apostrophesInsideWordsDoNotCloseTheQuote() {
    assertThat(quotes("\u2018I don\u2019t think we\u2019ll lose, it\u2019s O\u2019Brien\u2019s team,\u2019 she said.",
        "'I don't think we'll lose, it's O'Brien's team,' she said."))
        .containsExactly("I don\u2019t think we\u2019ll lose, it\u2019s O\u2019Brien\u2019s team,",
            "I don't think we'll lose, it's O'Brien's team,");
  }

  @Test
  void aPluralPossessiveInsideAQuoteDoesNotCloseIt() {
    assertThat(quotes("\u2018The workers\u2019 union will meet the drivers\u2019 reps on Monday,\u2019 said Tom Berg.",
        "'Jones' car was parked by the players' bus,' said Tom Berg."))
        .containsExactly("The workers\u2019 union will meet the drivers\u2019 reps on Monday,",
            "Jones' car was parked by the players' bus,");
  }

  @Test
  void aShortQuoteClosedBeforeALowercaseWordStillCloses() {
    // "disgrace’ and" could be a possessive's mark by its place, but no word ends in e's bare apostrophe,
    // and "farces’ and" closes because no other closing mark follows before the next quote opens.
    assertThat(quotes("She called the plan \u2018a total disgrace\u2019 and asked for a vote.",
        "He called them \u2018utter farces\u2019 and left, then said \u2018we will be back\u2019."))
        .containsExactly("a total disgrace", "utter farces", "we will be back");
  }

  @Test
  void elisionsAtTheStartOfWordsOpenNothing() {
    assertThat(quotes("\u2018We loved rock \u2019n\u2019 roll in the \u201990s and played \u2019em all,\u2019 she said.",
        "'We loved rock 'n' roll in the '90s and played 'em all,' she said.",
        "Fans of the '80s band queued from dawn. 'It was worth it,' said one."))
        .containsExactly("We loved rock \u2019n\u2019 roll in the \u201990s and played \u2019em all,",
            "We loved rock 'n' roll in the '90s and played 'em all,", "It was worth it,");
  }

  @Test
  void aLoneApostropheDoesNotOpenAQuoteToTheParagraphsEnd() {
    assertThat(quotes("The players' bus left the 'Ground at noon.", "Nobody was on it.")).isEmpty();
  }

  @Test
  void aSingleQuoteRunsOnIntoAParagraphThatOpensWithOne() {
    Article a = article("\u2018We trained all summer for this,\u2019 said Tom Berg, the captain. \u2018It was hard.",
        "\u2018But we are ready now, and the town is behind us.\u2019");
    Article.Span open = a.paragraphs.get(0).spans.get(1);
    Article.Span next = a.paragraphs.get(1).spans.get(0);
    assertThat(open.closed).isFalse();
    assertThat(next.group).isEqualTo(open.group);
    // as with double marks (DrafterTest): a statement that runs over paragraphs has one speaker
    Draft d = draft("Lena Ortiz, a spokeswoman for the port, issued the following statement on Monday.",
        "\u2018The port was closed for six hours while the workers\u2019 tanks were checked.",
        "\u2018No one was hurt, and the ships will sail tomorrow as planned.\u2019");
    assertThat(d.quotes()).extracting(Draft.Found::text, Draft.Found::speakerName).containsExactly(
        tuple("The port was closed for six hours while the workers\u2019 tanks were checked.", "Lena Ortiz"),
        tuple("No one was hurt, and the ships will sail tomorrow as planned.", "Lena Ortiz"));
  }

  @Test
  void aSingleQuoteLeftOpenWithNoParagraphGoingOnIsNoQuote() {
    // an opening mark that nothing closes, and no paragraph that goes on: nothing is marked
    assertThat(quotes("'Jones said the fans would come, and the crowd sang for an hour.", "The match began."))
        .isEmpty();
  }

  @Test
  void aHeadlineInSingleMarks() {
    Draft d = draft("Council leader: \u2018We will build 500 homes by spring\u2019",
        "Ana Ruiz, the council leader, said the homes would be built on the old depot site.",
        "\u2018We have waited long enough,\u2019 Ruiz said.");
    assertThat(quotes("Council leader: \u2018We will build 500 homes by spring\u2019"))
        .containsExactly("We will build 500 homes by spring");
    assertThat(d.quotes()).extracting(Draft.Found::text, Draft.Found::speakerName)
        .contains(tuple("We have waited long enough", "Ana Ruiz"));
  }

  @Test
  void theCommaOutsideTheMarkBritishStyle() {
    Draft d = draft("\u2018We will win the league\u2019, said Tom Berg, the captain.");
    assertThat(d.quotes()).extracting(Draft.Found::text, Draft.Found::speakerName)
        .containsExactly(tuple("We will win the league", "Tom Berg"));
  }

  @Test
  void aClosingMarkAfterANestedQuoteAndASpace() {
    assertThat(quotes("'He shouted, \"I'm a drummer\" ', she recalled."))
        .containsExactly("He shouted, \"I'm a drummer\" ");
  }

  @Test
  void theMainMarksAreDecidedByTheArticlesPairsNotOneMark() {
    // Two quotations in single marks, one stray double mark: single marks are main, and the
    // straight double mark (an inch) does not swallow the rest of its paragraph.
    assertThat(quotes("'The pipe is 3\" wide and far too narrow,' said Tom Berg.",
        "'We asked for a wider one twice,' he said."))
        .containsExactly("The pipe is 3\" wide and far too narrow,", "We asked for a wider one twice,");
    // Double marks are main where they hold more pairs: the single ones nested stay inside.
    assertThat(quotes("\"It was 'fine' they said, and then it broke,\" said Tom Berg.",
        "\"We asked 'twice' for a wider one,\" he said.", "'A disgrace,' one fan wrote."))
        .containsExactly("It was 'fine' they said, and then it broke,", "We asked 'twice' for a wider one,",
            "A disgrace,");
  }

  @Test
  void aParagraphQuotingInBritishMarksInAnArticleInDoubleMarks() {
    // the article quotes in double marks, but this paragraph's outer marks are single, with a
    // double pair nested inside: it is read the British way; the other paragraphs as before
    assertThat(quotes("\"We will appeal the ruling,\" said Mara Quist.",
        "\"The board has not met since May,\" she added.",
        "A statement from the club read: \u2018The referee told us \u201Cplay on\u201D and we did so.\u2019"))
        .containsExactly("We will appeal the ruling,", "The board has not met since May,",
            "The referee told us \u201Cplay on\u201D and we did so.");
  }

  @Test
  void aStraightSingleMarkThatOpensASentenceStartsIt() {
    Draft d = draft("Tom Berg, the captain, was tired. 'We gave everything we had today,' he said.");
    assertThat(d.quotes()).extracting(Draft.Found::text, Draft.Found::speakerName)
        .containsExactly(tuple("We gave everything we had today", "Tom Berg"));
  }

  @Test
  void manySingleQuotesInOneParagraphAreAllRead() {
    // breaking-pass F8 in single marks; its speed is measured in bench/draft-speed.
    Article a = article("Title line", "'ab cd ef gh' ".repeat(20_000) + "end.");
    assertThat(a.paragraphs.get(1).spans).hasSize(20_000).allMatch(s -> s.inside().equals("ab cd ef gh"));
  }

  static final Path MADE_UP = Path.of("src/test/resources/draft/marks");

  /** Every made-up article in src/test/resources/draft/marks, read as its .quotes file lists. */
  @Test
  void theMadeUpArticlesAreReadAsKeyed() throws IOException {
    List<Path> articles;
    try (Stream<Path> files = Files.list(MADE_UP)) {
      articles = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(articles).hasSizeGreaterThanOrEqualTo(3);
    for (Path f : articles) {
      List<String> found = new ArrayList<>();
      for (Article.Paragraph p : Article.parse(Files.readString(f)).paragraphs) {
        p.spans.forEach(s -> found.add(p.index + "\t" + s.inside() + (s.closed ? "" : "\t(runs on)")));
      }
      Path key = Path.of(f.toString().replaceAll("\\.txt$", ".quotes"));
      assertThat(found).as(f.getFileName().toString()).containsExactlyElementsOf(Files.readAllLines(key));
    }
  }

  @Test
  void theBritishRenderingSwapsQuotationMarksAndKeepsApostrophes() {
    String original = "Ana Ruiz said, \"The players' bus said 'Go' and we didn't go in the '90s.\"";
    assertThat(BritishMarks.render(original, BritishMarks.Style.STRAIGHT))
        .isEqualTo("Ana Ruiz said, 'The players' bus said \"Go\" and we didn't go in the '90s.'");
    assertThat(BritishMarks.render(original, BritishMarks.Style.CURLY))
        .isEqualTo("Ana Ruiz said, \u2018The players\u2019 bus said \u201CGo\u201D and we didn\u2019t go in the \u201990s.\u2019");
    assertThat(BritishMarks.quote("The players' bus said 'Go' today", BritishMarks.Style.STRAIGHT))
        .isEqualTo("The players' bus said \"Go\" today");
  }

  @Test
  void aBritishQuoteWhoseNextParagraphHasNoOpeningMark() {
    Draft d = draft("After the match, the coach, Kai Moreno, said, 'We learned a lot from today's game.",
        "It was a very emotional day. I've been at five of these.' Ola Dahl said, 'We were lucky in the end.",
        "If we had drawn it would have been a fine result for us.'");
    assertThat(d.quotes()).extracting(Draft.Found::text, Draft.Found::speakerName).containsExactly(
        tuple("We learned a lot from today's game.", "Kai Moreno"),
        tuple("It was a very emotional day.", "Kai Moreno"),
        tuple("I've been at five of these.", "Kai Moreno"),
        tuple("We were lucky in the end.", "Ola Dahl"),
        tuple("If we had drawn it would have been a fine result for us.", "Ola Dahl"));
  }
}
