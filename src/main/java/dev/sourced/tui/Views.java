package dev.sourced.tui;

import dev.sourced.game.Answer;
import dev.sourced.game.Challenge;
import dev.sourced.game.Countdown;
import dev.sourced.game.Round;
import dev.sourced.game.RoundSettings;
import dev.sourced.game.Scoring;
import dev.sourced.pack.Catalog;
import dev.sourced.pack.Loaded;
import dev.sourced.pack.Pack;
import dev.sourced.pack.Problem;
import dev.sourced.pack.Source;
import dev.sourced.tui.Line.Style;
import dev.sourced.tui.Page.ConfirmAbandon;
import dev.sourced.tui.Page.Help;
import dev.sourced.tui.Page.Notice;
import dev.sourced.tui.Page.Packs;
import dev.sourced.tui.Page.Playing;
import dev.sourced.tui.Page.Results;
import dev.sourced.tui.Page.Review;
import dev.sourced.tui.Page.Setup;
import dev.sourced.tui.Page.Title;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Each page as a Frame: state in, text out. No rules live here. */
final class Views {
  static final String APP = "Sourced";
  static final String CHECK = "\u2713";
  static final String CROSS = "\u2717";
  static final String POINTER = "\u25B8";

  private Views() {}

  static Frame title(AppState s, Title t, int w) {
    List<Line> b = new ArrayList<>();
    b.add(Line.of("S O U R C E D", Style.ACCENT));
    b.add(Line.of("A quiz that shows where every answer comes from.", Style.DIM));
    b.add(Line.blank());
    for (Page.Item item : Page.Item.values()) {
      boolean sel = item == t.selected();
      b.add(new Line(List.of()).plus(sel ? " " + POINTER + " " : "   ", Style.ACCENT)
          .plus((item.ordinal() + 1) + "  " + item.label, sel ? Style.SELECTED : Style.NORMAL));
    }
    b.add(Line.blank());
    b.addAll(Layout.wrap(catalogSummary(s), w, s.loadProblem() != null ? Style.BAD : Style.DIM));
    return new Frame(APP, "", b, List.of(), "\u2191\u2193 choose \u00B7 Enter select \u00B7 ? keys \u00B7 q quit", 0, -1);
  }

  static String catalogSummary(AppState s) {
    Catalog c = s.catalog();
    if (c == null) {
      return s.loadProblem() != null ? CROSS + " The packs could not be loaded: " + s.loadProblem()
          : "Loading packs\u2026";
    }
    int questions = c.packs().stream().mapToInt(p -> p.questions().size()).sum();
    int quotes = c.packs().stream().mapToInt(p -> p.quotes().size()).sum();
    String text = plural(c.packs().size(), "pack") + " \u00B7 " + plural(questions, "question") + " \u00B7 "
        + plural(quotes, "quote");
    if (!c.broken().isEmpty()) {
      text += " \u00B7 " + c.broken().size() + " broken (see Packs)";
    }
    return text;
  }

  static Frame setup(AppState s, Setup st, int w) {
    RoundSettings r = s.setup();
    List<Line> b = new ArrayList<>();
    b.add(Line.of(st.mode().title(), Style.ACCENT));
    b.add(Line.blank());
    for (int i = 0; i < App.SETUP.size(); i++) {
      Row row = App.SETUP.get(i);
      boolean sel = i == st.row();
      String label = String.format(Locale.ROOT, "%-8s", row.label());
      b.add(new Line(List.of()).plus(sel ? " " + POINTER + " " : "   ", Style.ACCENT)
          .plus(label, sel ? Style.SELECTED : Style.BOLD).plus("  " + row.value().apply(s), Style.NORMAL));
    }
    b.add(Line.blank());
    if (r.source() != null || r.tag() != null || r.difficulty() != null) {
      b.add(Line.of("Filters: " + filters(r), Style.DIM));
    }
    b.addAll(Layout.wrap(catalogSummary(s), w, Style.DIM));
    return new Frame(APP + " \u00B7 Set up", "", b, List.of(),
        "\u2191\u2193 row \u00B7 \u2190\u2192 change \u00B7 Enter start \u00B7 Esc back \u00B7 ? keys", 0, -1);
  }

