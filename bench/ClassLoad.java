import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.auth.keyboard.UserInteraction;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;

/**
 * bench/class-load: N simulated students (MINA clients, each with its own ssh key and a pty of
 * 80x24) join a server in another process, answer at random moments within 3 s, and 10% drop
 * and rejoin mid-question after answering. Measures, per run: join time (connect to the lobby
 * frame), reveal to redraw received on every screen, server RSS after GC and threads, server CPU
 * while idle, and points lost by rejoiners. Loopback only.
 */
public class ClassLoad {
  static final class Student {
    final String name;
    final KeyPair key;
    final AtomicLong lastOutput = new AtomicLong();
    final AtomicLong bytes = new AtomicLong();
    volatile OutputStream keys;
    ClientSession session;
    int choice = -1;
    boolean drops;

    Student(String name, KeyPair key) {
      this.name = name;
      this.key = key;
    }
  }

  static String code;
  static int port;
  static BufferedReader fromServer;
  static PrintWriter toServer;

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    String cp = args[1];
    // The server runs with the JVM options the ./sourced launcher uses, unless CLASS_LOAD_JVM says others.
    List<String> cmd = new ArrayList<>(List.of("java"));
    cmd.addAll(List.of(System.getenv().getOrDefault("CLASS_LOAD_JVM", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
        .split(" ")));
    cmd.addAll(List.of("-Xss512k", "-cp", cp, "bench/ClassLoadServer.java", String.valueOf(n + 10)));
    Process server = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    fromServer = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    toServer = new PrintWriter(server.getOutputStream(), true);
    String line = fromServer.readLine();
    while (line != null && !line.startsWith("PORT ")) { // a JVM option may print first (a flight recording)
      line = fromServer.readLine();
    }
    String[] hello = line.split(" ");
    port = Integer.parseInt(hello[1]);
    code = hello[3];
    try {
      run(n);
    } finally {
      toServer.println("quit");
      server.waitFor();
    }
  }

  static synchronized String ask(String command, String prefix) throws IOException {
    toServer.println(command);
    String l;
    while ((l = fromServer.readLine()) != null) {
      if (l.startsWith(prefix)) {
        return l;
      }
    }
    throw new IOException("server gone");
  }

