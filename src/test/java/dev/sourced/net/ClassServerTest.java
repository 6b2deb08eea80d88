package dev.sourced.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sourced.classroom.ClassEvent;
import dev.sourced.classroom.ClassSettings;
import dev.sourced.classroom.Session;
import dev.sourced.game.Challenge;
import dev.sourced.game.Draw;
import dev.sourced.game.Mode;
import dev.sourced.game.RoundSettings;
import dev.sourced.pack.Catalog;
import dev.sourced.pack.PackLoader;
import dev.sourced.room.Room;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.auth.keyboard.UserInteraction;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannel;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server with a real MINA client and a pty, in-process, on a free loopback port (issue 9). */
class ClassServerTest {
  static final Catalog SAMPLE = Catalog.of(List.of(PackLoader.loadFile(Path.of("src/test/resources/packs/sample.json"),
      "test")));

  @TempDir
  Path home;

  private ClassServer server;
  private Room room;
  private SshClient client;

  @BeforeEach
  void open() throws Exception {
    server = ClassServer.start(new ClassServer.Options("127.0.0.1", 0, 200, home.resolve("key")), "482913", TestPlayers.REAL);
    RoundSettings r = RoundSettings.defaults(Mode.QUIZ, 7).withCount(2);
    List<Challenge> cs = ((Draw.Drawn) Draw.round(SAMPLE.packs(), r)).challenges();
    room = new Room(Session.lobby(ClassSettings.defaults(r, List.of()), cs), System::currentTimeMillis,
        s -> new Room.NotYet(), server.doors(Map.of())).start();
    server.serve(() -> room);
    client = SshClient.setUpDefaultClient();
    client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
    client.start();
  }

  @AfterEach
  void close() throws IOException {
    client.stop();
    room.close();
    server.close();
  }

  static void await(String what, BooleanSupplier ok) {
    await(() -> what, ok);
  }