  static String filters(RoundSettings r) {
    List<String> f = new ArrayList<>();
    if (r.source() != null) {
      f.add("source " + r.source());
    }
    if (r.tag() != null) {
      f.add("tag " + r.tag());
    }
    if (r.difficulty() != null) {
      f.add(r.difficulty().label());
    }
    return String.join(", ", f);
  }

  static String status(Round r) {
    int n = Math.min(r.index() + 1, r.challenges().size());
    return n + "/" + r.challenges().size() + " \u00B7 Score " + r.score() + " \u00B7 Streak " + r.streak();
  }

  private static String heading(Round r) {
    return APP + " \u00B7 " + r.settings().mode().title();
  }

  static Frame question(Playing p, int w) {
    Round r = p.round();
    Challenge c = r.current();
    List<Line> b = new ArrayList<>();
    if (c.heading() != null) {
      b.add(Line.of(c.heading(), Style.ACCENT));
      b.add(Line.blank());
    }
    // No outlet under a quotation: the choices are told apart by what was said, not by where.
    b.addAll(Layout.wrap(c.shownPrompt(), w, Style.BOLD));
    b.add(Line.blank());
    int focus = -1;
    List<String> choices = c.choices();
    for (int i = 0; i < choices.size(); i++) {
      boolean sel = i == p.cursor();
      if (sel) {
        focus = b.size();
      }
      String letter = String.valueOf((char) ('A' + i));
      List<Line> lines = Layout.wrap(choices.get(i), w - 6, sel ? Style.SELECTED : Style.NORMAL);
      for (int j = 0; j < lines.size(); j++) {
        Line head = j == 0
            ? new Line(List.of()).plus(sel ? " " + POINTER + " " : "   ", Style.ACCENT).plus(letter + "  ", Style.BOLD)
            : Line.of("      ");
        List<Line.Span> spans = new ArrayList<>(head.spans());
        spans.addAll(lines.get(j).spans());
        b.add(new Line(spans));
      }
    }
    List<Line> pinned = new ArrayList<>();
    if (r.timed()) {
      pinned.add(countdown(r.remainingMillis(), r.settings().timerMillis(), w));
    }
    String last = String.valueOf((char) ('A' + choices.size() - 1));
    return new Frame(heading(r), status(r), b, pinned,
        "A\u2013" + last + " or 1\u2013" + choices.size() + " answer \u00B7 \u2191\u2193 Enter \u00B7 ? keys \u00B7 Esc menu",
        p.scroll(), focus);
  }

  /** A bar that empties as time runs out, with the seconds left in words beside it. */
  /** The one way a clock is written: "20 s left" under a minute, "2:30 left" from one. */
  static String timeLeft(long leftMillis) {
    int seconds = Countdown.secondsShown(leftMillis);
    return (seconds < 60 ? String.format(Locale.ROOT, "%3d s", seconds) : ClassViews.minutes(seconds)) + " left";
  }

  /** "A", "A & B", "A, B & C". */
  static String and(List<String> names) {
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " & " + names.get(names.size() - 1);
  }

  static Line countdown(long left, long total, int w) {
    String label = " " + timeLeft(left);
    int barWidth = Math.max(10, w - label.length() - 6);
    int filled = (int) Math.round(barWidth * (double) left / total);
    Style style = left * 4 < total ? Style.BAD : Style.ACCENT;
    return new Line(List.of()).plus("Time ", Style.DIM).plus("\u2588".repeat(filled), style)
        .plus("\u2591".repeat(barWidth - filled), Style.DIM).plus(label, style);
  }

  static Frame feedback(Playing p, int w) {
    Round r = p.round();
    Answer a = r.lastAnswer();
    List<Line> b = answerLines(a, w, true);
    boolean last = r.index() + 1 >= r.challenges().size();
    return new Frame(heading(r), status(r), b, List.of(),
        "Enter/Space " + (last ? "see results" : "next question") + " \u00B7 \u2191\u2193 scroll \u00B7 ? keys \u00B7 Esc menu",
        p.scroll(), -1);
  }

