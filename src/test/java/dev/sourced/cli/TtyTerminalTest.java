package dev.sourced.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tty set-up: stty's output parsed as GNU and BSD print it, and the terminal driven through a stand-in
 * stty (a shell script that logs each run, its parent and its stdin) so that the runs can be counted.
 */
class TtyTerminalTest {
  /** GNU coreutils 9.1 (Debian 12) in a tmux pane of 97x31: `stty -g; stty size`. */
  static final String GNU_SAVED = "4500:5:bf:8a3b:3:1c:7f:15:4:0:1:0:11:13:1a:0:12:f:17:16"
      + ":0:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0";
  /** macOS stty -g, as a user posted it (github, a tty-test README). */
  static final String BSD_SAVED = "gfmt1:cflag=4b00:iflag=6b02:lflag=200005cf:oflag=3:discard=f:dsusp=19:eof=4:eol=ff"
      + ":eol2=ff:erase=7f:intr=3:kill=15:lnext=16:min=1:quit=1c:reprint=12:start=11:status=14:stop=13:susp=1a:time=0"
      + ":werase=17:ispeed=38400:ospeed=38400";

  @TempDir
  Path dir;
  private Path tty;
  private TtyTerminal.Stty stty;

  @BeforeEach
  void fakeStty() throws IOException {
    tty = Files.writeString(dir.resolve("tty"), "");
    Path program = dir.resolve("stty");
    Files.writeString(program, String.join("\n",
        "#!/bin/sh",
        "d=$(dirname \"$0\")",
        "[ -f \"$d/fail-$1\" ] && { echo \"stty: $1: broken\" >&2; exit 1; }",
        "echo \"$PPID $(readlink /proc/$$/fd/0) $*\" >> \"$d/log\"",
        "case \"$1\" in -g) cat \"$d/saved\" ;; size) cat \"$d/size\" ;; esac",
        ""));
    Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwx------"));
    Files.writeString(dir.resolve("saved"), GNU_SAVED + "\n");
    Files.writeString(dir.resolve("size"), "31 97\n");
    stty = new TtyTerminal.Stty(program.toString(), tty.toFile());
  }

  private List<String> log() throws IOException {
    Path log = dir.resolve("log");
    return Files.exists(log) ? Files.readAllLines(log) : List.of();
  }

  /** The log without the parent pid: stdin, then the arguments. */
  private List<String> runs() throws IOException {
    return log().stream().map(l -> l.substring(l.indexOf(' ') + 1)).toList();
  }

  @Test
  void gnuOutputGivesTheSettingsAndTheSize() throws IOException {
    TtyTerminal.Setup s = TtyTerminal.Setup.parse(GNU_SAVED + "\n31 97\n");
    assertThat(s.saved()).isEqualTo(GNU_SAVED);
    assertThat(s.size()).isEqualTo(new TerminalSize(97, 31));
  }

  @Test
  void bsdOutputGivesTheSettingsAndTheSize() throws IOException {
    TtyTerminal.Setup s = TtyTerminal.Setup.parse(BSD_SAVED + "\n24 80\n");
    assertThat(s.saved()).isEqualTo(BSD_SAVED);
    assertThat(s.size()).isEqualTo(new TerminalSize(80, 24));
  }

  @Test
  void aTtyOfSizeZeroHasNoKnownSize() throws IOException {
    assertThat(TtyTerminal.Setup.parse(GNU_SAVED + "\n0 0\n").size()).isNull();
    assertThat(TtyTerminal.parseSize("0 80")).isNull();
  }

  @Test
  void oddOutputIsRefusedSayingWhatCame() {
    assertThatThrownBy(() -> TtyTerminal.Setup.parse(GNU_SAVED + "\n"))
        .isInstanceOf(IOException.class).hasMessageContaining("1 lines, expected the settings and the size");
    assertThatThrownBy(() -> TtyTerminal.Setup.parse("speed 38400 baud; line = 0;\n24 80\n"))
        .isInstanceOf(IOException.class).hasMessageContaining("not the output of stty -g: \"speed 38400 baud;");
    assertThatThrownBy(() -> TtyTerminal.Setup.parse(GNU_SAVED + "\n24 \u001b[2J\n"))
        .isInstanceOf(IOException.class).hasMessage("stty size gave \"24 \\x1b[2J\", expected rows and columns");
    assertThatThrownBy(() -> TtyTerminal.parseSize("-1 80")).isInstanceOf(IOException.class);
  }

