package dev.cenkit.testkit;

import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static dev.cenkit.testkit.CenkitAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cenkit.dsl.CenSpec;
import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.DataCenterSpec;
import dev.cenkit.dsl.ExpressConnectSpec;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.error.CenkitException;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.quota.Quotas;
import dev.cenkit.model.RegionId;
import dev.cenkit.reach.BlockerCode;
import dev.cenkit.reach.DataCenterHost;
import dev.cenkit.reach.NetworkQuestion;
import dev.cenkit.reach.Protocol;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.Verdict;
import dev.cenkit.reach.VpcHost;
import dev.cenkit.spi.ApplyResult;
import dev.cenkit.spi.Spec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(InMemoryCloudExtension.class)
class TestkitSelfTest {
  private final VpcSpec vpc1 = Cenkit.vpc(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24");
  private final VpcSpec vpc2 = Cenkit.vpc(CN_HANGZHOU).named("VPC-2").cidr("10.2.0.0/16").vSwitch("cn-hangzhou-h", "10.2.1.0/24");

  @Test
  void theExtensionHandsEachTestAFreshCloud(InMemoryCloud cloud) {
    assertThat(cloud.snapshot().version()).isZero();
    cloud.apply(vpc1);
  }

  @Test
  void theSameGeneratedSeedGivesTheSameTopologyAndCode() {
    GeneratedTopology a = TopologyGenerator.generate(42, TopologySize.small());
    GeneratedTopology b = TopologyGenerator.generate(42, TopologySize.small());
    assertThat(a.toJavaCode()).isEqualTo(b.toJavaCode()).contains("Cenkit.vpc(RegionId.of(");
  }

  @Test
  void blockedAtWithCodeFindsTheBlockerAndFailsOtherwise(InMemoryCloud cloud) {
    ApplyResult r = cloud.apply(Spec.of(Cenkit.cen().attachNew(vpc1), vpc2));
    ReachabilityAnswer answer =
        cloud.reachability().network(VpcHost.of(r.id(vpc2.ref()), "10.2.1.9"), VpcHost.of(r.id(vpc1.ref()), "172.16.1.9"), 22);

    assertThat(answer).isUnreachable().isBlockedAt(r.id(vpc2.ref())).withCode(BlockerCode.NOT_IN_SAME_CEN);
    assertThatThrownBy(() -> assertThat(answer).isReachable()).hasMessageContaining("NOT_IN_SAME_CEN");
    assertThatThrownBy(() -> assertThat(answer).isBlockedAt(r.id(vpc2.ref())).withCode(BlockerCode.NO_ROUTE))
        .hasMessageContaining("expected a blocker NO_ROUTE");
  }

  @Test
  void theExtensionEnforcesTheRealCloudsQuotasUnlessATestAsksForLargeOnes(InMemoryCloud cloud) {
    assertThat(cloud.quotas()).isEqualTo(Quotas.defaults());
    for (int i = 0; i < Quotas.defaults().censPerAccount(); i++) {
      cloud.apply(Cenkit.cen());
    }
    assertThatThrownBy(() -> cloud.apply(Cenkit.cen()))
        .isInstanceOfSatisfying(CenkitException.class, e -> assertThat(e.rule()).contains(RuleId.R78));
  }

  @Test
  @LargeQuotas
  void aTestAnnotatedWithLargeQuotasGetsTheQuotasOfGeneratedTopologies(InMemoryCloud cloud) {
    assertThat(cloud.quotas()).isEqualTo(GeneratedTopology.quotas());
    int beyondTheRealQuota = Quotas.defaults().vpcsPerRegion() + 1;
    for (int i = 0; i < beyondTheRealQuota; i++) {
      cloud.apply(Cenkit.vpc(CN_HANGZHOU).cidr("10." + i + ".0.0/16"));
    }
    assertThat(cloud.snapshot().vpc().vpcs()).hasSize(beyondTheRealQuota);
  }

  @Test
  @LargeQuotas
  void aGeneratedTopologySatisfiesAllRulesOnceApplied(InMemoryCloud cloud) {
    TopologyGenerator.generate(7, TopologySize.small().withOverlap()).applyTo(cloud);
    assertThat(cloud).satisfiesAllRules();
  }

  @Test
  void everyGeneratedTopologyOfEveryKindAppliesAndSatisfiesAllRules() {
    for (long seed = 0; seed < 300; seed++) {
      for (TopologySize size :
          java.util.List.of(TopologySize.everything(), TopologySize.everything().withOverlap(),
              TopologySize.everything().withRegions(8).withVpcs(12).withCens(3).withDataCenters(4)
                  .withCircuitsPerDataCenter(3).withApiInstances(4).withGroupsPerInstance(3).withApisPerGroup(3))) {
        GeneratedTopology topology = TopologyGenerator.generate(seed, size);
        InMemoryCloud cloud = InMemoryCloud.builder().quotas(GeneratedTopology.quotas()).build();
        try {
          topology.applyTo(cloud);
        } catch (RuntimeException e) {
          throw new AssertionError("seed " + seed + ": " + e.getMessage() + "\n" + topology.toJavaCode(), e);
        }
        assertThat(cloud).as(topology.toJavaCode()).satisfiesAllRules();
      }
    }
  }

  @Test
  void thePrintedCodeOfAGeneratedTopologyBuildsTheSameCloud(InMemoryCloud cloud) {
    // Printed by TopologyGenerator.generate(3L, ...).toJavaCode() and pasted here unchanged (it is the
    // counterexample QuickTheories shrank to when the engine was deliberately made to ignore terminated VBRs).
    GeneratedTopology generated =
        TopologyGenerator.generate(3L, new TopologySize(1, 1, 1, 1, false, false, 1, 1, true, 0, 1, 0));
    InMemoryCloud reference = InMemoryCloud.builder().quotas(GeneratedTopology.quotas()).build();
    generated.applyTo(reference);

    VpcSpec vpc0 = Cenkit.vpc(RegionId.of("cn-hangzhou")).named("vpc0").cidr("10.0.0.0/16")
        .vSwitch("cn-hangzhou-a", "10.0.1.0/24");
    DataCenterSpec idc0 = Cenkit.dataCenter("idc0").prefix("192.168.0.0/24").host("host", "192.168.0.10");
    ExpressConnectSpec idc0line0 = Cenkit.circuit().in(RegionId.of("cn-hangzhou")).named("idc0line0")
        .vbr(Cenkit.vbr(100).localIp("172.31.0.1").peerIp("172.31.0.2").mask(30)).routesToNew(idc0)
        .dataCenterRoute("10.0.0.0/16"); // VBR terminated afterwards
    CenSpec cen0 = Cenkit.cen().named("cen0").attachNew(vpc0);
    cen0 = idc0line0.attachedTo(cen0);
    Spec spec = Spec.of(vpc0, idc0, idc0line0, cen0);
    ApplyResult result = cloud.apply(spec);
    cloud.terminateVirtualBorderRouter(b -> b.vbrId(result.id(idc0line0.ref())));

    assertThat(generated.toJavaCode()).contains("cen0 = idc0line0.attachedTo(cen0);", "ApplyResult result = cloud.apply(spec);");
    // The same resources with the same ids (the generator terminates the VBR inside its one apply).
    assertThat(cloud.snapshot().vpc()).isEqualTo(reference.snapshot().vpc());
    assertThat(cloud.snapshot().cen()).isEqualTo(reference.snapshot().cen());
    assertThat(cloud.snapshot().expressConnect()).isEqualTo(reference.snapshot().expressConnect());
    VpcHost host = VpcHost.of(result.id(vpc0.ref()), "10.0.1.10");
    DataCenterHost dcHost = DataCenterHost.of(result.id(idc0.ref()), "192.168.0.10");
    assertThat(cloud.reachability().network(host, dcHost, 443))
        .isUnreachable()
        .hasBlocker(BlockerCode.VBR_NOT_ACTIVE);
    assertThat(new ReachabilityOracle(cloud.snapshot()).verdict(new NetworkQuestion(host, dcHost, Protocol.TCP, 443)))
        .isEqualTo(Verdict.UNREACHABLE);
  }
}
