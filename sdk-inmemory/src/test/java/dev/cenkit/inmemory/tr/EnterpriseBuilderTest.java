package dev.cenkit.inmemory.tr;

import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cenkit.inmemory.internal.Internals;
import dev.cenkit.spi.ApplyResult;
import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.EnterpriseCenSpec;
import dev.cenkit.dsl.PeerConnectionSpec;
import dev.cenkit.dsl.VpcConnectionSpec;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.error.CenkitException;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.routing.TransitRouterRouteTables;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Area;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.tr.TransitRouter;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.TransitRouterAttachmentId;
import dev.cenkit.model.tr.TransitRouterRouteEntry;
import dev.cenkit.model.vpc.Vpc;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnterpriseBuilderTest {
  private final InMemoryCloud cloud = InMemoryCloud.create();
  private final VpcSpec vpc1 =
      Cenkit.vpc(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16")
          .vSwitch("cn-hangzhou-h", "172.16.1.0/24").vSwitch("cn-hangzhou-i", "172.16.2.0/24");
  private final VpcSpec vpc3 = Cenkit.vpc(CN_BEIJING).named("VPC-3").cidr("10.3.0.0/16").vSwitch("cn-beijing-a", "10.3.1.0/24");
  private final VpcConnectionSpec c1 = VpcConnectionSpec.of(vpc1);
  private final VpcConnectionSpec c3 = VpcConnectionSpec.of(vpc3);
  private final PeerConnectionSpec p =
      PeerConnectionSpec.between(CN_HANGZHOU, CN_BEIJING).bandwidth(Cenkit.bandwidthPlan(2).between(Area.CHINA, Area.CHINA), 2);

  @Test
  void oneSpecCreatesRoutersConnectsTwoVpcsAndPeersTheRegionsWithPlanBandwidth() {
    EnterpriseCenSpec mesh = Cenkit.enterpriseCen().named("api-mesh").connect(c1).connect(c3).peer(p);
    ApplyResult result = cloud.apply(mesh);
    Snapshot s = Internals.state(cloud);
    CenId cen = result.id(mesh.ref());
    TransitRouter h = s.transitRouter().transitRouterOf(cen, CN_HANGZHOU).orElseThrow();
    TransitRouter b = s.transitRouter().transitRouterOf(cen, CN_BEIJING).orElseThrow();
    TransitRouterAttachmentId peer = result.id(p.ref());
    TransitRouterAttachment peerConnection = s.transitRouter().attachment(peer).orElseThrow();
    assertThat(peerConnection.bandwidthMbps()).isEqualTo(2);
    assertThat(peerConnection.bandwidthPackageId()).isPresent();
    assertThat(s.transitRouter().associationOf(h.id(), result.id(c1.ref()))).isPresent();
    assertThat(s.transitRouter().associationOf(b.id(), peer)).isPresent();
    assertThat(cloud.listTransitRouterRouteEntries(b.systemRouteTableId()))
        .filteredOn(e -> e.nextHopId().equals(java.util.Optional.of(peer)))
        .extracting(TransitRouterRouteEntry::destinationCidrBlock)
        .containsExactly(Cidr.of("172.16.1.0/24"), Cidr.of("172.16.2.0/24"));
    Vpc v3 = result.resultOf(vpc3);
    Map<Cidr, TransitRouterAttachmentId> published = TransitRouterRouteTables.of(s).publishedInto(v3.id());
    assertThat(published).containsOnlyKeys(Cidr.of("172.16.1.0/24"), Cidr.of("172.16.2.0/24"));
    assertThat(published.values()).containsOnly(result.id(c3.ref()));
  }

  @Test
  void theSpecListsEveryRealActionInOrder() {
    EnterpriseCenSpec mesh = Cenkit.enterpriseCen().named("api-mesh").connect(c1).connect(c3).peer(p);
    assertThat(mesh.toSpec().toString().lines())
        .hasSize(24)
        .startsWith("open the transit router service", "create CEN 'api-mesh'",
            "create transit router 'cn-hangzhou'", "find transit router route table 'system table of cn-hangzhou'")
        .contains("create transit router connection 'connection cn-hangzhou <-> cn-beijing'")
        .endsWith("propagate transit router connection 'connection cn-hangzhou <-> cn-beijing'"
            + " into transit router route table 'system table of cn-beijing'");
  }

  @Test
  void aRejectedStepLeavesNothingBehind() {
    Snapshot before = Internals.state(cloud);
    EnterpriseCenSpec broken =
        Cenkit.enterpriseCen().connect(c1).staticRoute(CN_HANGZHOU, "172.16.1.0/24", c1).staticRoute(CN_HANGZHOU, "172.16.1.0/24", c1);
    CenkitException e = catchThrowableOfType(CenkitException.class, () -> cloud.apply(broken));
    assertThat(e.code()).isEqualTo("OperationFailed.CreateRouteEntryWithSameDestinationCidrBlock");
    assertThat(cloud.snapshot()).isSameAs(before);
  }

  @Test
  void connectionsCanLeaveOutTheirAssociationPropagationAndAutoPublish() {
    VpcConnectionSpec bare = VpcConnectionSpec.of(vpc1).withoutAssociation().withoutPropagation().withoutAutoPublish();
    EnterpriseCenSpec mesh = Cenkit.enterpriseCen().connect(bare);
    ApplyResult result = cloud.apply(mesh);
    TransitRouterAttachment c = cloud.snapshot().transitRouter().attachment(result.id(bare.ref())).orElseThrow();
    assertThat(c.autoPublishRouteEnabled()).isFalse();
    assertThat(cloud.snapshot().transitRouter().associationOf(c.transitRouterId(), c.id())).isEmpty();
    assertThat(cloud.snapshot().transitRouter().propagationsOf(c.transitRouterId(), c.id())).isEmpty();
    assertThat(c.zoneMappings()).hasSize(2);
  }

  @Test
  void twoEnterpriseCensDescribedApartApplyOneAfterTheOtherToOneCloud() {
    InMemoryCloud cloud = InMemoryCloud.create();
    VpcSpec a = Cenkit.vpc(dev.cenkit.model.RegionId.CN_HANGZHOU).named("a").cidr("10.1.0.0/16")
        .vSwitch("cn-hangzhou-h", "10.1.1.0/24").vSwitch("cn-hangzhou-i", "10.1.2.0/24");
    VpcSpec b = Cenkit.vpc(dev.cenkit.model.RegionId.CN_HANGZHOU).named("b").cidr("10.2.0.0/16")
        .vSwitch("cn-hangzhou-h", "10.2.1.0/24").vSwitch("cn-hangzhou-i", "10.2.2.0/24");
    cloud.apply(Cenkit.enterpriseCen().named("one").connect(a));
    cloud.apply(Cenkit.enterpriseCen().named("two").connect(b));
    assertThat(cloud.snapshot().transitRouter().transitRouters()).hasSize(2);
  }

  @Test
  void e15InARingOfThreeRegionsNoTableKeepsItsOwnBlocksLearnedBackOverAPeer() {
    VpcSpec vpc2 = Cenkit.vpc(dev.cenkit.model.RegionId.CN_SHANGHAI).named("VPC-2").cidr("10.2.0.0/16")
        .vSwitch("cn-shanghai-a", "10.2.1.0/24");
    EnterpriseCenSpec ring = Cenkit.enterpriseCen().named("ring").connect(c1).connect(c3).connect(vpc2)
        .peer(PeerConnectionSpec.between(CN_HANGZHOU, CN_BEIJING))
        .peer(PeerConnectionSpec.between(CN_BEIJING, dev.cenkit.model.RegionId.CN_SHANGHAI))
        .peer(PeerConnectionSpec.between(dev.cenkit.model.RegionId.CN_SHANGHAI, CN_HANGZHOU));
    CenId cen = cloud.apply(ring).id(ring.ref());
    Snapshot s = Internals.state(cloud);
    TransitRouterRouteTables tables = TransitRouterRouteTables.of(s);
    for (TransitRouter router : s.transitRouter().transitRoutersOf(cen)) {
      for (TransitRouterAttachment c : s.transitRouter().attachmentsOf(router.id())) {
        if (c.isPeer()) {
          continue;
        }
        for (var vSwitch : s.vpc().vSwitchesOf(c.vpcId().orElseThrow())) {
          // The router's own VPC block is learned from its connection only, never back over a peer (DE5).
          assertThat(tables.entries(router.systemRouteTableId()))
              .filteredOn(e -> e.destinationCidrBlock().equals(vSwitch.cidrBlock()))
              .extracting(e -> e.nextHopId().orElseThrow())
              .as("%s in %s", vSwitch.cidrBlock(), router.region())
              .containsExactly(c.id());
        }
      }
    }
  }
}