  @Test
  void oneShellRunSavesSizesAndSetsTheModesOnTheTty() throws IOException {
    TtyTerminal.Setup s = stty.setUp();
    assertThat(s).isEqualTo(new TtyTerminal.Setup(GNU_SAVED, new TerminalSize(97, 31)));
    assertThat(runs()).containsExactly(
        tty + " -g",
        tty + " size -icanon min 1 -echo intr undef quit undef");
    List<String> parents = log().stream().map(l -> l.substring(0, l.indexOf(' '))).distinct().toList();
    assertThat(parents).hasSize(1).doesNotContain(String.valueOf(ProcessHandle.current().pid()));
  }

  @Test
  void aSetUpNobodyTookPutsTheTtyBackAsItWas() throws IOException {
    // A start that fails between beginning the set-up and making its screen must not leave the tty raw.
    TtyTerminal.Opening opening = new TtyTerminal.Opening(stty);
    opening.abandon();
    opening.abandon();
    assertThat(runs()).containsExactly(
        tty + " -g",
        tty + " size -icanon min 1 -echo intr undef quit undef",
        tty + " " + GNU_SAVED);
    assertThatThrownBy(() -> opening.open(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
        StandardCharsets.UTF_8, () -> null)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aSetUpThatWasTakenIsNotUndoneByAbandon() throws IOException {
    TtyTerminal.Opening opening = new TtyTerminal.Opening(stty);
    Terminal t = opening.open(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
        StandardCharsets.UTF_8, () -> null);
    opening.abandon();
    assertThat(t).isInstanceOf(TtyTerminal.class);
    assertThat(runs()).hasSize(2);
    t.close();
    assertThat(runs()).hasSize(3).last().isEqualTo(tty + " " + GNU_SAVED);
  }

  @Test
  void theScreenTakesTheSizeFromSttyWithoutAskingTheTerminal() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TtyTerminal t = (TtyTerminal) TtyTerminal.openOr(stty, new ByteArrayInputStream(new byte[0]), out,
        StandardCharsets.UTF_8, () -> null);
    TerminalScreen screen = new TerminalScreen(t);
    screen.startScreen();
    screen.newTextGraphics().putString(0, 0, "hello");
    screen.refresh();
    assertThat(screen.getTerminalSize()).isEqualTo(new TerminalSize(97, 31));
    screen.stopScreen();
    t.close();
    String written = out.toString(StandardCharsets.UTF_8);
    assertThat(written).contains("hello").doesNotContain("\u001b[6n");
    assertThat(written.indexOf("\u001b[?1049h")).isLessThan(written.indexOf("hello"));
    assertThat(written).endsWith("\u001b[?1049l");
  }

  @Test
  void aTtyWithoutASizeAsksTheTerminalOnceAndGetsItsAnswer() throws IOException {
    Files.writeString(dir.resolve("size"), "0 0\n");
    AnsweringTerminal terminal = new AnsweringTerminal();
    Terminal t = TtyTerminal.openOr(stty, terminal.in, terminal.out, StandardCharsets.UTF_8, () -> null);
    try {
      assertThat(t.getTerminalSize()).isEqualTo(new TerminalSize(97, 31));
      assertThat(t.getTerminalSize()).isEqualTo(new TerminalSize(97, 31));
      assertThat(terminal.received().split("\u001b\\[6n", -1)).hasSize(2);
    } finally {
      t.close();
    }
  }

  @Test
  void aFrameLeavesInOneWrite() throws IOException {
    List<Integer> writes = new ArrayList<>();
    OutputStream counting = new OutputStream() {
      @Override
      public void write(int b) {
        writes.add(1);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        writes.add(len);
      }
    };
    TtyTerminal t = TtyTerminal.start(stty, new TtyTerminal.Setup(GNU_SAVED, new TerminalSize(80, 24)),
        new ByteArrayInputStream(new byte[0]), counting, StandardCharsets.UTF_8);
    TerminalScreen screen = new TerminalScreen(t);
    screen.startScreen();
    writes.clear();
    for (int row = 0; row < 24; row++) {
      screen.newTextGraphics().putString(0, row, ("row " + row + " ").repeat(10));
    }
    screen.refresh();
    assertThat(writes).hasSize(1);
    assertThat(writes.get(0)).isGreaterThan(24 * 70);
    screen.stopScreen();
    t.close();
  }

  @Test
  void aFrameIsTheSameBytesLanternaWouldSend() throws IOException {
    TerminalSize size = new TerminalSize(40, 6);
    ByteArrayOutputStream ours = new ByteArrayOutputStream();
    ByteArrayOutputStream lanterna = new ByteArrayOutputStream();
    TtyTerminal t = TtyTerminal.start(stty, new TtyTerminal.Setup(GNU_SAVED, size),
        new ByteArrayInputStream(new byte[0]), ours, StandardCharsets.UTF_8);
    Terminal reference = new ANSITerminal(new ByteArrayInputStream(new byte[0]), lanterna, StandardCharsets.UTF_8) {
      @Override
      protected TerminalSize findTerminalSize() {
        return size;
      }
    };
    for (Terminal terminal : List.of(t, reference)) {
      TerminalScreen screen = new TerminalScreen(terminal);
      screen.startScreen();
      screen.newTextGraphics().putString(0, 0, "Who said it? (A) Ann ~ {x}");
      screen.newTextGraphics().setForegroundColor(TextColor.ANSI.CYAN).enableModifiers(SGR.BOLD)
          .putString(2, 2, "Équipe ✓ café \u00a0 日本 end");
      screen.refresh();
      screen.stopScreen();
      terminal.flush();
    }
    t.close();
    // The same bytes, but for the NUL that Lanterna sends after each two-byte character (its encoder's array).
    byte[] sent = ours.toByteArray();
    assertThat(new String(sent, StandardCharsets.UTF_8)).contains("Who", "it?", "Équipe", "✓", "café", "\u00a0", "日本");
    assertThat(sent).doesNotContain((byte) 0);
    String withoutNul = lanterna.toString(StandardCharsets.UTF_8).replace("\0", "");
    assertThat(new String(sent, StandardCharsets.UTF_8)).isEqualTo(withoutNul);
    assertThat(lanterna.toByteArray()).contains((byte) 0);
  }

  /**
   * A tty without icrnl (left so by a program that crashed in raw mode) hands over Enter as a lone CR. Lanterna
   * knows CR only as the start of "\r\0", so it held the CR back, and the key after it made no pattern and was
   * thrown away with it: Enter and the next key both lost.
   */
  @Test
  void aLoneCrIsEnterAndTheKeyAfterItStays() throws IOException {
    TtyTerminal t = TtyTerminal.start(stty, new TtyTerminal.Setup(GNU_SAVED, new TerminalSize(80, 24)),
        new ByteArrayInputStream("\rn\r\0q\r".getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(),
        StandardCharsets.UTF_8);
    try {
      List<String> keys = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        com.googlecode.lanterna.input.KeyStroke k = t.readInput();
        keys.add(k.getKeyType() == com.googlecode.lanterna.input.KeyType.Character
            ? String.valueOf(k.getCharacter()) : k.getKeyType().name());
      }
      assertThat(keys).containsExactly("Enter", "n", "Enter", "q", "Enter");
    } finally {
      t.close();
    }
  }

  @Test
  void closeRestoresTheSavedSettingsInOneRun() throws IOException {
    TtyTerminal t = (TtyTerminal) TtyTerminal.openOr(stty, new ByteArrayInputStream(new byte[0]),
        new ByteArrayOutputStream(), StandardCharsets.UTF_8, () -> null);
    t.close();
    t.close();
    assertThat(runs()).hasSize(3).last().isEqualTo(tty + " " + GNU_SAVED);
  }

  @Test
  void aWindowChangeAsksSttyForTheNewSizeAndTellsTheListeners() throws Exception {
    TtyTerminal t = (TtyTerminal) TtyTerminal.openOr(stty, new ByteArrayInputStream(new byte[0]),
        new ByteArrayOutputStream(), StandardCharsets.UTF_8, () -> null);
    try {
      assertThat(t.getTerminalSize()).isEqualTo(new TerminalSize(97, 31));
      AtomicReference<TerminalSize> told = new AtomicReference<>();
      t.addResizeListener((terminal, size) -> told.set(size));
      Files.writeString(dir.resolve("size"), "40 120\n");
      signalThisJvm("WINCH");
      await(() -> told.get() != null, "a resize after SIGWINCH");
      assertThat(told.get()).isEqualTo(new TerminalSize(120, 40));
      assertThat(t.getTerminalSize()).isEqualTo(new TerminalSize(120, 40));
      assertThat(runs()).last().isEqualTo(tty + " size");
    } finally {
      t.close();
    }
  }

  @Test
  void afterCtrlZAndFgTheModesAreSetAgain() throws Exception {
    TtyTerminal t = (TtyTerminal) TtyTerminal.openOr(stty, new ByteArrayInputStream(new byte[0]),
        new ByteArrayOutputStream(), StandardCharsets.UTF_8, () -> null);
    try {
      signalThisJvm("CONT");
      await(() -> {
        try {
          return runs().size() == 3;
        } catch (IOException e) {
          return false;
        }
      }, "the modes set again after SIGCONT");
      assertThat(runs().get(2)).isEqualTo(tty + " -icanon min 1 -echo intr undef quit undef");
    } finally {
      t.close();
    }
  }

  @Test
  void aFailingSttyLeavesTheTtyAloneAndTheFallbackIsUsed() throws IOException {
    Files.writeString(dir.resolve("fail-size"), "");
    Terminal fallback = new DefaultVirtualTerminal();
    assertThat(TtyTerminal.openOr(stty, new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
        StandardCharsets.UTF_8, () -> fallback)).isSameAs(fallback);
    assertThat(runs()).containsExactly(tty + " -g");
    assertThatThrownBy(() -> stty.setUp()).hasMessage("stty failed (exit 1): stty: size: broken");
  }

  @Test
  void noSttyOrNoTtyMeansTheFallback() throws IOException {
    Terminal fallback = new DefaultVirtualTerminal();
    TtyTerminal.Stty missing = new TtyTerminal.Stty(dir.resolve("no-such-stty").toString(), tty.toFile());
    TtyTerminal.Stty noTty = new TtyTerminal.Stty(stty.program(), new File(dir.toFile(), "no-such-tty"));
    for (TtyTerminal.Stty s : List.of(missing, noTty)) {
      assertThat(TtyTerminal.openOr(s, new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
          StandardCharsets.UTF_8, () -> fallback)).isSameAs(fallback);
    }
    assertThat(runs()).isEmpty();
  }

  @Test
  void sttyThatSetTheModesButAnsweredOddlyIsUndone() throws IOException {
    Files.writeString(dir.resolve("size"), "lots\n");
    assertThatThrownBy(() -> stty.setUp()).hasMessageContaining("stty size gave \"lots\"");
    assertThat(runs()).last().isEqualTo(tty + " " + GNU_SAVED);
  }

  @Test
  void sttyIsLookedUpOnceOnThePath() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Path notExecutable = Files.createDirectories(dir.resolve("plain"));
    Files.writeString(notExecutable.resolve("stty"), "");
    String path = "relative/bin:" + empty + ":" + notExecutable + "::" + dir;
    assertThat(TtyTerminal.onPath("stty", path)).isEqualTo(stty.program());
    assertThat(TtyTerminal.onPath("stty", empty.toString())).isNull();
    assertThat(TtyTerminal.onPath("stty", null)).isNull();
  }

