package dev.sourced.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sourced.classroom.ClassEvent;
import dev.sourced.classroom.ClassSettings;
import dev.sourced.classroom.Session;
import dev.sourced.game.Mode;
import dev.sourced.game.RoundSettings;
import dev.sourced.room.Room;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each effect update asks for, and how its answer changes the state. */
class EffectsTest {
  private static AppState classSetup() {
    RoundSettings r = RoundSettings.defaults(Mode.QUIZ, 7).withCount(2);
    ClassSettings cs = ClassSettings.defaults(r, ClassScreensTest.TEAMS).withTimer(0);
    return new AppState(new Page.ClassSetup(Page.ClassSetup.START, -1), ScreensTest.SAMPLE, r, null, cs, null, null,
        null);
  }

  private static String text(AppState s) {
    StringBuilder b = new StringBuilder();
    for (Line l : s.page().frame(s, 80).body()) {
      b.append(l.text()).append('\n');
    }
    return b.toString();
  }

  @Test
  void withoutPacksTheAppAsksForThemAndShowsThemWhenTheyCome() {
    AppState s = new AppState(new Page.Title(), null, RoundSettings.defaults(Mode.QUIZ, 1), null);
    assertThat(App.init(s)).containsExactly(new Effect.LoadPacks());
    assertThat(App.init(s.withCatalog(ScreensTest.SAMPLE, null))).isEmpty();
    AppState loaded = App.update(s, new Msg.PacksLoaded(ScreensTest.SAMPLE)).state();
    assertThat(loaded.catalog()).isSameAs(ScreensTest.SAMPLE);
    assertThat(text(loaded)).contains("1 pack");
  }

  @Test
  void aFailedPackLoadIsShownWithItsReason() {
    AppState s = new AppState(new Page.Title(), null, RoundSettings.defaults(Mode.QUIZ, 1), null);
    AppState failed = App.update(s, new Msg.PacksFailed("the packs folder is not readable")).state();
    assertThat(text(failed)).contains("The packs could not be loaded: the packs folder is not readable")
        .doesNotContain("Loading packs");
    AppState tried = App.update(failed, Msg.Press.of(Msg.Key.ENTER)).state();
    assertThat(tried.page()).isInstanceOf(Page.Setup.class);
    AppState started = App.update(tried, Msg.Press.of(Msg.Key.ENTER)).state();
    assertThat(((Page.Notice) started.page()).message()).contains("could not be loaded");
  }

  /** The real loader throwing on its thread: the title says why, not "Loading packs…" for ever. */
  @Test
  void aLoaderThatThrowsEndsInTheReasonOnTheTitle() {
    VirtualUi ui = VirtualUi.loading(new AppState(new Page.Title(), null, RoundSettings.defaults(Mode.QUIZ, 1), null),
        () -> {
          throw new IllegalStateException("packs folder vanished");
        });
    long deadline = System.currentTimeMillis() + 10_000;
    while (!ui.text().contains("packs folder vanished")) {
      assertThat(System.currentTimeMillis()).as("deadline").isLessThan(deadline);
      ui.step();
      Thread.onSpinWait();
    }
    assertThat(ui.text()).contains("The packs could not be loaded").doesNotContain("Loading packs");
  }

  @Test
  void startingAClassOpensARoomAndItsSnapshotShowsTheQuestion() {
    Update u = App.update(classSetup(), Msg.Press.of(Msg.Key.ENTER));
    assertThat(u.effects()).hasSize(1).first().isInstanceOf(Effect.OpenRoom.class);
    Session opened = ((Effect.OpenRoom) u.effects().get(0)).session();
    assertThat(opened.players()).hasSize(2);
    assertThat(u.state().page()).isInstanceOf(Page.ClassRun.class);
    assertThat(u.state().room()).isNull();
    AppState shown = App.update(u.state(), new Msg.RoomChanged(new Room.Snapshot(opened, new Room.NotYet()))).state();
    assertThat(shown.room().session()).isSameAs(opened);
    assertThat(text(shown)).contains(opened.current().prompt().substring(0, 20)).contains("0 of 2 answered");
  }

