package dev.cenkit.inmemory.tr;

import static dev.cenkit.inmemory.Rejections.assertRejected;
import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static dev.cenkit.model.RegionId.CN_SHANGHAI;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.Area;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.cen.BandwidthPlan;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.tr.PeerBandwidthType;
import dev.cenkit.model.tr.TransitRouter;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.TransitRouterAttachmentKind;
import dev.cenkit.model.tr.TransitRouterNextHopType;
import dev.cenkit.model.tr.ZoneMapping;
import dev.cenkit.model.vpc.NextHopType;
import dev.cenkit.model.vpc.RouteEntry;
import dev.cenkit.model.vpc.Vpc;
import org.junit.jupiter.api.Test;

class ConnectionRulesTest {
  private final TrFixture f = new TrFixture();
  private final InMemoryCloud cloud = f.cloud;
  private final TransitRouter h = f.router(CN_HANGZHOU);
  private final TransitRouter b = f.router(CN_BEIJING);

  private BandwidthPlan plan(long mbps) {
    BandwidthPlan plan =
        cloud.createCenBandwidthPackage(x -> x.bandwidth(mbps).geographicRegionA(Area.CHINA).geographicRegionB(Area.CHINA));
    return cloud.associateCenBandwidthPackage(f.cen, plan.id());
  }

  @Test
  void e4ZoneMappingsNameEachZoneOnceWithAVSwitchOfTheVpcInThatZone() {
    assertRejected(cloud, () -> f.connect(h, f.vpc1), "IllegalParam.ZoneMappings", RuleId.E4);
    assertRejected(cloud, () -> f.connect(h, f.vpc1, f.vsw1a, f.vsw1a), "Duplicated.ZoneMapping", RuleId.E4);
    assertRejected(cloud,
        () -> cloud.createTransitRouterVpcAttachment(x -> x.transitRouterId(h.id()).vpcId(f.vpc1.id())
            .addZoneMappings(ZoneMapping.of("cn-hangzhou-i", f.vsw1a.id()))),
        "IllegalParam.ZoneId", RuleId.E4);
    Vpc other = cloud.createVpc(x -> x.region(CN_HANGZHOU).cidrBlock(Cidr.of("10.9.0.0/16")));
    var foreign = f.vSwitch(other, "cn-hangzhou-h", "10.9.1.0/24");
    assertRejected(cloud, () -> f.connect(h, f.vpc1, foreign), "IllegalParam.VSwitchId", RuleId.E4);
    assertRejected(cloud,
        () -> cloud.createTransitRouterVpcAttachment(x -> x.transitRouterId(h.id()).vpcId(f.vpc1.id())
            .addZoneMappings(ZoneMapping.of("cn-hangzhou-h", dev.cenkit.model.vpc.VSwitchId.of("vsw-nosuch")))),
        "InvalidVSwitchId.NotFound", RuleId.E4);
    assertThat(f.connect(h, f.vpc1, f.vsw1a, f.vsw1b).zoneMappings()).hasSize(2);
  }

  @Test
  void e4AVpcConnectsOnlyToTheRouterOfItsRegion() {
    assertRejected(cloud, () -> f.connect(b, f.vpc1, f.vsw1a), "IllegalParam.RegionId", RuleId.E4);
  }

  @Test
  void e7ANewConnectionIsNeitherAssociatedNorPropagatingNorPublishing() {
    TransitRouterAttachment c = f.connect(h, f.vpc1, f.vsw1a);
    TransitRouterAttachment p = f.peer(h, b);
    for (TransitRouterAttachment a : new TransitRouterAttachment[] {c, p}) {
      assertThat(a.autoPublishRouteEnabled()).isFalse();
      for (var router : a.routers()) {
        assertThat(cloud.snapshot().transitRouter().associationOf(router, a.id())).isEmpty();
        assertThat(cloud.snapshot().transitRouter().propagationsOf(router, a.id())).isEmpty();
      }
    }
    assertThat(cloud.listTransitRouterRouteEntries(h.systemRouteTableId())).isEmpty();
  }

