package dev.sourced.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sourced.classroom.Ballot;
import dev.sourced.classroom.ClassSettings;
import dev.sourced.classroom.Outcome;
import dev.sourced.classroom.Replay;
import dev.sourced.classroom.Session;
import dev.sourced.game.Challenge;
import dev.sourced.game.Mode;
import dev.sourced.game.RoundSettings;
import dev.sourced.pack.Catalog;
import dev.sourced.pack.Difficulty;
import dev.sourced.pack.Pack;
import dev.sourced.pack.Question;
import dev.sourced.pack.Quote;
import dev.sourced.pack.Speaker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A class session's results: a JSON file with the whole session and a CSV with a row per team per
 * question, rewritten atomically after every locked question.
 */
public final class ResultsFiles {
  public static final String FORMAT = "sourced-session/1";
  /** Made on first use: Jackson's databind costs ~100 ms to start, which the title screen must not wait for. */
  private static final class Mapper {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }

  private ResultsFiles() {}

  /** $XDG_DATA_HOME/sourced/results, or ~/.local/share/sourced/results. */
  public static Path defaultDir(Map<String, String> env) {
    return DataHome.of(env).resolve("results");
  }

  /** Null when results can be written in dir; otherwise what is wrong, for the teacher before the session. */
  public static String probe(Path dir) {
    try {
      Files.createDirectories(dir);
      Path p = Files.createTempFile(dir, ".probe-", ".tmp");
      Files.delete(p);
      return null;
    } catch (IOException | SecurityException e) {
      return "results cannot be saved in " + dir + " (" + e.getClass().getSimpleName() + ": " + e.getMessage()
          + "); choose another folder with --results DIR";
    }
  }

  /** Where a session's two files go: DIR/ID.json and DIR/ID.csv. */
  public record Target(Path dir, String id, String started) {
    public Path json() {
      return dir.resolve(id + ".json");
    }

    public Path csv() {
      return dir.resolve(id + ".csv");
    }
  }

  /** class-YYYY-MM-DD-HHMMSS, with -2, -3... when a session started in the same second. */
  public static Target target(Path dir, Instant started) {
    String id = "class-" + started.toString().replace(":", "").replaceAll("\\.\\d+", "").replace("T", "-")
        .replace("Z", "");
    Target t = new Target(dir, id, started.toString());
    for (int n = 2; Files.exists(t.json()); n++) {
      t = new Target(dir, id + "-" + n, started.toString());
    }
    return t;
  }

  public static void write(Target t, Session s) throws IOException {
    atomically(t.json(), Mapper.JSON.writeValueAsString(toJson(t, s)) + "\n");
    atomically(t.csv(), csv(t, s));
  }

