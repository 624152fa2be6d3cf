package dev.cenkit.inmemory.reach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.scenarios.ScenarioFixtures;
import dev.cenkit.model.apigateway.ApiGroup;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.ReachabilityAnswer;
import org.junit.jupiter.api.Test;

/** The indexes of an engine are derived once per snapshot and reused by the next one when routing did not change. */
class IncrementalIndexTest {
  @Test
  void aChangeThatTouchesNoRouteKeepsTheRouteTablesAndAnswersAsAFreshEngineWould() {
    ScenarioFixtures.Unfinished s = ScenarioFixtures.scenario1WithoutVpcDomain();
    InMemoryCloud cloud = s.cloud();
    ReachabilityEngine before = (ReachabilityEngine) cloud.reachability();
    before.fullCall(s.client(), s.api(), Stage.RELEASE);
    ApiGroup group = cloud.describeApiGroups().get(0);

    cloud.modifyIntranetDomainPolicy(b -> b.groupId(group.id()).vpcIntranetEnable(true));
    ReachabilityEngine after = (ReachabilityEngine) cloud.reachability();

    assertThat(after.snapshot()).isSameAs(cloud.snapshot());
    assertThat(after.sharesRoutingWith(before)).isTrue();
    ReachabilityAnswer incremental = after.fullCall(s.client(), s.api(), Stage.RELEASE);
    ReachabilityAnswer fresh = ReachabilityEngine.of(cloud.snapshot()).fullCall(s.client(), s.api(), Stage.RELEASE);
    assertThat(incremental.explain()).isEqualTo(fresh.explain());
    assertThat(incremental.isReachable()).isTrue();
  }

  @Test
  void aChangeToRoutingDerivesNewRouteTables() {
    ScenarioFixtures.Unfinished s = ScenarioFixtures.scenario1WithoutVpcDomain();
    InMemoryCloud cloud = s.cloud();
    ReachabilityEngine before = (ReachabilityEngine) cloud.reachability();
    before.fullCall(s.client(), s.api(), Stage.RELEASE);

    Vpc vpc = cloud.describeVpcs().get(0);
    cloud.createVSwitch(b -> b.vpcId(vpc.id()).zoneId(vpc.region().id() + "-a").cidrBlock(dev.cenkit.model.Cidr.of(
        vpc.cidrBlock().toString().replace(".0.0/16", ".200.0/24"))));
    ReachabilityEngine after = (ReachabilityEngine) cloud.reachability();

    assertThat(after.sharesRoutingWith(before)).isFalse();
    // Fixes hold specs, which compare by identity: compare the explanations, which name every hop, blocker and fix.
    assertThat(after.fullCall(s.client(), s.api(), Stage.RELEASE).explain())
        .isEqualTo(ReachabilityEngine.of(cloud.snapshot()).fullCall(s.client(), s.api(), Stage.RELEASE).explain());
  }
}
