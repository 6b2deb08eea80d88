package dev.sourced.net;

import dev.sourced.room.Doors;
import dev.sourced.room.Room;
import java.io.IOException;
import java.net.BindException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.common.signature.Signature;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.keyboard.InteractiveChallenge;
import org.apache.sshd.server.auth.keyboard.KeyboardInteractiveAuthenticator;
import org.apache.sshd.server.auth.keyboard.UserAuthKeyboardInteractiveFactory;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKey;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.channel.ChannelSessionFactory;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.common.global.KeepAliveHandler;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;

/**
 * The SSH server students join a class with: only a session with a shell, which runs the game;
 * no exec, no subsystems (sftp), no forwarding either way, no agent, no X11, no account on this
 * machine. Who gets in: anyone with the join code (keyboard-interactive), optionally after
 * proving an ssh key, which then proves their seat on a rejoin.
 */
public final class ClassServer implements AutoCloseable {
  /** The fingerprint of the ssh key a client proved it holds (signed), if any. */
  static final AttributeRepository.AttributeKey<String> VERIFIED_KEY = new AttributeRepository.AttributeKey<>();

  static final int TRIES = 6;
  static final Duration AUTH_TIMEOUT = Duration.ofSeconds(90);
  /** Longer than a lesson: a student may read the projector and type nothing for an hour. */
  static final Duration IDLE_TIMEOUT = Duration.ofHours(4);
  static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);
  static final long KEEPALIVE_MILLIS = 2_000;
  static final int KEEPALIVE_MISSES = 3;
  /** Wrong codes from one address before it must wait; a class behind one NAT shares an address. */
  static final int FREE_FAILURES = 20;

  /** Why the server could not start, in one line for the teacher. */
  public static final class Failure extends Exception {
    public Failure(String message) {
      super(message);
    }
  }

  /** Where to listen, how many may play, where the host key lives. */
  public record Options(String bind, int port, int maxPlayers, Path hostKey) {}

  private final SshServer sshd;
  private final String code;
  private final String fingerprint;
  private final Options options;
  private final ScheduledExecutorService keepalive;
  private final Set<ServerSession> sessions = ConcurrentHashMap.newKeySet();
  private final Map<InetAddress, Strikes> strikes = new ConcurrentHashMap<>();
  private final AtomicInteger players = new AtomicInteger();
  private final AtomicLong draws = new AtomicLong();
  private volatile Supplier<Room> room = () -> null;
  private final Players programs;

  private record Strikes(int count, long until) {}

  private ClassServer(SshServer sshd, String code, String fingerprint, Options options,
      ScheduledExecutorService keepalive, Players programs) {
    this.programs = programs;
    this.sshd = sshd;
    this.code = code;
    this.fingerprint = fingerprint;
    this.options = options;
    this.keepalive = keepalive;
  }

  /** A new join code: six digits, read aloud in two threes. */
  public static String newCode() {
    return String.format("%06d", new SecureRandom().nextInt(1_000_000));
  }

  /** Starts listening; code is the join code (new, or kept from a resumed session). */
  public static ClassServer start(Options o, String code, Players players) throws Failure {
    KeyPair key = hostKey(o.hostKey());
    SshServer sshd = SshServer.setUpDefaultServer();
    sshd.setHost(o.bind());
    sshd.setPort(o.port());
    sshd.setKeyPairProvider(KeyPairProvider.wrap(key));
    ScheduledExecutorService ka = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "ssh-keepalive");
      t.setDaemon(true);
      return t;
    });
    ClassServer server = new ClassServer(sshd, code, KeyUtils.getFingerPrint(key.getPublic()), o, ka, players);
    server.configure();
    try {
      sshd.start();
    } catch (BindException e) {
      ka.shutdownNow();
      throw new Failure("cannot listen on " + where(o) + ": " + (o.port() > 0 && e.getMessage() != null
          && e.getMessage().toLowerCase().contains("in use") ? "the port is in use (choose another with --port)"
          : e.getMessage()));
    } catch (IOException | RuntimeException e) {
      ka.shutdownNow();
      throw new Failure("cannot listen on " + where(o) + ": " + e.getMessage());
    }
    ka.scheduleWithFixedDelay(server::checkAlive, KEEPALIVE_MILLIS, KEEPALIVE_MILLIS, TimeUnit.MILLISECONDS);
    return server;
  }

  private static String where(Options o) {
    return (o.bind() == null ? "*" : o.bind()) + ":" + o.port();
  }

  private void configure() {
    CoreModuleProperties.AUTH_TIMEOUT.set(sshd, AUTH_TIMEOUT);
    CoreModuleProperties.MAX_AUTH_REQUESTS.set(sshd, TRIES);
    CoreModuleProperties.IDLE_TIMEOUT.set(sshd, IDLE_TIMEOUT);
    CoreModuleProperties.WAIT_FOR_SPACE_TIMEOUT.set(sshd, WRITE_TIMEOUT);
    // The code alone, or a proved key and then the code.
    CoreModuleProperties.AUTH_METHODS.set(sshd, "publickey,keyboard-interactive keyboard-interactive");
    sshd.setUserAuthFactories(List.of(new ProvedKeys(), UserAuthKeyboardInteractiveFactory.INSTANCE));
    sshd.setPublickeyAuthenticator((user, key, session) -> true); // any key: it proves a seat, not an account
    sshd.setPasswordAuthenticator(null);
    sshd.setHostBasedAuthenticator(null);
    sshd.setGSSAuthenticator(null);
    sshd.setKeyboardInteractiveAuthenticator(new JoinCode());
    sshd.setChannelFactories(List.of(new GameChannels()));
    sshd.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
    sshd.setGlobalRequestHandlers(List.of(KeepAliveHandler.INSTANCE));
    sshd.setAgentFactory(null);
    sshd.setCommandFactory(null);
    sshd.setSubsystemFactories(Collections.emptyList());
    sshd.setShellFactory(channel -> new PlayerShell(() -> room.get(), this));
    sshd.addSessionListener(new SessionListener() {
      @Override
      public void sessionCreated(Session session) {
        if (session instanceof ServerSession s) {
          // Far more connections than seats is an attack or a loop: refuse them before any work.
          if (sessions.size() >= 2 * options.maxPlayers() + 50) {
            try {
              s.disconnect(SshConstants.SSH2_DISCONNECT_TOO_MANY_CONNECTIONS, "the class is full");
            } catch (IOException ignored) {
              s.close(true);
            }
            return;
          }
          sessions.add(s);
        }
      }

      @Override
      public void sessionClosed(Session session) {
        sessions.remove(session);
      }
    });
  }

  /** The room players join: set when the teacher opens one. */
  public void serve(Supplier<Room> r) {
    this.room = r;
  }

  public int port() {
    return sshd.getPort();
  }

  public String code() {
    return code;
  }

  public String fingerprint() {
    return fingerprint;
  }

  /** Frames sent to all players so far (for the load benchmark). */
  public long draws() {
    return draws.get();
  }

  Players players() {
    return programs;
  }

  Runnable drawCounter() {
    return draws::incrementAndGet;
  }

  int nextPlayerNumber() {
    return players.incrementAndGet();
  }

  /** The doors of a room served here: the code, the fingerprint, and what students type. */
  public Doors doors(Map<String, Doors.Proof> proofs) {
    return Doors.remote(code, fingerprint, commands(), options.maxPlayers(), proofs);
  }

  /** ssh commands for each address students may reach: the bound one, or every LAN address. */
  public List<String> commands() {
    String p = port() == 22 ? "" : "-p " + port() + " ";
    List<String> out = new ArrayList<>();
    for (String a : addresses()) {
      out.add("ssh " + p + a);
    }
    return out;
  }

  private List<String> addresses() {
    String bind = options.bind();
    if (bind != null && !bind.isBlank() && !bind.equals("0.0.0.0") && !bind.equals("::")) {
      return List.of(bind);
    }
    List<String> out = new ArrayList<>();
    try {
      for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        if (!ni.isUp() || ni.isLoopback() || ni.isVirtual()) {
          continue;
        }
        for (InetAddress a : Collections.list(ni.getInetAddresses())) {
          if (a instanceof Inet4Address && !a.isLinkLocalAddress()) {
            out.add(a.getHostAddress());
          }
        }
      }
    } catch (IOException e) {
      // No interfaces to list: say nothing rather than guess.
    }
    return out;
  }

  /** Asks every client "are you there?"; three unanswered in a row and its connection is closed. */
  private void checkAlive() {
    long now = System.currentTimeMillis();
    for (ServerSession s : sessions) {
      try {
        if (!s.isAuthenticated()) {
          continue;
        }
        AtomicInteger missed = s.computeAttributeIfAbsent(MISSED, k -> new AtomicInteger());
        if (missed.get() >= KEEPALIVE_MISSES) {
          s.close(true);
          continue;
        }
        missed.incrementAndGet();
        Buffer b = s.createBuffer(SshConstants.SSH_MSG_GLOBAL_REQUEST, 32);
        b.putString("keepalive@openssh.com");
        b.putBoolean(true);
        s.request(b, "keepalive@openssh.com", (cmd, reply) -> missed.set(0)); // a failure reply is a reply
      } catch (IOException | RuntimeException e) {
        s.close(true);
      }
    }
    strikes.values().removeIf(x -> x.until() < now - 600_000);
  }

  private static final AttributeRepository.AttributeKey<AtomicInteger> MISSED = new AttributeRepository.AttributeKey<>();

  /** Keyboard-interactive with one question: the join code, echoed, with a line saying where to find it. */
  private final class JoinCode implements KeyboardInteractiveAuthenticator {
    @Override
    public InteractiveChallenge generateChallenge(ServerSession session, String username, String lang,
        String subMethods) {
      InteractiveChallenge c = new InteractiveChallenge();
      c.setInteractionName("Sourced");
      long wait = waitFor(session);
      c.setInteractionInstruction(wait > 0
          ? "Too many wrong codes from your network: wait " + (wait + 999) / 1000 + " s, then try again."
          : "The join code is on the projector.");
      c.addPrompt("Join code: ", true);
      return c;
    }

    @Override
    public boolean authenticate(ServerSession session, String username, List<String> responses) {
      InetAddress from = address(session);
      if (waitFor(session) > 0) {
        return false;
      }
      String given = responses == null || responses.isEmpty() ? "" : responses.get(0).replaceAll("[\\s-]", "");
      if (java.security.MessageDigest.isEqual(given.getBytes(), code.getBytes())) {
        return true;
      }
      if (from != null) {
        // Past the free failures each further one doubles the wait (1 s, 2 s, 4 s ... at most 5 min).
        strikes.compute(from, (a, x) -> {
          int n = x == null ? 1 : x.count() + 1;
          long wait = n <= FREE_FAILURES ? 0 : Math.min(300_000L, 1000L << Math.min(20, n - FREE_FAILURES - 1));
          return new Strikes(n, System.currentTimeMillis() + wait);
        });
      }
      return false;
    }

    private long waitFor(ServerSession session) {
      InetAddress from = address(session);
      Strikes x = from == null ? null : strikes.get(from);
      return x == null ? 0 : Math.max(0, x.until() - System.currentTimeMillis());
    }
  }

  private static InetAddress address(ServerSession s) {
    SocketAddress a = s.getClientAddress();
    return a instanceof InetSocketAddress i ? i.getAddress() : null;
  }

  /**
   * Session channels that run the game and nothing else: an exec or a subsystem (sftp) request
   * is refused and its channel closed, so that the client is told at once.
   */
  private static final class GameChannels extends ChannelSessionFactory {
    @Override
    public org.apache.sshd.common.channel.Channel createChannel(Session session) {
      return new ChannelSession() {
        @Override
        protected org.apache.sshd.common.channel.RequestHandler.Result handleExec(String request, Buffer buffer,
            boolean wantReply) throws IOException {
          return refuse(wantReply);
        }

        @Override
        protected org.apache.sshd.common.channel.RequestHandler.Result handleSubsystem(String request, Buffer buffer,
            boolean wantReply) throws IOException {
          return refuse(wantReply);
        }

        private org.apache.sshd.common.channel.RequestHandler.Result refuse(boolean wantReply) throws IOException {
          if (wantReply) {
            Buffer reply = getSession().createBuffer(SshConstants.SSH_MSG_CHANNEL_FAILURE, Integer.BYTES);
            reply.putInt(getRecipient());
            writePacket(reply);
          }
          close(false);
          return org.apache.sshd.common.channel.RequestHandler.Result.Replied;
        }
      };
    }
  }

  /** Public-key authentication that notes the key once its signature is verified: a proof of seat. */
  private static final class ProvedKeys extends UserAuthPublicKeyFactory {
    @Override
    public UserAuthPublicKey createUserAuth(ServerSession session) {
      return new UserAuthPublicKey(getSignatureFactories()) {
        @Override
        protected boolean verifySignature(ServerSession s, String username, String alg, PublicKey key, Buffer buffer,
            Signature verifier, byte[] sig) throws Exception {
          boolean ok = super.verifySignature(s, username, alg, key, buffer, verifier, sig);
          if (ok) {
            s.setAttribute(VERIFIED_KEY, KeyUtils.getFingerPrint(key));
          }
          return ok;
        }
      };
    }
  }

  /**
   * The host key, made once in the data home and reloaded after: a file that is there but cannot
   * be read stops the start, since a new key would make every returning student's ssh refuse.
   */
  static KeyPair hostKey(Path file) throws Failure {
    boolean existed = Files.exists(file);
    if (existed && !Files.isReadable(file)) {
      throw new Failure("the host key " + file + " cannot be read; fix its permissions");
    }
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new Failure("cannot make the folder for the host key " + file + ": " + e.getMessage());
    }
    SimpleGeneratorHostKeyProvider provider = new SimpleGeneratorHostKeyProvider(file) {
      @Override
      protected KeyPair generateKeyPair(String algorithm) throws GeneralSecurityException {
        if (existed) {
          throw new GeneralSecurityException("not a key");
        }
        return super.generateKeyPair(algorithm);
      }
    };
    List<KeyPair> keys = provider.loadKeys(null);
    if (keys.isEmpty()) {
      throw new Failure("the host key " + file + " exists but cannot be read as a key; move it away to make a new "
          + "one (returning students' ssh will then warn that the host key changed)");
    }
    if (!Files.exists(file)) {
      throw new Failure("cannot write the host key to " + file);
    }
    return keys.get(0);
  }

  @Override
  public void close() {
    keepalive.shutdownNow();
    try {
      sshd.stop(true);
    } catch (IOException ignored) {
      // Stopping: nothing more to do.
    }
  }
}
