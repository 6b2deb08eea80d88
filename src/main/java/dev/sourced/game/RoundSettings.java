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
  public static final List<Integer> TIMERS = List.of(0, 10, 20, 30, 60);

  public RoundSettings {
    if (count < 1 || count > MAX_COUNT) {
      throw new IllegalArgumentException("count must be 1 to " + MAX_COUNT + ", was " + count);
    }
    if (timerSeconds < 0 || timerSeconds > 3600) {
      throw new IllegalArgumentException("timer must be 0 to 3600 seconds, was " + timerSeconds);
    }
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

  public long timerMillis() {
    return timerSeconds * 1000L;
  }
}
