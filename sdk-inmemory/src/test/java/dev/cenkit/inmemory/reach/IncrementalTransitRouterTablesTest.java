package dev.cenkit.inmemory.reach;

import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.EnterpriseCenSpec;
import dev.cenkit.dsl.PeerConnectionSpec;
import dev.cenkit.dsl.VpcConnectionSpec;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.internal.Internals;
import dev.cenkit.inmemory.quota.Quotas;
import dev.cenkit.model.Area;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.tr.TransitRouter;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.reach.VpcHost;
import dev.cenkit.spi.ApplyResult;
import org.junit.jupiter.api.Test;

/**
 * Transit-router route tables are derived per CEN and reused by the next snapshot for every CEN the change did
 * not touch (issue 12 item 6), with answers identical to a fresh engine's.
 */
class IncrementalTransitRouterTablesTest {
  private final InMemoryCloud cloud = InMemoryCloud.builder().quotas(Quotas.builder().vpcsPerRegion(20).build()).build();

  /** Two VPCs (Hangzhou, Beijing) on one Enterprise CEN, peered with a plan, whose VPC hosts are answered. */
  private final class Mesh {
    final CenId cen;
    final VpcHost hangzhou;
    final VpcHost beijing;
    final VpcId beijingVpc;

    Mesh(String name, int base) {
      VpcSpec h = Cenkit.vpc(CN_HANGZHOU).named(name + "-h").cidr("10." + base + ".0.0/16")
          .vSwitch("cn-hangzhou-h", "10." + base + ".1.0/24").vSwitch("cn-hangzhou-i", "10." + base + ".2.0/24");
      VpcSpec b = Cenkit.vpc(CN_BEIJING).named(name + "-b").cidr("10." + (base + 1) + ".0.0/16")
          .vSwitch("cn-beijing-a", "10." + (base + 1) + ".1.0/24");
      EnterpriseCenSpec spec = Cenkit.enterpriseCen().named(name).connect(VpcConnectionSpec.of(h)).connect(VpcConnectionSpec.of(b))
          .peer(PeerConnectionSpec.between(CN_HANGZHOU, CN_BEIJING).bandwidth(Cenkit.bandwidthPlan(2).between(Area.CHINA, Area.CHINA), 2));
      ApplyResult r = cloud.apply(spec);
      cen = r.id(spec.ref());
      hangzhou = VpcHost.of(r.id(h.ref()), "10." + base + ".1.10");
      beijingVpc = r.id(b.ref());
      beijing = VpcHost.of(beijingVpc, "10." + (base + 1) + ".1.10");
    }
  }

  private ReachabilityEngine engine() {
    return (ReachabilityEngine) cloud.reachability();
  }

  private static String fresh(InMemoryCloud cloud, VpcHost from, VpcHost to) {
    return ReachabilityEngine.of(Internals.state(cloud)).network(from, to, 443).explain();
  }

  @Test
  void aTransitRouterChangeInOneCenKeepsTheTablesOfAnotherCenAndAnswersAsAFreshEngine() {
    Mesh a = new Mesh("a", 10);
    Mesh b = new Mesh("b", 20);
    ReachabilityEngine before = engine();
    assertThat(before.network(a.beijing, a.hangzhou, 443).isReachable()).isTrue();
    assertThat(before.network(b.beijing, b.hangzhou, 443).isReachable()).isTrue();

    // Mesh a's Beijing connection stops propagating: only CEN a's tables are derived again.
    TransitRouter trB = cloud.listTransitRouters(a.cen).stream().filter(r -> r.region().equals(CN_BEIJING)).findFirst().orElseThrow();
    TransitRouterAttachment c = cloud.snapshot().transitRouter().attachmentsOfInstance(a.beijingVpc.value()).get(0);
    cloud.disableTransitRouterRouteTablePropagation(
        x -> x.transitRouterAttachmentId(c.id()).transitRouterRouteTableId(trB.systemRouteTableId()));
    ReachabilityEngine after = engine();
    assertThat(after.network(a.hangzhou, a.beijing, 443).isReachable()).isFalse();
    assertThat(after.network(b.hangzhou, b.beijing, 443).isReachable()).isTrue();

    assertThat(after.sharesTransitRouterTablesWith(before, b.cen)).isTrue();
    assertThat(after.sharesTransitRouterTablesWith(before, a.cen)).isFalse();
    for (VpcHost[] q : new VpcHost[][] {{a.hangzhou, a.beijing}, {a.beijing, a.hangzhou}, {b.hangzhou, b.beijing}}) {
      assertThat(after.network(q[0], q[1], 443).explain()).isEqualTo(fresh(cloud, q[0], q[1]));
    }
  }

  @Test
  void aNewVSwitchInAConnectedVpcDerivesItsCensTablesAgainAndPublishesTheNewBlock() {
    Mesh a = new Mesh("a", 10);
    Mesh b = new Mesh("b", 20);
    ReachabilityEngine before = engine();
    before.network(a.hangzhou, a.beijing, 443);
    before.network(b.hangzhou, b.beijing, 443);

    cloud.createVSwitch(x -> x.vpcId(a.beijingVpc).zoneId("cn-beijing-b").cidrBlock(Cidr.of("10.11.9.0/24")));
    ReachabilityEngine after = engine();
    VpcHost newHost = VpcHost.of(a.beijingVpc, "10.11.9.10");
    assertThat(after.network(a.hangzhou, newHost, 443).isReachable()).isTrue();
    assertThat(after.network(b.hangzhou, b.beijing, 443).isReachable()).isTrue();
    assertThat(after.sharesTransitRouterTablesWith(before, b.cen)).isTrue();
    assertThat(after.sharesTransitRouterTablesWith(before, a.cen)).isFalse();
    assertThat(after.network(a.hangzhou, newHost, 443).explain()).isEqualTo(fresh(cloud, a.hangzhou, newHost));
  }
}
