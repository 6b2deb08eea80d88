import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;

/**
 * Sourced's own CSV reader (importer/Csv) against Apache Commons CSV, and its HTML-to-text
 * (importer/Html) against jsoup: do they read the corpus the same, where not, and how fast.
 * Usage: bench/import-libs FOLDER...  (CSV, TSV, GIFT and XML files under the folders are read)
 */
public final class ImportLibs {
  static Constructor<?> csvNew;
  static Method csvNext;
  static Method rowCells;
  static Method htmlToText;
  static Method resultText;
  static Method cleanText;
  static Method cleanResultText;

  public static void main(String[] args) throws Exception {
    Class<?> csv = Class.forName("dev.sourced.importer.Csv");
    csvNew = csv.getDeclaredConstructor(String.class, char.class, String.class);
    csvNew.setAccessible(true);
    csvNext = csv.getDeclaredMethod("next");
    csvNext.setAccessible(true);
    rowCells = Class.forName("dev.sourced.importer.Csv$Row").getDeclaredMethod("cells");
    rowCells.setAccessible(true);
    Class<?> html = Class.forName("dev.sourced.importer.Html");
    htmlToText = html.getDeclaredMethod("toText", String.class);
    htmlToText.setAccessible(true);
    resultText = Class.forName("dev.sourced.importer.Html$Result").getDeclaredMethod("text");
    resultText.setAccessible(true);
    cleanText = Class.forName("dev.sourced.importer.Clean").getDeclaredMethod("text", String.class);
    cleanText.setAccessible(true);
    cleanResultText = Class.forName("dev.sourced.importer.Clean$Result").getDeclaredMethod("text");
    cleanResultText.setAccessible(true);

    List<Path> files = new ArrayList<>();
    for (String a : args) {
      try (Stream<Path> s = Files.walk(Path.of(a))) {
        s.filter(Files::isRegularFile).sorted().forEach(files::add);
      }
    }
    csvPart(files);
    htmlPart(files);
  }

  // ---- CSV -----------------------------------------------------------------------------------

  static List<List<String>> ours(String text, char d) throws Exception {
    Object reader = csvNew.newInstance(text, d, "x.csv");
    List<List<String>> out = new ArrayList<>();
    for (Object row = csvNext.invoke(reader); row != null; row = csvNext.invoke(reader)) {
      @SuppressWarnings("unchecked")
      List<String> cells = (List<String>) rowCells.invoke(row);
      out.add(cells);
    }
    return out;
  }

  static List<List<String>> commons(String text, char d) throws Exception {
    CSVFormat f = CSVFormat.RFC4180.builder().setDelimiter(d).setIgnoreSurroundingSpaces(true).get();
    List<List<String>> out = new ArrayList<>();
    try (CSVParser p = CSVParser.parse(new StringReader(text), f)) {
      for (CSVRecord r : p) {
        out.add(r.toList());
      }
    }
    return out;
  }

  static List<List<String>> stripped(List<List<String>> rows) {
    List<List<String>> out = new ArrayList<>();
    for (List<String> r : rows) {
      List<String> c = new ArrayList<>();
      r.forEach(x -> c.add(x.strip().replace("\r\n", "\n")));
      while (!c.isEmpty() && c.get(c.size() - 1).isEmpty()) {
        c.remove(c.size() - 1);
      }
      if (!c.isEmpty()) {
        out.add(c);
      }
    }
    return out;
  }

  static void csvPart(List<Path> files) throws Exception {
    List<String[]> inputs = new ArrayList<>();
    for (Path f : files) {
      String n = f.getFileName().toString();
      if (n.endsWith(".csv") || n.endsWith(".tsv")) {
        String t = read(f);
        if (t != null) {
          inputs.add(new String[] {n, t, n.endsWith(".tsv") ? "\t" : ","});
        }
      }
    }
    String[][] edges = {
        {"issue defect 3", "1, \"Running late, who missed the train?\", \"me\", \"the train\", 30, 1\n", ","},
        {"quote inside a cell", "5\" floppy,b\n", ","},
        {"quoted comma, doubled quote, line break", "a,\"b, \"\"c\"\"\",\"line\r\nbreak\"\r\nnext,row\r\n", ","},
        {"CR line ends", "a,b\rc,d\r", ","},
        {"unclosed quote", "a,b\nc,\"never\nclosed\n", ","},
        {"text after a closing quote", "\"a\"b,c\n", ","}};
    for (String[] e : edges) {
      inputs.add(e);
    }
    int agree = 0;
    System.out.println("CSV: Sourced's Csv against Commons CSV 1.14.1 (RFC 4180, surrounding spaces ignored)");
    for (String[] in : inputs) {
      String a;
      String b;
      try {
        a = stripped(ours(in[1], in[2].charAt(0))).toString();
      } catch (Exception e) {
        a = "error: " + rootMessage(e);
      }
      try {
        b = stripped(commons(in[1], in[2].charAt(0))).toString();
      } catch (Exception e) {
        b = "error: " + rootMessage(e);
      }
      if (a.equals(b)) {
        agree++;
      } else {
        System.out.println("  differ on " + in[0] + ":\n    ours:    " + cut(a) + "\n    commons: " + cut(b));
      }
    }
    System.out.println("  same rows and cells on " + agree + " of " + inputs.size() + " inputs");

    StringBuilder big = new StringBuilder("Question,Answer 1,Answer 2,Answer 3,Answer 4,Time limit,Correct answer\n");
    for (int i = 0; big.length() < 8_000_000; i++) {
      big.append(i).append(",\"Which of these, ").append(i).append(", is \"\"right\"\"?\nSecond line\",alpha,beta,")
          .append("gamma,delta,20,2\n");
    }
    String text = big.toString();
    System.out.printf(Locale.ROOT, "  8 MB sheet, median of 7: ours %.1f ms, commons %.1f ms%n",
        median(() -> ours(text, ',')), median(() -> commons(text, ',')));
  }

