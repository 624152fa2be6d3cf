package dev.cenkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The Enterprise Edition examples, run as tests against their expected output. */
class EnterpriseExamplesTest {
  @Test
  void scenario1OnEnterpriseEditionIsReachableThroughBothRoutersAtThePlansBandwidth() throws IOException {
    String out = ExpectedOutput.printed(Scenario1EnterpriseEdition::run);
    assertThat(out).contains("verdict: REACHABLE (bottleneck 2 Mbit/s)").contains("TRANSIT_ROUTER");
    ExpectedOutput.assertMatches("Scenario1EnterpriseEdition", out);
    assertThat(Files.readString(Path.of("..").resolve(ExampleOutput.diagramPath("Scenario1EnterpriseEdition")),
        StandardCharsets.UTF_8)).startsWith("flowchart LR\n").contains("TR-H").contains("TR-B");
  }

  @Test
  void scenario2OnEnterpriseEditionIsReachableFromTheDataCenterThroughTheVbrConnection() throws IOException {
    String out = ExpectedOutput.printed(Scenario2EnterpriseEdition::run);
    assertThat(out).contains("verdict: REACHABLE\n").contains("TRANSIT_ROUTER 'TR-H'");
    ExpectedOutput.assertMatches("Scenario2EnterpriseEdition", out);
    assertThat(Files.readString(Path.of("..").resolve(ExampleOutput.diagramPath("Scenario2EnterpriseEdition")),
        StandardCharsets.UTF_8)).startsWith("flowchart LR\n").contains("TR-H");
  }

  @Test
  void scenario3OnEnterpriseEditionReachesTheDataCenterBackendAndTheRepliesUseTheStaticReturnRoute() throws IOException {
    String out = ExpectedOutput.printed(Scenario3EnterpriseEdition::run);
    assertThat(out).contains("verdict: REACHABLE\n").contains("hop back TRANSIT_ROUTER 'TR-H'")
        .contains("rejected: the Basic cloud-service route: ");
    ExpectedOutput.assertMatches("Scenario3EnterpriseEdition", out);
    assertThat(Files.readString(Path.of("..").resolve(ExampleOutput.diagramPath("Scenario3EnterpriseEdition")),
        StandardCharsets.UTF_8)).startsWith("flowchart LR\n").contains("TR-H");
  }

  @Test
  void diagnosingEnterpriseSetupNamesBothLeftOutStepsAndItsFixesRepairIt() throws IOException {
    String out = ExpectedOutput.printed(DiagnoseEnterpriseSetup::run);
    assertThat(out)
        .contains("verdict: UNREACHABLE")
        .contains("blocker NO_ROUTE_TO_TRANSIT_ROUTER")
        .contains("blocker ROUTE_NOT_PROPAGATED")
        .contains("applying fix: ");
    assertThat(out.substring(out.indexOf("-- after the fixes"))).contains("verdict: REACHABLE");
    ExpectedOutput.assertMatches("DiagnoseEnterpriseSetup", out);
  }
}
