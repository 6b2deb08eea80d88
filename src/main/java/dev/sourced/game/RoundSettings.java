package dev.sourced.game;

import dev.sourced.pack.Difficulty;
import java.util.List;

/**
 * What a round is drawn from and how it is played. Empty packs means every loaded pack; a null
 * source, tag or difficulty means no filter; timerSeconds 0 means untimed.
 */
public record RoundSettings(
    Mode mode, int count, int timerSeconds, List<String> packs, String source, String tag, Difficulty difficulty,
    long seed) {

  public static final int DEFAULT_COUNT = 10;
  public static final int MAX_COUNT = 200;
  public static final int MAX_TIMER = 3600;
  /** The choices the setup screens offer; the command line takes any value within the bounds. */
  public static final List<Integer> COUNTS = List.of(3, 5, 10, 15, 20, 30, 50);
  public static final List<Integer> TIMERS = List.of(0, 10, 20, 30, 60);

  public RoundSettings {
    if (count < 1 || count > MAX_COUNT) {
      throw new IllegalArgumentException("count must be 1 to " + MAX_COUNT + ", not " + count);
    }
    checkTimer("timer", timerSeconds);
    packs = List.copyOf(packs);
  }

  public static RoundSettings defaults(Mode mode, long seed) {
    return new RoundSettings(mode, DEFAULT_COUNT, 0, List.of(), null, null, null, seed);
  }

  public RoundSettings withMode(Mode m) {
    return new RoundSettings(m, count, timerSeconds, packs, source, tag, difficulty, seed);
  }

  public RoundSettings withCount(int c) {
    return new RoundSettings(mode, c, timerSeconds, packs, source, tag, difficulty, seed);
  }

  public RoundSettings withTimer(int seconds) {
    return new RoundSettings(mode, count, seconds, packs, source, tag, difficulty, seed);
  }

  public RoundSettings withPacks(List<String> ids) {
    return new RoundSettings(mode, count, timerSeconds, ids, source, tag, difficulty, seed);
  }

  public RoundSettings withSeed(long s) {
    return new RoundSettings(mode, count, timerSeconds, packs, source, tag, difficulty, s);
  }

  /** Timers are whole seconds from 0 (none) to an hour. */
  public static void checkTimer(String what, int seconds) {
    if (seconds < 0 || seconds > MAX_TIMER) {
      throw new IllegalArgumentException(what + " must be 0 to " + MAX_TIMER + " seconds, not " + seconds);
    }
  }

  /** The settings of the round after this one: another seed, derived so that a seeded session replays whole. */
  public RoundSettings next() {
    return withSeed(seed * 6364136223846793005L + 1442695040888963407L);
  }

  public long timerMillis() {
    return timerSeconds * 1000L;
  }
}