  @Test
  void e13APeerConnectionLinksRoutersOfOneCenInDifferentRegions() {
    TransitRouterAttachment p = f.peer(h, b);
    assertThat(p.kind()).isEqualTo(TransitRouterAttachmentKind.PEER);
    assertThat(cloud.listTransitRouterAttachments(b.id())).containsExactly(p);
    assertThat(p.peerRegion()).hasValue(CN_BEIJING);
    assertRejected(cloud, () -> f.peer(h, h), "IllegalParam.PeerRegionId", RuleId.E13);
    assertRejected(cloud,
        () -> cloud.createTransitRouterPeerAttachment(x -> x.transitRouterId(h.id()).peerTransitRouterId(b.id())
            .peerTransitRouterRegionId(CN_SHANGHAI)),
        "IllegalParam.PeerRegionId", RuleId.E13);
    CenId other = cloud.createCen(x -> {}).id();
    TransitRouter foreign = cloud.createTransitRouter(x -> x.cenId(other).regionId(CN_SHANGHAI));
    assertRejected(cloud, () -> f.peer(h, foreign), "IllegalParam.PeerTransitRouterId", RuleId.E13);
    assertRejected(cloud,
        () -> cloud.createTransitRouterPeerAttachment(x -> x.transitRouterId(h.id())
            .peerTransitRouterId(dev.cenkit.model.tr.TransitRouterId.of("tr-nosuch"))),
        "InvalidPeerTransitRouterId.NotFound", RuleId.E13);
  }

  @Test
  void e14BandwidthComesFromAnAssociatedPlanOfTheAreaPairOrIsPayByDataTransfer() {
    BandwidthPlan idle =
        cloud.createCenBandwidthPackage(x -> x.bandwidth(10).geographicRegionA(Area.CHINA).geographicRegionB(Area.CHINA));
    assertRejected(cloud,
        () -> cloud.createTransitRouterPeerAttachment(x -> x.transitRouterId(h.id()).peerTransitRouterId(b.id())
            .cenBandwidthPackageId(idle.id()).bandwidth(2L)),
        "InvalidOperation.BwpNotAssociated", RuleId.E14);
    cloud.associateCenBandwidthPackage(f.cen, idle.id());
    assertRejected(cloud,
        () -> cloud.createTransitRouterPeerAttachment(x -> x.transitRouterId(h.id()).peerTransitRouterId(b.id())
            .cenBandwidthPackageId(idle.id())),
        "MissingParam.Bandwidth", RuleId.E14);
    assertRejected(cloud,
        () -> cloud.createTransitRouterPeerAttachment(x -> x.transitRouterId(h.id()).peerTransitRouterId(b.id())
            .bandwidth(2L)),
        "IllegalParam.CenBandwidthPackageId", RuleId.E14);
    assertRejected(cloud,
        () -> cloud.createTransitRouterPeerAttachment(x -> x.transitRouterId(h.id()).peerTransitRouterId(b.id())
            .bandwidthType(PeerBandwidthType.DATA_TRANSFER).cenBandwidthPackageId(idle.id()).bandwidth(2L)),
        "IllegalParam.CenBandwidthPackageId", RuleId.E14);
    assertRejected(cloud,
        () -> cloud.createTransitRouterPeerAttachment(x -> x.transitRouterId(h.id()).peerTransitRouterId(b.id())
            .bandwidth(-1L)),
        "IllegalParam.Bandwidth", RuleId.E14);
    TransitRouterAttachment p =
        cloud.createTransitRouterPeerAttachment(x -> x.transitRouterId(h.id()).peerTransitRouterId(b.id())
            .cenBandwidthPackageId(idle.id()).bandwidth(2L));
    assertThat(p.bandwidthType()).hasValue(PeerBandwidthType.BANDWIDTH_PACKAGE);
    assertThat(p.bandwidthMbps()).isEqualTo(2);
    TransitRouter s = f.router(CN_SHANGHAI);
    TransitRouterAttachment cdt =
        cloud.createTransitRouterPeerAttachment(x -> x.transitRouterId(h.id()).peerTransitRouterId(s.id())
            .bandwidthType(PeerBandwidthType.DATA_TRANSFER).bandwidth(50L));
    assertThat(cdt.bandwidthPackageId()).isEmpty();
  }

  @Test
  void e14APlanOfAnotherAreaPairDoesNotServeTheRegions() {
    BandwidthPlan wrong =
        cloud.createCenBandwidthPackage(x -> x.bandwidth(10).geographicRegionA(Area.CHINA).geographicRegionB(Area.NORTH_AMERICA));
    cloud.associateCenBandwidthPackage(f.cen, wrong.id());
    assertRejected(cloud,
        () -> cloud.createTransitRouterPeerAttachment(x -> x.transitRouterId(h.id()).peerTransitRouterId(b.id())
            .cenBandwidthPackageId(wrong.id()).bandwidth(2L)),
        "InvalidOperation.BwpNotAssociated", RuleId.E14);
  }

