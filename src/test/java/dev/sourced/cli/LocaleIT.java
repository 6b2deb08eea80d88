package dev.sourced.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * F12, end to end: the ./sourced launcher under LANG=C and LC_ALL=POSIX with a home, a data folder
 * and a pack path that are not ASCII. The JVM names files in the locale's charset, so without the
 * launcher's UTF-8 character type these stopped with an InvalidPathException.
 */
class LocaleIT {
  @TempDir
  Path dir;

  private record Run(int exit, String output) {}

  private Run launcher(List<String> locale, String... args) throws IOException, InterruptedException {
    Path launcher = Path.of("sourced").toAbsolutePath();
    Assumptions.assumeTrue(Files.exists(Path.of(System.getProperty("sourced.jar", "target/sourced.jar"))),
        "the jar is built by mvn package before this runs");
    List<String> cmd = new java.util.ArrayList<>(List.of("env", "-u", "LC_ALL", "-u", "LC_CTYPE", "-u", "LANG"));
    cmd.addAll(locale);
    cmd.add(launcher.toString());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    Path home = dir.resolve("donn\u00e9es");
    pb.environment().put("HOME", home.toString());
    pb.environment().remove("XDG_DATA_HOME");
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(out).as("the launcher used the jar as built").doesNotContain("sourced: building");
    return new Run(p.exitValue(), out);
  }

  @Test
  void nonAsciiHomeAndPackPathsWorkUnderLangC() throws IOException, InterruptedException {
    Path packs = Files.createDirectories(dir.resolve("donn\u00e9es/.local/share/sourced/packs"));
    Files.copy(Path.of("src/test/resources/packs/sample.json"), packs.resolve("\u00e9chantillon.json"));
    for (List<String> locale : List.of(List.of("LANG=C"), List.of("LC_ALL=POSIX"), List.of("LANG=C", "LC_ALL=C"))) {
      Run listed = launcher(locale, "packs");
      assertThat(listed.output()).as("%s sourced packs", locale).doesNotContain("Exception")
          .contains("user: " + packs.resolve("\u00e9chantillon.json"));
      assertThat(listed.exit()).isZero();

      Run validated = launcher(locale, "validate", packs.resolve("\u00e9chantillon.json").toString());
      assertThat(validated.output()).as("%s sourced validate", locale)
          .isEqualTo(packs.resolve("\u00e9chantillon.json") + ": ok, 4 questions, 6 quotes\n");
      assertThat(validated.exit()).isZero();
    }
  }
}
