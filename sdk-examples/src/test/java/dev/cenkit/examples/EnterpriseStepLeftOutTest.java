package dev.cenkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.reach.Blocker;
import dev.cenkit.reach.BlockerCode;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.Verdict;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The three scenarios on Enterprise Edition with each documented action left out alone: the answer is not
 * reachable, a blocker names the missing action (by its code and rule), and applying the answer's fixes, round
 * by round, makes the scenario reachable again. Actions whose absence the real cloud makes up for (a
 * connection creates the router of its region, E5; the replies of scenario 3 use the static entry, not VPC-1's
 * propagation) are pinned as staying reachable. Without the circuit (step 1) there is no fix to propose: a
 * circuit is a line a carrier installs, so that case checks the blocker only, as the Basic scenario test does.
 */
class EnterpriseStepLeftOutTest {
  private static final int MAX_ROUNDS = 4;

  private static final Map<Scenario1EnterpriseEdition.Action, BlockerCode> SCENARIO1 =
      new EnumMap<>(Scenario1EnterpriseEdition.Action.class);
  private static final Map<Scenario2EnterpriseEdition.Action, BlockerCode> SCENARIO2 =
      new EnumMap<>(Scenario2EnterpriseEdition.Action.class);
  private static final Map<Scenario3EnterpriseEdition.Action, BlockerCode> SCENARIO3 =
      new EnumMap<>(Scenario3EnterpriseEdition.Action.class);

  static {
    SCENARIO1.put(Scenario1EnterpriseEdition.Action.CONNECT_VPC1, BlockerCode.NO_ROUTE);
    SCENARIO1.put(Scenario1EnterpriseEdition.Action.CONNECT_VPC3, BlockerCode.NO_ROUTE);
    SCENARIO1.put(Scenario1EnterpriseEdition.Action.BANDWIDTH_PLAN, BlockerCode.CROSS_REGION_TEST_BANDWIDTH_ONLY);
    SCENARIO1.put(Scenario1EnterpriseEdition.Action.PEER_CONNECTION, BlockerCode.NO_PEER_CONNECTION);
    SCENARIO1.put(Scenario1EnterpriseEdition.Action.ASSOCIATE_VPC1, BlockerCode.CONNECTION_NOT_ASSOCIATED);
    SCENARIO1.put(Scenario1EnterpriseEdition.Action.PROPAGATE_VPC1, BlockerCode.ROUTE_NOT_PROPAGATED);
    SCENARIO1.put(Scenario1EnterpriseEdition.Action.ASSOCIATE_PEER_ON_H, BlockerCode.CONNECTION_NOT_ASSOCIATED);
    SCENARIO1.put(Scenario1EnterpriseEdition.Action.PROPAGATE_PEER_ON_H, BlockerCode.ROUTE_NOT_PROPAGATED);
    SCENARIO1.put(Scenario1EnterpriseEdition.Action.ASSOCIATE_VPC3, BlockerCode.CONNECTION_NOT_ASSOCIATED);
    SCENARIO1.put(Scenario1EnterpriseEdition.Action.PROPAGATE_VPC3, BlockerCode.ROUTE_NOT_PROPAGATED);
    SCENARIO1.put(Scenario1EnterpriseEdition.Action.ASSOCIATE_PEER_ON_B, BlockerCode.CONNECTION_NOT_ASSOCIATED);
    SCENARIO1.put(Scenario1EnterpriseEdition.Action.PROPAGATE_PEER_ON_B, BlockerCode.ROUTE_NOT_PROPAGATED);
    SCENARIO1.put(Scenario1EnterpriseEdition.Action.AUTO_PUBLISH_VPC1, BlockerCode.NO_ROUTE_TO_TRANSIT_ROUTER);
    SCENARIO1.put(Scenario1EnterpriseEdition.Action.AUTO_PUBLISH_VPC3, BlockerCode.NO_ROUTE_TO_TRANSIT_ROUTER);
    SCENARIO1.put(Scenario1EnterpriseEdition.Action.BIND_VPC1, BlockerCode.INSTANCE_NOT_BOUND_TO_VPC);
    SCENARIO1.put(Scenario1EnterpriseEdition.Action.ENABLE_VPC_DOMAIN, BlockerCode.VPC_DOMAIN_DISABLED);

    SCENARIO2.put(Scenario2EnterpriseEdition.Action.CIRCUIT, BlockerCode.NO_ROUTE);
    SCENARIO2.put(Scenario2EnterpriseEdition.Action.CONNECT_VBR, BlockerCode.NO_ROUTE);
    SCENARIO2.put(Scenario2EnterpriseEdition.Action.AUTO_PUBLISH_VBR, BlockerCode.NO_ROUTE_TO_TRANSIT_ROUTER);
    SCENARIO2.put(Scenario2EnterpriseEdition.Action.CONNECT_VPC1, BlockerCode.NO_ROUTE);
    SCENARIO2.put(Scenario2EnterpriseEdition.Action.ASSOCIATE_VBR, BlockerCode.CONNECTION_NOT_ASSOCIATED);
    SCENARIO2.put(Scenario2EnterpriseEdition.Action.PROPAGATE_VBR, BlockerCode.ROUTE_NOT_PROPAGATED);
    SCENARIO2.put(Scenario2EnterpriseEdition.Action.ASSOCIATE_VPC1, BlockerCode.CONNECTION_NOT_ASSOCIATED);
    SCENARIO2.put(Scenario2EnterpriseEdition.Action.PROPAGATE_VPC1, BlockerCode.ROUTE_NOT_PROPAGATED);
    SCENARIO2.put(Scenario2EnterpriseEdition.Action.AUTO_PUBLISH_VPC1, BlockerCode.NO_ROUTE_TO_TRANSIT_ROUTER);
    SCENARIO2.put(Scenario2EnterpriseEdition.Action.DATA_CENTER_ROUTE, BlockerCode.NO_DATA_CENTER_ROUTE);
    SCENARIO2.put(Scenario2EnterpriseEdition.Action.BIND_VPC1, BlockerCode.INSTANCE_NOT_BOUND_TO_VPC);
    SCENARIO2.put(Scenario2EnterpriseEdition.Action.ENABLE_VPC_DOMAIN, BlockerCode.VPC_DOMAIN_DISABLED);

    SCENARIO3.put(Scenario3EnterpriseEdition.Action.CIRCUIT, BlockerCode.NO_ROUTE);
    SCENARIO3.put(Scenario3EnterpriseEdition.Action.CONNECT_VBR, BlockerCode.NO_ROUTE);
    SCENARIO3.put(Scenario3EnterpriseEdition.Action.AUTO_PUBLISH_VBR, BlockerCode.NO_ROUTE_TO_TRANSIT_ROUTER);
    SCENARIO3.put(Scenario3EnterpriseEdition.Action.CONNECT_VPC1, BlockerCode.NO_ROUTE);
    SCENARIO3.put(Scenario3EnterpriseEdition.Action.ASSOCIATE_VBR, BlockerCode.CONNECTION_NOT_ASSOCIATED);
    SCENARIO3.put(Scenario3EnterpriseEdition.Action.PROPAGATE_VBR, BlockerCode.ROUTE_NOT_PROPAGATED);
    SCENARIO3.put(Scenario3EnterpriseEdition.Action.ASSOCIATE_VPC1, BlockerCode.CONNECTION_NOT_ASSOCIATED);
    SCENARIO3.put(Scenario3EnterpriseEdition.Action.AUTO_PUBLISH_VPC1, BlockerCode.NO_ROUTE_TO_TRANSIT_ROUTER);
    SCENARIO3.put(Scenario3EnterpriseEdition.Action.RETURN_ROUTE, BlockerCode.NO_RETURN_ROUTE_FOR_GATEWAY_EGRESS);
    SCENARIO3.put(Scenario3EnterpriseEdition.Action.DATA_CENTER_EGRESS_ROUTE, BlockerCode.NO_DATA_CENTER_ROUTE);
    SCENARIO3.put(Scenario3EnterpriseEdition.Action.DEPLOY_API, BlockerCode.API_NOT_DEPLOYED);
  }