  static void atomically(Path file, String text) throws IOException {
    Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    try {
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  static ObjectNode toJson(Target t, Session s) {
    ObjectNode root = Mapper.JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("id", t.id());
    root.put("started", t.started());
    root.put("finished", s.phase() == Session.Phase.FINISHED);
    root.put("endedEarly", s.endedEarly());
    ClassSettings cs = s.settings();
    ObjectNode set = root.putObject("settings");
    set.put("mode", cs.round().mode().id());
    set.put("count", cs.round().count());
    set.put("seed", cs.round().seed());
    ArrayNode packs = set.putArray("packs");
    cs.round().packs().forEach(packs::add);
    set.put("source", cs.round().source());
    set.put("tag", cs.round().tag());
    set.put("difficulty", cs.round().difficulty() == null ? null : cs.round().difficulty().label());
    set.put("timerSeconds", cs.timerSeconds());
    set.put("scoring", cs.scoring().label());
    set.put("streakBonus", cs.streakBonus());
    set.put("discussionStop", cs.discussionStop());
    set.put("discussionSeconds", cs.discussionSeconds());
    ArrayNode teams = root.putArray("teams");
    cs.teams().forEach(teams::add);
    ArrayNode used = root.putArray("packs");
    s.challenges().stream().map(ResultsFiles::packOf).distinct().forEach(p -> {
      ObjectNode n = used.addObject();
      n.put("id", p.id());
      n.put("title", p.title());
      n.put("origin", p.origin());
    });
    ArrayNode questions = root.putArray("questions");
    for (int i = 0; i < s.challenges().size(); i++) {
      Challenge c = s.challenges().get(i);
      ObjectNode q = questions.addObject();
      q.put("number", i + 1);
      q.put("pack", packOf(c).id());
      q.put("item", itemId(c));
      q.put("kind", c instanceof Challenge.WhoSaidIt ? "who-said-it" : "question");
      q.put("prompt", c.prompt());
      ArrayNode choices = q.putArray("choices");
      c.choices().forEach(choices::add);
      if (c instanceof Challenge.WhoSaidIt w) {
        ArrayNode ids = q.putArray("speakers");
        w.candidates().forEach(sp -> ids.add(sp.id()));
      }
      q.put("correct", c.correctChoice());
      if (i < s.outcomes().size()) {
        Outcome o = s.outcomes().get(i);
        q.put("status", o.how().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        q.put("lockedAtMillis", o.lockedAtMillis());
        ArrayNode answers = q.putArray("answers");
        for (int team = 0; team < cs.teams().size(); team++) {
          Ballot b = o.ballots().get(team);
          ObjectNode a = answers.addObject();
          a.put("team", cs.teams().get(team));
          if (b.given()) {
            a.put("choice", String.valueOf((char) ('A' + b.choice())));
            a.put("answer", c.choices().get(b.choice()));
            a.put("millis", b.millis());
            a.put("recordedAt", Instant.ofEpochMilli(b.wallMillis()).toString());
          } else {
            a.putNull("choice");
          }
          a.put("correct", o.correct().get(team));
          a.put("points", o.points().get(team));
        }
      } else {
        q.put("status", "not-played");
      }
    }
    ObjectNode scores = root.putObject("scores");
    List<Integer> sc = s.scores();
    for (int team = 0; team < cs.teams().size(); team++) {
      scores.put(cs.teams().get(team), sc.get(team));
    }
    return root;
  }

  static String csv(Target t, Session s) {
    StringBuilder b = new StringBuilder("session,question,question_id,prompt,team,answer,correct,points,seconds\r\n");
    List<String> teams = s.settings().teams();
    for (Outcome o : s.outcomes()) {
      Challenge c = o.challenge();
      for (int team = 0; team < teams.size(); team++) {
        Ballot ballot = o.ballots().get(team);
        String answer = ballot.given() ? c.choices().get(ballot.choice()) : (o.skipped() ? "(skipped)" : "");
        String seconds = ballot.given() ? String.format(Locale.ROOT, "%.1f", ballot.millis() / 1000.0) : "";
        b.append(String.join(",", cell(t.id()), String.valueOf(o.number()), cell(packOf(c).id() + "/" + itemId(c)),
            cell(c.prompt()), cell(teams.get(team)), cell(answer), o.correct().get(team) ? "yes" : "no",
            String.valueOf(o.points().get(team)), seconds)).append("\r\n");
      }
    }
    return b.toString();
  }

  /** RFC 4180 quoting, and a leading apostrophe on text a spreadsheet would run as a formula. */
  static String cell(String text) {
    String s = text;
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      s = "'" + s;
    }
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      s = "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }

  static Pack packOf(Challenge c) {
    return c instanceof Challenge.Ask a ? a.pack() : ((Challenge.WhoSaidIt) c).pack();
  }

  static String itemId(Challenge c) {
    return c instanceof Challenge.Ask a ? a.question().id() : ((Challenge.WhoSaidIt) c).quote().id();
  }

  /** A saved session, read back: enough to resume it or to summarise it. */
  public record Saved(Target target, ClassSettings settings, List<Challenge> challenges, List<Replay.Saved> played,
      boolean finished) {}

  public static final class Unreadable extends Exception {
    public Unreadable(Path file, String message) {
      super(file + ": " + message);
    }
  }

  public static Saved read(Path file, Catalog catalog) throws Unreadable {
    JsonNode root;
    try {
      if (Files.size(file) > 64L * 1024 * 1024) {
        throw new Unreadable(file, "is too large to be a results file");
      }
      root = Mapper.JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new Unreadable(file, "cannot be read: " + e.getMessage());
    }
    if (root == null || !FORMAT.equals(root.path("format").asText())) {
      throw new Unreadable(file, "is not a Sourced session file (no \"format\": \"" + FORMAT + "\")");
    }
    try {
      JsonNode set = root.path("settings");
      List<String> packIds = new ArrayList<>();
      set.path("packs").forEach(n -> packIds.add(n.asText()));
      String diff = set.path("difficulty").isNull() ? null : set.path("difficulty").asText(null);
      RoundSettings round = new RoundSettings(
          Mode.parse(set.path("mode").asText()).orElseThrow(() -> new IllegalArgumentException("unknown mode")),
          set.path("count").asInt(), 0, packIds, textOrNull(set, "source"), textOrNull(set, "tag"),
          diff == null ? null : Difficulty.parse(diff).orElse(null), set.path("seed").asLong());
      List<String> teams = new ArrayList<>();
      root.path("teams").forEach(n -> teams.add(n.asText()));
      ClassSettings cs = new ClassSettings(round, teams, set.path("timerSeconds").asInt(),
          "speed".equals(set.path("scoring").asText()) ? ClassSettings.ScoringRule.SPEED
              : ClassSettings.ScoringRule.ACCURACY,
          set.path("streakBonus").asBoolean(), set.path("discussionStop").asBoolean(),
          set.path("discussionSeconds").asInt());
      List<Challenge> challenges = new ArrayList<>();
      List<Replay.Saved> played = new ArrayList<>();
      for (JsonNode q : root.path("questions")) {
        Challenge c = challenge(q, catalog, file);
        challenges.add(c);
        String status = q.path("status").asText();
        if (!status.equals("not-played")) {
          played.add(saved(q, c, teams));
        }
      }
      Target t = new Target(file.getParent() == null ? Path.of(".") : file.getParent(),
          file.getFileName().toString().replaceFirst("\\.json$", ""), root.path("started").asText());
      return new Saved(t, cs, challenges, played, root.path("finished").asBoolean());
    } catch (RuntimeException e) {
      throw new Unreadable(file, "is damaged: " + e.getMessage());
    }
  }

  private static String textOrNull(JsonNode n, String field) {
    JsonNode v = n.path(field);
    return v.isMissingNode() || v.isNull() ? null : v.asText();
  }

  private static Challenge challenge(JsonNode q, Catalog catalog, Path file) throws Unreadable {
    String packId = q.path("pack").asText();
    String item = q.path("item").asText();
    Pack pack = catalog.pack(packId).orElseThrow(
        () -> new Unreadable(file, "uses the pack \"" + packId + "\", which is not loaded; give its file with --pack PATH"));
    List<String> choices = new ArrayList<>();
    q.path("choices").forEach(n -> choices.add(n.asText()));
    if (q.path("kind").asText().equals("who-said-it")) {
      Quote quote = pack.quotes().stream().filter(x -> x.id().equals(item)).findFirst()
          .orElseThrow(() -> new Unreadable(file, "names the quote \"" + item + "\", which " + packId + " no longer has"));
      List<Speaker> candidates = new ArrayList<>();
      for (JsonNode id : q.path("speakers")) {
        candidates.add(pack.speaker(id.asText()).orElseThrow(
            () -> new Unreadable(file, "names the speaker \"" + id.asText() + "\", which " + packId + " no longer has")));
      }
      int correct = candidates.indexOf(pack.speaker(quote.speaker()).orElseThrow());
      if (correct < 0) {
        throw new Unreadable(file, "quote \"" + item + "\" no longer has its speaker among the saved choices");
      }
      return new Challenge.WhoSaidIt(quote, pack, pack.source(quote.source()).orElseThrow(), candidates, correct);
    }
    Question question = pack.questions().stream().filter(x -> x.id().equals(item)).findFirst()
        .orElseThrow(() -> new Unreadable(file, "names the question \"" + item + "\", which " + packId + " no longer has"));
    if (!new java.util.HashSet<>(choices).equals(new java.util.HashSet<>(question.choices()))) {
      throw new Unreadable(file, "question \"" + item + "\" has other choices in " + packId + " now");
    }
    return new Challenge.Ask(question, pack, pack.source(question.source()).orElseThrow(), choices,
        choices.indexOf(question.answer()));
  }

  private static Replay.Saved saved(JsonNode q, Challenge c, List<String> teams) {
    Outcome.Lock how = Outcome.Lock.valueOf(q.path("status").asText().toUpperCase(Locale.ROOT).replace('-', '_'));
    List<Ballot> ballots = new ArrayList<>();
    List<Integer> points = new ArrayList<>();
    JsonNode answers = q.path("answers");
    if (answers.size() != teams.size()) {
      throw new IllegalArgumentException("question " + q.path("number").asInt() + " has answers for "
          + answers.size() + " teams, not " + teams.size());
    }
    for (JsonNode a : answers) {
      String choice = a.path("choice").isNull() ? null : a.path("choice").asText(null);
      if (choice == null) {
        ballots.add(Ballot.NONE);
      } else {
        int idx = choice.charAt(0) - 'A';
        if (idx < 0 || idx >= c.choices().size()) {
          throw new IllegalArgumentException("answer " + choice + " is not a choice of question "
              + q.path("number").asInt());
        }
        ballots.add(new Ballot(idx, a.path("millis").asLong(), Instant.parse(a.path("recordedAt").asText()).toEpochMilli()));
      }
      points.add(a.path("points").asInt());
    }
    return new Replay.Saved(how, q.path("lockedAtMillis").asLong(), ballots, points);
  }
}
