package dev.sourced.room;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sourced.classroom.ClassEvent;
import dev.sourced.classroom.ClassSettings;
import dev.sourced.classroom.Player;
import dev.sourced.classroom.Session;
import dev.sourced.game.Challenge;
import dev.sourced.game.Draw;
import dev.sourced.game.Mode;
import dev.sourced.game.RoundSettings;
import dev.sourced.pack.Pack;
import dev.sourced.testing.TestPacks;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RoomTest {
  static final Pack PACK = TestPacks.minimal().withQuestions(6).build();
  final AtomicLong clock = new AtomicLong(5_000_000);
  final List<Session> saved = new ArrayList<>();

  static Session session(int players, int timer) {
    RoundSettings r = new RoundSettings(Mode.QUIZ, 3, 0, List.of(), null, null, null, 5);
    List<Challenge> qs = ((Draw.Drawn) Draw.round(List.of(PACK), r)).challenges();
    ClassSettings cs = new ClassSettings(r, List.of(), timer, ClassSettings.ScoringRule.ACCURACY, false, false, 0);
    List<Player> ps = new ArrayList<>();
    for (int i = 0; i < players; i++) {
      ps.add(new Player("p" + i, "P" + i, Player.NO_TEAM));
    }
    return Session.start(cs, qs, ps);
  }

  Room inline(Session s) {
    return new Room(s, clock::get, x -> {
      saved.add(x);
      return new Room.Saved("#" + saved.size());
    });
  }

  @Test
  void aScreenSeesTheSessionAtOnceAndAgainOnlyWhenItChanges() {
    Room room = inline(session(2, 0));
    List<Room.Snapshot> shown = new ArrayList<>();
    room.join(shown::add);
    assertThat(shown).hasSize(1);
    clock.addAndGet(60_000);
    room.pump();
    assertThat(shown).as("an untimed question shows nothing new as time passes").hasSize(1);
    room.send(new ClassEvent.Record(0, 1, 0));
    room.pump();
    assertThat(shown).hasSize(2);
    assertThat(shown.get(1).session().ballots().get(0).wallMillis()).as("stamped by the room's clock")
        .isEqualTo(clock.get());
    assertThat(shown.get(1).session().ballots().get(0).millis()).isEqualTo(60_000);
  }

  @Test
  void aScreenJoiningWhileTheRoomMovesOnEndsOnTheNewestSnapshot() throws Exception {
    Room room = inline(session(2, 0));
    room.send(new ClassEvent.Record(0, 1, 0)); // made into a new snapshot by the other thread, during the join
    List<Room.Snapshot> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.concurrent.CountDownLatch pumped = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.atomic.AtomicBoolean first = new java.util.concurrent.atomic.AtomicBoolean(true);
    Thread other = new Thread(() -> {
      room.pump();
      pumped.countDown();
    });
    room.join(snapshot -> {
      if (first.getAndSet(false)) {
        other.start();
        try {
          // Racing, the other thread's snapshot would come and go before this one is shown; held off by
          // the join, it cannot, and this wait ends at its deadline.
          pumped.await(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      shown.add(snapshot);
    });
    other.join(5_000);
    assertThat(shown).hasSize(2);
    assertThat(shown.get(1)).as("the last snapshot the screen got is the room's newest").isSameAs(room.snapshot());
    assertThat(shown.get(1).session().ballots().get(0).given()).isTrue();
  }

  @Test
  void aCountdownGoesOutOnceASecond() {
    Room room = inline(session(2, 10));
    List<Room.Snapshot> shown = new ArrayList<>();
    room.join(shown::add);
    room.pump();
    int before = shown.size();
    for (int i = 0; i < 50; i++) { // five seconds in tenths
      clock.addAndGet(100);
      room.pump();
    }
    assertThat(shown.size() - before).isEqualTo(5);
    assertThat(Room.dueIn(room.snapshot().session())).isEqualTo(1_000);
  }

  @Test
  void aLeadInGoesOutOnceASecondAndAnAnswerDuringItShowsNothing() {
    Room room = inline(session(2, 10));
    List<Room.Snapshot> shown = new ArrayList<>();
    room.join(shown::add);
    assertThat(shown.get(0).session().phase()).isEqualTo(Session.Phase.LEAD_IN);
    assertThat(Room.dueIn(room.snapshot().session())).isEqualTo(1_000);
    for (int i = 0; i < 30; i++) { // the three seconds of the lead-in, in tenths
      clock.addAndGet(100);
      if (i == 15) {
        room.send(new ClassEvent.Record(0, 1, 0));
      }
      room.pump();
    }
    assertThat(shown).extracting(x -> x.session().phase() + " " + Room.secondsShown(x.session()))
        .containsExactly("LEAD_IN 3", "LEAD_IN 2", "LEAD_IN 1", "QUESTION 10");
    Session open = room.snapshot().session();
    assertThat(open.ballots().get(0).given()).as("the answer sent in the lead-in was not taken").isFalse();
    assertThat(open.remainingMillis()).isEqualTo(10_000);
  }

  @Test
  void theSessionIsSavedAfterEachLockAndSaysHow() {
    Room room = inline(session(2, 0));
    room.pump();
    assertThat(saved).as("nothing played, nothing saved").isEmpty();
    room.send(new ClassEvent.Lock());
    room.pump();
    assertThat(saved).hasSize(1);
    assertThat(saved.get(0).outcomes()).hasSize(1);
    assertThat(room.snapshot().save()).isEqualTo(new Room.Saved("#1"));
  }

  @Test
  void aFailedSaveIsShownWithWhy() {
    Room room = new Room(session(1, 0), clock::get, x -> {
      throw new IllegalStateException("disk full");
    });
    room.send(new ClassEvent.Lock());
    room.pump();
    assertThat(room.snapshot().save()).isEqualTo(new Room.Failed("disk full"));
  }

  @Test
  void aScreenThatThrowsIsDroppedAndTheOthersGoOn() {
    Room room = inline(session(2, 0));
    List<Room.Snapshot> shown = new ArrayList<>();
    room.join(shown::add);
    room.join(s -> {
      if (s.session().answeredCount() > 0) {
        throw new IllegalStateException("gone");
      }
    });
    assertThat(room.screens()).isEqualTo(2);
    room.send(new ClassEvent.Record(0, 0, 0));
    room.pump();
    room.send(new ClassEvent.Record(1, 0, 0));
    room.pump();
    assertThat(room.screens()).isEqualTo(1);
    assertThat(shown.get(shown.size() - 1).session().phase()).isEqualTo(Session.Phase.REVEAL);
  }

  /** 200 players answer from four threads at once; the room's own thread steps the session. */
  @Test
  void eventsFromManyThreadsAreAllApplied() throws Exception {
    try (Room room = new Room(session(200, 0), System::currentTimeMillis, x -> new Room.NotYet()).start()) {
      CountDownLatch revealed = new CountDownLatch(1);
      List<Room.Snapshot> shown = new CopyOnWriteArrayList<>();
      room.join(s -> {
        shown.add(s);
        if (s.session().phase() == Session.Phase.REVEAL) {
          revealed.countDown();
        }
      });
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int from = t * 50;
        threads.add(new Thread(() -> {
          for (int p = from; p < from + 50; p++) {
            room.send(new ClassEvent.Record(p, p % 3, 0));
          }
        }));
      }
      threads.forEach(Thread::start);
      for (Thread t : threads) {
        t.join(10_000);
      }
      assertThat(revealed.await(10, TimeUnit.SECONDS)).isTrue();
      Session s = room.snapshot().session();
      assertThat(s.lastOutcome().how()).isEqualTo(dev.sourced.classroom.Outcome.Lock.ALL_ANSWERED);
      assertThat(s.lastOutcome().seats()).isEqualTo(200);
      assertThat(s.lastOutcome().ballots()).allMatch(b -> b.given());
    }
  }
}