  /** Right or wrong, the answer, why, the passage with its source, and the discussion prompt. */
  static List<Line> answerLines(Answer a, int w, boolean showPoints) {
    Challenge c = a.challenge();
    List<Line> b = new ArrayList<>();
    if (a.correct()) {
      String pts = showPoints ? "  +" + a.points() + " points" : "";
      b.add(Line.of(CHECK + " Correct!" + pts, Style.GOOD));
    } else if (a.timedOut()) {
      b.add(Line.of(CROSS + " Time's up.", Style.BAD));
    } else {
      String yours = "(" + Challenge.letter(a.choice()) + ") " + c.choices().get(a.choice());
      b.addAll(Layout.wrap(CROSS + " Not quite. You chose " + yours, w, Style.BAD));
    }
    if (!c.prompt().equals(c.passage())) { // a passage as the prompt is shown once, below
      b.addAll(Layout.wrap(c.shownPrompt(), w, Style.BOLD));
    }
    b.addAll(Layout.wrap(c.answerLine(), w, Style.BOLD));
    if (c.explainsInFeedback()) {
      b.addAll(Layout.wrap("Why: " + c.explanation(), w, Style.NORMAL));
    }
    b.add(Line.blank());
    b.add(Line.of("From the source", Style.ACCENT));
    b.addAll(source(c, w));
    return b;
  }

  /** The passage with its key words marked, the source line, and the discussion prompt: solo and class alike. */
  static List<Line> source(Challenge c, int w) {
    List<Line> b = passageAndSource(c, w);
    b.add(Line.blank());
    b.addAll(Layout.wrap("Discuss: " + c.discussion(), w, Style.ACCENT));
    return b;
  }

  static List<Line> passageAndSource(Challenge c, int w) {
    List<Line> b = new ArrayList<>(Layout.passage(c.passage(), c.highlight(), w));
    b.addAll(Layout.wrap(c.source().line() + " (" + c.source().kind().label() + ")", w, Style.DIM));
    return b;
  }

  /**
   * The whole command that draws this round again: mode, count, timer, the packs by id (all that
   * were loaded, when the round drew from all) and the seed.
   */
  static String replayCommand(RoundSettings r, Catalog catalog) {
    List<String> packs = !r.packs().isEmpty() || catalog == null ? r.packs()
        : catalog.packs().stream().map(Pack::id).sorted().toList();
    StringBuilder b = new StringBuilder("sourced play --mode " + r.mode().id() + " --count " + r.count());
    if (r.timerSeconds() > 0) {
      b.append(" --timer ").append(r.timerSeconds());
    }
    packs.forEach(p -> b.append(" --pack ").append(p));
    if (r.source() != null) {
      b.append(" --source ").append(r.source());
    }
    if (r.tag() != null) {
      b.append(" --tag ").append(r.tag());
    }
    if (r.difficulty() != null) {
      b.append(" --difficulty ").append(r.difficulty().label());
    }
    return b.append(" --seed ").append(r.seed()).toString();
  }

  static Frame results(AppState s, Results r, int w) {
    Round round = r.round();
    int n = round.answers().size();
    int right = round.correctCount();
    List<Line> b = new ArrayList<>();
    b.add(Line.of("Round over", Style.ACCENT));
    b.add(Line.blank());
    b.add(Line.of("Score        " + round.score(), Style.BOLD));
    b.add(Line.of("Correct      " + right + " of " + n + " (" + (n == 0 ? 0 : Math.round(100.0 * right / n)) + "%)"));
    b.add(Line.of("Best streak  " + round.bestStreak()));
    b.add(Line.of("Seed         " + round.settings().seed(), Style.DIM));
    b.addAll(Layout.wrap("This round again: " + replayCommand(round.settings(), s.catalog()), w, Style.DIM, "",
        "  "));
    b.add(Line.blank());
    b.add(Line.of("Review: Enter opens an item's passage", Style.ACCENT));
    int focus = -1;
    for (int i = 0; i < n; i++) {
      Answer a = round.answers().get(i);
      boolean sel = i == r.selected();
      if (sel) {
        focus = b.size();
      }
      String mark = a.correct() ? CHECK : CROSS;
      String pts = String.format(Locale.ROOT, "%6s", a.correct() ? "+" + a.points() : "0");
      String head = String.format(Locale.ROOT, "%2d ", i + 1);
      String text = Layout.fit(a.challenge().shownPrompt(), w - 16);
      b.add(new Line(List.of()).plus(sel ? " " + POINTER + " " : "   ", Style.ACCENT)
          .plus(mark + " ", a.correct() ? Style.GOOD : Style.BAD)
          .plus(head + pad(text, w - 16), sel ? Style.SELECTED : Style.NORMAL).plus(pts, Style.DIM));
    }
    return new Frame(heading(round), "Score " + round.score(), b, List.of(),
        "\u2191\u2193 choose \u00B7 Enter open \u00B7 r play again \u00B7 m menu \u00B7 ? keys", r.scroll(), focus);
  }

