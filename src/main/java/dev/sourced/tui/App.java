package dev.sourced.tui;

import dev.sourced.classroom.ClassEvent;
import dev.sourced.game.Draw;
import dev.sourced.game.Event;
import dev.sourced.game.Mode;
import dev.sourced.game.Round;
import dev.sourced.game.RoundSettings;
import dev.sourced.pack.Pack;
import dev.sourced.tui.Msg.Key;
import dev.sourced.tui.Msg.Press;
import dev.sourced.tui.Page.ClassRun;
import dev.sourced.tui.Page.ClassSetup;
import dev.sourced.tui.Page.ConfirmAbandon;
import dev.sourced.tui.Page.ConfirmEnd;
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

/** The app's rules of navigation: update(state, msg) -> state. No drawing, no I/O. */
public final class App {
  static final List<Integer> COUNTS = List.of(3, 5, 10, 15, 20, 30, 50);

  private App() {}

  public static AppState update(AppState s, Msg msg) {
    if (msg instanceof Msg.PacksLoaded l) {
      return s.withCatalog(l.catalog(), l.resultsProblem());
    }
    if (msg instanceof Msg.Saved saved) {
      return s.page() instanceof ClassRun r
          ? s.with(new ClassRun(r.session(), r.team(), r.passage(), saved.status(), r.scroll())) : s;
    }
    if (msg instanceof Msg.Tick t) {
      if (s.page() instanceof ClassRun r) {
        return ClassApp.apply(s.at(t.wallMillis()), r, new ClassEvent.Tick(t.millis()));
      }
      return s.page() instanceof Playing p ? play(s, p, new Event.Tick(t.millis())) : s;
    }
    Press k = (Press) msg;
    if (k.key() == Key.INTERRUPT) {
      return s.exit(AppState.EXIT_INTERRUPTED);
    }
    boolean typing = s.page() instanceof ClassSetup cs && cs.editing() >= 0;
    if (k.is('?') && !typing && !(s.page() instanceof Help) && !(s.page() instanceof ConfirmAbandon)
        && !(s.page() instanceof ConfirmEnd)) {
      return s.with(new Help(s.page(), 0));
    }
    Page page = s.page();
    if (page instanceof Title t) {
      return title(s, t, k);
    }
    if (page instanceof Setup st) {
      return setup(s, st, k);
    }
    if (page instanceof Playing p) {
      return playing(s, p, k);
    }
    if (page instanceof Results r) {
      return results(s, r, k);
    }
    if (page instanceof Review rv) {
      if (isBack(k) || k.key() == Key.ENTER) {
        return s.with(rv.back());
      }
      return s.with(new Review(rv.back(), rv.item(), scrolled(rv.scroll(), k)));
    }
    if (page instanceof Packs pk) {
      return isBack(k) || k.key() == Key.ENTER ? s.with(new Title(4)) : s.with(new Packs(scrolled(pk.scroll(), k)));
    }
    if (page instanceof Help h) {
      return isBack(k) || k.is('?') || k.key() == Key.ENTER ? s.with(h.back())
          : s.with(new Help(h.back(), scrolled(h.scroll(), k)));
    }
    if (page instanceof ConfirmAbandon c) {
      if (k.is('y')) {
        return s.with(new Title(0));
      }
      return k.is('n') || k.key() == Key.ESCAPE || k.key() == Key.ENTER ? s.with(c.back()) : s;
    }
    if (page instanceof ClassSetup cs) {
      return ClassApp.setup(s, cs, k);
    }
    if (page instanceof ClassRun cr) {
      return ClassApp.run(s, cr, k);
    }
    if (page instanceof ConfirmEnd ce) {
      return ClassApp.confirmEnd(s, ce, k);
    }
    if (page instanceof Notice n) {
      return k.key() == Key.ENTER || isBack(k) || k.is(' ') ? s.with(n.back()) : s;
    }
    return s;
  }

