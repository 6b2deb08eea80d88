package dev.sourced.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.sourced.classroom.ClassSettings;
import dev.sourced.classroom.Session;
import dev.sourced.game.Draw;
import dev.sourced.game.Mode;
import dev.sourced.game.RoundSettings;
import dev.sourced.room.Room;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Several screens on one class session, each driven from its own thread, the session on the room's. */
class TwoScreensTest {
  static final long DEADLINE_MILLIS = 20_000;

  private static Room room(int timerSeconds) {
    RoundSettings r = RoundSettings.defaults(Mode.QUIZ, 7).withCount(3);
    ClassSettings cs = ClassSettings.defaults(r, ClassScreensTest.TEAMS).withTimer(timerSeconds);
    Session s = Session.keyed(cs, ((Draw.Drawn) Draw.round(ScreensTest.SAMPLE.packs(), r)).challenges());
    return new Room(s, System::currentTimeMillis, x -> new Room.Saved("memory")).start();
  }

  private static AppState showing(Session s) {
    return new AppState(ClassApp.fresh(s), ScreensTest.SAMPLE, s.settings().round(), null, s.settings(), null, null,
        null);
  }

  /** Steps the screen on this thread until its state passes the test, or fails at the deadline. */
  private static VirtualUi until(VirtualUi ui, Predicate<VirtualUi> done) {
    long end = System.currentTimeMillis() + DEADLINE_MILLIS;
    while (!done.test(ui)) {
      assertThat(System.currentTimeMillis()).as("deadline").isLessThan(end);
      ui.step();
      Thread.onSpinWait();
    }
    return ui;
  }

  private static Session.Phase phase(VirtualUi ui) {
    return ui.state().room().session().phase();
  }

  @Test
  void helpOnOneScreenDoesNotStopTheClockAndBothSeeTheReveal() throws Exception {
    try (Room room = room(1)) {
      AppState start = showing(room.snapshot().session());
      VirtualUi a = VirtualUi.attached(start, new DefaultVirtualTerminal(new TerminalSize(80, 24)), room);
      VirtualUi b = VirtualUi.attached(start, new DefaultVirtualTerminal(new TerminalSize(80, 24)), room);
      CompletableFuture<String> first = CompletableFuture.supplyAsync(
          () -> until(a, ui -> ui.text().contains("Time is up.")).text());
      CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> {
        b.type("?");
        assertThat(b.text()).contains("Classroom session (the teacher's keys)");
        until(b, ui -> phase(ui) == Session.Phase.REVEAL); // the clock ran on under the help
        assertThat(b.state().page()).isInstanceOf(Page.Help.class);
        return b.press(KeyType.Escape).text();
      });
      assertThat(first.get(DEADLINE_MILLIS, TimeUnit.MILLISECONDS)).contains("The answer is");
      assertThat(second.get(DEADLINE_MILLIS, TimeUnit.MILLISECONDS)).contains("Time is up.").contains("The answer is");
    }
  }

  @Test
  void oneScreenKeysTheAnswersAndTheOtherSeesThem() throws Exception {
    try (Room room = room(0)) {
      AppState start = showing(room.snapshot().session());
      VirtualUi teacher = VirtualUi.attached(start, new DefaultVirtualTerminal(new TerminalSize(80, 24)), room);
      VirtualUi wall = VirtualUi.attached(start, new DefaultVirtualTerminal(new TerminalSize(160, 45)), room);
      CompletableFuture<Void> keys = CompletableFuture.runAsync(() -> {
        teacher.type("a");
        until(teacher, ui -> ui.state().room().session().answeredCount() == 1);
        teacher.type("b");
      });
      String seen = CompletableFuture.supplyAsync(() -> until(wall, ui -> phase(ui) == Session.Phase.REVEAL).text())
          .get(DEADLINE_MILLIS, TimeUnit.MILLISECONDS);
      keys.get(DEADLINE_MILLIS, TimeUnit.MILLISECONDS);
      assertThat(seen).contains("Every team has answered.").contains("chose A").contains("chose B");
    }
  }

  @Test
  void aScreenThatFailsEndsAloneAndTheOthersGoOn() throws Exception {
    try (Room room = room(1)) {
      AppState start = showing(room.snapshot().session());
      AtomicBoolean dropped = new AtomicBoolean();
      DefaultVirtualTerminal broken = new DefaultVirtualTerminal(new TerminalSize(80, 24)) {
        @Override
        public void flush() {
          if (dropped.get()) {
            throw new IllegalStateException("the connection dropped");
          }
          super.flush();
        }
      };
      VirtualUi good = VirtualUi.attached(start, new DefaultVirtualTerminal(new TerminalSize(80, 24)), room);
      VirtualUi bad = VirtualUi.attached(start, broken, room);
      assertThat(room.screens()).isEqualTo(2);
      dropped.set(true);
      CompletableFuture<Throwable> failed = CompletableFuture.supplyAsync(() -> {
        try {
          until(bad, ui -> false);
          return null;
        } catch (IllegalStateException e) {
          return e;
        }
      });
      assertThat(failed.get(DEADLINE_MILLIS, TimeUnit.MILLISECONDS)).hasMessage("the connection dropped");
      assertThat(room.screens()).isEqualTo(1);
      String seen = CompletableFuture.supplyAsync(() -> until(good, ui -> ui.text().contains("Time is up.")).text())
          .get(DEADLINE_MILLIS, TimeUnit.MILLISECONDS);
      assertThat(seen).contains("The answer is");
    }
  }
}
