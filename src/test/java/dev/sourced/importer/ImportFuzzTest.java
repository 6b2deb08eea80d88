package dev.sourced.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sourced.pack.Loaded;
import dev.sourced.pack.PackLoader;
import dev.sourced.pack.PackWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated quiz files through the entry point `sourced import` calls (ImportFiles.importFile,
 * then the loader check): every case ends in a pack the loader takes or an ImportException,
 * never another exception. Seeded, so a failure names the case that reproduces it. Five
 * hundred cases run in `mvn verify`; bench/fuzz-import runs as many as asked
 * (-Dimport.fuzz.cases=N, -Dimport.fuzz.seed=S).
 */
class ImportFuzzTest {
  @TempDir
  Path dir;

  static final String MARKS = "{}~=#:\\<>&;\"',\t\n\r[]*_$%-/|ABCDEF1234 \u00e9\u0416\u4e2d\uFEFF";

  @Test
  void mutatedFilesEndInAPackOrAnErrorNeverACrash() throws IOException {
    int cases = Integer.getInteger("import.fuzz.cases", 500);
    long seed = Long.getLong("import.fuzz.seed", 11L);
    List<Path> seeds = new ArrayList<>();
    for (Path d : List.of(Path.of("src/test/resources/import"), CorpusTest.DIR)) {
      try (Stream<Path> s = Files.list(d)) {
        s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".expected") && !p.toString().endsWith(".md"))
            .sorted().forEach(seeds::add);
      }
    }
    List<byte[]> inputs = new ArrayList<>();
    for (Path p : seeds) {
      inputs.add(Files.readAllBytes(p));
    }
    SplittableRandom random = new SplittableRandom(seed);
    int packs = 0;
    int errors = 0;
    List<String> crashes = new ArrayList<>();
    for (int c = 0; c < cases; c++) {
      int which = random.nextInt(inputs.size());
      String name = seeds.get(which).getFileName().toString();
      byte[] bytes = mutate(inputs.get(which), random);
      Path file = dir.resolve(name);
      Files.write(file, bytes);
      try {
        Imported i = ImportFiles.importFile(file, name, null, "en");
        Loaded back = PackLoader.load(name + ".json", "fuzz", PackWriter.toJson(i.pack()));
        if (!back.ok()) {
          crashes.add("case " + c + " (" + name + "): the loader refuses the pack: " + back.errors().get(0).format());
        }
        packs++;
      } catch (ImportException e) {
        assertThat(e.problem()).isNotNull();
        errors++;
      } catch (RuntimeException | StackOverflowError e) {
        crashes.add("case " + c + " (" + name + ", seed " + seed + "): " + e);
      }
    }
    System.out.println("import fuzz: " + cases + " cases (seed " + seed + "): " + packs + " packs, " + errors
        + " import errors, " + crashes.size() + " crashes");
    assertThat(crashes).isEmpty();
  }

  /** One to four edits: a byte changed, a mark inserted, a run repeated, a cut, or two files' halves joined. */
  static byte[] mutate(byte[] in, SplittableRandom r) {
    byte[] b = in;
    int edits = 1 + r.nextInt(4);
    for (int e = 0; e < edits; e++) {
      int at = b.length == 0 ? 0 : r.nextInt(b.length);
      switch (r.nextInt(5)) {
        case 0:
          if (b.length > 0) {
            b = b.clone();
            b[at] = (byte) r.nextInt(256);
          }
          break;
        case 1:
          b = insert(b, at, String.valueOf(MARKS.charAt(r.nextInt(MARKS.length())))
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
          break;
        case 2: {
          int len = Math.min(b.length - at, 1 + r.nextInt(8));
          byte[] run = java.util.Arrays.copyOfRange(b, at, at + Math.max(0, len));
          byte[] many = new byte[run.length * (1 + r.nextInt(2000))];
          for (int i = 0; i < many.length; i++) {
            many[i] = run[i % Math.max(1, run.length)];
          }
          b = insert(b, at, many);
          break;
        }
        case 3:
          b = java.util.Arrays.copyOf(b, at);
          break;
        default:
          int len = Math.min(b.length - at, r.nextInt(64));
          byte[] out = new byte[b.length - len];
          System.arraycopy(b, 0, out, 0, at);
          System.arraycopy(b, at + len, out, at, b.length - at - len);
          b = out;
      }
    }
    return b;
  }

  private static byte[] insert(byte[] b, int at, byte[] what) {
    byte[] out = new byte[b.length + what.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(what, 0, out, at, what.length);
    System.arraycopy(b, at, out, at + what.length, b.length - at);
    return out;
  }
}
