package dev.sourced.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LastPacksTest {
  @TempDir
  Path home;

  @Test
  void aChoiceIsKeptAndReadBack() {
    Map<String, String> env = Map.of("XDG_DATA_HOME", home.toString());
    assertThat(LastPacks.read(env)).isEmpty();
    LastPacks.write(env, List.of("wechat-ban-2020", "capitals"));
    assertThat(LastPacks.read(env)).containsExactly("wechat-ban-2020", "capitals");
  }

  @Test
  void aDamagedFileIsNoChoiceAtAll() throws IOException {
    Map<String, String> env = Map.of("XDG_DATA_HOME", home.toString());
    Files.createDirectories(home.resolve("sourced"));
    Files.write(home.resolve("sourced/last-packs.txt"), new byte[] {(byte) 0xff, 0x1b, '[', '2', 'J', '\n', 'o', 'k'});
    assertThat(LastPacks.read(env)).isEmpty();
    Files.writeString(home.resolve("sourced/last-packs.txt"), "\u001b]2;x\u0007\nNot An Id\n");
    assertThat(LastPacks.read(env)).isEmpty();
  }
}