  @Test
  void e16AVpcRouteToAConnectionMustNameAConnectionOfThatVpc() {
    TransitRouterAttachment c1 = f.connect(h, f.vpc1, f.vsw1a);
    TransitRouterAttachment c3 = f.connect(b, f.vpc3, f.vsw3);
    RouteEntry route =
        cloud.createRouteEntry(x -> x.routeTableId(f.vpc1.routeTableId()).destinationCidrBlock(Cidr.of("10.3.0.0/16"))
            .nextHopType(NextHopType.ATTACHMENT).nextHopId(c1.id().value()));
    assertThat(route.nextHopType()).isEqualTo(NextHopType.ATTACHMENT);
    assertRejected(cloud,
        () -> cloud.createRouteEntry(x -> x.routeTableId(f.vpc1.routeTableId()).destinationCidrBlock(Cidr.of("10.4.0.0/16"))
            .nextHopType(NextHopType.ATTACHMENT).nextHopId(c3.id().value())),
        "InvalidNextHop.NotInVpc", RuleId.E16);
  }

  @Test
  void e16AVpcLearnsAutoPublishedRoutesFromOneCenOnly() {
    CenId other = cloud.createCen(x -> {}).id();
    TransitRouter otherH = cloud.createTransitRouter(x -> x.cenId(other).regionId(CN_HANGZHOU));
    cloud.createTransitRouterVpcAttachment(x -> x.transitRouterId(h.id()).vpcId(f.vpc1.id()).autoPublishRouteEnabled(true)
        .addZoneMappings(ZoneMapping.of(f.vsw1a.zoneId(), f.vsw1a.id())));
    assertRejected(cloud,
        () -> cloud.createTransitRouterVpcAttachment(x -> x.transitRouterId(otherH.id()).vpcId(f.vpc1.id())
            .autoPublishRouteEnabled(true).addZoneMappings(ZoneMapping.of(f.vsw1a.zoneId(), f.vsw1a.id()))),
        "InvalidOperation.VpcAutoRoutesPublishInOtherCEN", RuleId.E16);
    TransitRouterAttachment quiet = f.connect(otherH, f.vpc1, f.vsw1a);
    assertRejected(cloud,
        () -> cloud.updateTransitRouterVpcAttachmentAttribute(x -> x.transitRouterAttachmentId(quiet.id()).autoPublishRouteEnabled(true)),
        "InvalidOperation.VpcAutoRoutesPublishInOtherCEN", RuleId.E16);
  }

  @Test
  void e17AVbrConnectsOnlyToTheRouterOfItsRegion() {
    Vbr vbr = f.vbr();
    assertRejected(cloud, () -> cloud.createTransitRouterVbrAttachment(x -> x.transitRouterId(b.id()).vbrId(vbr.id())),
        "IllegalParam.RegionId", RuleId.E17);
    TransitRouterAttachment v = cloud.createTransitRouterVbrAttachment(x -> x.transitRouterId(h.id()).vbrId(vbr.id()));
    assertThat(v.kind()).isEqualTo(TransitRouterAttachmentKind.VBR);
    assertThat(cloud.snapshot().transitRouter().attachmentsOfInstance(vbr.id().value())).containsExactly(v);
  }

