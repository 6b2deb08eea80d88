package dev.sourced.tui;

import dev.sourced.game.Countdown;
import dev.sourced.game.Draw;
import dev.sourced.game.Event;
import dev.sourced.game.Mode;
import dev.sourced.game.Round;
import dev.sourced.game.RoundSettings;
import dev.sourced.pack.Pack;
import dev.sourced.tui.Msg.Key;
import dev.sourced.tui.Msg.Press;
import dev.sourced.tui.Page.ConfirmAbandon;
import dev.sourced.tui.Page.Help;
import dev.sourced.tui.Page.Item;
import dev.sourced.tui.Page.Notice;
import dev.sourced.tui.Page.Packs;
import dev.sourced.tui.Page.Playing;
import dev.sourced.tui.Page.Results;
import dev.sourced.tui.Page.Review;
import dev.sourced.tui.Page.Setup;
import dev.sourced.tui.Page.Title;
import java.util.ArrayList;
import java.util.List;

/** The app's rules: update(state, msg) -> state and effects. No drawing, no I/O. */
public final class App {
  private App() {}

  /** What a screen starting on this state must do first. */
  public static List<Effect> init(AppState s) {
    List<Effect> effects = new ArrayList<>();
    if (s.catalog() == null) {
      effects.add(new Effect.LoadPacks());
    }
    if (s.page() instanceof Page.ClassSetup) {
      effects.add(new Effect.ListSessions());
    }
    return effects;
  }

  public static Update update(AppState s, Msg msg) {
    if (msg instanceof Msg.PacksLoaded l) {
      return Update.of(s.withCatalog(l.catalog(), l.resultsProblem()));
    }
    if (msg instanceof Msg.PacksFailed f) {
      return Update.of(s.withLoadProblem(f.why()));
    }
    if (msg instanceof Msg.RoomChanged r) {
      return Update.of(ClassApp.changed(s, r.snapshot()));
    }
    if (msg instanceof Msg.SessionsListed l) {
      return Update.of(s.withSaved(l.sessions()));
    }
    if (msg instanceof Msg.ResumeFailed f) {
      return Update.of(s.withRoom(null).with(new Notice("The session cannot be continued", f.why(),
          new Page.ClassSetup(0, -1))));
    }
    if (msg instanceof Msg.Tick t) {
      return Update.of(s.page() instanceof Playing p ? play(s, p, new Event.Tick(t.millis())) : s);
    }
    Press k = (Press) msg;
    if (k.key() == Key.INTERRUPT) {
      return Update.of(s.exit(AppState.EXIT_INTERRUPTED));
    }
    Page page = s.page();
    if (k.is('?') && !page.typing() && !(page instanceof Help) && !(page instanceof ConfirmAbandon)
        && !(page instanceof Page.ConfirmEnd) && !(page instanceof Page.ConfirmRemove)) {
      return Update.of(s.with(new Help(page, 0)));
    }
    return page.update(s, k);
  }

  /** How long until the screen shows something new without a key: -1 for never. */
  public static long nextWake(AppState s) {
    if (s.page() instanceof Playing p && p.round().phase() == Round.Phase.ASKING && p.round().timed()) {
      return Countdown.untilChange(p.round().remainingMillis());
    }
    return -1;
  }