  @ParameterizedTest
  @EnumSource(Scenario1EnterpriseEdition.Action.class)
  void scenario1WithOneActionLeftOutNamesItAndItsFixesRestoreReachability(Scenario1EnterpriseEdition.Action left) {
    Scenario1EnterpriseEdition s = new Scenario1EnterpriseEdition(InMemoryCloud.create(), EnumSet.of(left)).build();
    check(SCENARIO1.get(left), true, s.cloud(), s::canEcs3CallTheApi);
  }

  @ParameterizedTest
  @EnumSource(Scenario2EnterpriseEdition.Action.class)
  void scenario2WithOneActionLeftOutNamesItAndItsFixesRestoreReachability(Scenario2EnterpriseEdition.Action left) {
    Scenario2EnterpriseEdition s = new Scenario2EnterpriseEdition(InMemoryCloud.create(), EnumSet.of(left)).build();
    check(SCENARIO2.get(left), left != Scenario2EnterpriseEdition.Action.CIRCUIT, s.cloud(),
        s::canTheDataCenterClientCallTheApi);
  }

  @ParameterizedTest
  @EnumSource(Scenario3EnterpriseEdition.Action.class)
  void scenario3WithOneActionLeftOutNamesItAndItsFixesRestoreReachability(Scenario3EnterpriseEdition.Action left) {
    Scenario3EnterpriseEdition s = new Scenario3EnterpriseEdition(InMemoryCloud.create(), EnumSet.of(left)).build();
    check(SCENARIO3.get(left), left != Scenario3EnterpriseEdition.Action.CIRCUIT, s.cloud(), s::canTheApiReachItsBackend);
  }

  /** Blocked by {@code expected} (or still reachable when null), then repaired by the answer's own fixes. */
  private static void check(
      BlockerCode expected, boolean repairable, InMemoryCloud cloud, Supplier<ReachabilityAnswer> ask) {
    ReachabilityAnswer answer = ask.get();
    if (expected == null) {
      assertThat(answer.verdict()).as(answer.explain()).isEqualTo(Verdict.REACHABLE);
      return;
    }
    assertThat(answer.verdict()).as(answer.explain()).isNotEqualTo(Verdict.REACHABLE);
    assertThat(answer.blockers()).as(answer.explain()).extracting(Blocker::code).contains(expected);
    assertThat(answer.blockers()).as(answer.explain()).allSatisfy(b -> assertThat(b.rule()).isPresent());
    if (!repairable) {
      return;
    }
    for (int round = 0; round < MAX_ROUNDS && !answer.isReachable(); round++) {
      assertThat(answer.fixes()).as("no fix for:%n%s", answer.explain()).isNotEmpty();
      cloud.apply(answer.fixSpec());
      answer = ask.get();
    }
    assertThat(answer.verdict()).as(answer.explain()).isEqualTo(Verdict.REACHABLE);
  }
}
