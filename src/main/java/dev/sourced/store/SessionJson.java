package dev.sourced.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sourced.classroom.Ballot;
import dev.sourced.classroom.ClassSettings;
import dev.sourced.classroom.Outcome;
import dev.sourced.classroom.Player;
import dev.sourced.classroom.Replay;
import dev.sourced.classroom.Session;
import dev.sourced.game.Challenge;
import dev.sourced.game.Draw;
import dev.sourced.game.Mode;
import dev.sourced.game.RoundSettings;
import dev.sourced.pack.Catalog;
import dev.sourced.pack.Difficulty;
import dev.sourced.pack.Pack;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A session as JSON: its settings, players, the questions with their choices in play order, and
 * each player's answer to every question played. Format 2 has players; format 1 (teams only, each
 * team one seat) is still read.
 */
final class SessionJson {
  static final String FORMAT = "sourced-session/2";
  static final String FORMAT_1 = "sourced-session/1";

  /** Made on first use: Jackson's databind costs ~100 ms to start, which the title screen must not wait for. */
  private static final class Mapper {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }

  private SessionJson() {}

  static String encode(ResultsTarget t, Session s) throws IOException {
    return encode(t, s, null);
  }

  static String encode(ResultsTarget t, Session s, ResultsFiles.Join join) throws IOException {
    ObjectNode root = tree(t, s);
    if (join != null) {
      ObjectNode j = root.putObject("join");
      j.put("code", join.code());
      ObjectNode seats = j.putObject("seats");
      join.seats().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> {
        ObjectNode n = seats.putObject(e.getKey());
        n.put("key", e.getValue().key());
        if (e.getValue().wordHash() != null) {
          n.put("wordHash", e.getValue().wordHash());
        } else if (e.getValue().word() != null) {
          n.put("word", e.getValue().word()); // only a seat read from an older file, not hashed yet
        }
      });
    }
    return Mapper.JSON.writeValueAsString(root) + "\n";
  }

  static ObjectNode tree(ResultsTarget t, Session s) {
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
    ArrayNode players = root.putArray("players");
    for (Player p : s.players()) {
      ObjectNode n = players.addObject();
      n.put("id", p.id());
      n.put("name", p.name());
      if (p.inTeam()) {
        n.put("team", cs.teams().get(p.team()));
      } else {
        n.putNull("team");
      }
    }
    ArrayNode used = root.putArray("packs");
    s.challenges().stream().map(Challenge::pack).distinct().forEach(p -> {
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
      q.put("pack", c.pack().id());
      q.put("item", c.itemId());
      q.put("kind", c.kind().id());
      q.put("prompt", c.prompt());
      ArrayNode choices = q.putArray("choices");
      c.choices().forEach(choices::add);
      ArrayNode keys = q.putArray("keys");
      c.choiceKeys().forEach(keys::add);
      q.put("correct", c.correctChoice());
      if (i < s.outcomes().size()) {
        answers(q, s, s.outcomes().get(i));
      } else {
        q.put("status", "not-played");
      }
    }
    ObjectNode scores = root.putObject("scores");
    List<Integer> sc = s.scores();
    ObjectNode byPlayer = scores.putObject("players");
    for (int p = 0; p < s.playerCount(); p++) {
      byPlayer.put(s.players().get(p).id(), sc.get(p));
    }
    ObjectNode byTeam = scores.putObject("teams");
    List<Integer> ts = s.teamScores(sc);
    for (int team = 0; team < cs.teams().size(); team++) {
      byTeam.put(cs.teams().get(team), ts.get(team));
    }
    return root;
  }

  private static void answers(ObjectNode q, Session s, Outcome o) {
    Challenge c = o.challenge();
    q.put("status", o.how().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    q.put("lockedAtMillis", o.lockedAtMillis());
    ArrayNode answers = q.putArray("answers");
    for (int p = 0; p < o.seats(); p++) {
      ObjectNode a = answers.addObject();
      a.put("player", s.players().get(p).id());
      ballot(a, c, o.ballots().get(p));
      a.put("correct", o.correct().get(p));
      a.put("points", o.points().get(p));
      if (o.corrected(p)) {
        a.put("corrected", true); // by the teacher after the reveal; "locked" is the answer as it was
        ballot(a.putObject("locked"), c, o.locked().get(p));
      }
    }
  }

  private static void ballot(ObjectNode a, Challenge c, Ballot b) {
    if (b.given()) {
      a.put("choice", Challenge.letter(b.choice()));
      a.put("answer", c.choices().get(b.choice()));
      a.put("millis", b.millis());
      a.put("recordedAt", Instant.ofEpochMilli(b.wallMillis()).toString());
    } else {
      a.putNull("choice");
    }
  }

  /** Reads a session file's text; an IllegalArgumentException says what is wrong with it. */
  static ResultsFiles.Saved decode(Path file, String text, Catalog catalog) throws IOException, ResultsFiles.Unreadable {
    JsonNode root = Mapper.JSON.readTree(text);
    String format = root == null ? "" : root.path("format").asText();
    if (!FORMAT.equals(format) && !FORMAT_1.equals(format)) {
      throw new ResultsFiles.Unreadable(file, "is not a Sourced session file (no \"format\": \"" + FORMAT + "\")");
    }
    boolean v1 = FORMAT_1.equals(format);
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
    List<Player> players = v1 ? Session.seats(teams) : players(root, teams);
    List<Challenge> challenges = new ArrayList<>();
    List<Replay.Saved> played = new ArrayList<>();
    if (root.path("questions").isEmpty()) {
      throw new IllegalArgumentException("it has no questions");
    }
    for (JsonNode q : root.path("questions")) {
      Challenge c = challenge(q, catalog, file, v1);
      challenges.add(c);
      if (!q.path("status").asText().equals("not-played")) {
        played.add(saved(q, c, players.size()));
      }
    }
    return new ResultsFiles.Saved(ResultsTarget.of(file, root.path("started").asText()), cs, challenges, players, played,
        root.path("finished").asBoolean(), join(root.path("join")));
  }

  private static ResultsFiles.Join join(JsonNode j) {
    if (!j.isObject() || !j.path("code").isTextual()) {
      return null;
    }
    java.util.Map<String, ResultsFiles.Seat> seats = new java.util.HashMap<>();
    j.path("seats").fields().forEachRemaining(e -> seats.put(e.getKey(),
        new ResultsFiles.Seat(textOrNull(e.getValue(), "key"), textOrNull(e.getValue(), "wordHash"),
            textOrNull(e.getValue(), "word"))));
    return new ResultsFiles.Join(j.path("code").asText(), seats);
  }

  private static List<Player> players(JsonNode root, List<String> teams) {
    List<Player> players = new ArrayList<>();
    for (JsonNode n : root.path("players")) {
      String team = textOrNull(n, "team");
      int t = team == null ? Player.NO_TEAM : teams.indexOf(team);
      if (team != null && t < 0) {
        throw new IllegalArgumentException("player " + n.path("id").asText() + " is in a team the file does not list");
      }
      players.add(new Player(n.path("id").asText(), n.path("name").asText(), t));
    }
    return players;
  }

  private static String textOrNull(JsonNode n, String field) {
    JsonNode v = n.path(field);
    return v.isMissingNode() || v.isNull() ? null : v.asText();
  }

  private static Challenge challenge(JsonNode q, Catalog catalog, Path file, boolean v1) throws ResultsFiles.Unreadable {
    String packId = q.path("pack").asText();
    String item = q.path("item").asText();
    Pack pack = catalog.pack(packId).orElseThrow(() -> new ResultsFiles.Unreadable(file,
        "uses the pack \"" + packId + "\", which is not loaded; give its file with --pack PATH"));
    Challenge.Kind kind = Challenge.Kind.parse(q.path("kind").asText())
        .orElseThrow(() -> new IllegalArgumentException("question " + q.path("number").asInt() + " has an unknown kind"));
    // Format 1 kept speakers' ids for quotes and the choices' text for questions.
    String field = !v1 ? "keys" : kind == Challenge.Kind.WHO_SAID_IT ? "speakers" : "choices";
    List<String> keys = new ArrayList<>();
    q.path(field).forEach(n -> keys.add(n.asText()));
    try {
      return Draw.rebuild(pack, kind, item, keys);
    } catch (Draw.Gone e) {
      throw new ResultsFiles.Unreadable(file, e.getMessage());
    }
  }

  private static Replay.Saved saved(JsonNode q, Challenge c, int seats) {
    Outcome.Lock how = Outcome.Lock.valueOf(q.path("status").asText().toUpperCase(Locale.ROOT).replace('-', '_'));
    List<Ballot> ballots = new ArrayList<>();
    List<Integer> points = new ArrayList<>();
    JsonNode answers = q.path("answers");
    if (answers.size() > seats) {
      throw new IllegalArgumentException("question " + q.path("number").asInt() + " has answers for "
          + answers.size() + " seats, but the session has " + seats);
    }
    List<Ballot> locked = new ArrayList<>();
    for (JsonNode a : answers) {
      Ballot b = ballot(a, c, q);
      ballots.add(b);
      locked.add(a.path("corrected").asBoolean() ? ballot(a.path("locked"), c, q) : b);
      points.add(a.path("points").asInt());
    }
    long lockedAt = q.path("lockedAtMillis").asLong();
    if (lockedAt < 0 || ballots.stream().anyMatch(b -> b.millis() < 0) || locked.stream().anyMatch(b -> b.millis() < 0)) {
      throw new IllegalArgumentException("question " + q.path("number").asInt() + " has a time before it was asked");
    }
    return new Replay.Saved(how, lockedAt, ballots, points, locked);
  }

  private static Ballot ballot(JsonNode a, Challenge c, JsonNode q) {
    String choice = a.path("choice").isNull() ? null : a.path("choice").asText(null);
    if (choice == null) {
      return Ballot.NONE;
    }
    int idx = choice.isEmpty() ? -1 : choice.charAt(0) - 'A';
    if (idx < 0 || idx >= c.choices().size()) {
      throw new IllegalArgumentException("answer " + choice + " is not a choice of question " + q.path("number").asInt());
    }
    return new Ballot(idx, a.path("millis").asLong(), Instant.parse(a.path("recordedAt").asText()).toEpochMilli());
  }
}
