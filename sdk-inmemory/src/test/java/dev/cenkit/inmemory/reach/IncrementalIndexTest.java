package dev.cenkit.inmemory.reach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.internal.Internals;
import dev.cenkit.inmemory.quota.Quotas;
import dev.cenkit.inmemory.scenarios.ScenarioFixtures;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.apigateway.ApiGroup;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.VpcHost;
import org.junit.jupiter.api.Test;

/**
 * The route tables of an engine are derived once per snapshot and reused by the next one for every CEN the
 * change did not touch.
 */
class IncrementalIndexTest {
  @Test
  void aChangeThatTouchesNoRouteKeepsTheRouteTablesAndAnswersAsAFreshEngineWould() {
    ScenarioFixtures.Unfinished s = ScenarioFixtures.scenario1WithoutVpcDomain();
    InMemoryCloud cloud = s.cloud();
    ReachabilityEngine before = (ReachabilityEngine) cloud.reachability();
    before.fullCall(s.client(), s.api(), Stage.RELEASE);
    ApiGroup group = cloud.describeApiGroups().get(0);
    CenId cen = Internals.state(cloud).cen().cens().firstKey();

    cloud.modifyIntranetDomainPolicy(b -> b.groupId(group.id()).vpcIntranetEnable(true));
    ReachabilityEngine after = (ReachabilityEngine) cloud.reachability();

    assertThat(after.snapshot()).isSameAs(cloud.snapshot());
    assertThat(after.sharesCenTableWith(before, cen)).isTrue();
    ReachabilityAnswer incremental = after.fullCall(s.client(), s.api(), Stage.RELEASE);
    ReachabilityAnswer fresh = ReachabilityEngine.of(Internals.state(cloud)).fullCall(s.client(), s.api(), Stage.RELEASE);
    assertThat(incremental.explain()).isEqualTo(fresh.explain());
    assertThat(incremental.isReachable()).isTrue();
  }

  @Test
  void aNewVSwitchInAMemberDerivesANewTableForItsCen() {
    ScenarioFixtures.Unfinished s = ScenarioFixtures.scenario1WithoutVpcDomain();
    InMemoryCloud cloud = s.cloud();
    ReachabilityEngine before = (ReachabilityEngine) cloud.reachability();
    before.fullCall(s.client(), s.api(), Stage.RELEASE);
    CenId cen = Internals.state(cloud).cen().cens().firstKey();

    Vpc vpc = cloud.describeVpcs().get(0);
    cloud.createVSwitch(b -> b.vpcId(vpc.id()).zoneId(vpc.region().id() + "-a").cidrBlock(Cidr.of(
        vpc.cidrBlock().toString().replace(".0.0/16", ".200.0/24"))));
    ReachabilityEngine after = (ReachabilityEngine) cloud.reachability();
    after.fullCall(s.client(), s.api(), Stage.RELEASE);

    assertThat(after.sharesCenTableWith(before, cen)).isFalse();
    // Fixes hold specs, which compare by identity: compare the explanations, which name every hop, blocker and fix.
    assertThat(after.fullCall(s.client(), s.api(), Stage.RELEASE).explain())
        .isEqualTo(ReachabilityEngine.of(Internals.state(cloud)).fullCall(s.client(), s.api(), Stage.RELEASE).explain());
  }

  @Test
  void aChangeInOneCenKeepsTheTableOfAnotherCenAndItsAnswers() {
    InMemoryCloud cloud = InMemoryCloud.builder().quotas(Quotas.builder().vpcsPerRegion(20).build()).build();
    VpcSpec a1 = Cenkit.vpc(RegionId.CN_HANGZHOU).named("a1").cidr("10.1.0.0/16").vSwitch("cn-hangzhou-a", "10.1.1.0/24");
    VpcSpec a2 = Cenkit.vpc(RegionId.CN_HANGZHOU).named("a2").cidr("10.2.0.0/16").vSwitch("cn-hangzhou-a", "10.2.1.0/24");
    VpcSpec b1 = Cenkit.vpc(RegionId.CN_HANGZHOU).named("b1").cidr("10.3.0.0/16").vSwitch("cn-hangzhou-a", "10.3.1.0/24");
    VpcSpec b2 = Cenkit.vpc(RegionId.CN_HANGZHOU).named("b2").cidr("10.4.0.0/16").vSwitch("cn-hangzhou-a", "10.4.1.0/24");
    cloud.apply(Cenkit.cen().named("a").attachNew(a1).attachNew(a2));
    cloud.apply(Cenkit.cen().named("b").attachNew(b1).attachNew(b2));
    Vpc vpcA1 = cloud.snapshot().vpc().vpcs().values().stream().filter(v -> v.displayName().equals("a1")).findFirst().orElseThrow();
    Vpc vpcA2 = cloud.snapshot().vpc().vpcs().values().stream().filter(v -> v.displayName().equals("a2")).findFirst().orElseThrow();
    Vpc vpcB1 = cloud.snapshot().vpc().vpcs().values().stream().filter(v -> v.displayName().equals("b1")).findFirst().orElseThrow();
    CenId cenA = cloud.snapshot().cen().attachmentOf(vpcA1.id()).orElseThrow().cenId();
    CenId cenB = cloud.snapshot().cen().attachmentOf(vpcB1.id()).orElseThrow().cenId();
    VpcHost hostA1 = VpcHost.of(vpcA1.id(), "10.1.1.10");
    VpcHost hostA2 = VpcHost.of(vpcA2.id(), "10.2.1.10");
    ReachabilityEngine before = (ReachabilityEngine) cloud.reachability();
    assertThat(before.network(hostA1, hostA2, 443).isReachable()).isTrue();
    before.network(VpcHost.of(vpcB1.id(), "10.3.1.10"), hostA1, 443);

    cloud.createVSwitch(b -> b.vpcId(vpcB1.id()).zoneId("cn-hangzhou-b").cidrBlock(Cidr.of("10.3.2.0/24")));
    ReachabilityEngine after = (ReachabilityEngine) cloud.reachability();
    after.network(hostA1, hostA2, 443);
    after.network(VpcHost.of(vpcB1.id(), "10.3.2.10"), VpcHost.of(vpcB1.id(), "10.3.1.10"), 443);

    assertThat(after.sharesCenTableWith(before, cenA)).isTrue();
    assertThat(after.sharesCenTableWith(before, cenB)).isFalse();
    assertThat(after.network(hostA1, hostA2, 443).explain())
        .isEqualTo(ReachabilityEngine.of(Internals.state(cloud)).network(hostA1, hostA2, 443).explain());
  }
}
