package dev.cenkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.reach.BlockerCode;
import dev.cenkit.reach.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps the README's promises in sync with the code. */
class ReadmeTest {
  private static String readme() throws IOException {
    return Files.readString(Path.of("..", "README.md"));
  }

  @Test
  void theReadmeTablesListEveryVerdictAndEveryBlockerCodeWithItsMeaning() throws IOException {
    String readme = readme();
    for (Verdict v : Verdict.values()) {
      assertThat(readme).contains("| `" + v + "` |");
    }
    for (BlockerCode c : BlockerCode.values()) {
      assertThat(readme).contains("| `" + c + "` | " + c.meaning() + " |");
    }
  }

  @Test
  void theReadmeGivesTheTwoSetUpCommands() throws IOException {
    assertThat(readme()).contains("mvn -B -q -pl sdk-examples -am compile exec:java").contains("mvn -B verify");
  }
}