  private static void signalThisJvm(String signal) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(ProcessHandle.current().pid())).start();
    assertThat(kill.waitFor()).isZero();
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as("waiting for " + what).isBefore(deadline);
      Thread.sleep(10);
    }
  }

  /** A terminal of 97x31 that answers the cursor report query only once the query has reached it. */
  static final class AnsweringTerminal {
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private byte[] answer = new byte[0];
    private int next;

    final OutputStream out = new OutputStream() {
      @Override
      public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        synchronized (AnsweringTerminal.this) {
          received.write(b, off, len);
          if (new String(b, off, len, StandardCharsets.ISO_8859_1).contains("\u001b[6n")) {
            // Lanterna sends the cursor to 5000;5000 first: it stops at the corner.
            answer = "\u001b[31;97R".getBytes(StandardCharsets.US_ASCII);
            next = 0;
          }
        }
      }
    };

    final InputStream in = new InputStream() {
      @Override
      public int available() {
        synchronized (AnsweringTerminal.this) {
          return answer.length - next;
        }
      }

      @Override
      public int read() {
        synchronized (AnsweringTerminal.this) {
          return next < answer.length ? answer[next++] : -1;
        }
      }
    };

    synchronized String received() {
      return received.toString(StandardCharsets.ISO_8859_1);
    }
  }
}
