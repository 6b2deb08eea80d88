package dev.sourced.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sourced export, run as the command line runs it, with a temporary home. */
class ExportCommandTest {
  @TempDir
  Path home;

  private final Map<String, String> env = new HashMap<>();
  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  private int run(String... args) {
    env.putIfAbsent("HOME", home.toString());
    out = new StringWriter();
    err = new StringWriter();
    return new Main(env, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
  }

  @Test
  void bundledPackGoesToMoodleXmlAndImportsBack() throws Exception {
    Path xml = home.resolve("wechat.xml");
    assertThat(run("export", "wechat-ban-2020", "-o", xml.toString())).isZero();
    assertThat(out.toString()).contains("not carried: ").endsWith(" as Moodle XML to " + xml + "\n");
    assertThat(Files.readString(xml)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").contains("<quiz>");
    assertThat(run("import", xml.toString(), "-o", home.resolve("back.json").toString())).isZero();
  }

  @Test
  void anExistingFileIsNeverReplacedWithoutForce() throws Exception {
    Path gift = Files.writeString(home.resolve("mine.gift"), "keep me");
    assertThat(run("export", "wechat-ban-2020", "-o", gift.toString())).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("sourced: " + gift + " already exists; pass --force to replace it, or -o "
        + "to write elsewhere\n");
    assertThat(Files.readString(gift)).isEqualTo("keep me");
    assertThat(run("export", "wechat-ban-2020", "-o", gift.toString(), "--force")).isZero();
    assertThat(Files.readString(gift)).startsWith("// ");
  }

  @Test
  void formatComesFromTheFlagOrTheExtension() throws Exception {
    Path sheet = home.resolve("kahoot.bin");
    assertThat(run("export", "wechat-ban-2020", "--format", "kahoot-xlsx", "-o", sheet.toString())).isZero();
    assertThat(Files.readAllBytes(sheet)).startsWith('P', 'K');
    Path csv = home.resolve("w.csv");
    assertThat(run("export", "wechat-ban-2020", "-o", csv.toString())).isZero();
    assertThat(Files.readString(csv)).startsWith("id,type,prompt,choice 1");
  }

  @Test
  void unknownPackAndFormatAreClearErrors() {
    assertThat(run("export", "no-such-pack")).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("sourced: no pack has the id or file name 'no-such-pack'; 'sourced packs' "
        + "lists them\n");
    assertThat(run("export", "wechat-ban-2020", "--format", "docx")).isEqualTo(2);
    assertThat(err.toString()).startsWith("sourced: --format must be gift, moodle-xml, kahoot-xlsx or csv, not 'docx'");
  }
}
