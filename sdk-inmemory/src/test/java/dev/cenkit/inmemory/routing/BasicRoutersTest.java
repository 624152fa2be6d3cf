package dev.cenkit.inmemory.routing;

import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.internal.Internals;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.Area;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.CenRouteEntry;
import dev.cenkit.model.cen.CenRouteStatus;
import dev.cenkit.model.cen.RegionPair;
import dev.cenkit.model.tr.TransitRouter;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.TransitRouterAttachmentKind;
import dev.cenkit.model.tr.TransitRouterId;
import dev.cenkit.model.tr.TransitRouterRouteEntry;
import dev.cenkit.model.tr.TransitRouterRouteEntryStatus;
import dev.cenkit.model.tr.TransitRouterType;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.ApplyResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Basic CEN compiled into the Enterprise shape: implicit routers, connections, peers and one shared table. */
class BasicRoutersTest {
  private final InMemoryCloud cloud = InMemoryCloud.create();
  private final VpcSpec vpc1 =
      Cenkit.vpc(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24");
  private final VpcSpec vpc2 =
      Cenkit.vpc(CN_HANGZHOU).named("VPC-2").cidr("10.2.0.0/16").vSwitch("cn-hangzhou-h", "10.2.1.0/24");
  private final VpcSpec vpc3 =
      Cenkit.vpc(CN_BEIJING).named("VPC-3").cidr("10.3.0.0/16").vSwitch("cn-beijing-a", "10.3.1.0/24");

  private BasicRouters routers(ApplyResult r) {
    Snapshot s = Internals.state(cloud);
    CenId cen = s.cen().cens().firstKey();
    return BasicRouters.of(s, CenRouteTable.of(s, cen));
  }

  @Test
  void basicCenForwardsThroughItsImplicitRouterTable() {
    ApplyResult r = cloud.apply(Cenkit.cen().attachNew(vpc1).attachNew(vpc2).attachNew(vpc3));
    BasicRouters basic = routers(r);
    VpcId v1 = r.id(vpc1.ref());
    VpcId v2 = r.id(vpc2.ref());
    VpcId v3 = r.id(vpc3.ref());

    // One Basic router per region, with a tr- id, the CEN's one table as its system table (DE18, D1).
    assertThat(basic.routers()).extracting(TransitRouter::region).containsExactly(CN_HANGZHOU, CN_BEIJING);
    assertThat(basic.routers()).allSatisfy(tr -> {
      assertThat(tr.type()).isEqualTo(TransitRouterType.BASIC);
      assertThat(tr.id().value()).startsWith("tr-");
      assertThat(tr.systemRouteTableId()).isEqualTo(BasicRouters.tableId(basic.cenId()));
    });
    TransitRouterId hangzhou = BasicRouters.routerId(basic.cenId(), CN_HANGZHOU);
    TransitRouterId beijing = BasicRouters.routerId(basic.cenId(), CN_BEIJING);

    // Every attached instance is a connection on its region's router, associated with the one table.
    TransitRouterAttachment c1 = basic.connectionOf(v1).orElseThrow();
    TransitRouterAttachment c3 = basic.connectionOf(v3).orElseThrow();
    assertThat(c1.kind()).isEqualTo(TransitRouterAttachmentKind.VPC);
    assertThat(c1.transitRouterId()).isEqualTo(hangzhou);
    assertThat(c1.autoPublishRouteEnabled()).isTrue();
    assertThat(c3.transitRouterId()).isEqualTo(beijing);
    assertThat(basic.associatedTable(hangzhou, c1.id())).contains(BasicRouters.tableId(basic.cenId()));
    assertThat(basic.associatedTable(beijing, c1.id())).isEmpty();

    // Same region: the lookup leads straight to the destination's connection.
    TransitRouterRouteEntry local =
        basic.lookup(hangzhou, BasicRouters.tableId(basic.cenId()), Ipv4Address.of("10.2.1.5")).orElseThrow();
    assertThat(local.nextHopId()).contains(basic.connectionOf(v2).orElseThrow().id());
    assertThat(local.destinationCidrBlock()).isEqualTo(Cidr.of("10.2.1.0/24"));

    // Across regions: the lookup in Hangzhou leads over the implicit peer; in Beijing to VPC-3's connection.
    TransitRouterAttachmentKind peerKind =
        basic.connection(basic.lookup(hangzhou, BasicRouters.tableId(basic.cenId()), Ipv4Address.of("10.3.1.5"))
            .orElseThrow().nextHopId().orElseThrow()).orElseThrow().kind();
    assertThat(peerKind).isEqualTo(TransitRouterAttachmentKind.PEER);
    assertThat(basic.lookup(beijing, BasicRouters.tableId(basic.cenId()), Ipv4Address.of("10.3.1.5")).orElseThrow()
        .nextHopId()).contains(c3.id());
    // The peer is associated on both routers, so the loop repeats the lookup in Beijing.
    TransitRouterAttachment peer = basic.peers().get(0);
    assertThat(basic.associatedTable(beijing, peer.id())).contains(BasicRouters.tableId(basic.cenId()));
    assertThat(basic.associatedTable(hangzhou, peer.id())).contains(BasicRouters.tableId(basic.cenId()));
    assertThat(basic.lookup(hangzhou, BasicRouters.tableId(basic.cenId()), Ipv4Address.of("192.168.0.1"))).isEmpty();
  }

  @Test
  void implicitPeerBandwidthIsTheInterRegionLimit() {
    ApplyResult r = cloud.apply(Cenkit.cen().attachNew(vpc1).attachNew(vpc3));
    TransitRouterAttachment before = routers(r).peers().get(0);
    assertThat(before.bandwidthMbps()).isZero();
    assertThat(routers(r).bandwidth(before)).isEmpty();

    cloud.apply(Cenkit.bandwidthPlan(5).between(Area.CHINA, Area.CHINA).allocate(CN_HANGZHOU, CN_BEIJING, 3)
        .forCen(routers(r).cenId()));

    List<TransitRouterAttachment> peers = routers(r).peers();
    assertThat(peers).hasSize(1);
    TransitRouterAttachment peer = peers.get(0);
    assertThat(peer.id()).isEqualTo(BasicRouters.peerId(routers(r).cenId(), RegionPair.of(CN_HANGZHOU, CN_BEIJING)));
    assertThat(peer.bandwidthMbps()).isEqualTo(3);
    assertThat(routers(r).bandwidth(peer)).hasValueSatisfying(b -> assertThat(b.mbps()).isEqualTo(3));
    // The answer's bottleneck is that bandwidth.
    assertThat(cloud.reachability().network(
            dev.cenkit.reach.VpcHost.of(r.id(vpc3.ref()), "10.3.1.10"),
            dev.cenkit.reach.VpcHost.of(r.id(vpc1.ref()), "172.16.1.5"), 443).bottleneck())
        .hasValueSatisfying(b -> assertThat(b.mbps()).isEqualTo(3));
  }

  @Test
  void theBasicListingIsTheSharedTableWithStandbyEntriesAsCandidates() {
    VpcSpec twin = Cenkit.vpc(CN_BEIJING).named("VPC-twin").cidr("172.16.0.0/16").vSwitch("cn-beijing-a", "172.16.1.0/24");
    ApplyResult r = cloud.apply(Cenkit.cen().attachNew(vpc1).attachNew(twin));
    CenRouteTable table = routers(r).table();

    List<TransitRouterRouteEntry> same = table.table().entries().stream()
        .filter(e -> e.destinationCidrBlock().equals(Cidr.of("172.16.1.0/24"))).toList();
    assertThat(same).extracting(TransitRouterRouteEntry::status)
        .containsExactly(TransitRouterRouteEntryStatus.ACTIVE, TransitRouterRouteEntryStatus.STANDBY);
    List<CenRouteEntry> listed = table.routes();
    assertThat(listed).extracting(CenRouteEntry::status).containsExactly(CenRouteStatus.ACTIVE, CenRouteStatus.CANDIDATE);
    assertThat(listed.get(0).nextHopInstanceId()).isEqualTo(r.id(vpc1.ref()));
    assertThat(listed.get(1).conflictsWith()).contains(r.id(vpc1.ref()));
    assertThat(cloud.describeCenRouteEntries(routers(r).cenId())).isEqualTo(listed);
  }
}
