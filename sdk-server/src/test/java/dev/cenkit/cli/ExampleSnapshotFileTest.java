package dev.cenkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.cli.Scenario1Files.Stage1;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/examples/scenario1.json, the file the README's commands run on, is scenario 1 built with the DSL, and the
 * README's {@code check} answers REACHABLE on it. Regenerate it with {@code -Dcenkit.updateExamples=true}.
 */
class ExampleSnapshotFileTest {
  private static final Path EXAMPLES = Path.of("..", "docs", "examples");

  @Test
  void theReadmesSnapshotFileImportsAndTheReadmesCheckAnswersReachable() throws Exception {
    if (Boolean.getBoolean("cenkit.updateExamples")) {
      Scenario1Files.write(EXAMPLES, Scenario1Files.build(Stage1.COMPLETE), "scenario1");
      Scenario1Files.write(EXAMPLES, Scenario1Files.build(Stage1.NO_BANDWIDTH_PLAN), "scenario1-no-bandwidth-plan");
    }
    Path complete = EXAMPLES.resolve("scenario1.json");
    Path noPlan = EXAMPLES.resolve("scenario1-no-bandwidth-plan.json");
    assertThat(Files.exists(complete) && Files.exists(noPlan))
        .as("docs/examples/scenario1*.json exist; run the sdk-server tests with -Dcenkit.updateExamples=true").isTrue();

    Cli reachable = Cli.run("check", "--snapshot", complete.toString(), "--from", "ecs:ecs-3", "--api", "GetOrder");
    Cli testBandwidth = Cli.run("check", "--snapshot", noPlan.toString(), "--from", "ecs:ecs-3", "--api", "GetOrder");
    Cli diagram = Cli.run("diagram", "--snapshot", complete.toString());

    assertThat(reachable.exitCode()).as("docs/examples/scenario1.json is stale? %s; regenerate with -Dcenkit.updateExamples=true", reachable.err())
        .isZero();
    assertThat(testBandwidth.exitCode()).as(testBandwidth.err()).isEqualTo(ExitCodes.TEST_BANDWIDTH_ONLY);
    assertThat(diagram.exitCode()).isZero();
    assertThat(diagram.out()).startsWith("flowchart");
  }
}
