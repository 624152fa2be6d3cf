package dev.cenkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every example, run as a test: its printed output must be exactly the expected output kept in the repository. */
class ExamplesTest {
  @Test
  void scenario1CrossRegionVpcPrintsItsExpectedReachableAnswer() throws IOException {
    String out = ExpectedOutput.printed(Scenario1CrossRegionVpc::run);
    assertThat(out).contains("verdict: REACHABLE (bottleneck 2 Mbit/s)");
    ExpectedOutput.assertMatches("Scenario1CrossRegionVpc", out);
  }

  @Test
  void scenario2DataCenterCallsApiPrintsItsExpectedReachableAnswer() throws IOException {
    String out = ExpectedOutput.printed(Scenario2DataCenterCallsApi::run);
    assertThat(out).contains("verdict: REACHABLE\n");
    ExpectedOutput.assertMatches("Scenario2DataCenterCallsApi", out);
  }

  @Test
  void scenario3ApiCallsDataCenterPrintsItsExpectedReachableAnswer() throws IOException {
    String out = ExpectedOutput.printed(Scenario3ApiCallsDataCenter::run);
    assertThat(out).contains("verdict: REACHABLE\n").contains("hop back DATA_CENTER");
    ExpectedOutput.assertMatches("Scenario3ApiCallsDataCenter", out);
  }

  @Test
  void diagnoseBrokenSetupPrintsTheBlockersTheFixesAndTheRepairedAnswer() throws IOException {
    String out = ExpectedOutput.printed(DiagnoseBrokenSetup::run);
    assertThat(out)
        .contains("verdict: UNREACHABLE")
        .contains("blocker NOT_IN_SAME_CEN")
        .contains("blocker VPC_DOMAIN_DISABLED")
        .contains("applying fix: ");
    assertThat(out.substring(out.indexOf("-- after the fixes"))).contains("verdict: REACHABLE");
    ExpectedOutput.assertMatches("DiagnoseBrokenSetup", out);
  }

  @Test
  void changeImpactPrintsThePairsThatDetachingVpc3WouldBreakAndCommitsNothing() throws IOException {
    String out = ExpectedOutput.printed(ChangeImpact::run);
    assertThat(out)
        .contains("now: {REACHABLE=4, TEST_BANDWIDTH_ONLY=0, UNREACHABLE=0}")
        .contains("-> GetOrder: REACHABLE => UNREACHABLE (NOT_IN_SAME_CEN)")
        .contains("committed: true");
    ExpectedOutput.assertMatches("ChangeImpact", out);
  }

  @Test
  void scenario3EcsBackendIsReachableThroughTheBackendsSecurityGroup() throws IOException {
    String out = ExpectedOutput.printed(Scenario3EcsBackend::run);
    assertThat(out).contains("verdict: REACHABLE\n").contains("SECURITY_GROUP 'orders-backend'").contains("allowed by rule sgr-");
    ExpectedOutput.assertMatches("Scenario3EcsBackend", out);
  }

  @Test
  void diagnoseSecurityGroupNamesTheGroupAppliesTheLeastPrivilegeFixAndIsThenReachable() throws IOException {
    String out = ExpectedOutput.printed(DiagnoseSecurityGroup::run);
    assertThat(out)
        .contains("verdict: UNREACHABLE")
        .contains("blocker SG_INGRESS_DENIED [SG10] at SECURITY_GROUP 'orders-backend'")
        .contains("applying fix: authorize ingress TCP/8080 from 100.");
    assertThat(out.substring(out.indexOf("-- after the fix"))).contains("verdict: REACHABLE");
    ExpectedOutput.assertMatches("DiagnoseSecurityGroup", out);
  }

  @Test
  void runAllExamplesPrintsTheSixExamplesInTurn() {
    String all = ExpectedOutput.printed(RunAllExamples::run);
    String each =
        String.join(
            "\n",
            ExpectedOutput.printed(Scenario1CrossRegionVpc::run),
            ExpectedOutput.printed(Scenario2DataCenterCallsApi::run),
            ExpectedOutput.printed(Scenario3ApiCallsDataCenter::run),
            ExpectedOutput.printed(DiagnoseBrokenSetup::run),
            ExpectedOutput.printed(Scenario3EcsBackend::run),
            ExpectedOutput.printed(DiagnoseSecurityGroup::run));
    assertThat(all).isEqualTo(each);
  }

  @Test
  void everyExampleWritesItsDiagramWhereItSaysItDoes() throws IOException {
    String out = ExpectedOutput.printed(RunAllExamples::run);
    long diagrams = out.lines().filter(l -> l.startsWith("diagram: ")).count();
    assertThat(diagrams).isEqualTo(8);
    for (String line : out.lines().filter(l -> l.startsWith("diagram: ")).toList()) {
      Path file = Path.of("..").resolve(line.substring("diagram: ".length()));
      assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("flowchart LR\n");
    }
  }
}
