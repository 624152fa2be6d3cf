package dev.cenkit.testkit;

import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static dev.cenkit.testkit.CenkitAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cenkit.dsl.ApplyResult;
import dev.cenkit.dsl.Cen;
import dev.cenkit.dsl.Spec;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.BlockerCode;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.VpcHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(InMemoryCloudExtension.class)
class TestkitSelfTest {
  private final VpcSpec vpc1 = Vpc.in(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24");
  private final VpcSpec vpc2 = Vpc.in(CN_HANGZHOU).named("VPC-2").cidr("10.2.0.0/16").vSwitch("cn-hangzhou-h", "10.2.1.0/24");

  @Test
  void theExtensionHandsEachTestAFreshCloud(InMemoryCloud cloud) {
    assertThat(cloud.snapshot().version()).isZero();
    cloud.apply(vpc1);
  }

  @Test
  void theSameGeneratedSeedGivesTheSameTopologyAndCode() {
    GeneratedTopology a = TopologyGenerator.generate(42, TopologySize.small());
    GeneratedTopology b = TopologyGenerator.generate(42, TopologySize.small());
    assertThat(a.toJavaCode()).isEqualTo(b.toJavaCode()).contains("Vpc.in(RegionId.of(");
  }

  @Test
  void blockedAtWithCodeFindsTheBlockerAndFailsOtherwise(InMemoryCloud cloud) {
    ApplyResult r = cloud.apply(Spec.of(Cen.create().attach(vpc1), vpc2));
    ReachabilityAnswer answer =
        cloud.reachability().network(VpcHost.of(r.id(vpc2.ref()), "10.2.1.9"), VpcHost.of(r.id(vpc1.ref()), "172.16.1.9"), 22);

    assertThat(answer).isUnreachable().isBlockedAt(r.id(vpc2.ref())).withCode(BlockerCode.NOT_IN_SAME_CEN);
    assertThatThrownBy(() -> assertThat(answer).isReachable()).hasMessageContaining("NOT_IN_SAME_CEN");
    assertThatThrownBy(() -> assertThat(answer).isBlockedAt(r.id(vpc2.ref())).withCode(BlockerCode.NO_ROUTE))
        .hasMessageContaining("expected a blocker NO_ROUTE");
  }

  @Test
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
}
