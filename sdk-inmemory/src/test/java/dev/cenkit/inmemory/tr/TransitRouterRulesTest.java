package dev.cenkit.inmemory.tr;

import static dev.cenkit.inmemory.Rejections.assertRejected;
import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static dev.cenkit.model.RegionId.CN_SHANGHAI;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.quota.Quotas;
import dev.cenkit.model.Area;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.cen.BandwidthPlan;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.ProtectionLevel;
import dev.cenkit.model.tr.TransitRouter;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.TransitRouterAttachmentStatus;
import dev.cenkit.model.tr.TransitRouterRouteTable;
import dev.cenkit.model.tr.TransitRouterRouteTableType;
import dev.cenkit.model.tr.TransitRouterStatus;
import dev.cenkit.model.tr.TransitRouterType;
import dev.cenkit.model.tr.ZoneMapping;
import dev.cenkit.model.vpc.Vpc;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransitRouterRulesTest {
  private final TrFixture f = new TrFixture();
  private final InMemoryCloud cloud = f.cloud;

  @Test
  void e1ASecondRouterForTheSameCenAndRegionIsRejected() {
    TransitRouter h = f.router(CN_HANGZHOU);
    assertRejected(cloud, () -> f.router(CN_HANGZHOU), "InstanceExist.TransitRouterInstance", RuleId.E1);
    CenId other = cloud.createCen(b -> {}).id();
    TransitRouter otherH = cloud.createTransitRouter(b -> b.cenId(other).regionId(CN_HANGZHOU));
    assertThat(otherH.id()).isNotEqualTo(h.id());
    assertThat(cloud.listTransitRouters(f.cen)).containsExactly(h);
  }

  @Test
  void e1ARouterComesWithItsSystemTableOnly() {
    TransitRouter h = f.router(CN_HANGZHOU);
    assertThat(h.type()).isEqualTo(TransitRouterType.ENTERPRISE);
    assertThat(cloud.listTransitRouterRouteTables(h.id())).extracting(TransitRouterRouteTable::type)
        .containsExactly(TransitRouterRouteTableType.SYSTEM);
    assertThat(cloud.listTransitRouterRouteTables(h.id()).get(0).id()).isEqualTo(h.systemRouteTableId());
  }

  @Test
  void e2CreatingARouterBeforeOpeningTheServiceIsRejected() {
    InMemoryCloud fresh = InMemoryCloud.create();
    CenId cen = fresh.createCen(b -> {}).id();
    assertRejected(fresh, () -> fresh.createTransitRouter(b -> b.cenId(cen).regionId(CN_HANGZHOU)),
        "Forbbiden.TransitRouterServiceNotOpen", RuleId.E2);
    assertThat(fresh.openTransitRouterService()).isTrue();
    assertThat(fresh.openTransitRouterService()).isTrue();
    assertThat(fresh.createTransitRouter(b -> b.cenId(cen).regionId(CN_HANGZHOU)).cenId()).isEqualTo(cen);
  }

  @Test
  void e3ACenWithProtectionLevelFullCannotHaveRouters() {
    CenId full = cloud.createCen(b -> b.protectionLevel(ProtectionLevel.FULL)).id();
    assertRejected(cloud, () -> cloud.createTransitRouter(b -> b.cenId(full).regionId(CN_HANGZHOU)),
        "OperationUnsupported.CenFullLevel", RuleId.E3);
  }

  @Test
  void e3AVpcAttachedToAFullCenCannotBeConnected() {
    CenId full = cloud.createCen(b -> b.protectionLevel(ProtectionLevel.FULL)).id();
    cloud.attachCenChildInstance(b -> b.cenId(full).childInstanceId(f.vpc1.id()).childInstanceRegion(CN_HANGZHOU));
    TransitRouter h = f.router(CN_HANGZHOU);
    assertRejected(cloud, () -> f.connect(h, f.vpc1, f.vsw1a, f.vsw1b), "InvalidStatus.VpcAttachedFullModeCen", RuleId.E3);
  }

  @Test
  void e5AConnectionGivenACenAndRegionCreatesTheRouterThere() {
    TransitRouterAttachment c =
        cloud.createTransitRouterVpcAttachment(
            b -> b.cenId(f.cen).regionId(CN_HANGZHOU).vpcId(f.vpc1.id())
                .addZoneMappings(ZoneMapping.of(f.vsw1a.zoneId(), f.vsw1a.id())));
    TransitRouter h = cloud.snapshot().transitRouter().transitRouterOf(f.cen, CN_HANGZHOU).orElseThrow();
    assertThat(c.transitRouterId()).isEqualTo(h.id());
    TransitRouterAttachment again =
        cloud.createTransitRouterVpcAttachment(
            b -> b.cenId(f.cen).regionId(CN_HANGZHOU).vpcId(f.vpc1.id())
                .addZoneMappings(ZoneMapping.of(f.vsw1b.zoneId(), f.vsw1b.id())));
    assertThat(again.transitRouterId()).isEqualTo(h.id());
    assertThat(cloud.listTransitRouters(f.cen)).hasSize(1);
  }

  @Test
  void e5AConnectionNamingNeitherRouterNorCenAndRegionOrAnUnknownOneIsRejected() {
    assertRejected(cloud,
        () -> cloud.createTransitRouterVpcAttachment(b -> b.cenId(f.cen).vpcId(f.vpc1.id())
            .addZoneMappings(ZoneMapping.of(f.vsw1a.zoneId(), f.vsw1a.id()))),
        "MissingParam.CenIdOrRegionId", RuleId.E5);
    assertRejected(cloud,
        () -> cloud.createTransitRouterVpcAttachment(b -> b.transitRouterId(dev.cenkit.model.tr.TransitRouterId.of("tr-nosuch"))
            .vpcId(f.vpc1.id()).addZoneMappings(ZoneMapping.of(f.vsw1a.zoneId(), f.vsw1a.id()))),
        "InvalidTransitRouterId.NotFound", RuleId.E5);
    assertRejected(cloud,
        () -> cloud.createTransitRouter(b -> b.cenId(CenId.of("cen-nosuch")).regionId(CN_HANGZHOU)),
        "InvalidCenId.NotFound", RuleId.E5);
  }

  @Test
  void e6QuotasOnConnectionsTablesAndEntriesAreEnforced() {
    InMemoryCloud small =
        InMemoryCloud.builder()
            .quotas(Quotas.builder().vpcConnectionsPerTransitRouter(1).customRouteTablesPerTransitRouter(1)
                .entriesPerTransitRouterRouteTable(1).build())
            .build();
    small.openTransitRouterService();
    CenId cen = small.createCen(b -> {}).id();
    Vpc a = small.createVpc(b -> b.region(CN_HANGZHOU).cidrBlock(Cidr.of("10.1.0.0/16")));
    var va = small.createVSwitch(b -> b.vpcId(a.id()).zoneId("cn-hangzhou-h").cidrBlock(Cidr.of("10.1.1.0/24")));
    Vpc b2 = small.createVpc(b -> b.region(CN_HANGZHOU).cidrBlock(Cidr.of("10.2.0.0/16")));
    var vb = small.createVSwitch(b -> b.vpcId(b2.id()).zoneId("cn-hangzhou-h").cidrBlock(Cidr.of("10.2.1.0/24")));
    TransitRouter tr = small.createTransitRouter(b -> b.cenId(cen).regionId(CN_HANGZHOU));
    small.createTransitRouterVpcAttachment(x -> x.transitRouterId(tr.id()).vpcId(a.id())
        .addZoneMappings(ZoneMapping.of(va.zoneId(), va.id())));
    assertRejected(small, () -> small.createTransitRouterVpcAttachment(x -> x.transitRouterId(tr.id()).vpcId(b2.id())
        .addZoneMappings(ZoneMapping.of(vb.zoneId(), vb.id()))), "QuotaExceeded.CenQuotaVpcAttachPerTransitRouter", RuleId.E6);
    small.createTransitRouterRouteTable(x -> x.transitRouterId(tr.id()));
    assertRejected(small, () -> small.createTransitRouterRouteTable(x -> x.transitRouterId(tr.id())),
        "QuotaExceeded.TransitRouterRouteTable", RuleId.E6);
    small.createTransitRouterRouteEntry(x -> x.transitRouterRouteTableId(tr.systemRouteTableId())
        .transitRouterRouteEntryDestinationCidrBlock("10.9.0.0/16")
        .transitRouterRouteEntryNextHopType(dev.cenkit.model.tr.TransitRouterNextHopType.BLACK_HOLE));
    assertRejected(small, () -> small.createTransitRouterRouteEntry(x -> x.transitRouterRouteTableId(tr.systemRouteTableId())
        .transitRouterRouteEntryDestinationCidrBlock("10.8.0.0/16")
        .transitRouterRouteEntryNextHopType(dev.cenkit.model.tr.TransitRouterNextHopType.BLACK_HOLE)),
        "QuotaExceeded.TransitRouterRoutEntry", RuleId.E6);
  }

  @Test
  void e10TheEditionOfACenIsDecidedByHowItIsUsed() {
    TransitRouter h = f.router(CN_HANGZHOU);
    assertThat(h.type()).isEqualTo(TransitRouterType.ENTERPRISE);
    CenId basic = cloud.createCen(b -> {}).id();
    cloud.attachCenChildInstance(b -> b.cenId(basic).childInstanceId(f.vpc3.id()).childInstanceRegion(CN_BEIJING));
    // DE18: a Basic CEN lists its implicit router per region, of type Basic.
    assertThat(cloud.listTransitRouters(basic)).singleElement().satisfies(tr -> {
      assertThat(tr.type()).isEqualTo(TransitRouterType.BASIC);
      assertThat(tr.region()).isEqualTo(CN_BEIJING);
    });
  }

  @Test
  void e25AnEnterpriseActionNamingTheImplicitBasicRouterIsRefused() {
    CenId basic = cloud.createCen(b -> {}).id();
    cloud.attachCenChildInstance(b -> b.cenId(basic).childInstanceId(f.vpc3.id()).childInstanceRegion(CN_BEIJING));
    TransitRouter implicit = cloud.listTransitRouters(basic).get(0);
    dev.cenkit.spi.CloudSnapshot before = cloud.snapshot();

    assertRejected(cloud, () -> cloud.createTransitRouterRouteTable(b -> b.transitRouterId(implicit.id())),
        "OperationUnsupported.TransitRouterType", RuleId.E25);
    assertThat(cloud.snapshot()).isSameAs(before);
    // An id that names no router at all is still not found.
    assertRejected(cloud, () -> cloud.createTransitRouterRouteTable(
            b -> b.transitRouterId(dev.cenkit.model.tr.TransitRouterId.of("tr-basic-cen-nosuchcen-cn-beijing"))),
        "InvalidTransitRouterId.NotFound", RuleId.E5);
  }

  @Test
  void e21ARouterWithConnectionsOrCustomTablesCannotBeDeleted() {
    TransitRouter h = f.router(CN_HANGZHOU);
    TransitRouterAttachment c = f.connect(h, f.vpc1, f.vsw1a, f.vsw1b);
    assertRejected(cloud, () -> cloud.deleteTransitRouter(b -> b.transitRouterId(h.id())),
        "InvalidOperation.AttachedChildInstanceExist", RuleId.E21);
    cloud.deleteTransitRouterVpcAttachment(b -> b.transitRouterAttachmentId(c.id()));
    TransitRouterRouteTable custom = cloud.createTransitRouterRouteTable(b -> b.transitRouterId(h.id()));
    assertRejected(cloud, () -> cloud.deleteTransitRouter(b -> b.transitRouterId(h.id())),
        "InvalidOperation.AttachedChildInstanceExist", RuleId.E21);
    cloud.deleteTransitRouterRouteTable(b -> b.transitRouterRouteTableId(custom.id()));
    cloud.deleteTransitRouter(b -> b.transitRouterId(h.id()));
    assertThat(cloud.listTransitRouters(f.cen)).isEmpty();
    assertThat(cloud.snapshot().transitRouter().routeTables()).isEmpty();
  }

  @Test
  void e22ACenWithConnectionsCannotBeDeletedButItsEmptyRoutersGoWithIt() {
    TransitRouter h = f.router(CN_HANGZHOU);
    TransitRouterAttachment c = f.connect(h, f.vpc1, f.vsw1a);
    assertRejected(cloud, () -> cloud.deleteCen(f.cen), "InvalidOperation.AttachedChildInstanceExist", RuleId.E22);
    cloud.deleteTransitRouterVpcAttachment(b -> b.transitRouterAttachmentId(c.id()));
    cloud.deleteCen(f.cen);
    assertThat(cloud.snapshot().transitRouter().transitRouters()).isEmpty();
    assertThat(cloud.snapshot().transitRouter().routeTables()).isEmpty();
  }

  @Test
  void e23BasicOnlyActionsAreRefusedOnACenWithEnterpriseRouters() {
    f.router(CN_HANGZHOU);
    assertRejected(cloud,
        () -> cloud.attachCenChildInstance(b -> b.cenId(f.cen).childInstanceId(f.vpc1.id()).childInstanceRegion(CN_HANGZHOU)),
        "OperationFailed.InvalidTransitRouter", RuleId.E23);
    assertRejected(cloud,
        () -> cloud.detachCenChildInstance(b -> b.cenId(f.cen).childInstanceId(f.vpc1.id()).childInstanceRegion(CN_HANGZHOU)),
        "OperationUnsupported.TransitRouterType", RuleId.E23);
    assertRejected(cloud,
        () -> cloud.resolveAndRouteServiceInCen(b -> b.cenId(f.cen).host("100.104.0.0/26").hostRegion(CN_HANGZHOU)
            .hostVpcId(f.vpc1.id()).addAccessRegionIds(CN_HANGZHOU)),
        "OperationUnsupported.TransitRouterType", RuleId.E23);
  }

  @Test
  void e24ResourcesExposeTheirSettledStatus() {
    TransitRouter h = f.router(CN_HANGZHOU);
    TransitRouterAttachment c = f.connect(h, f.vpc1, f.vsw1a);
    assertThat(h.status()).isEqualTo(TransitRouterStatus.ACTIVE);
    assertThat(c.status()).isEqualTo(TransitRouterAttachmentStatus.ATTACHED);
  }

  @Test
  void e25EnterpriseActionsAreRefusedOnABasicCen() {
    CenId basic = cloud.createCen(b -> {}).id();
    cloud.attachCenChildInstance(b -> b.cenId(basic).childInstanceId(f.vpc3.id()).childInstanceRegion(CN_BEIJING));
    assertRejected(cloud, () -> cloud.createTransitRouter(b -> b.cenId(basic).regionId(CN_HANGZHOU)),
        "OperationUnsupported.TransitRouterType", RuleId.E25);
    assertRejected(cloud,
        () -> cloud.createTransitRouterVpcAttachment(b -> b.cenId(basic).regionId(CN_HANGZHOU).vpcId(f.vpc1.id())
            .addZoneMappings(ZoneMapping.of(f.vsw1a.zoneId(), f.vsw1a.id()))),
        "OperationUnsupported.TransitRouterType", RuleId.E25);
  }

  @Test
  void e29InterRegionBandwidthLimitsAreRefusedOnAnEnterpriseCen() {
    f.router(CN_HANGZHOU);
    BandwidthPlan plan = cloud.createCenBandwidthPackage(b -> b.bandwidth(2).geographicRegionA(Area.CHINA).geographicRegionB(Area.CHINA));
    cloud.associateCenBandwidthPackage(f.cen, plan.id());
    assertRejected(cloud,
        () -> cloud.setCenInterRegionBandwidthLimit(b -> b.cenId(f.cen).localRegion(CN_HANGZHOU).oppositeRegion(CN_SHANGHAI).bandwidthLimit(1)),
        "OperationUnsupported.TransitRouterType", RuleId.E29);
  }

  @Test
  void e33ADryRunChecksEverythingAndChangesNothing() {
    assertRejected(cloud, () -> cloud.createTransitRouter(b -> b.cenId(f.cen).regionId(CN_HANGZHOU).dryRun(true)),
        "DryRunOperation", RuleId.E33);
    TransitRouter h = f.router(CN_HANGZHOU);
    assertRejected(cloud, () -> cloud.createTransitRouter(b -> b.cenId(f.cen).regionId(CN_HANGZHOU).dryRun(true)),
        "InstanceExist.TransitRouterInstance", RuleId.E1);
    assertRejected(cloud, () -> cloud.createTransitRouterVpcAttachment(b -> b.transitRouterId(h.id()).vpcId(f.vpc1.id())
        .addZoneMappings(ZoneMapping.of(f.vsw1a.zoneId(), f.vsw1a.id())).dryRun(true)), "DryRunOperation", RuleId.E33);
    assertThat(cloud.listTransitRouterAttachments(h.id())).isEmpty();
  }

  @Test
  void transitRouterCodesAndRulesAreRegistered() {
    assertThat(ErrorCode.byCode("Forbbiden.TransitRouterServiceNotOpen")).hasValue(ErrorCode.TR_SERVICE_NOT_OPEN);
    assertThat(ErrorCode.TRANSIT_ROUTER_TYPE_UNSUPPORTED.verified()).isTrue();
    assertThat(ErrorCode.ATTACHMENT_ALREADY_ASSOCIATED.verified()).isFalse();
    assertThat(List.of(RuleId.values())).contains(RuleId.E1, RuleId.E34);
  }
}