  static String pad(String s, int width) {
    int missing = width - Layout.width(s);
    return missing > 0 ? s + " ".repeat(missing) : s;
  }

  static Frame review(Review rv, int w) {
    Round round = rv.back().round();
    Answer a = round.answers().get(rv.item());
    List<Line> b = new ArrayList<>();
    b.add(Line.of("Item " + (rv.item() + 1) + " of " + round.answers().size(), Style.DIM));
    b.addAll(answerLines(a, w, true));
    return new Frame(heading(round), "Review", b, List.of(), "\u2191\u2193 scroll \u00B7 Esc/Enter back to results",
        rv.scroll(), -1);
  }

  static Frame packs(AppState s, Packs pk, int w) {
    Catalog c = s.catalog();
    List<Line> b = new ArrayList<>();
    if (c == null) {
      b.addAll(Layout.wrap(catalogSummary(s), w, Style.NORMAL));
    } else {
      if (c.entries().isEmpty()) {
        b.add(Line.of("No packs were found."));
      }
      for (Loaded l : c.entries()) {
        if (l.ok()) {
          Pack p = l.pack();
          b.add(new Line(List.of()).plus(CHECK + " ", Style.GOOD).plus(p.id(), Style.BOLD)
              .plus("  " + p.title(), Style.NORMAL));
          b.addAll(Layout.wrap(counts(p) + " \u00B7 " + l.origin() + ": " + l.file(), w, Style.DIM, "  ", "  "));
          for (Source src : p.sources()) {
            b.addAll(Layout.wrap(src.id() + ": " + src.line(), w, Style.DIM, "  \u2022 ", "    "));
          }
        } else {
          b.add(new Line(List.of()).plus(CROSS + " ", Style.BAD).plus(l.file(), Style.BOLD)
              .plus("  left out (" + plural(l.errors().size(), "error") + ")", Style.BAD));
          for (Problem e : l.errors()) {
            b.addAll(Layout.wrap(e.describe(), w, Style.NORMAL, "  \u2022 ", "    "));
          }
        }
        b.add(Line.blank());
      }
    }
    return new Frame(APP + " \u00B7 Packs", "", b, List.of(), "\u2191\u2193 scroll \u00B7 Esc back", pk.scroll(), -1);
  }

  static String counts(Pack p) {
    return plural(p.sources().size(), "source") + ", " + plural(p.questions().size(), "question") + ", "
        + plural(p.quotes().size(), "quote") + ", " + plural(p.speakers().size(), "speaker");
  }

