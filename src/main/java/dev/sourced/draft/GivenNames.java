package dev.sourced.draft;

import dev.sourced.draft.People.Gender;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Given names that are nearly always one gender (given-names.txt), read once when drafting begins. */
final class GivenNames {
  private GivenNames() {}

  private static final Map<String, Gender> NAMES = load();

  /** The gender a first name shows, or UNKNOWN. */
  static Gender of(String first) {
    return NAMES.getOrDefault(first, Gender.UNKNOWN);
  }

  private static Map<String, Gender> load() {
    Map<String, Gender> out = new HashMap<>();
    try (InputStream in = GivenNames.class.getResourceAsStream("given-names.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("F ") || line.startsWith("M ")) {
          out.put(line.substring(2).strip(), line.charAt(0) == 'F' ? Gender.FEMALE : Gender.MALE);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }
}
