import dev.sourced.importer.ImportException;
import dev.sourced.importer.Importer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * The hostile inputs of the breaking pass (F5, F6, F7, and their cousins) imported at growing
 * sizes: median time of several runs per size, and the ratio between sizes four times apart.
 * Linear time gives a ratio near 4; the quadratic code gave near 16.
 */
public final class ImportLinear {
  record Case(String name, String file, IntFunction<String> text) {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    List<Case> cases = List.of(
        new Case("F5 // [tag: + n chars, no ]", "so.gift", n -> "// [tag:" + "x".repeat(n) + "\n::t:: Is it? {=yes ~no}"),
        new Case("F6 header cell of n *", "stars.csv",
            n -> "Question,Answer 1,Answer 2,Correct answer," + "*".repeat(n) + "x\nWhich?,Yes,No,1\n"),
        new Case("F6 GIFT .txt, comment of n *", "stars-gift.txt",
            n -> "// " + "*".repeat(n) + "x\n::q1:: Is the sky blue? {T}\n"),
        new Case("F7 <a n/2 times in GIFT text", "lt.gift",
            n -> "::t:: [html]" + "<a".repeat(n / 2) + " {=yes ~no}\n\n::u:: Fine? {T}"),
        new Case("& n times in GIFT text", "amp.gift", n -> "::t:: [html]" + "&".repeat(n) + " {=yes ~no}"),
        new Case("[markdown] [ n times", "md.gift", n -> "::t:: [markdown]" + "[".repeat(n) + " {=yes ~no}"),
        new Case("CSV of n/40 rows", "rows.csv", n -> {
          StringBuilder b = new StringBuilder("Question,Answer 1,Answer 2,Correct answer\n");
          for (int i = 0; i < n / 40; i++) {
            b.append("Which ").append(i).append("?, \"Yes, it is\",No,1\n");
          }
          return b.toString();
        }));
    int[] sizes = {25_000, 100_000, 400_000};
    xlsx(runs);
    System.out.printf(Locale.ROOT, "%-34s %10s %10s %10s %8s%n", "case (n = size)", "25k ms", "100k ms", "400k ms",
        "x4 ratio");
    for (Case c : cases) {
      double[] ms = new double[sizes.length];
      for (int s = 0; s < sizes.length; s++) {
        String text = c.text().apply(sizes[s]);
        once(c, text); // warm up
        List<Double> times = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
          long t0 = System.nanoTime();
          once(c, text);
          times.add((System.nanoTime() - t0) / 1e6);
        }
        Collections.sort(times);
        ms[s] = times.get(times.size() / 2);
      }
      System.out.printf(Locale.ROOT, "%-34s %10.1f %10.1f %10.1f %8.1f%n", c.name(), ms[0], ms[1], ms[2], ms[2] / ms[1]);
    }
  }

  /** A Kahoot! workbook of 1,000, 4,000 and 16,000 questions, read from a file as import reads it. */
  private static void xlsx(int runs) throws Exception {
    System.out.printf(Locale.ROOT, "%-34s %10s %10s %10s %8s%n", "Kahoot! .xlsx (questions)", "1k ms", "4k ms", "16k ms",
        "x4 ratio");
    double[] ms = new double[3];
    int[] n = {1_000, 4_000, 16_000};
    for (int s = 0; s < 3; s++) {
      java.nio.file.Path f = java.nio.file.Files.createTempFile("bench-", ".xlsx");
      try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(f)) {
        org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "bench", "1.0");
        org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Sheet1");
        String[] h = {"", "Question - max 120 characters", "Answer 1", "Answer 2", "Answer 3", "Answer 4", "Time limit",
            "Correct answer(s)"};
        for (int c = 0; c < h.length; c++) {
          ws.value(0, c, h[c]);
        }
        for (int r = 1; r <= n[s]; r++) {
          ws.value(r, 0, r);
          ws.value(r, 1, "Which of these is number " + r + "?");
          for (int c = 2; c < 6; c++) {
            ws.value(r, c, "choice " + c + " of " + r);
          }
          ws.value(r, 6, 20);
          ws.value(r, 7, 2);
        }
        wb.finish();
      }
      List<Double> times = new ArrayList<>();
      dev.sourced.importer.ImportFiles.importFile(f, "bench.xlsx", null, "en");
      for (int r = 0; r < runs; r++) {
        long t0 = System.nanoTime();
        dev.sourced.importer.ImportFiles.importFile(f, "bench.xlsx", null, "en");
        times.add((System.nanoTime() - t0) / 1e6);
      }
      java.nio.file.Files.delete(f);
      Collections.sort(times);
      ms[s] = times.get(times.size() / 2);
    }
    System.out.printf(Locale.ROOT, "%-34s %10.1f %10.1f %10.1f %8.1f%n", "workbook read and imported", ms[0], ms[1], ms[2],
        ms[2] / ms[1]);
  }

  private static void once(Case c, String text) {
    try {
      Importer.read(c.file(), text, null, "en");
    } catch (ImportException e) {
      // a refused file is an answer too; only the time matters here
    }
  }
}
