package dev.sourced.room;

import dev.sourced.classroom.ClassSettings;
import dev.sourced.classroom.Player;
import dev.sourced.classroom.Session;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may come in, for a room whose students join from their own terminals: how to reach it (the
 * commands to type, the join code, the host key's fingerprint), whether newcomers are let in, the
 * seats whose student is connected now, the removed players, and the proof each seat's student
 * gave when they first joined. A value, changed only on the room's thread.
 */
public record Doors(boolean remote, String code, String fingerprint, List<String> commands, String problem,
    boolean open, int maxPlayers, Set<String> online, Set<String> removed, Map<String, Proof> proofs) {

  /** A room without remote players: the teacher keys the answers in. */
  public static final Doors NONE = new Doors(false, null, null, List.of(), null, false, 0, Set.of(), Set.of(), Map.of());

  /**
   * How a student proves a disconnected seat is theirs: the ssh key they offered, or the word
   * shown to them. The word is kept as a salted hash (wordHash, what a results file holds); word
   * is the word itself while this process knows it (to show it again), or null, and a proof read
   * from an older file may have only the word.
   */
  public record Proof(String key, String word, String wordHash) {
    static final String SCHEME = "sha256";

    /** A new seat's proof: the word hashed with a salt of its own. */
    public static Proof of(String key, String word, byte[] salt) {
      return new Proof(key, word, word == null ? null : hash(word, salt));
    }

    /** Whether typed is the seat's word (case and spaces around it ignored). */
    public boolean matches(String typed) {
      if (typed == null) {
        return false;
      }
      if (wordHash != null) {
        String[] parts = wordHash.split(":");
        if (parts.length != 3 || !parts[0].equals(SCHEME)) {
          return false;
        }
        try {
          byte[] salt = java.util.Base64.getDecoder().decode(parts[1]);
          return java.security.MessageDigest.isEqual(hash(typed, salt).getBytes(StandardCharsets.US_ASCII),
              wordHash.getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
          return false; // a damaged hash proves nothing
        }
      }
      return word != null && word.strip().equalsIgnoreCase(typed.strip());
    }

    /** "sha256:SALT:HASH", both base64: SHA-256 over the salt and the word in lower case. */
    static String hash(String word, byte[] salt) {
      try {
        java.security.MessageDigest d = java.security.MessageDigest.getInstance("SHA-256");
        d.update(salt);
        d.update(word.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        java.util.Base64.Encoder b64 = java.util.Base64.getEncoder().withoutPadding();
        return SCHEME + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(d.digest());
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java has SHA-256", e);
      }
    }
  }

  public Doors {
    commands = List.copyOf(commands);
    online = Set.copyOf(online);
    removed = Set.copyOf(removed);
    proofs = Map.copyOf(proofs);
  }

  public static Doors remote(String code, String fingerprint, List<String> commands, int maxPlayers,
      Map<String, Proof> proofs) {
    return new Doors(true, code, fingerprint, commands, null, true, maxPlayers, Set.of(), Set.of(), proofs);
  }

  public Doors withProblem(String why) {
    return new Doors(remote, code, fingerprint, commands, why, open, maxPlayers, online, removed, proofs);
  }

  public Doors withOpen(boolean on) {
    return new Doors(remote, code, fingerprint, commands, problem, on, maxPlayers, online, removed, proofs);
  }

  Doors withOnline(String id, boolean on) {
    Set<String> o = new HashSet<>(online);
    if (on ? !o.add(id) : !o.remove(id)) {
      return this;
    }
    return new Doors(remote, code, fingerprint, commands, problem, open, maxPlayers, o, removed, proofs);
  }

  Doors withRemoved(String id) {
    Set<String> r = new HashSet<>(removed);
    r.add(id);
    Set<String> o = new HashSet<>(online);
    o.remove(id);
    return new Doors(remote, code, fingerprint, commands, problem, open, maxPlayers, o, r, proofs);
  }

  Doors withProof(String id, Proof p) {
    Map<String, Proof> m = new HashMap<>(proofs);
    m.put(id, p);
    return new Doors(remote, code, fingerprint, commands, problem, open, maxPlayers, online, removed, m);
  }

  public boolean isOnline(String id) {
    return online.contains(id);
  }

  /** A student asking for a seat: the name they chose, their team (or NO_TEAM), their ssh key's fingerprint or null, a rejoin word or null. */
  public record Request(String name, int team, String key, String word) {}

  /** What a request gets. */
  public sealed interface Answer permits Seated, AskTeam, AskWord, Refused {}

  /** In: a new seat (rejoined false) or their own seat back. word is the one to keep for a rejoin. */
  public record Seated(Player player, boolean rejoined, String word) implements Answer {}

  /** The name is free; which team? */
  public record AskTeam() implements Answer {}

  /** The name is a disconnected seat's: prove it with the word shown at the first join. wrong when a word was given. */
  public record AskWord(boolean wrong) implements Answer {}

  /** Not let in; why says it to the student. final when asking again cannot help (removed, full, closed). */
  public record Refused(String why, boolean last) implements Answer {}

  /**
   * The pure rule for a seat: a name that is a seat's is that seat, given back only to the same
   * key, or the word, and never while its student is connected; a new name needs the doors open,
   * room under the cap and, when teams are on, a team.
   */
  public Answer decide(Session s, Request r, String newId, String newWord) {
    int seat = s.seatNamed(r.name());
    if (seat >= 0) {
      Player p = s.players().get(seat);
      if (removed.contains(p.id())) {
        return new Refused("The teacher removed you from this session.", true);
      }
      if (online.contains(p.id())) {
        return new Refused(p.name() + " is already playing on another connection. Choose another name, or close "
            + "that one first.", false);
      }
      Proof proof = proofs.get(p.id());
      boolean keyOk = proof != null && proof.key() != null && proof.key().equals(r.key());
      boolean wordOk = proof != null && proof.matches(r.word());
      if (keyOk || wordOk) {
        // The word to show again: known to this process, or the one just typed; unknown after a resume by key.
        return new Seated(p, true, proof.word() != null ? proof.word() : wordOk ? r.word().strip() : null);
      }
      return new AskWord(r.word() != null);
    }
    if (!open) {
      return new Refused("The room is closed to newcomers. Ask your teacher.", true);
    }
    if (s.playerCount() >= maxPlayers) {
      return new Refused("The class is full (" + maxPlayers + " players).", true);
    }
    if (s.phase() == Session.Phase.FINISHED) {
      return new Refused("This session has ended.", true);
    }
    if (s.teamCount() > 0 && (r.team() < 0 || r.team() >= s.teamCount())) {
      return new AskTeam();
    }
    return new Seated(new Player(newId, r.name().strip(), s.teamCount() > 0 ? r.team() : Player.NO_TEAM), false,
        newWord);
  }

  /** Names a student may take: printable, at most MAX_NAME characters; null when fine, else why not. */
  public static String nameProblem(String name) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty()) {
      return "Type a name.";
    }
    int columns = 0;
    for (int i = 0; i < n.length(); ) {
      int c = n.codePointAt(i);
      int type = Character.getType(c);
      if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.SURROGATE
          || type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR || type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK || !Character.isBmpCodePoint(c)) {
        return "Use letters, digits, spaces and punctuation only (no emoji or accents typed apart).";
      }
      columns += wide(c) ? 2 : 1;
      i += Character.charCount(c);
    }
    if (columns > ClassSettings.MAX_NAME) {
      return "A name fits in " + ClassSettings.MAX_NAME + " columns; this one takes " + columns + ".";
    }
    return null;
  }

  /** East Asian wide characters take two columns of a terminal. */
  static boolean wide(int c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6);
  }
}