  static void await(java.util.function.Supplier<String> what, BooleanSupplier ok) {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (!ok.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        Thread.getAllStackTraces().forEach((t, st) -> {
          if (t.getName().startsWith("player")) {
            System.err.println(t + "\n  " + java.util.Arrays.toString(st).replace(", ", "\n  "));
          }
        });
        throw new AssertionError("timed out waiting for " + what.get());
      }
      Thread.onSpinWait();
      try {
        Thread.sleep(10); // poll interval while waiting on a condition with a deadline
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private ClientSession session(String user, String code) throws IOException {
    return session(client, user, code);
  }

  private ClientSession session(SshClient client, String user, String code) throws IOException {
    ClientSession s = client.connect(user, "127.0.0.1", server.port()).verify(Duration.ofSeconds(10)).getSession();
    s.setUserInteraction(new UserInteraction() {
      @Override
      public String[] interactive(ClientSession session, String name, String instruction, String lang,
          String[] prompt, boolean[] echo) {
        assertThat(instruction).contains("projector");
        assertThat(prompt).containsExactly("Join code: ");
        return new String[] {code};
      }

      @Override
      public String getUpdatedPassword(ClientSession session, String prompt, String lang) {
        return null;
      }
    });
    s.auth().verify(Duration.ofSeconds(10));
    return s;
  }

  /** A student's terminal: a pty of 80x24, what the server sent, and keys to type. */
  static final class Terminal {
    final ChannelShell channel;
    final ByteArrayOutputStream seen = new ByteArrayOutputStream();
    final OutputStream keys;

    Terminal(ClientSession s) throws IOException {
      channel = s.createShellChannel();
      channel.setPtyType("xterm");
      channel.setPtyColumns(80);
      channel.setPtyLines(24);
      PipedInputStream in = new PipedInputStream(4096);
      keys = new PipedOutputStream(in);
      channel.setIn(in);
      channel.setOut(new OutputStream() {
        @Override
        public void write(int b) {
          synchronized (seen) {
            seen.write(b);
          }
        }

        @Override
        public void write(byte[] b, int off, int len) {
          synchronized (seen) {
            seen.write(b, off, len);
          }
        }
      });
      channel.open().verify(Duration.ofSeconds(10));
    }

    String text() {
      synchronized (seen) {
        return seen.toString(StandardCharsets.UTF_8);
      }
    }

    Terminal type(String s) throws IOException {
      keys.write(s.getBytes(StandardCharsets.UTF_8));
      keys.flush();
      return this;
    }

    Terminal awaitText(String t) {
      await(() -> "\"" + t + "\" on the student's screen; it has:\n" + text(), () -> text().contains(t));
      return this;
    }
  }

  @Test
  void aStudentJoinsWithTheCodeAndEnterAsALoneCrConfirmsTheName() throws IOException {
    Terminal t = new Terminal(session("ann", "482913")).awaitText("Your name");
    t.type("\r").awaitText("You're in, ann!");
    assertThat(room.snapshot().session().players()).extracting(p -> p.name()).containsExactly("ann");
    assertThat(room.snapshot().doors().online()).hasSize(1);
  }

  @Test
  void aClosedChannelEndsItsPlayerAndTheSeatShowsDisconnected() throws IOException {
    Terminal t = new Terminal(session("ann", "482913")).awaitText("Your name");
    t.type("\r").awaitText("You're in");
    t.channel.close(false);
    await("the seat shown as disconnected", () -> room.snapshot().doors().online().isEmpty());
    assertThat(room.snapshot().session().playerCount()).isEqualTo(1);
  }

  @Test
  void aDroppedConnectionEndsItsPlayer() throws IOException {
    ClientSession s = session("ann", "482913");
    Terminal t = new Terminal(s).awaitText("Your name");
    t.type("\r").awaitText("You're in");
    s.close(true);
    await("the seat shown as disconnected", () -> room.snapshot().doors().online().isEmpty());
    assertThat(room.snapshot().session().playerCount()).isEqualTo(1);
  }

  /** One try at the code from a local address; instructions collects what the server said above the prompt. */
  private boolean tries(String from, String code, List<String> instructions) throws IOException {
    ClientSession s = client.connect("eve", new java.net.InetSocketAddress("127.0.0.1", server.port()), null,
        new java.net.InetSocketAddress(from, 0)).verify(Duration.ofSeconds(10)).getSession();
    try (s) {
      s.setUserInteraction(new UserInteraction() {
        @Override
        public String[] interactive(ClientSession session, String name, String instruction, String lang,
            String[] prompt, boolean[] echo) {
          instructions.add(instruction);
          return new String[] {code};
        }

        @Override
        public String getUpdatedPassword(ClientSession session, String prompt, String lang) {
          return null;
        }
      });
      try {
        s.auth().verify(Duration.ofSeconds(10));
        return true;
      } catch (org.apache.sshd.common.SshException e) {
        return false;
      }
    }
  }

  /**
   * Guessing the code: the first FREE_FAILURES wrong codes from an address cost nothing (a class
   * behind one NAT mistypes), then that address must wait, right code or not, while another
   * address is not slowed; once the wait is over the right code gets in.
   */
  @Test
  void wrongCodesFromOneAddressSlowThatAddressDown() throws IOException {
    List<String> said = new java.util.ArrayList<>();
    while (said.stream().noneMatch(i -> i.contains("Too many wrong codes"))) {
      assertThat(tries("127.0.0.1", "000000", said)).isFalse();
      assertThat(said.size()).as("wrong codes before the address must wait").isLessThanOrEqualTo(
          ClassServer.FREE_FAILURES + 1 + ClassServer.TRIES);
    }
    long free = said.stream().takeWhile(i -> !i.contains("Too many")).count();
    assertThat(free).isEqualTo(ClassServer.FREE_FAILURES + 1);
    List<String> now = new java.util.ArrayList<>();
    assertThat(tries("127.0.0.1", "482913", now)).as("even the right code waits").isFalse();
    assertThat(now.get(0)).matches("Too many wrong codes from your network: wait \\d+ s, then try again\\.");
    assertThat(tries("127.0.0.2", "482913", new java.util.ArrayList<>())).as("another address is not slowed").isTrue();
    await("the right code let in once the wait is over", () -> {
      try {
        return tries("127.0.0.1", "482913", new java.util.ArrayList<>());
      } catch (IOException e) {
        return false;
      }
    });
  }

  @Test
  void aWrongCodeIsRefused() {
    assertThatThrownBy(() -> session("ann", "000000")).hasMessageContaining("No more authentication methods");
    assertThat(room.snapshot().session().playerCount()).isZero();
  }

  @Test
  void execIsRefused() throws IOException {
    ClientSession s = session("ann", "482913");
    ChannelExec exec = s.createExecChannel("ls /");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exec.setOut(out);
    exec.setErr(out);
    try {
      exec.open().verify(Duration.ofSeconds(10));
    } catch (IOException refused) {
      // refused at once: also fine
    }
    assertThat(exec.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(10)))
        .as("the server closed the channel").contains(ClientChannelEvent.CLOSED);
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("bin").doesNotContain("etc");
    assertThat(exec.getExitStatus()).isNull();
  }

  @Test
  void sftpIsRefused() throws IOException {
    ClientSession s = session("ann", "482913");
    ClientChannel sftp = s.createSubsystemChannel("sftp");
    try {
      sftp.open().verify(Duration.ofSeconds(10));
    } catch (IOException refused) {
      // refused at once: also fine
    }
    assertThat(sftp.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(10)))
        .as("the server closed the channel").contains(ClientChannelEvent.CLOSED);
  }

