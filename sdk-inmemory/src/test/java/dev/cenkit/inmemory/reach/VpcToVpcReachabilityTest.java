package dev.cenkit.inmemory.reach;

import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.reach.BlockerCode;
import dev.cenkit.reach.Direction;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.Verdict;
import dev.cenkit.reach.VpcHost;
import dev.cenkit.spi.ApplyResult;
import dev.cenkit.spi.Spec;
import org.junit.jupiter.api.Test;

class VpcToVpcReachabilityTest {
  private final InMemoryCloud cloud = InMemoryCloud.create();
  private final VpcSpec vpc1 =
      Cenkit.vpc(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24");
  private final VpcSpec vpc2 =
      Cenkit.vpc(CN_HANGZHOU).named("VPC-2").cidr("10.2.0.0/16").vSwitch("cn-hangzhou-h", "10.2.1.0/24");
  private final VpcSpec vpc3 =
      Cenkit.vpc(CN_BEIJING).named("VPC-3").cidr("10.3.0.0/16").vSwitch("cn-beijing-a", "10.3.1.0/24");

  private VpcHost host(ApplyResult r, VpcSpec vpc, String ip) {
    return VpcHost.of(r.id(vpc.ref()), ip);
  }

  @Test
  void twoVpcsOfOneRegionInOneCenReachEachOtherWithoutABandwidthPlan() {
    ApplyResult r = cloud.apply(Cenkit.cen().attachNew(vpc1).attachNew(vpc2));

    ReachabilityAnswer answer =
        cloud.reachability().network(host(r, vpc2, "10.2.1.10"), host(r, vpc1, "172.16.1.5"), 443);

    assertThat(answer.verdict()).as(answer.explain()).isEqualTo(Verdict.REACHABLE);
    assertThat(answer.blockers()).isEmpty();
    assertThat(answer.bottleneck()).isEmpty();
    assertThat(answer.hops()).anyMatch(h -> h.direction() == Direction.RETURN);
  }

  @Test
  void crossRegionWithoutAllocatedBandwidthIsTestBandwidthOnly() {
    ApplyResult r = cloud.apply(Cenkit.cen().attachNew(vpc1).attachNew(vpc3));

    ReachabilityAnswer answer =
        cloud.reachability().network(host(r, vpc3, "10.3.1.10"), host(r, vpc1, "172.16.1.5"), 443);

    assertThat(answer.verdict()).as(answer.explain()).isEqualTo(Verdict.TEST_BANDWIDTH_ONLY);
    assertThat(answer.blockers()).allMatch(b -> b.code() == BlockerCode.CROSS_REGION_TEST_BANDWIDTH_ONLY);
    assertThat(answer.bottleneck()).hasValueSatisfying(b -> assertThat(b.kbps()).isEqualTo(1));
  }

  @Test
  void aVpcOutsideTheCenIsBlockedWithNotInSameCenAndTheFixAttachesIt() {
    ApplyResult r = cloud.apply(Spec.of(Cenkit.cen().attachNew(vpc1), vpc2));
    VpcHost client = host(r, vpc2, "10.2.1.10");
    VpcHost server = host(r, vpc1, "172.16.1.5");

    ReachabilityAnswer answer = cloud.reachability().network(client, server, 443);

    assertThat(answer.verdict()).isEqualTo(Verdict.UNREACHABLE);
    assertThat(answer.blockers())
        .anySatisfy(b -> {
          assertThat(b.code()).isEqualTo(BlockerCode.NOT_IN_SAME_CEN);
          assertThat(b.component().id()).isEqualTo(r.id(vpc2.ref()).value());
        });
    cloud.apply(answer.fixSpec());
    assertThat(cloud.reachability().network(client, server, 443).verdict()).isEqualTo(Verdict.REACHABLE);
  }

  @Test
  void twoVpcsWithNoCenGetAFixThatCreatesOne() {
    ApplyResult r = cloud.apply(Spec.of(vpc1, vpc2));
    VpcHost client = host(r, vpc2, "10.2.1.10");
    VpcHost server = host(r, vpc1, "172.16.1.5");

    ReachabilityAnswer answer = cloud.reachability().network(client, server, 80);
    cloud.apply(answer.fixSpec());

    assertThat(cloud.reachability().network(client, server, 80).isReachable()).isTrue();
  }

  @Test
  void overlappingVSwitchBlocksInTwoAttachedVpcsAreAConflict() {
    VpcSpec twin = Cenkit.vpc(CN_HANGZHOU).named("twin").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24");
    ApplyResult r = cloud.apply(Cenkit.cen().attachNew(vpc1).attachNew(twin).attachNew(vpc2));

    ReachabilityAnswer answer =
        cloud.reachability().network(host(r, vpc2, "10.2.1.10"), host(r, twin, "172.16.1.5"), 443);

    assertThat(answer.verdict()).isEqualTo(Verdict.UNREACHABLE);
    assertThat(answer.blockers()).anyMatch(b -> b.code() == BlockerCode.ROUTE_CONFLICT);
  }

  @Test
  void aVpcInNoCenGetsNoRouteConflictAnAddressOfItsOwnVSwitchIsDeliveredLocally() {
    VpcSpec twin = Cenkit.vpc(CN_HANGZHOU).named("twin").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24");
    ApplyResult r = cloud.apply(Spec.of(vpc1, twin));

    ReachabilityAnswer answer =
        cloud.reachability().network(host(r, vpc1, "172.16.1.10"), host(r, twin, "172.16.1.5"), 443);

    assertThat(answer.verdict()).isEqualTo(Verdict.UNREACHABLE);
    assertThat(answer.blockers()).as(answer.explain()).noneMatch(b -> b.code() == BlockerCode.ROUTE_CONFLICT);
    assertThat(answer.blockers()).anySatisfy(b -> {
      assertThat(b.code()).isEqualTo(BlockerCode.NO_ROUTE);
      assertThat(b.rule()).contains(dev.cenkit.error.RuleId.R37);
      assertThat(b.message()).contains("delivered locally");
    });
  }

  @Test
  void anAddressOutsideEveryVSwitchIsReported() {
    ApplyResult r = cloud.apply(Cenkit.cen().attachNew(vpc1).attachNew(vpc2));
    VpcId id = r.id(vpc1.ref());

    ReachabilityAnswer answer =
        cloud.reachability().network(host(r, vpc2, "10.2.1.10"), VpcHost.of(id, "172.16.99.5"), 443);

    assertThat(answer.blockers()).extracting(b -> b.code()).containsExactly(BlockerCode.ADDRESS_NOT_IN_NETWORK);
  }
}
