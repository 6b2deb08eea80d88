package dev.sourced.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.sourced.game.Mode;
import dev.sourced.game.RoundSettings;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The real loop (Tui.run) over a fake clock: it wakes only when a key comes or its screen will change. */
class LoopTest {
  /** Hands out the keys when the loop would wait for ever; otherwise lets the time it asked for pass. */
  static final class FakeTime implements Tui.Waiter {
    final AtomicLong clock = new AtomicLong(1_000_000);
    final Deque<Msg> keys = new ArrayDeque<>();
    final List<Long> waits = new ArrayList<>();

    @Override
    public Msg await(java.util.concurrent.BlockingQueue<Msg> inbox, long millis) {
      Msg posted = inbox.poll();
      if (posted != null) {
        return posted;
      }
      waits.add(millis);
      if (millis < 0) {
        return keys.isEmpty() ? Msg.Press.of(Msg.Key.INTERRUPT) : keys.removeFirst();
      }
      clock.addAndGet(millis);
      return null;
    }

    long timedWaits() {
      return waits.stream().filter(w -> w >= 0).count();
    }
  }

  private static int run(AppState start, FakeTime time) throws Exception {
    DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(80, 24));
    TerminalScreen screen = new TerminalScreen(vt);
    screen.startScreen();
    Tui tui = new Tui(screen, start, true, time.clock::get).waiter(time, false);
    int code = tui.run();
    assertThat(tui.wakes()).isEqualTo(time.waits.size());
    return code;
  }

  private static AppState title(RoundSettings r) {
    return new AppState(new Page.Title(), ScreensTest.SAMPLE, r, null);
  }

  @Test
  void anIdleTitleSleepsUntilAKey() throws Exception {
    FakeTime time = new FakeTime();
    time.keys.add(Msg.Press.typed('q'));
    assertThat(run(title(RoundSettings.defaults(Mode.QUIZ, 7)), time)).isZero();
    assertThat(time.waits).containsExactly(-1L);
  }

  /** A 10-second question left alone: ten wake-ups, one for each second the countdown shows, then none. */
  @Test
  void aTimedQuestionWakesOnceASecondAndNoMore() throws Exception {
    FakeTime time = new FakeTime();
    time.keys.add(Msg.Press.typed('1'));
    time.keys.add(Msg.Press.of(Msg.Key.ENTER)); // start the round; now the clock runs
    time.keys.add(Msg.Press.typed('q'));        // on the feedback screen: leave?
    time.keys.add(Msg.Press.typed('y'));
    time.keys.add(Msg.Press.typed('q'));        // and quit from the title
    long started = time.clock.get();
    assertThat(run(title(RoundSettings.defaults(Mode.QUIZ, 7).withCount(3).withTimer(10)), time)).isZero();
    assertThat(time.timedWaits()).isEqualTo(10);
    assertThat(time.clock.get() - started).isEqualTo(10_000);
    assertThat(time.waits.stream().filter(w -> w < 0).count()).isEqualTo(5);
  }
}