  // ---- HTML ----------------------------------------------------------------------------------

  static String ourText(String h) throws Exception {
    return (String) cleanResultText.invoke(cleanText.invoke(null, (String) resultText.invoke(htmlToText.invoke(null, h))));
  }

  static String jsoupText(String h) throws Exception {
    return (String) cleanResultText.invoke(cleanText.invoke(null, Jsoup.parse(h).text()));
  }

  static final Pattern CDATA = Pattern.compile("<!\\[CDATA\\[(.*?)]]>", Pattern.DOTALL);

  static void htmlPart(List<Path> files) throws Exception {
    List<String> texts = new ArrayList<>();
    for (Path f : files) {
      String n = f.getFileName().toString();
      if (n.endsWith(".xml")) {
        String t = read(f);
        Matcher m = CDATA.matcher(t == null ? "" : t);
        while (m.find()) {
          texts.add(m.group(1));
        }
      } else if (n.endsWith(".gift") || n.endsWith(".txt")) {
        String t = read(f);
        for (String line : (t == null ? "" : t).split("\n")) {
          if (line.contains("<") || line.contains("&")) {
            texts.add(line.replaceAll("^\\s*::[^:]*::", "").replace("[html]", ""));
          }
        }
      }
    }
    texts.add("Tom &amp; Jerry: &eacute;t&eacute; &rarr; &hearts; &#8212; &notanentity; a<b");
    texts.add("<p>x &lt; y</p><script>alert(1)</script><style>p{}</style><!-- c -->done");
    int agree = 0;
    List<String> diffs = new ArrayList<>();
    for (String t : texts) {
      String a = ourText(t);
      String b = jsoupText(t);
      if (a.equals(b)) {
        agree++;
      } else if (diffs.size() < 8) {
        diffs.add("    in:    " + cut(t) + "\n    ours:  " + cut(a) + "\n    jsoup: " + cut(b));
      }
    }
    System.out.println("HTML: Sourced's Html against jsoup 1.21.2 (text, spaces collapsed as import does)");
    System.out.println("  same text on " + agree + " of " + texts.size() + " HTML texts from the corpus and 2 edge cases");
    diffs.forEach(System.out::println);
    StringBuilder big = new StringBuilder();
    while (big.length() < 2_000_000) {
      big.append("<p>Which <b>planet</b> is <i>largest</i>? <img src=\"x.png\"> &amp; why&hellip;</p>\n");
    }
    String doc = big.toString();
    String hostile = "<a".repeat(100_000);
    System.out.printf(Locale.ROOT, "  2 MB of markup, median of 7: ours %.1f ms, jsoup %.1f ms%n",
        median(() -> ourText(doc)), median(() -> jsoupText(doc)));
    System.out.printf(Locale.ROOT, "  \"<a\" x 100,000 (F7), median of 7: ours %.1f ms, jsoup %.1f ms%n",
        median(() -> ourText(hostile)), median(() -> jsoupText(hostile)));
  }

  // ---- helpers -------------------------------------------------------------------------------

  interface Work {
    Object run() throws Exception;
  }

  static double median(Work w) throws Exception {
    w.run();
    w.run(); // warm up
    List<Double> t = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      long t0 = System.nanoTime();
      w.run();
      t.add((System.nanoTime() - t0) / 1e6);
    }
    Collections.sort(t);
    return t.get(3);
  }

  /** The file as UTF-8, or null when it is not (the binary fixture). */
  static String read(Path f) {
    try {
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      return null;
    }
  }

  static String rootMessage(Throwable e) {
    while (e.getCause() != null) {
      e = e.getCause();
    }
    return String.valueOf(e.getMessage());
  }

  static String cut(String s) {
    String one = s.replace("\n", "\\n");
    return one.length() > 160 ? one.substring(0, 157) + "..." : one;
  }
}
