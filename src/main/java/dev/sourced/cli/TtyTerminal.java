package dev.sourced.cli;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.BasicCharacterPattern;
import com.googlecode.lanterna.input.CharacterPattern;
import com.googlecode.lanterna.input.KeyDecodingProfile;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * A Unix tty in the modes Lanterna's UnixTerminal sets (no line editing, no echo, Ctrl-C as a key), set up
 * by one process that saves the old settings, sets the modes and reports the size, and put back by one at
 * close. Lanterna forks stty five times and asks for the size with CSI 6n round trips, all before the first
 * frame. Output is buffered: a frame leaves in one write, on the flush that a screen's refresh ends with.
 */
final class TtyTerminal extends ANSITerminal {
  /** What Lanterna's UnixTerminal sets: no line editing, reads of 1 byte, no echo, and Ctrl-C as a key. */
  /** quit undef too: Ctrl-\ would otherwise print the JVM's thread dump over the game (F14). */
  static final String MODES = "-icanon min 1 -echo intr undef quit undef";
  /**
   * Saves, then reports the size and sets the modes in one run: GNU, busybox and BSD stty print the size where
   * "size" stands among settings, and check every setting before applying any, so a failure leaves the tty as
   * it was.
   */
  static final String SET_UP = "\"$0\" -g && \"$0\" size " + MODES;
  /** Large enough for a full frame of a big terminal; a larger frame just goes out in a few writes. */
  static final int BUFFER_BYTES = 1 << 17;

  /** Something that opens a terminal the slow, general way. */
  interface Fallback {
    Terminal open() throws IOException;
  }

  /** The program's absolute path, found once: a bare name makes each later run try every PATH entry in turn. */
  static String onPath(String name, String path) {
    for (String dir : (path == null ? "" : path).split(":")) {
      File f = new File(dir, name);
      if (f.isAbsolute() && f.isFile() && f.canExecute()) {
        return f.getPath();
      }
    }
    return null;
  }

  static Terminal openOr(Stty stty, InputStream in, OutputStream out, Charset charset, Fallback fallback)
      throws IOException {
    return new Opening(stty).open(in, out, charset, fallback);
  }

  /**
   * The tty's set-up, begun on a thread of its own so that the start of the program goes on meanwhile: it
   * waits some 10 ms on a process (bench/startup). open() takes the tty over; abandon() puts it back as it
   * was when nothing took it, so that a start that fails before its screen leaves no tty in raw mode.
   */
  static final class Opening {
    private final Stty stty;
    private final Thread setUp;
    private volatile Setup setup;
    private boolean taken;

    /** On /dev/tty with the stty on the PATH; none on a system without stty (then open() is the fallback). */
    static Opening begin() {
      String program = File.separatorChar == '/' ? onPath("stty", System.getenv("PATH")) : null;
      return new Opening(program == null ? null : new Stty(program, new File("/dev/tty")));
    }

    Opening(Stty stty) {
      this.stty = stty;
      setUp = stty == null ? null : new Thread(new SetUp(), "tty set-up");
      if (setUp != null) {
        setUp.setDaemon(true);
        setUp.start();
      }
    }

    /** A class, not a lambda: nothing to link first. */
    private final class SetUp implements Runnable {
      @Override
      public void run() {
        try {
          setup = stty.setUp();
        } catch (IOException | RuntimeException e) {
          // No tty, or stty refused it: open() falls back.
        }
      }
    }

    /** The tty set up as TtyTerminal, or the fallback's terminal when it could not be (the tty is as it was). */
    synchronized Terminal open(InputStream in, OutputStream out, Charset charset, Fallback fallback)
        throws IOException {
      if (taken) {
        throw new IllegalStateException("the tty was already opened");
      }
      taken = true;
      settle();
      if (setup == null) {
        return fallback.open(); // the modes are set last, and only when all before worked
      }
      return start(stty, setup, in, out, charset);
    }

    /** When nothing opened the tty: waits for the set-up and puts the old settings back. */
    synchronized void abandon() {
      if (taken) {
        return;
      }
      taken = true;
      settle();
      if (setup != null) {
        try {
          stty.restore(setup.saved());
        } catch (IOException ignored) {
          // Nothing left to try.
        }
      }
    }