  static void await(String what, long seconds, BooleanSupplier ok) throws InterruptedException {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    while (!ok.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("timed out: " + what);
      }
      Thread.sleep(5); // poll interval while waiting on a condition with a deadline
    }
  }

  static void run(int n) throws Exception {
    SshClient client = SshClient.setUpDefaultClient();
    client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
    org.apache.sshd.core.CoreModuleProperties.NIO_WORKERS.set(client, 4);
    client.start();
    KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
    gen.initialize(new ECGenParameterSpec("secp256r1"));
    Random random = new Random(n);
    List<Student> students = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Student s = new Student("p" + i, gen.generateKeyPair());
      s.drops = i % 10 == 3; // one in ten
      students.add(s);
    }
    // Join: each connects, proves its key, gives the code, confirms its name; join time is connect to lobby frame.
    ExecutorService pool = Executors.newFixedThreadPool(16);
    long[] joins = new long[n];
    List<Future<?>> fs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int k = i;
      fs.add(pool.submit(() -> {
        joins[k] = connect(client, students.get(k));
        return null;
      }));
    }
    for (Future<?> f : fs) {
      f.get();
    }
    log("joined " + n);
    await("all seated", 120, () -> {
      try {
        return ask("players", "PLAYERS").startsWith("PLAYERS " + n + " ONLINE " + n);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    quiet(students, 1500);
    // The question: every screen gets a new frame.
    long started = System.nanoTime();
    toServer.println("start");
    await("the question on every screen", 60, () -> students.stream().allMatch(s -> s.lastOutput.get() > started));
    // Answers at random moments within 3 s; one in ten drops after answering and rejoins with its key.
    List<Future<?>> answers = new ArrayList<>();
    // p0 never answers, so that answers lock when the teacher says (the reveal measured), not at the last answer.
    for (Student s : students.subList(1, n)) {
      long at = random.nextInt(3000);
      s.choice = random.nextInt(2);
      answers.add(pool.submit(() -> {
        Thread.sleep(Math.max(0, at - (System.nanoTime() - started) / 1_000_000));
        s.keys.write((char) ('a' + s.choice));
        s.keys.flush();
        await("the answer of " + s.name + " recorded", 30, () -> ballot(s.name) == s.choice);
        if (s.drops) {
          s.session.close(true);
          // Until the server has seen the old connection go, "online" would be about that one, not the new one.
          await("the seat of " + s.name + " shown disconnected", 30, () -> !online(s.name));
          connect(client, s);
          if (ballot(s.name) != s.choice) {
            throw new IllegalStateException(s.name + " rejoined without their answer");
          }
        }
        return null;
      }));
    }
    for (Future<?> f : answers) {
      f.get();
    }
    log("answered, " + ask("players", "PLAYERS"));
    log("waiting for every answer, " + ask("players", "PLAYERS"));
    await("every answer in", 60, () -> {
      try {
        return ask("players", "PLAYERS").equals("PLAYERS " + n + " ONLINE " + n + " ANSWERED " + (n - 1));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    quiet(students, 1500);
    // Reveal to redraw: from the lock on the server to the first bytes of the new frame on each screen.
    String b0 = ask("cpu-by-thread", "BYTHREAD");
    String[] r0 = ask("cpu", "CPU").split(" ");
    long locked = Long.parseLong(ask("lock", "LOCKED").split(" ")[1]);
    await("the reveal on every screen", 60, () -> students.stream().allMatch(s -> s.lastOutput.get() > locked));
    // The server's own CPU for the reveal (lock, N frames, their encryption): less at the mercy of other load.
    String[] r1 = ask("cpu", "CPU").split(" ");
    double revealCpu = (Long.parseLong(r1[1]) - Long.parseLong(r0[1])) / 1e6;
    log("reveal CPU by thread, ms: " + byThread(b0, ask("cpu-by-thread", "BYTHREAD")));
    long[] reveal = new long[n];
    for (int i = 0; i < n; i++) {
      reveal[i] = students.get(i).lastOutput.get() - locked;
    }
    quiet(students, 2000);
    String[] c0 = ask("cpu", "CPU").split(" ");
    Thread.sleep(10_000); // the idle interval measured, not a wait for a condition
    String[] c1 = ask("cpu", "CPU").split(" ");
    double idle = 100.0 * (Long.parseLong(c1[1]) - Long.parseLong(c0[1])) / (Long.parseLong(c1[2]) - Long.parseLong(c0[2]));
    String[] stats = ask("stats", "STATS").split(" ");
    // Points lost by rejoiners: their recorded pick and points against what they chose.
    toServer.println("report");
    int correct = Integer.parseInt(fromServer.readLine().split(" ")[1]);
    long lost = 0;
    java.util.Map<String, int[]> seats = new java.util.HashMap<>();
    String l;
    while (!(l = fromServer.readLine()).equals("END")) {
      String[] p = l.split(" ");
      seats.put(p[1], new int[] {Integer.parseInt(p[2]), Integer.parseInt(p[3])});
    }
    int rejoiners = 0;
    for (Student s : students) {
      if (s.drops) {
        rejoiners++;
        int[] seat = seats.get(s.name);
        int expected = s.choice == correct ? 1000 : 0;
        lost += seat == null ? expected : Math.max(0, expected - seat[1]) + (seat[0] == s.choice ? 0 : 1);
      }
    }
    Arrays.sort(joins);
    Arrays.sort(reveal);
    System.out.printf("RESULT players=%d join_p50_ms=%.0f join_max_ms=%.0f reveal_p50_ms=%.1f reveal_p99_ms=%.1f "
        + "reveal_max_ms=%.1f reveal_server_cpu_ms=%.0f rss_mb=%.0f threads=%s idle_cpu_pct=%.2f rejoiners=%d "
        + "points_lost=%d load_avg=%s%n",
        n, joins[n / 2] / 1e6, joins[n - 1] / 1e6, reveal[n / 2] / 1e6, reveal[(int) Math.ceil(n * 0.99) - 1] / 1e6,
        reveal[n - 1] / 1e6, revealCpu, Long.parseLong(stats[2]) / 1024.0, stats[4], idle, rejoiners, lost, loadAverage());
    pool.shutdownNow();
    client.stop();
  }

  /** Whether the seat is taken by this connection within millis (an Enter too many would pick a choice). */
  static boolean seatedWithin(String name, long millis) {
    long deadline = System.nanoTime() + millis * 1_000_000L;
    while (System.nanoTime() < deadline) {
      if (online(name)) {
        return true;
      }
      try {
        Thread.sleep(20); // poll interval while waiting on a condition with a deadline
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  static boolean online(String name) {
    try {
      return ask("online " + name, "ONLINE").equals("ONLINE true");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static int ballot(String name) {
    try {
      return Integer.parseInt(ask("ballot " + name, "BALLOT").split(" ")[1]);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The machine's load average over the last minute, as uptime shows it: other work skews every figure. */
  static String loadAverage() throws IOException {
    return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
  }

  /** The CPU each kind of server thread spent between two BYTHREAD lines, in ms (threads gone meanwhile not counted). */
  static String byThread(String before, String after) {
    java.util.Map<String, Long> a = new java.util.TreeMap<>();
    for (String kv : before.split(" ")) {
      if (kv.contains("=")) {
        a.put(kv.split("=")[0], Long.parseLong(kv.split("=")[1]));
      }
    }
    StringBuilder out = new StringBuilder();
    for (String kv : after.split(" ")) {
      if (kv.contains("=")) {
        String k = kv.split("=")[0];
        out.append(k).append('=').append((Long.parseLong(kv.split("=")[1]) - a.getOrDefault(k, 0L)) / 1_000_000)
            .append(' ');
      }
    }
    return out.toString().strip();
  }

  static final long T0 = System.nanoTime();

  static void log(String what) {
    System.err.printf("[%6.1f s] %s%n", (System.nanoTime() - T0) / 1e9, what);
  }

  /** Waits until no screen has had output for quietMillis. */
  static void quiet(List<Student> students, long quietMillis) throws InterruptedException {
    await("the screens to settle", 60, () -> {
      long last = students.stream().mapToLong(s -> s.lastOutput.get()).max().orElse(0);
      return System.nanoTime() - last > quietMillis * 1_000_000L;
    });
  }

  /** Connects, authenticates with key and code, opens a pty and confirms the name; returns nanos to the lobby frame. */
  static long connect(SshClient client, Student s) throws Exception {
    long t0 = System.nanoTime();
    ClientSession session = client.connect(s.name, "127.0.0.1", port).verify(Duration.ofSeconds(60)).getSession();
    session.addPublicKeyIdentity(s.key);
    session.setUserInteraction(new UserInteraction() {
      public String[] interactive(ClientSession c, String name, String instruction, String lang, String[] prompt,
          boolean[] echo) {
        return new String[] {code};
      }

      public String getUpdatedPassword(ClientSession c, String prompt, String lang) {
        return null;
      }
    });
    long connected = System.nanoTime();
    session.auth().verify(Duration.ofSeconds(60));
    long authed = System.nanoTime();
    ChannelShell shell = session.createShellChannel();
    shell.setPtyType("xterm");
    shell.setPtyColumns(80);
    shell.setPtyLines(24);
    shell.setOut(new OutputStream() {
      public void write(int b) {
        s.bytes.incrementAndGet();
        s.lastOutput.set(System.nanoTime());
      }

      public void write(byte[] b, int off, int len) {
        s.bytes.addAndGet(len);
        s.lastOutput.set(System.nanoTime());
      }
    });
    s.lastOutput.set(0);
    shell.open().verify(Duration.ofSeconds(60));
    OutputStream keys = shell.getInvertedIn(); // written straight to the channel: no pump thread per student
    await("the name screen for " + s.name, 60, () -> s.lastOutput.get() > 0);
    long named = System.nanoTime();
    s.keys = keys;
    s.session = session;
    keys.write('\r');
    keys.flush();
    await("the lobby for " + s.name, 60, () -> s.lastOutput.get() > named);
    // A rejoin quicker than the server noticing the old connection gone is refused ("already playing"):
    // like a student, press Enter again until the seat is back.
    while (!seatedWithin(s.name, 3_000)) {
      long again = System.nanoTime();
      keys.write('\r');
      keys.flush();
      await("an answer for " + s.name, 60, () -> s.lastOutput.get() > again);
    }
    long done = System.nanoTime();
    if (System.getenv("CLASS_LOAD_TRACE") != null) {
      log(String.format("%s connect %.0f ms, auth %.0f ms, shell to name screen %.0f ms, name to lobby %.0f ms (%s)",
          s.name, (connected - t0) / 1e6, (authed - connected) / 1e6, (named - authed) / 1e6, (done - named) / 1e6,
          session.getKex() == null ? "" : session.getNegotiatedKexParameter(org.apache.sshd.common.kex.KexProposalOption.ALGORITHMS)));
    }
    return done - t0;
  }
}