  @Test
  void theTeachersKeysBecomeEventsForTheRoomAndItsAnswerMovesTheScreenOn() {
    Update u = App.update(classSetup(), Msg.Press.of(Msg.Key.ENTER));
    Session opened = ((Effect.OpenRoom) u.effects().get(0)).session();
    AppState s = App.update(u.state(), new Msg.RoomChanged(new Room.Snapshot(opened, new Room.NotYet()))).state();
    Update keyed = App.update(s, Msg.Press.typed('b'));
    assertThat(keyed.effects()).containsExactly(new Effect.ToRoom(new ClassEvent.Record(0, 1, 0)));
    assertThat(((Page.ClassRun) keyed.state().page()).team()).as("on to the next team").isEqualTo(1);
    assertThat(App.update(s, Msg.Press.typed('l')).effects()).containsExactly(new Effect.ToRoom(new ClassEvent.Lock()));
    assertThat(App.update(s, Msg.Press.typed(' ')).effects()).as("no timer, nothing to pause").isEmpty();
    assertThat(App.update(s, Msg.Press.typed('s')).state().page()).isInstanceOf(Page.ConfirmSkip.class);
    Session locked = opened.next(new ClassEvent.Lock());
    AppState revealed = App.update(keyed.state(), new Msg.RoomChanged(new Room.Snapshot(locked,
        new Room.Saved("/tmp/r.json and r.csv")))).state();
    assertThat(((Page.ClassRun) revealed.page()).team()).as("a new stage starts afresh").isZero();
    assertThat(revealed.page().frame(revealed, 80).status()).endsWith("saved");
  }

  @Test
  void aFailedSaveIsShownOnTheStatusLineAndTheFinalScreen() {
    Update u = App.update(classSetup(), Msg.Press.of(Msg.Key.ENTER));
    Session opened = ((Effect.OpenRoom) u.effects().get(0)).session();
    Session done = opened.next(new ClassEvent.End());
    AppState s = App.update(u.state(), new Msg.RoomChanged(new Room.Snapshot(done, new Room.Failed("disk full"))))
        .state();
    assertThat(s.page().frame(s, 80).status()).isEqualTo("Final");
    assertThat(text(s)).contains("NOT SAVED: disk full");
    Session q = opened.next(new ClassEvent.Record(0, 0, 0));
    AppState running = App.update(u.state(), new Msg.RoomChanged(new Room.Snapshot(q, new Room.Failed("disk full"))))
        .state();
    assertThat(running.page().frame(running, 80).status()).endsWith("NOT SAVED");
  }

  @Test
  void leavingAFinishedSessionLeavesItsRoom() {
    Update u = App.update(classSetup(), Msg.Press.of(Msg.Key.ENTER));
    Session done = ((Effect.OpenRoom) u.effects().get(0)).session().next(new ClassEvent.End());
    AppState s = App.update(u.state(), new Msg.RoomChanged(new Room.Snapshot(done, new Room.NotYet()))).state();
    Update left = App.update(s, Msg.Press.typed('q'));
    assertThat(left.effects()).containsExactly(new Effect.LeaveRoom());
    assertThat(left.state().page()).isEqualTo(new Page.Title(Page.Item.CLASS));
    assertThat(left.state().room()).isNull();
  }

  @Test
  void theRuntimeCarriesThemOutOnAVirtualTerminal() {
    VirtualUi ui = VirtualUi.start(classSetup()).type("\n").advance(Session.LEAD_IN_MILLIS);
    assertThat(ui.tui.room()).isNotNull();
    assertThat(ui.state().room().session().phase()).isEqualTo(Session.Phase.QUESTION);
    ui.type("a").type("l");
    assertThat(ui.state().room().session().phase()).isEqualTo(Session.Phase.REVEAL);
    ui.type("q").type("y").type("q");
    assertThat(ui.tui.room()).isNull();
    assertThat(List.of(ui.state().page())).containsExactly(new Page.Title(Page.Item.CLASS));
  }
}
