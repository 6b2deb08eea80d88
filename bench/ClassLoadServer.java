import dev.sourced.classroom.Ballot;
import dev.sourced.classroom.ClassEvent;
import dev.sourced.classroom.ClassSettings;
import dev.sourced.classroom.Outcome;
import dev.sourced.classroom.Session;
import dev.sourced.game.Challenge;
import dev.sourced.game.Draw;
import dev.sourced.game.Mode;
import dev.sourced.game.RoundSettings;
import dev.sourced.net.ClassServer;
import dev.sourced.net.Players;
import dev.sourced.pack.Catalog;
import dev.sourced.pack.PackLoader;
import dev.sourced.room.Room;
import dev.sourced.tui.PlayerTui;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The server side of bench/class-load: the real ClassServer and Room, with the player screens as
 * the command line wires them, driven by commands on stdin (start, lock, stats, cpu, report,
 * quit). Times are System.nanoTime, which on Linux is the same clock in every process.
 */
public class ClassLoadServer {
  public static void main(String[] args) throws Exception {
    int max = Integer.parseInt(args[0]);
    Path home = Files.createTempDirectory("class-load");
    Players players = (screen, room, user, key, hooks) -> {
      PlayerTui t = new PlayerTui(screen, room, user, key, System::currentTimeMillis)
          .beforeTurn(hooks.beforeTurn()).onDraw(hooks.afterDraw());
      return new Players.Player() {
        public int run() throws java.io.IOException, InterruptedException {
          return t.run();
        }

        public void wake() {
          t.wake();
        }

        public void close() {
          t.close();
        }
      };
    };
    ClassServer server = ClassServer.start(new ClassServer.Options("127.0.0.1", 0, max, home.resolve("key")),
        ClassServer.newCode(), players);
    Catalog c = Catalog.of(List.of(PackLoader.loadFile(Path.of("src/test/resources/packs/sample.json"), "bench")));
    RoundSettings r = RoundSettings.defaults(Mode.QUIZ, 7).withCount(2);
    List<Challenge> qs = ((Draw.Drawn) Draw.round(c.packs(), r)).challenges();
    Room room = new Room(Session.lobby(ClassSettings.defaults(r, List.of()).withTimer(0), qs),
        System::currentTimeMillis, s -> new Room.NotYet(), server.doors(Map.of())).start();
    server.serve(() -> room);
    System.out.println("PORT " + server.port() + " CODE " + server.code());
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
    String line;
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    while ((line = in.readLine()) != null) {
      if (line.startsWith("ballot ")) {
        Session s = room.snapshot().session();
        int seat = s.seatNamed(line.substring(7).strip());
        System.out.println("BALLOT " + (seat < 0 ? -2 : s.ballots().get(seat).choice()));
        continue;
      }
      if (line.startsWith("online ")) {
        Session s = room.snapshot().session();
        int seat = s.seatNamed(line.substring(7).strip());
        System.out.println("ONLINE " + (seat >= 0 && room.snapshot().doors().isOnline(s.players().get(seat).id())));
        continue;
      }
      switch (line.strip()) {
        case "start" -> room.send(new ClassEvent.Start());
        case "lock" -> {
          System.out.println("LOCKED " + System.nanoTime());
          room.send(new ClassEvent.Lock());
        }
        case "players" -> System.out.println("PLAYERS " + room.snapshot().session().playerCount() + " ONLINE "
            + room.snapshot().doors().online().size() + " ANSWERED " + room.snapshot().session().answeredCount());
        case "stats" -> {
          System.gc();
          Thread.sleep(200);
          String status = Files.readString(Path.of("/proc/self/status"));
          long rss = Long.parseLong(status.replaceAll("(?s).*VmRSS:\\s+(\\d+).*", "$1"));
          long threads = Long.parseLong(status.replaceAll("(?s).*Threads:\\s+(\\d+).*", "$1"));
          System.out.println("STATS rssKb " + rss + " threads " + threads);
        }
        case "cpu" -> System.out.println("CPU " + os.getProcessCpuTime() + " " + System.nanoTime());
        case "cpu-by-thread" -> {
          // CPU so far by kind of thread (the players', MINA's, the room's, the rest), for where a reveal's time goes.
          java.lang.management.ThreadMXBean tm = ManagementFactory.getThreadMXBean();
          Map<String, Long> by = new java.util.TreeMap<>();
          for (java.lang.management.ThreadInfo t : tm.getThreadInfo(tm.getAllThreadIds())) {
            if (t != null) {
              String name = t.getThreadName();
              String kind = name.startsWith("player-") ? "players" : name.startsWith("sshd-") ? "mina"
                  : name.equals("class-room") ? "room" : "other";
              by.merge(kind, Math.max(0, tm.getThreadCpuTime(t.getThreadId())), Long::sum);
            }
          }
          StringBuilder b = new StringBuilder("BYTHREAD");
          by.forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
          System.out.println(b);
        }
        case "report" -> {
          Session s = room.snapshot().session();
          Outcome o = s.lastOutcome();
          System.out.println("CORRECT " + o.challenge().correct());
          for (int p = 0; p < o.seats(); p++) {
            Ballot b = o.ballots().get(p);
            System.out.println("SEAT " + s.players().get(p).name() + " " + b.choice() + " " + o.points().get(p));
          }
          System.out.println("END");
        }
        case "quit" -> {
          room.close();
          server.close();
          System.out.println("BYE");
          System.exit(0);
        }
        default -> System.out.println("? " + line);
      }
    }
  }
}
