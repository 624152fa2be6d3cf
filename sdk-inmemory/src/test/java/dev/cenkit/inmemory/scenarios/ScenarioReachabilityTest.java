package dev.cenkit.inmemory.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.inmemory.scenarios.Scenarios.Built;
import dev.cenkit.inmemory.scenarios.Scenarios.Step1;
import dev.cenkit.inmemory.scenarios.Scenarios.Step2;
import dev.cenkit.inmemory.scenarios.Scenarios.Step3;
import dev.cenkit.reach.Blocker;
import dev.cenkit.reach.BlockerCode;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.Verdict;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 5's acceptance tests: the three scenarios, built as the document describes, are reachable end to end;
 * with any single documented step left out they are not, and a blocker names that step; applying the fixes
 * makes them reachable again.
 */
class ScenarioReachabilityTest {
  private static final Map<Step1, BlockerCode> SCENARIO1 =
      Map.of(
          Step1.DEPLOY_API, BlockerCode.API_NOT_DEPLOYED,
          Step1.CEN_WITH_VPC1, BlockerCode.NOT_IN_SAME_CEN,
          Step1.ATTACH_VPC3, BlockerCode.NOT_IN_SAME_CEN,
          Step1.BANDWIDTH, BlockerCode.CROSS_REGION_TEST_BANDWIDTH_ONLY,
          Step1.BIND_VPC1, BlockerCode.INSTANCE_NOT_BOUND_TO_VPC,
          Step1.ENABLE_VPC_DOMAIN, BlockerCode.VPC_DOMAIN_DISABLED);
  private static final Map<Step2, BlockerCode> SCENARIO2 =
      Map.of(
          Step2.DEPLOY_API, BlockerCode.API_NOT_DEPLOYED,
          Step2.CIRCUIT, BlockerCode.NO_ROUTE,
          Step2.ATTACH_VBR, BlockerCode.NOT_IN_SAME_CEN,
          Step2.DATA_CENTER_ROUTE, BlockerCode.NO_DATA_CENTER_ROUTE,
          Step2.BIND_VPC1, BlockerCode.INSTANCE_NOT_BOUND_TO_VPC,
          Step2.ENABLE_VPC_DOMAIN, BlockerCode.VPC_DOMAIN_DISABLED);
  private static final Map<Step3, BlockerCode> SCENARIO3 =
      Map.of(
          Step3.ATTACH_VBR, BlockerCode.NOT_IN_SAME_CEN,
          Step3.CLOUD_SERVICE_ROUTE, BlockerCode.NO_RETURN_ROUTE_FOR_GATEWAY_EGRESS,
          Step3.DATA_CENTER_EGRESS_ROUTE, BlockerCode.NO_DATA_CENTER_ROUTE,
          Step3.DEPLOY_API, BlockerCode.API_NOT_DEPLOYED);

  @Test
  void scenario1IsReachableEndToEndAt2Mbps() {
    ReachabilityAnswer answer = Scenarios.scenario1(EnumSet.noneOf(Step1.class)).fullCall();
    assertThat(answer.verdict()).as(answer.explain()).isEqualTo(Verdict.REACHABLE);
    assertThat(answer.bottleneck()).hasValueSatisfying(b -> assertThat(b.mbps()).isEqualTo(2));
    assertThat(answer.notes()).isEmpty();
  }

  @Test
  void scenario2IsReachableEndToEnd() {
    ReachabilityAnswer answer = Scenarios.scenario2(EnumSet.noneOf(Step2.class)).fullCall();
    assertThat(answer.verdict()).as(answer.explain()).isEqualTo(Verdict.REACHABLE);
  }

  @Test
  void scenario3IsReachableEndToEnd() {
    ReachabilityAnswer answer = Scenarios.scenario3(EnumSet.noneOf(Step3.class)).backend();
    assertThat(answer.verdict()).as(answer.explain()).isEqualTo(Verdict.REACHABLE);
  }

  @ParameterizedTest
  @EnumSource(Step1.class)
  void scenario1WithOneStepLeftOutIsNotReachableAndTheBlockerNamesTheStep(Step1 left) {
    Built built = Scenarios.scenario1(EnumSet.of(left));
    assertBlockedBy(built.fullCall(), SCENARIO1.get(left));
    assertFixesRestoreReachability(built, true);
  }

  @ParameterizedTest
  @EnumSource(Step2.class)
  void scenario2WithOneStepLeftOutIsNotReachableAndTheBlockerNamesTheStep(Step2 left) {
    Built built = Scenarios.scenario2(EnumSet.of(left));
    assertBlockedBy(built.fullCall(), SCENARIO2.get(left));
    if (left != Step2.CIRCUIT) {
      assertFixesRestoreReachability(built, true);
    }
  }

  @ParameterizedTest
  @EnumSource(Step3.class)
  void scenario3WithOneStepLeftOutIsNotReachableAndTheBlockerNamesTheStep(Step3 left) {
    Built built = Scenarios.scenario3(EnumSet.of(left));
    assertBlockedBy(built.backend(), SCENARIO3.get(left));
    assertFixesRestoreReachability(built, false);
  }

  @Test
  void scenario1WithTwoStepsLeftOutReportsBothBlockers() {
    ReachabilityAnswer answer = Scenarios.scenario1(EnumSet.of(Step1.ATTACH_VPC3, Step1.ENABLE_VPC_DOMAIN)).fullCall();
    assertThat(answer.blockers()).extracting(Blocker::code)
        .contains(BlockerCode.NOT_IN_SAME_CEN, BlockerCode.VPC_DOMAIN_DISABLED);
  }

  private static void assertBlockedBy(ReachabilityAnswer answer, BlockerCode expected) {
    assertThat(answer.verdict()).as(answer.explain()).isNotEqualTo(Verdict.REACHABLE);
    assertThat(answer.blockers()).as(answer.explain()).extracting(Blocker::code).contains(expected);
  }

  private static void assertFixesRestoreReachability(Built built, boolean fullCall) {
    ReachabilityAnswer answer = fullCall ? built.fullCall() : built.backend();
    for (int round = 0; round < 3 && !answer.isReachable(); round++) {
      assertThat(answer.fixes()).as("no fix for:%n%s", answer.explain()).isNotEmpty();
      built.cloud().apply(answer.fixSpec());
      answer = fullCall ? built.fullCall() : built.backend();
    }
    assertThat(answer.verdict()).as(answer.explain()).isEqualTo(Verdict.REACHABLE);
  }
}