    /** Waits for the set-up to end, even when interrupted: the tty's state must be known before going on. */
    private void settle() {
      if (setUp == null) {
        return;
      }
      boolean interrupted = false;
      while (true) {
        try {
          setUp.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Takes over a tty that stty has set up; out is buffered here, and flushed once a frame. */
  static TtyTerminal start(Stty stty, Setup setup, InputStream in, OutputStream out, Charset charset) {
    TtyTerminal t = new TtyTerminal(stty, setup, in, new Output(out), charset);
    t.acquire();
    return t;
  }

  /** Buffered, so that a frame leaves in one write; direct while a query must reach the terminal before its answer. */
  private static final class Output extends BufferedOutputStream {
    private volatile boolean direct;

    Output(OutputStream out) {
      super(out, BUFFER_BYTES);
    }

    @Override
    public synchronized void write(int b) throws IOException {
      super.write(b);
      if (direct) {
        flush();
      }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
      super.write(b, off, len);
      if (direct) {
        flush();
      }
    }
  }

  /**
   * For the AppCDS training run: a set-up, a frame and a close with no tty (stty refuses /dev/null, so nothing
   * changes anywhere, and the fallback is a TtyTerminal set up by hand), so that the archive holds what a real
   * start loads: processes, the signal handler, Lanterna's ANSI terminal and its key decoder.
   */
  static void rehearse() throws IOException {
    String program = onPath("stty", System.getenv("PATH"));
    Stty none = new Stty(program == null ? "stty" : program, new File("/dev/null"));
    Terminal t = openOr(none, InputStream.nullInputStream(), OutputStream.nullOutputStream(), StandardCharsets.UTF_8,
        () -> start(none, Setup.parse("0\n24 80\n"), InputStream.nullInputStream(), OutputStream.nullOutputStream(),
            StandardCharsets.UTF_8));
    dev.sourced.screen.CellScreen screen = new dev.sourced.screen.CellScreen(t);
    screen.startScreen();
    screen.newTextGraphics().setForegroundColor(TextColor.ANSI.CYAN).enableModifiers(SGR.BOLD)
        .putString(0, 0, "Sourced");
    screen.refresh();
    screen.stopScreen();
    t.close();
  }

  /** What the one set-up run reported: the settings to restore (stty -g) and the size, if the tty knows it. */
  record Setup(String saved, TerminalSize size) {
    // GNU and busybox print hex fields joined by ':', BSD and macOS "gfmt1:cflag=...": one word either way.
    private static final Pattern SAVED = Pattern.compile("[A-Za-z0-9:=_.-]+");

    Setup {
      if (!SAVED.matcher(saved).matches()) {
        throw new IllegalArgumentException("not the output of stty -g: \"" + printable(saved) + "\"");
      }
    }

    /** Parses "stty -g; stty size" output; a size of 0 0 (a tty nobody sized) is an unknown size, null. */
    static Setup parse(String output) throws IOException {
      String[] lines = output.strip().split("\n"); // no regex: nothing more to load at start
      if (lines.length != 2) {
        throw new IOException("stty gave " + lines.length + " lines, expected the settings and the size: \""
            + printable(output) + "\"");
      }
      try {
        return new Setup(lines[0].strip(), parseSize(lines[1]));
      } catch (IllegalArgumentException e) {
        throw new IOException(e.getMessage(), e);
      }
    }
  }

  /** "ROWS COLUMNS" as stty size prints it; null when the tty does not know its size (0 0). */
  static TerminalSize parseSize(String line) throws IOException {
    String[] f = line.strip().split("\\s+");
    try {
      if (f.length == 2) {
        int rows = Integer.parseInt(f[0]);
        int columns = Integer.parseInt(f[1]);
        if (rows == 0 || columns == 0) {
          return null;
        }
        if (rows > 0 && columns > 0) {
          return new TerminalSize(columns, rows);
        }
      }
    } catch (NumberFormatException e) {
      // Said below.
    }
    throw new IOException("stty size gave \"" + printable(line) + "\", expected rows and columns");
  }

  private static String printable(String s) {
    String t = s.length() > 80 ? s.substring(0, 80) + "..." : s;
    return t.codePoints().collect(StringBuilder::new,
        (b, c) -> b.append(Character.isISOControl(c) ? "\\x" + Integer.toHexString(c) : Character.toString(c)),
        StringBuilder::append).toString();
  }

  /** Runs stty on the tty (its stdin), so that it acts on the terminal and not on a pipe. */
  record Stty(String program, File tty) {
    /** One process, one shell: the two stty runs of SET_UP (string constants: no concatenation at start). */
    Setup setUp() throws IOException {
      String output = run(List.of("/bin/sh", "-c", SET_UP, program));
      try {
        return Setup.parse(output);
      } catch (IOException e) {
        // stty set the modes but said something odd: put back what it printed first, if it will take it.
        String first = output.strip().split("\n", 2)[0].strip();
        if (!first.isEmpty()) {
          try {
            restore(first);
          } catch (IOException again) {
            e.addSuppressed(again);
          }
        }
        throw e;
      }
    }

    TerminalSize size() throws IOException {
      return parseSize(run(List.of(program, "size")));
    }

    void restore(String saved) throws IOException {
      run(List.of(program, saved));
    }

    void modes() throws IOException {
      List<String> command = new ArrayList<>(List.of(program));
      command.addAll(List.of(MODES.split(" ")));
      run(command);
    }

    private String run(List<String> command) throws IOException {
      Process p = new ProcessBuilder(command).redirectInput(tty).start();
      String text;
      String errors;
      // stty writes a line or two: neither pipe can fill while the other is read.
      try (InputStream out = p.getInputStream(); InputStream err = p.getErrorStream()) {
        text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        errors = new String(err.readAllBytes(), StandardCharsets.UTF_8);
      }
      int code;
      try {
        code = p.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted waiting for stty", e);
      }
      if (code != 0) {
        throw new IOException("stty failed (exit " + code + "): " + printable(errors.strip()));
      }
      return text;
    }
  }

  private final Output output;
  private final Stty stty;
  private final String saved;
  private final AtomicBoolean released = new AtomicBoolean();
  private final Thread restoreOnExit = new Thread("tty restore") {
    @Override
    public void run() {
      release();
    }
  };
  private final Signals signals = new Signals();
  private final Object sizeLock = new Object();
  private volatile TerminalSize size;
  private volatile boolean privateMode;

  private TtyTerminal(Stty stty, Setup setup, InputStream in, Output out, Charset charset) {
    super(in, out, charset);
    this.output = out;
    this.stty = stty;
    this.saved = setup.saved();
    this.size = setup.size();
    this.utf8 = charset.equals(StandardCharsets.UTF_8);
    getInputDecoder().addProfile(LONE_CR);
  }

  /**
   * Enter as a lone CR, which a tty without icrnl hands over. Lanterna's profile knows CR only as the start of
   * "\r\0" (OS X), so it held a lone CR back, and dropped it together with the next key, which made no pattern.
   */
  private static final KeyDecodingProfile LONE_CR = new LoneCr();

  /** A class, not a lambda: nothing to link at start. */
  private static final class LoneCr implements KeyDecodingProfile {
    @Override
    public java.util.Collection<CharacterPattern> getPatterns() {
      return List.of(new BasicCharacterPattern(new KeyStroke(KeyType.Enter), '\r'));
    }
  }

  /** Whether characters go out as UTF-8, which putCharacter then writes itself. */
  private final boolean utf8;

  /**
   * Each character straight into the buffer as its UTF-8 bytes. Lanterna encodes each one on its own through
   * Charset.encode (a string, a buffer and an encoder per cell) and sends the buffer's whole array, which for a
   * two-byte character such as é ends in a NUL byte. Control characters and halves of surrogate pairs still go
   * Lanterna's way, as before.
   */
  @Override
  public void putCharacter(char c) throws IOException {
    if (!utf8 || c < ' ' || c == 0x7f || (c >= 0x80 && c < 0xa0) || Character.isSurrogate(c)) {
      super.putCharacter(c);
    } else if (c < 0x80) {
      output.write(c);
    } else if (c < 0x800) {
      output.write(new byte[] {(byte) (0xc0 | c >> 6), (byte) (0x80 | c & 0x3f)}, 0, 2);
    } else {
      output.write(new byte[] {(byte) (0xe0 | c >> 12), (byte) (0x80 | c >> 6 & 0x3f), (byte) (0x80 | c & 0x3f)},
          0, 3);
    }
  }

  private void acquire() {
    Runtime.getRuntime().addShutdownHook(restoreOnExit);
    signals.install();
  }

  /**
   * SIGWINCH and SIGCONT through sun.misc.Signal, as Lanterna hears them (the JDK has no other way; javac warns
   * about it). A class rather than lambdas or Lanterna's Proxy: nothing to link or generate at start.
   */
  private final class Signals implements SignalHandler {
    private SignalHandler previousWinch;
    private SignalHandler previousCont;

    void install() {
      previousWinch = swap("WINCH", this);
      previousCont = swap("CONT", this);
    }

    void uninstall() {
      if (previousWinch != null) {
        swap("WINCH", previousWinch);
      }
      if (previousCont != null) {
        swap("CONT", previousCont);
      }
    }

    @Override
    public void handle(Signal signal) {
      if ("WINCH".equals(signal.getName())) {
        resized();
      } else {
        modesAgain();
      }
    }

    private static SignalHandler swap(String name, SignalHandler h) {
      try {
        return Signal.handle(new Signal(name), h);
      } catch (IllegalArgumentException e) {
        return null; // no such signal here, or the JVM keeps it: no resize events then, as with Lanterna
      }
    }
  }

  /** SIGCONT: after Ctrl-Z and fg the shell may hand the tty back in line mode with echo; set ours again. */
  private void modesAgain() {
    try {
      stty.modes();
    } catch (IOException ignored) {
      // Nothing better to do from a signal.
    }
    Runnable r = onContinue;
    if (r != null) {
      r.run(); // repaint every cell: the shell wrote over the screen while we were stopped
    }
  }

  private volatile Runnable onContinue;

  /** Called after Ctrl-Z and fg, once the modes are set again (from the signal's thread: post, do not draw). */
  void onContinue(Runnable r) {
    this.onContinue = r;
  }

  /** SIGWINCH: one stty size run; serialised so that the last signal's answer is the one kept. */
  private void resized() {
    synchronized (sizeLock) {
      try {
        TerminalSize s = stty.size();
        if (s != null) {
          size = s;
          getTerminalSize(); // tells the resize listeners, when the size changed
        }
      } catch (IOException ignored) {
        // Keep the old size, as Lanterna does.
      }
    }
  }

  @Override
  protected TerminalSize findTerminalSize() throws IOException {
    TerminalSize s = size;
    if (s == null) {
      output.direct = true; // the tty does not know: ask the terminal (CSI 6n), as Lanterna does
      try {
        s = super.findTerminalSize();
      } finally {
        output.direct = false;
      }
      size = s;
    }
    return s;
  }

  @Override
  public synchronized TerminalPosition getCursorPosition() throws IOException {
    output.direct = true;
    try {
      return super.getCursorPosition();
    } finally {
      output.direct = false;
    }
  }

  @Override
  public void enterPrivateMode() throws IOException {
    super.enterPrivateMode();
    privateMode = true;
  }

  @Override
  public void exitPrivateMode() throws IOException {
    super.exitPrivateMode();
    privateMode = false;
  }

  @Override
  public void close() throws IOException {
    release();
    try {
      Runtime.getRuntime().removeShutdownHook(restoreOnExit);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running or has run.
    }
    super.close();
  }

  /** Once, from close or from the shutdown hook: leave the alternate screen, then the saved tty settings. */
  private void release() {
    if (!released.compareAndSet(false, true)) {
      return;
    }
    signals.uninstall();
    try {
      if (privateMode) {
        exitPrivateMode();
      }
      flush();
    } catch (IOException | IllegalStateException ignored) {
      // The settings below matter more.
    }
    try {
      stty.restore(saved);
    } catch (IOException ignored) {
      // Nothing left to try.
    }
  }
}