  static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  static Frame help(Help h, int w) {
    String[][] keys = {
        {"A\u2013F, 1\u20136", "answer with a choice's letter (either case) or number"},
        {"\u2191\u2193 and Enter", "move to a choice and answer; choose in menus"},
        {"Enter, Space", "go on after the source passage"},
        {"\u2190\u2192", "change a setting in the round setup"},
        {"PgUp PgDn", "scroll long passages and lists"},
        {"r", "play again, on the results screen"},
        {"?", "this help"},
        {"Esc, q", "back; in a round it asks before leaving, in a class before ending"},
        {"Ctrl-C", "quit at once"},
    };
    List<Line> solo = new ArrayList<>();
    solo.add(Line.of("Keys", Style.ACCENT));
    String indent = " ".repeat(16);
    for (String[] k : keys) {
      solo.addAll(Layout.wrap(k[1], w, Style.NORMAL, String.format(Locale.ROOT, "  %-14s", k[0]), indent));
    }
    List<Line> teacher = new ArrayList<>();
    teacher.add(Line.of("Classroom session (the teacher's keys)", Style.ACCENT));
    String[][] picks = {
        {"1\u20138, \u2191\u2193", "pick the team whose answer you key in or correct"},
        {"A\u2013F", "record that team's answer (it can change until answers lock); after the reveal, correct it"},
    };
    for (String[] k : picks) {
      teacher.addAll(Layout.wrap(k[1], w, Style.NORMAL, String.format(Locale.ROOT, "  %-14s", k[0]), indent));
    }
    for (TeacherKey k : TeacherKey.values()) {
      teacher.addAll(Layout.wrap(k.help, w, Style.NORMAL, String.format(Locale.ROOT, "  %-14s", k.label), indent));
    }
    // In a class the teacher's keys come first, above the fold of a small screen.
    boolean inClass = h.back() instanceof Page.ClassRun || h.back() instanceof Page.ClassSetup
        || h.back() instanceof Page.ConfirmEnd || h.back() instanceof Page.ConfirmSkip;
    List<Line> b = new ArrayList<>(inClass ? teacher : solo);
    b.add(Line.blank());
    b.addAll(inClass ? solo : teacher);
    b.add(Line.blank());
    b.add(Line.of("Scoring", Style.ACCENT));
    b.addAll(Layout.wrap("A correct answer is worth " + Scoring.CORRECT + " points; with a timer, " + Scoring.CORRECT
        + " falling to " + Scoring.CORRECT / 2 + " as time runs out. Each correct answer in a row after the first adds "
        + Scoring.STREAK_STEP + " more, up to " + Scoring.STREAK_CAP + ". A wrong answer or a timeout scores 0 and "
        + "ends the streak.", w, Style.NORMAL));
    b.add(Line.blank());
    b.add(Line.of("After every answer", Style.ACCENT));
    b.addAll(Layout.wrap("Sourced shows the passage the question came from, with the key words marked \u00BB, "
        + "where it was published, and a question to discuss.", w, Style.NORMAL));
    return new Frame(APP + " \u00B7 Help", "", b, List.of(), "Esc, q or ? back \u00B7 \u2191\u2193 scroll", h.scroll(), -1);
  }

  static Frame confirm(ConfirmAbandon c, int w) {
    Round r = c.back().round();
    List<Line> b = new ArrayList<>();
    b.add(Line.of("Leave this round?", Style.ACCENT));
    b.add(Line.blank());
    b.addAll(Layout.wrap("You are on item " + Math.min(r.index() + 1, r.challenges().size()) + " of "
        + r.challenges().size() + " with " + r.score() + " points. Leaving ends the round; its score is not kept.",
        w, Style.NORMAL));
    b.add(Line.blank());
    b.add(Line.of("  y  leave the round", Style.BOLD));
    b.add(Line.of("  n  keep playing", Style.BOLD));
    return new Frame(heading(r), status(r), b, List.of(), "y leave \u00B7 n or Esc keep playing", 0, -1);
  }

  static Frame notice(Notice n, int w) {
    List<Line> b = new ArrayList<>();
    b.add(Line.of(n.title(), Style.ACCENT));
    b.add(Line.blank());
    b.addAll(Layout.wrap(n.message(), w, Style.NORMAL));
    return new Frame(APP, "", b, List.of(), "Enter go on", 0, -1);
  }

  static Frame packPicker(AppState s, Page.PackPicker p, int w) {
    List<Line> b = new ArrayList<>();
    b.add(Line.of("Packs for the round", Style.ACCENT));
    b.addAll(Layout.wrap("Space ticks a pack, Enter keeps the choice. Imported packs are practice: a round leaves them"
        + " out unless they are ticked here.", w, Style.DIM));
    b.add(Line.blank());
    List<Pack> packs = s.catalog() == null ? List.of() : s.catalog().packs();
    int focus = -1;
    for (int i = 0; i < packs.size(); i++) {
      Pack pack = packs.get(i);
      boolean sel = i == p.cursor();
      if (sel) {
        focus = b.size();
      }
      String box = p.chosen().contains(pack.id()) ? "[x] " : "[ ] ";
      String note = pack.imported() ? "  (imported)" : "";
      b.add(new Line(List.of()).plus(sel ? " " + POINTER + " " : "   ", Style.ACCENT)
          .plus(box + pack.title(), sel ? Style.SELECTED : Style.NORMAL)
          .plus(note + "  " + counts(pack), Style.DIM));
    }
    if (p.chosen().isEmpty()) {
      b.add(Line.blank());
      b.add(Line.of("Tick at least one pack.", Style.BAD));
    }
    return new Frame(APP + " \u00B7 Packs for the round", "", b, List.of(),
        "\u2191\u2193 pack \u00B7 Space tick \u00B7 Enter keep \u00B7 Esc back", 0, focus);
  }
}
