package dev.sourced.net;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Lanterna on an SSH channel: the size comes from the pty request and window changes (never a
 * stty or a CSI 6n on the server's tty), output is buffered and goes as one write per frame, and
 * input is what the channel pushed into an Input, with Enter's lone CR made a newline.
 */
final class ChannelTerminal extends ANSITerminal {
  /** A window with no size (a client whose own tty has none) is drawn as the usual 80x24. */
  static final TerminalSize FALLBACK = new TerminalSize(80, 24);

  private final AtomicReference<TerminalSize> size;
  private volatile TerminalSize pendingResize;

  ChannelTerminal(Input in, OutputStream out, TerminalSize initial) {
    super(in, new BufferedOutputStream(out, 64 * 1024), StandardCharsets.UTF_8);
    this.size = new AtomicReference<>(usable(initial));
  }

  static TerminalSize usable(TerminalSize s) {
    return s == null || s.getColumns() <= 0 || s.getRows() <= 0 ? FALLBACK : s;
  }

  static TerminalSize of(int columns, int rows) {
    return usable(columns > 0 && rows > 0 ? new TerminalSize(columns, rows) : null);
  }

  @Override
  protected TerminalSize findTerminalSize() {
    return size.get();
  }

  /** A window change, from an NIO thread: only noted here; the player's own thread applies it. */
  void resized(TerminalSize s) {
    TerminalSize u = usable(s);
    size.set(u);
    pendingResize = u;
  }

  /** On the player's thread, before each turn: tells the screen of a window change. */
  void applyResize() {
    TerminalSize s = pendingResize;
    if (s != null) {
      pendingResize = null;
      onResized(s);
    }
  }

  @Override
  protected byte[] translateCharacter(char c) {
    // The charset encoder Lanterna uses leaves a stray NUL after some characters; encode them plainly.
    return Character.isSurrogate(c) ? new byte[] {'?'} : String.valueOf(c).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * What the channel pushed, for Lanterna to read without blocking. A CR becomes LF and CR LF one
   * LF, as a tty's ICRNL would; more than MAX bytes waiting is a flood, and the rest is dropped.
   */
  static final class Input extends InputStream {
    static final int MAX = 64 * 1024;
    private final byte[] buf = new byte[MAX];
    private int head;
    private int count;
    private boolean lastWasCr;
    private boolean closed;

    synchronized void push(byte[] data, int start, int len) {
      for (int i = start; i < start + len; i++) {
        byte b = data[i];
        if (b == '\n' && lastWasCr) {
          lastWasCr = false;
          continue;
        }
        lastWasCr = b == '\r';
        if (count < MAX) {
          buf[(head + count) % MAX] = b == '\r' ? (byte) '\n' : b;
          count++;
        }
      }
      notifyAll();
    }

    synchronized void end() {
      closed = true;
      notifyAll();
    }

    @Override
    public synchronized int available() {
      return count;
    }

    @Override
    public synchronized int read() throws IOException {
      while (count == 0) {
        if (closed) {
          return -1;
        }
        try {
          wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", e);
        }
      }
      byte b = buf[head];
      head = (head + 1) % MAX;
      count--;
      return b & 0xff;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      int first = read();
      if (first < 0) {
        return -1;
      }
      b[off] = (byte) first;
      int n = 1;
      while (n < len && count > 0) {
        b[off + n++] = buf[head];
        head = (head + 1) % MAX;
        count--;
      }
      return n;
    }
  }
}