  /** Clamp a page's scroll to what the view could show, so that scrolling back is immediate. */
  public static AppState clampScroll(AppState s, int max) {
    Page p = s.page();
    if (p instanceof Playing x && x.scroll() > max) {
      return s.with(new Playing(x.round(), x.cursor(), max));
    }
    if (p instanceof Results x && x.scroll() > max) {
      return s.with(new Results(x.round(), x.selected(), max));
    }
    if (p instanceof Review x && x.scroll() > max) {
      return s.with(new Review(x.back(), x.item(), max));
    }
    if (p instanceof Packs x && x.scroll() > max) {
      return s.with(new Packs(max));
    }
    if (p instanceof Help x && x.scroll() > max) {
      return s.with(new Help(x.back(), max));
    }
    return s;
  }

  private static boolean isBack(Press k) {
    return k.key() == Key.ESCAPE || k.is('q');
  }

  static int scrolled(int scroll, Press k) {
    return switch (k.key()) {
      case UP -> Math.max(0, scroll - 1);
      case DOWN -> scroll + 1;
      case PAGE_UP -> Math.max(0, scroll - 10);
      case PAGE_DOWN -> scroll + 10;
      case HOME -> 0;
      case END -> Integer.MAX_VALUE / 2;
      default -> scroll;
    };
  }

  private static AppState title(AppState s, Title t, Press k) {
    int n = Title.ITEMS.length;
    if (k.key() == Key.UP) {
      return s.with(new Title((t.selected() + n - 1) % n));
    }
    if (k.key() == Key.DOWN) {
      return s.with(new Title((t.selected() + 1) % n));
    }
    if (isBack(k)) {
      return s.exit(AppState.EXIT_OK);
    }
    if (k.key() == Key.CHAR && k.ch() >= '1' && k.ch() < '1' + n) {
      return choose(s, k.ch() - '1');
    }
    return k.key() == Key.ENTER ? choose(s, t.selected()) : s;
  }

  private static AppState choose(AppState s, int item) {
    return switch (item) {
      case 0 -> s.with(new Setup(Mode.QUIZ, 3));
      case 1 -> s.with(new Setup(Mode.WHO_SAID_IT, 3));
      case 2 -> s.with(new Setup(Mode.MIXED, 3));
      case 3 -> ClassApp.open(s);
      case 4 -> s.with(new Packs(0));
      case 5 -> s.with(new Help(new Title(item), 0));
      default -> s.exit(AppState.EXIT_OK);
    };
  }

  private static AppState setup(AppState s, Setup st, Press k) {
    if (isBack(k)) {
      return s.with(new Title(st.mode().ordinal()));
    }
    if (k.key() == Key.UP || k.key() == Key.DOWN) {
      int d = k.key() == Key.UP ? Setup.ROWS - 1 : 1;
      return s.with(new Setup(st.mode(), (st.row() + d) % Setup.ROWS));
    }
    int step = k.key() == Key.LEFT ? -1 : k.key() == Key.RIGHT ? 1 : 0;
    if (step != 0) {
      RoundSettings r = s.setup();
      return switch (st.row()) {
        case 0 -> s.withSetup(r.withCount(cycle(COUNTS, r.count(), step)));
        case 1 -> s.withSetup(r.withTimer(cycle(RoundSettings.TIMERS, r.timerSeconds(), step)));
        case 2 -> s.withSetup(r.withPacks(nextPacks(s, r.packs(), step)));
        default -> s;
      };
    }
    if (k.key() == Key.ENTER || k.is(' ')) {
      if (st.row() < 3) {
        return s.with(new Setup(st.mode(), 3));
      }
      return start(s, s.setup().withMode(st.mode()), st);
    }
    return s;
  }

  /** Draw a round from the loaded packs and start it, or say why it cannot be played. */
  public static AppState start(AppState s, RoundSettings settings, Page back) {
    if (s.catalog() == null) {
      return s.with(new Notice("Please wait", "The packs are still loading; try again in a moment.", back));
    }
    Draw.Outcome o = Draw.round(s.catalog().packs(), settings);
    AppState next = s.withSetup(settings.withSeed(nextSeed(settings.seed())));
    if (o instanceof Draw.Unavailable u) {
      return next.with(new Notice(settings.mode().title() + " is not available", u.reason(), back));
    }
    Draw.Drawn d = (Draw.Drawn) o;
    Playing playing = new Playing(d.round(), 0, 0);
    return next.with(d.note() == null ? playing : new Notice(settings.mode().title(), d.note(), playing));
  }