  static boolean isBack(Press k) {
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

  /** Up and Down through n rows, wrapping. */
  static int moved(int row, int n, Press k) {
    return k.key() == Key.UP ? (row + n - 1) % n : k.key() == Key.DOWN ? (row + 1) % n : row;
  }

  static Update title(AppState s, Title t, Press k) {
    Item[] items = Item.values();
    if (k.key() == Key.UP || k.key() == Key.DOWN) {
      return Update.of(s.with(new Title(items[moved(t.selected().ordinal(), items.length, k)])));
    }
    if (isBack(k)) {
      return Update.of(s.exit(AppState.EXIT_OK));
    }
    if (k.key() == Key.CHAR && k.ch() >= '1' && k.ch() < '1' + items.length) {
      return choose(s, items[k.ch() - '1']);
    }
    return k.key() == Key.ENTER ? choose(s, t.selected()) : Update.of(s);
  }

  private static Update choose(AppState s, Item item) {
    return switch (item) {
      case QUIZ -> Update.of(s.with(new Setup(Mode.QUIZ, Row.start(SETUP))));
      case WHO_SAID_IT -> Update.of(s.with(new Setup(Mode.WHO_SAID_IT, Row.start(SETUP))));
      case WHICH_TEXT -> Update.of(s.with(new Setup(Mode.WHICH_TEXT, Row.start(SETUP))));
      case MIXED -> Update.of(s.with(new Setup(Mode.MIXED, Row.start(SETUP))));
      // The class menu offers an interrupted session, so it asks for the saved ones.
      case CLASS -> Update.of(ClassApp.open(s), new Effect.ListSessions());
      case PACKS -> Update.of(s.with(new Packs(0)));
      case HELP -> Update.of(s.with(new Help(new Title(item), 0)));
      case QUIT -> Update.of(s.exit(AppState.EXIT_OK));
    };
  }

  /** The round setup form. */
  static final List<Row> SETUP = List.of(
      Row.setting("Items", s -> Row.arrows(String.valueOf(s.setup().count())),
          (s, step) -> s.withSetup(s.setup().withCount(cycle(RoundSettings.COUNTS, s.setup().count(), step)))),
      Row.setting("Timer", s -> Row.arrows(s.setup().timerSeconds() == 0 ? "off" : s.setup().timerSeconds() + " s"),
          (s, step) -> s.withSetup(s.setup().withTimer(cycle(RoundSettings.TIMERS, s.setup().timerSeconds(), step)))),
      new Row("Packs", s -> packsLabel(s, s.setup().packs()) + "   (Enter to choose)", null,
          s -> Update.of(s.with(new Page.PackPicker(s.page(), 0, chosenPacks(s, s.setup().packs()))))),
      Row.action("Start", s -> "", s -> Update.of(s)));

  static AppState setup(AppState s, Setup st, Press k) {
    if (isBack(k)) {
      return s.with(new Title(Item.of(st.mode())));
    }
    if (k.key() == Key.UP || k.key() == Key.DOWN) {
      return s.with(new Setup(st.mode(), moved(st.row(), SETUP.size(), k)));
    }
    Row row = SETUP.get(st.row());
    int step = k.key() == Key.LEFT ? -1 : k.key() == Key.RIGHT ? 1 : 0;
    if (step != 0 && row.change() != null) {
      return row.change().apply(s, step);
    }
    if (k.key() == Key.ENTER || k.is(' ')) {
      if (st.row() == Row.start(SETUP)) {
        return start(s, s.setup().withMode(st.mode()), st);
      }
      return row.enter() != null ? row.enter().apply(s).state() : s.with(new Setup(st.mode(), Row.start(SETUP)));
    }
    return s;
  }

  /** The chosen packs by title; none chosen means every pack but the imported ones. */
  static String packsLabel(AppState s, List<String> ids) {
    if (s.catalog() == null) {
      return ids.isEmpty() ? "all packs" : String.join(", ", ids);
    }
    List<String> titles = new ArrayList<>();
    for (String id : chosenPacks(s, ids)) {
      s.catalog().pack(id).ifPresent(p -> titles.add(p.title()));
    }
    boolean anyImported = s.catalog().packs().stream().anyMatch(Pack::imported);
    return titles.isEmpty() ? "no pack" : ids.isEmpty() && anyImported ? String.join(", ", titles)
        + " (imported packs only when chosen)" : String.join(", ", titles);
  }

  /** The packs a round draws from: those chosen, or, with none chosen, every pack that was not imported. */
  static List<String> chosenPacks(AppState s, List<String> ids) {
    if (s.catalog() == null) {
      return ids;
    }
    // A remembered choice may name a pack since removed: what is left of it, or the default.
    List<String> there = ids.stream().filter(id -> s.catalog().pack(id).isPresent()).toList();
    if (!there.isEmpty()) {
      return there;
    }
    return s.catalog().packs().stream().filter(p -> !p.imported()).map(Pack::id).toList();
  }

  static AppState pickPacks(AppState s, Page.PackPicker p, Press k) {
    List<Pack> packs = s.catalog() == null ? List.of() : s.catalog().packs();
    if (k.key() == Key.ESCAPE || k.is('q') || packs.isEmpty()) {
      return s.with(p.back());
    }
    if (k.key() == Key.UP || k.key() == Key.DOWN) {
      return s.with(new Page.PackPicker(p.back(), moved(p.cursor(), packs.size(), k), p.chosen()));
    }
    if (k.is(' ')) {
      String id = packs.get(p.cursor()).id();
      List<String> chosen = new ArrayList<>(p.chosen());
      if (!chosen.remove(id)) {
        chosen.add(id);
      }
      return s.with(new Page.PackPicker(p.back(), p.cursor(), chosen));
    }
    if (k.key() == Key.ENTER && !p.chosen().isEmpty()) {
      // Kept in the catalog's order, so the choice reads the same wherever it is shown.
      List<String> ids = packs.stream().map(Pack::id).filter(p.chosen()::contains).toList();
      AppState back = s.with(p.back());
      return p.back() instanceof Page.ClassSetup ? back.withClassSetup(ClassApp.settingsOf(s).withRound(
          ClassApp.settingsOf(s).round().withPacks(ids))) : back.withSetup(s.setup().withPacks(ids));
    }
    return s;
  }

  /** Draw a round from the loaded packs and start it, or say why it cannot be played. */
  public static AppState start(AppState s, RoundSettings settings, Page back) {
    if (s.catalog() == null) {
      return s.with(new Notice("Please wait", loadingMessage(s), back));
    }
    settings = settings.withPacks(chosenPacks(s, settings.packs()));
    Draw.Outcome o = Draw.round(s.catalog().packs(), settings);
    AppState next = s.withSetup(settings.next());
    if (o instanceof Draw.Unavailable u) {
      return next.with(new Notice(settings.mode().title() + " is not available", u.reason(), back));
    }
    Draw.Drawn d = (Draw.Drawn) o;
    Playing playing = new Playing(Round.start(d.challenges(), settings), 0, 0);
    return next.with(d.note() == null ? playing : new Notice(settings.mode().title(), d.note(), playing));
  }

  static String loadingMessage(AppState s) {
    return s.loadProblem() != null ? "The packs could not be loaded: " + s.loadProblem()
        : "The packs are still loading; try again in a moment.";
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

  static AppState playing(AppState s, Playing p, Press k) {
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

  static AppState results(AppState s, Results r, Press k) {
    int n = r.round().answers().size();
    if (isBack(k) || k.is('m')) {
      return s.with(new Title(Item.of(r.round().settings().mode())));
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
