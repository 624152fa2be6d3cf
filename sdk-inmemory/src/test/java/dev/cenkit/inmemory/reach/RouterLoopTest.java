package dev.cenkit.inmemory.reach;

import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.internal.Internals;
import dev.cenkit.inmemory.routing.BasicRouters;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Area;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.reach.Hop;
import dev.cenkit.reach.NetworkQuestion;
import dev.cenkit.reach.Protocol;
import dev.cenkit.reach.VpcHost;
import dev.cenkit.spi.ApplyResult;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one router loop forwards a Basic CEN's packets over its implicit routers, in Basic words. */
class RouterLoopTest {
  private final InMemoryCloud cloud = InMemoryCloud.create();
  private final VpcSpec vpc1 =
      Cenkit.vpc(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24");
  private final VpcSpec vpc2 =
      Cenkit.vpc(CN_HANGZHOU).named("VPC-2").cidr("10.2.0.0/16").vSwitch("cn-hangzhou-h", "10.2.1.0/24");
  private final VpcSpec vpc3 =
      Cenkit.vpc(CN_BEIJING).named("VPC-3").cidr("10.3.0.0/16").vSwitch("cn-beijing-a", "10.3.1.0/24");

  private List<Hop> cross(ApplyResult r, VpcSpec source, String sourceIp, VpcSpec target, String targetIp,
      Optional<NetworkInstanceId>[] out) {
    Snapshot s = Internals.state(cloud);
    Topology topology = new Topology(s);
    Places places = new Places(topology);
    PathBuilder path = new PathBuilder();
    VpcHost from = VpcHost.of(r.id(source.ref()), sourceIp);
    VpcHost to = VpcHost.of(r.id(target.ref()), targetIp);
    Place a = places.locate(from, path).orElseThrow();
    Place b = places.locate(to, path).orElseThrow();
    CenId cen = s.cen().cens().firstKey();
    BasicRouters routers = topology.basicRouters(cen);
    out[0] = RouterLoop.cross(path, routers, new BasicRouterHops(new HopChecks(topology), routers),
        BasicRouters.connectionId(r.id(source.ref())), a, b);
    return path.answer(new NetworkQuestion(from, to, Protocol.TCP, 443), s).hops();
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void aBasicPacketAcrossRegionsCrossesTheImplicitPeerAsTheCenBandwidthHop() {
    ApplyResult r = cloud.apply(Cenkit.cen().attachNew(vpc1).attachNew(vpc3)
        .bandwidth(Cenkit.bandwidthPlan(2).between(Area.CHINA, Area.CHINA).allocate(CN_HANGZHOU, CN_BEIJING, 2)));
    Optional<NetworkInstanceId>[] out = new Optional[1];

    List<Hop> hops = cross(r, vpc3, "10.3.1.10", vpc1, "172.16.1.5", out);

    assertThat(out[0]).contains(r.id(vpc1.ref()));
    assertThat(hops).singleElement().satisfies(h -> {
      assertThat(h.matched()).isEqualTo("cn-beijing -> cn-hangzhou: allocated inter-region bandwidth");
      assertThat(h.bandwidth()).hasValueSatisfying(b -> assertThat(b.mbps()).isEqualTo(2));
    });
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void aBasicPacketInOneRegionLeavesTheImplicitRouterWithTheSameRegionHop() {
    ApplyResult r = cloud.apply(Cenkit.cen().attachNew(vpc1).attachNew(vpc2));
    Optional<NetworkInstanceId>[] out = new Optional[1];

    List<Hop> hops = cross(r, vpc2, "10.2.1.10", vpc1, "172.16.1.5", out);

    assertThat(out[0]).contains(r.id(vpc1.ref()));
    assertThat(hops).singleElement().satisfies(
        h -> assertThat(h.matched()).isEqualTo("same region cn-hangzhou: no bandwidth plan needed"));
  }
}