  static int cycle(List<Integer> options, int current, int step) {
    int i = options.indexOf(current);
    if (i < 0) {
      i = 0;
      while (i < options.size() - 1 && options.get(i) < current) {
        i++;
      }
      return options.get(i);
    }
    return options.get(Math.floorMod(i + step, options.size()));
  }

  /** The next round gets another seed, derived so that a seeded session replays whole. */
  static long nextSeed(long seed) {
    return seed * 6364136223846793005L + 1442695040888963407L;
  }

  /** All packs, then each single pack, in turn. */
  static List<String> nextPacks(AppState s, List<String> current, int step) {
    List<List<String>> options = new ArrayList<>();
    options.add(List.of());
    if (s.catalog() != null) {
      for (Pack p : s.catalog().packs()) {
        options.add(List.of(p.id()));
      }
    }
    int i = options.indexOf(current);
    return options.get(Math.floorMod((i < 0 ? 0 : i) + step, options.size()));
  }

  private static AppState playing(AppState s, Playing p, Press k) {
    Round r = p.round();
    if (isBack(k)) {
      return s.with(new ConfirmAbandon(p));
    }
    if (r.phase() == Round.Phase.ASKING) {
      int n = r.current().choices().size();
      if (k.key() == Key.UP || k.key() == Key.LEFT) {
        return s.with(new Playing(r, (p.cursor() + n - 1) % n, p.scroll()));
      }
      if (k.key() == Key.DOWN || k.key() == Key.RIGHT) {
        return s.with(new Playing(r, (p.cursor() + 1) % n, p.scroll()));
      }
      if (k.key() == Key.ENTER) {
        return play(s, p, new Event.Choose(p.cursor()));
      }
      int choice = choiceOf(k);
      return choice >= 0 && choice < n ? play(s, p, new Event.Choose(choice)) : s;
    }
    if (k.key() == Key.ENTER || k.is(' ')) {
      return play(s, p, new Event.Next());
    }
    return s.with(new Playing(r, p.cursor(), scrolled(p.scroll(), k)));
  }

  /** A letter in either case or a digit picks a choice; -1 for any other key. */
  static int choiceOf(Press k) {
    if (k.key() != Key.CHAR) {
      return -1;
    }
    char c = Character.toLowerCase(k.ch());
    if (c >= 'a' && c <= 'f') {
      return c - 'a';
    }
    if (c >= '1' && c <= '6') {
      return c - '1';
    }
    return -1;
  }

  private static AppState play(AppState s, Playing p, Event e) {
    Round next = p.round().next(e);
    if (next == p.round()) {
      return s;
    }
    if (next.phase() == Round.Phase.FINISHED) {
      return s.with(new Results(next, 0, 0));
    }
    boolean newItem = next.index() != p.round().index() || next.phase() != p.round().phase();
    return s.with(new Playing(next, newItem ? 0 : p.cursor(), newItem ? 0 : p.scroll()));
  }

  private static AppState results(AppState s, Results r, Press k) {
    int n = r.round().answers().size();
    if (isBack(k) || k.is('m')) {
      return s.with(new Title(0));
    }
    if (k.is('r')) {
      return start(s, s.setup().withMode(r.round().settings().mode()), r);
    }
    if (k.key() == Key.UP) {
      return s.with(new Results(r.round(), Math.max(0, r.selected() - 1), r.scroll()));
    }
    if (k.key() == Key.DOWN) {
      return s.with(new Results(r.round(), Math.min(n - 1, r.selected() + 1), r.scroll()));
    }
    if (k.key() == Key.ENTER && n > 0) {
      return s.with(new Review(r, r.selected(), 0));
    }
    return s;
  }
}