  @Test
  void e19AConnectionInUseIsNotDeletedWithoutForce() {
    TransitRouterAttachment c1 = f.connect(h, f.vpc1, f.vsw1a);
    var table = h.systemRouteTableId();
    cloud.associateTransitRouterAttachmentWithRouteTable(x -> x.transitRouterAttachmentId(c1.id()).transitRouterRouteTableId(table));
    assertRejected(cloud, () -> cloud.deleteTransitRouterVpcAttachment(x -> x.transitRouterAttachmentId(c1.id())),
        "OperationFailed.RouteTableAssociationExist", RuleId.E19);
    cloud.dissociateTransitRouterAttachmentFromRouteTable(x -> x.transitRouterAttachmentId(c1.id()).transitRouterRouteTableId(table));
    cloud.enableTransitRouterRouteTablePropagation(x -> x.transitRouterAttachmentId(c1.id()).transitRouterRouteTableId(table));
    assertRejected(cloud, () -> cloud.deleteTransitRouterVpcAttachment(x -> x.transitRouterAttachmentId(c1.id())),
        "OperationFailed.RouteTablePropagationExist", RuleId.E19);
    cloud.disableTransitRouterRouteTablePropagation(x -> x.transitRouterAttachmentId(c1.id()).transitRouterRouteTableId(table));
    cloud.createRouteEntry(x -> x.routeTableId(f.vpc1.routeTableId()).destinationCidrBlock(Cidr.of("10.3.0.0/16"))
        .nextHopType(NextHopType.ATTACHMENT).nextHopId(c1.id().value()));
    assertRejected(cloud, () -> cloud.deleteTransitRouterVpcAttachment(x -> x.transitRouterAttachmentId(c1.id())),
        "OperationFailed.AttachmentReferencedVpcRouteEntryExisted", RuleId.E19);
    cloud.deleteRouteEntry(cloud.snapshot().vpc().routeEntriesOf(f.vpc1.routeTableId()).get(0).id());
    cloud.createTransitRouterRouteEntry(x -> x.transitRouterRouteTableId(table).transitRouterRouteEntryDestinationCidrBlock("10.0.0.0/8")
        .transitRouterRouteEntryNextHopType(TransitRouterNextHopType.ATTACHMENT).transitRouterRouteEntryNextHopId(c1.id()));
    assertRejected(cloud, () -> cloud.deleteTransitRouterVpcAttachment(x -> x.transitRouterAttachmentId(c1.id())),
        "OperationFailed.RouteEntryExist", RuleId.E19);
    assertRejected(cloud, () -> cloud.deleteTransitRouterVbrAttachment(x -> x.transitRouterAttachmentId(c1.id())),
        "InvalidTransitRouterAttachmentId.NotFound", RuleId.E19);
  }

  @Test
  void e19ForceDeletesTheConnectionWithEverythingThatUsesIt() {
    TransitRouterAttachment c1 = f.connect(h, f.vpc1, f.vsw1a);
    TransitRouterAttachment p = f.peer(h, b);
    f.associateAndPropagate(h, c1);
    f.associateAndPropagate(h, p);
    f.associateAndPropagate(b, p);
    cloud.createRouteEntry(x -> x.routeTableId(f.vpc1.routeTableId()).destinationCidrBlock(Cidr.of("10.3.0.0/16"))
        .nextHopType(NextHopType.ATTACHMENT).nextHopId(c1.id().value()));
    cloud.createTransitRouterRouteEntry(x -> x.transitRouterRouteTableId(h.systemRouteTableId())
        .transitRouterRouteEntryDestinationCidrBlock("10.0.0.0/8")
        .transitRouterRouteEntryNextHopType(TransitRouterNextHopType.ATTACHMENT).transitRouterRouteEntryNextHopId(c1.id()));
    cloud.deleteTransitRouterVpcAttachment(x -> x.transitRouterAttachmentId(c1.id()).force(true));
    assertThat(cloud.snapshot().vpc().routeEntriesOf(f.vpc1.routeTableId())).isEmpty();
    assertThat(cloud.snapshot().transitRouter().staticEntries()).isEmpty();
    assertThat(cloud.snapshot().transitRouter().associationOf(h.id(), c1.id())).isEmpty();
    assertThat(cloud.snapshot().transitRouter().propagationsInto(h.systemRouteTableId()))
        .extracting(x -> x.attachmentId()).containsExactly(p.id());
    assertRejected(cloud, () -> cloud.deleteTransitRouterPeerAttachment(x -> x.transitRouterAttachmentId(p.id())),
        "OperationFailed.RouteTableAssociationExist", RuleId.E19);
    cloud.deleteTransitRouterPeerAttachment(x -> x.transitRouterAttachmentId(p.id()).force(true));
    assertThat(cloud.snapshot().transitRouter().attachments()).isEmpty();
    assertThat(cloud.snapshot().transitRouter().associationsOf(b.systemRouteTableId())).isEmpty();
  }

