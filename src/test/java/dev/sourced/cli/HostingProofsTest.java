package dev.sourced.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sourced.room.Doors;
import dev.sourced.store.ResultsFiles;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seats' proofs a resumed class starts with, from its results file (issue 9). */
class HostingProofsTest {
  @Test
  void aPlainWordFromAnOlderFileIsHashedAtOnceAndStillProvesTheSeat() {
    Map<String, Doors.Proof> proofs = Hosting.proofs(new ResultsFiles.Join("482913",
        Map.of("p001", new ResultsFiles.Seat(null, null, "maple-12"))));
    Doors.Proof p = proofs.get("p001");
    assertThat(p.wordHash()).startsWith("sha256:").doesNotContain("maple");
    assertThat(p.matches("Maple-12")).isTrue();
    assertThat(p.matches("maple-13")).isFalse();
  }

  @Test
  void aHashedWordIsKeptAsItIsWithTheKey() {
    String hash = Doors.Proof.of(null, "river-40", new byte[16]).wordHash();
    Doors.Proof p = Hosting.proofs(new ResultsFiles.Join("482913",
        Map.of("p002", new ResultsFiles.Seat("SHA256:abc", hash, null)))).get("p002");
    assertThat(p).isEqualTo(new Doors.Proof("SHA256:abc", null, hash));
    assertThat(p.matches("river-40")).isTrue();
  }
}