  @Test
  void localPortForwardingIsRefused() throws IOException {
    ClientSession s = session("ann", "482913");
    ClientChannel tunnel = s.createDirectTcpipChannel(new SshdSocketAddress("127.0.0.1", 1),
        new SshdSocketAddress("127.0.0.1", server.port()));
    assertThatThrownBy(() -> tunnel.open().verify(Duration.ofSeconds(10))).isInstanceOf(IOException.class);
  }

  @Test
  void remotePortForwardingIsRefused() throws IOException {
    ClientSession s = session("ann", "482913");
    assertThatThrownBy(() -> s.startRemotePortForwarding(new SshdSocketAddress("127.0.0.1", 0),
        new SshdSocketAddress("127.0.0.1", 9))).isInstanceOf(IOException.class);
  }

  @Test
  void aStudentWhoseTerminalStopsReadingDoesNotSlowTheOthers() throws Exception {
    Terminal ann = new Terminal(session("ann", "482913")).awaitText("Your name");
    ann.type("\r").awaitText("You're in");
    // bob's client takes no more output: its window fills and the server's writes to it block.
    // A client of its own: its stalled reads must not stall ann's client in this test.
    SshClient other = SshClient.setUpDefaultClient();
    other.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
    org.apache.sshd.core.CoreModuleProperties.WINDOW_SIZE.set(other, 2048L); // the server may send 2 KB, then waits
    other.start();
    ClientSession bs = session(other, "bob", "482913");
    ChannelShell bob = bs.createShellChannel();
    bob.setPtyType("xterm");
    bob.setPtyColumns(80);
    bob.setPtyLines(24);
    PipedInputStream bin = new PipedInputStream();
    PipedOutputStream bkeys = new PipedOutputStream(bin);
    bob.setIn(bin);
    java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.atomic.AtomicBoolean stalled = new java.util.concurrent.atomic.AtomicBoolean();
    bob.setOut(new OutputStream() {
      @Override
      public void write(int b) {
        // takes what comes until bob is seated, then stops reading for good; stalling from the first
        // byte could block the client's own thread before it sent bob's Enter, and he never sat down
        if (!stalled.get()) {
          return;
        }
        try {
          never.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    });
    bob.open().verify(Duration.ofSeconds(10));
    bkeys.write("\r".getBytes(StandardCharsets.UTF_8));
    bkeys.flush();
    await("bob seated", () -> room.snapshot().session().playerCount() == 2);
    stalled.set(true);
    room.send(new ClassEvent.Start());
    ann.awaitText("Press a letter");
    Challenge c = room.snapshot().session().current();
    ann.type(String.valueOf((char) ('a' + c.correct())));
    await("ann's answer recorded", () -> room.snapshot().session().ballots().get(0).given());
    long t0 = System.nanoTime();
    room.send(new ClassEvent.Lock());
    ann.awaitText("Right!");
    assertThat((System.nanoTime() - t0) / 1_000_000).as("ms from the lock to ann's reveal").isLessThan(2_000);
    // And the stuck connection is dropped (unanswered keepalives, or writes that stay blocked), its seat kept.
    String bobId = room.snapshot().session().players().get(1).id();
    await("bob's stuck connection dropped", () -> !room.snapshot().doors().isOnline(bobId));
    never.countDown();
    other.stop();
  }

  @Test
  void theHostKeyIsMadeOnceAndAKeyFileThatCannotBeReadStopsTheStart() throws Exception {
    String first = server.fingerprint();
    assertThat(first).startsWith("SHA256:");
    assertThat(ClassServer.hostKey(home.resolve("key")).getPublic().getEncoded())
        .isEqualTo(ClassServer.hostKey(home.resolve("key")).getPublic().getEncoded());
    Path broken = home.resolve("broken");
    Files.writeString(broken, "not a key\n");
    assertThatThrownBy(() -> ClassServer.start(new ClassServer.Options("127.0.0.1", 0, 10, broken), "1", TestPlayers.REAL))
        .isInstanceOf(ClassServer.Failure.class).hasMessageContaining("cannot be read as a key");
    assertThat(Files.readString(broken)).isEqualTo("not a key\n");
  }

  @Test
  void aPortInUseIsOneLine() {
    assertThatThrownBy(() -> ClassServer.start(new ClassServer.Options("127.0.0.1", server.port(), 10,
        home.resolve("key")), "1", TestPlayers.REAL)).isInstanceOf(ClassServer.Failure.class)
        .hasMessageContaining("127.0.0.1:" + server.port()).hasMessageNotContaining("\n");
  }
}
