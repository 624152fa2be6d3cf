package dev.cenkit.inmemory.tr;

import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.spi.ApplyResult;
import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.EnterpriseCenSpec;
import dev.cenkit.dsl.PeerConnectionSpec;
import dev.cenkit.dsl.VpcConnectionSpec;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.Area;
import dev.cenkit.reach.Blocker;
import dev.cenkit.reach.BlockerCode;
import dev.cenkit.reach.ComponentKind;
import dev.cenkit.reach.Fix;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.Verdict;
import dev.cenkit.reach.VpcHost;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Scenario 1 on Enterprise Edition (enterprise-edition.md §5 S1): VPC-3 in Beijing to VPC-1 in Hangzhou. */
class EnterpriseReachabilityTest {
  private final InMemoryCloud cloud = InMemoryCloud.create();
  private final VpcSpec vpc1 =
      Cenkit.vpc(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16")
          .vSwitch("cn-hangzhou-h", "172.16.1.0/24").vSwitch("cn-hangzhou-i", "172.16.2.0/24");
  private final VpcSpec vpc3 = Cenkit.vpc(CN_BEIJING).named("VPC-3").cidr("10.3.0.0/16").vSwitch("cn-beijing-a", "10.3.1.0/24");

  private ReachabilityAnswer s1(
      UnaryOperator<VpcConnectionSpec> c1, UnaryOperator<VpcConnectionSpec> c3, UnaryOperator<PeerConnectionSpec> peer,
      boolean withPeer, UnaryOperator<EnterpriseCenSpec> extra) {
    EnterpriseCenSpec mesh = Cenkit.enterpriseCen().named("api-mesh")
        .connect(c1.apply(VpcConnectionSpec.of(vpc1)))
        .connect(c3.apply(VpcConnectionSpec.of(vpc3)));
    if (withPeer) {
      mesh = mesh.peer(peer.apply(PeerConnectionSpec.between(CN_HANGZHOU, CN_BEIJING)));
    }
    ApplyResult r = cloud.apply(extra.apply(mesh));
    return ask(r);
  }

  private VpcHost from;
  private VpcHost to;

  private ReachabilityAnswer ask(ApplyResult r) {
    from = VpcHost.of(r.id(vpc3.ref()), "10.3.1.10");
    to = VpcHost.of(r.id(vpc1.ref()), "172.16.1.5");
    return cloud.reachability().network(from, to, 443);
  }

  private static PeerConnectionSpec paid(PeerConnectionSpec p) {
    return p.bandwidth(Cenkit.bandwidthPlan(2).between(Area.CHINA, Area.CHINA), 2);
  }

  /** Applies the first fix of every blocker, each round, until reachable; at most four rounds. */
  private ReachabilityAnswer fixed(ReachabilityAnswer answer) {
    for (int round = 0; round < 4 && answer.verdict() != Verdict.REACHABLE; round++) {
      java.util.List<dev.cenkit.spi.SpecSource> all = new java.util.ArrayList<>();
      for (Blocker b : answer.blockers()) {
        assertThat(b.rule()).as("rule of %s", b).isPresent();
        assertThat(b.fixes()).as("fixes of %s", b).isNotEmpty();
        Fix fix = b.fixes().get(0);
        all.add(fix.spec());
      }
      cloud.apply(dev.cenkit.spi.Spec.of(all));
      answer = cloud.reachability().network(from, to, 443);
    }
    return answer;
  }

  @Test
  void scenario1IsReachableThroughTwoRoutersAndAPeerWithPlanBandwidth() {
    ReachabilityAnswer a = s1(c -> c, c -> c, EnterpriseReachabilityTest::paid, true, m -> m);
    assertThat(a.verdict()).as(a.explain()).isEqualTo(Verdict.REACHABLE);
    assertThat(a.bottleneck()).hasValueSatisfying(b -> assertThat(b.mbps()).isEqualTo(2));
    assertThat(a.hops()).anyMatch(h -> h.component().kind() == ComponentKind.TRANSIT_ROUTER);
  }

  @Test
  void withoutBandwidthOnThePeerItIsTestBandwidthOnlyAndTheFixBuysAPlan() {
    ReachabilityAnswer a = s1(c -> c, c -> c, p -> p, true, m -> m);
    assertThat(a.verdict()).as(a.explain()).isEqualTo(Verdict.TEST_BANDWIDTH_ONLY);
    assertThat(fixed(a).verdict()).isEqualTo(Verdict.REACHABLE);
  }

  @Test
  void withoutAPeerConnectionNoPeerConnectionBlocksAndItsFixConnectsTheRouters() {
    ReachabilityAnswer a = s1(c -> c, c -> c, p -> p, false, m -> m);
    assertThat(a.verdict()).isEqualTo(Verdict.UNREACHABLE);
    assertThat(a.blockers()).extracting(Blocker::code).contains(BlockerCode.NO_PEER_CONNECTION);
    assertThat(fixed(a).verdict()).isIn(Verdict.REACHABLE, Verdict.TEST_BANDWIDTH_ONLY);
  }

  @Test
  void anUnassociatedConnectionBlocksWithConnectionNotAssociated() {
    ReachabilityAnswer a = s1(c -> c, VpcConnectionSpec::withoutAssociation, EnterpriseReachabilityTest::paid, true, m -> m);
    assertThat(a.blockers()).extracting(Blocker::code).contains(BlockerCode.CONNECTION_NOT_ASSOCIATED);
    assertThat(fixed(a).verdict()).as(a.explain()).isEqualTo(Verdict.REACHABLE);
  }

  @Test
  void anUnpropagatedConnectionBlocksWithRouteNotPropagated() {
    ReachabilityAnswer a = s1(VpcConnectionSpec::withoutPropagation, c -> c, EnterpriseReachabilityTest::paid, true, m -> m);
    assertThat(a.blockers()).extracting(Blocker::code).contains(BlockerCode.ROUTE_NOT_PROPAGATED);
    assertThat(fixed(a).verdict()).as(a.explain()).isEqualTo(Verdict.REACHABLE);
  }

  @Test
  void aVpcWithoutAutoPublishHasNoRouteToItsRouter() {
    ReachabilityAnswer a = s1(c -> c, VpcConnectionSpec::withoutAutoPublish, EnterpriseReachabilityTest::paid, true, m -> m);
    assertThat(a.blockers()).extracting(Blocker::code).containsExactly(BlockerCode.NO_ROUTE_TO_TRANSIT_ROUTER);
    assertThat(fixed(a).verdict()).as(a.explain()).isEqualTo(Verdict.REACHABLE);
  }

  @Test
  void aBlackholeEntryDropsTheTrafficAndItsFixDeletesIt() {
    ReachabilityAnswer a = s1(c -> c, c -> c, EnterpriseReachabilityTest::paid, true,
        m -> m.blackhole(CN_BEIJING, "172.16.1.0/24"));
    assertThat(a.blockers()).extracting(Blocker::code).containsExactly(BlockerCode.BLACKHOLE_ROUTE);
    assertThat(fixed(a).verdict()).as(a.explain()).isEqualTo(Verdict.REACHABLE);
  }
}