  @Test
  void e27APeerConnectionWithoutBandwidthIsAcceptedAndCarriesTestTrafficOnly() {
    TransitRouterAttachment p = f.peer(h, b);
    assertThat(p.bandwidthMbps()).isZero();
    assertThat(p.bandwidthType()).isEmpty();
    BandwidthPlan plan = plan(2);
    TransitRouterAttachment paid = cloud.updateTransitRouterPeerAttachmentAttribute(
        x -> x.transitRouterAttachmentId(p.id()).cenBandwidthPackageId(plan.id()).bandwidth(2L));
    assertThat(paid.bandwidthMbps()).isEqualTo(2);
    TransitRouterAttachment released = cloud.updateTransitRouterPeerAttachmentAttribute(
        x -> x.transitRouterAttachmentId(p.id()).bandwidth(0L));
    assertThat(released.bandwidthMbps()).isZero();
    assertThat(released.bandwidthPackageId()).isEmpty();
  }

  @Test
  void e28ConnectionsDrawingFromOnePlanFitItAndKeepItAssociated() {
    BandwidthPlan plan = plan(3);
    TransitRouter s = f.router(CN_SHANGHAI);
    TransitRouterAttachment p =
        cloud.createTransitRouterPeerAttachment(x -> x.transitRouterId(h.id()).peerTransitRouterId(b.id())
            .cenBandwidthPackageId(plan.id()).bandwidth(2L));
    assertRejected(cloud,
        () -> cloud.createTransitRouterPeerAttachment(x -> x.transitRouterId(h.id()).peerTransitRouterId(s.id())
            .cenBandwidthPackageId(plan.id()).bandwidth(2L)),
        "InvalidOperation.BwpBandwidthExceeded", RuleId.E28);
    assertRejected(cloud,
        () -> cloud.updateTransitRouterPeerAttachmentAttribute(x -> x.transitRouterAttachmentId(p.id()).bandwidth(4L)),
        "InvalidOperation.BwpBandwidthExceeded", RuleId.E28);
    cloud.updateTransitRouterPeerAttachmentAttribute(x -> x.transitRouterAttachmentId(p.id()).bandwidth(3L));
    assertRejected(cloud, () -> cloud.modifyCenBandwidthPackageSpec(plan.id(), 2),
        "InvalidOperation.BwpBandwidthExceeded", RuleId.E28);
    assertRejected(cloud, () -> cloud.unassociateCenBandwidthPackage(f.cen, plan.id()),
        "InvalidOperation.CenBandwidthLimitsNotZero", RuleId.E28);
    cloud.deleteTransitRouterPeerAttachment(x -> x.transitRouterAttachmentId(p.id()));
    cloud.unassociateCenBandwidthPackage(f.cen, plan.id());
  }

  @Test
  void e30ARouteToAConnectionIsWrittenIntoTheConnectedVpcOnly() {
    TransitRouterAttachment c1 = f.connect(h, f.vpc1, f.vsw1a);
    RouteEntry route = cloud.createCenChildInstanceRouteEntryToAttachment(
        x -> x.cenId(f.cen).transitRouterAttachmentId(c1.id()).routeTableId(f.vpc1.routeTableId())
            .destinationCidrBlock(Cidr.of("10.3.0.0/16")));
    assertThat(route.nextHopId()).isEqualTo(c1.id().value());
    assertThat(route.nextHopType()).isEqualTo(NextHopType.ATTACHMENT);
    assertRejected(cloud, () -> cloud.createCenChildInstanceRouteEntryToAttachment(
        x -> x.cenId(f.cen).transitRouterAttachmentId(c1.id()).routeTableId(f.vpc3.routeTableId())
            .destinationCidrBlock(Cidr.of("172.16.0.0/16"))), "InvalidNextHop.NotInVpc", RuleId.E30);
    CenId other = cloud.createCen(x -> {}).id();
    assertRejected(cloud, () -> cloud.createCenChildInstanceRouteEntryToAttachment(
        x -> x.cenId(other).transitRouterAttachmentId(c1.id()).routeTableId(f.vpc1.routeTableId())
            .destinationCidrBlock(Cidr.of("10.4.0.0/16"))), "InvalidTransitRouterAttachmentId.NotFound", RuleId.E30);
  }

  @Test
  void e31AVbrConnectionRecordsWhetherTheRouterAdvertisesToTheVbr() {
    Vbr vbr = f.vbr();
    TransitRouterAttachment v = cloud.createTransitRouterVbrAttachment(x -> x.transitRouterId(h.id()).vbrId(vbr.id()));
    assertThat(v.autoPublishRouteEnabled()).isFalse();
    assertThat(cloud.updateTransitRouterVbrAttachmentAttribute(x -> x.transitRouterAttachmentId(v.id()).autoPublishRouteEnabled(true))
        .autoPublishRouteEnabled()).isTrue();
  }
}
