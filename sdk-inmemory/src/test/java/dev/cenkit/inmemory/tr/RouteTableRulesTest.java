package dev.cenkit.inmemory.tr;

import static dev.cenkit.inmemory.Rejections.assertRejected;
import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.internal.Internals;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.tr.TransitRouter;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.TransitRouterNextHopType;
import dev.cenkit.model.tr.TransitRouterRouteEntry;
import dev.cenkit.model.tr.TransitRouterRouteEntryStatus;
import dev.cenkit.model.tr.TransitRouterRouteEntryType;
import dev.cenkit.model.tr.TransitRouterRouteTable;
import dev.cenkit.model.tr.TransitRouterRouteTableAssociation;
import dev.cenkit.model.tr.TransitRouterRouteTableId;
import org.junit.jupiter.api.Test;

class RouteTableRulesTest {
  private final TrFixture f = new TrFixture();
  private final InMemoryCloud cloud = f.cloud;
  private final TransitRouter h = f.router(CN_HANGZHOU);
  private final TransitRouter b = f.router(CN_BEIJING);
  private final TransitRouterAttachment c1 = f.connect(h, f.vpc1, f.vsw1a, f.vsw1b);
  private final TransitRouterAttachment c3 = f.connect(b, f.vpc3, f.vsw3);

  private TransitRouterRouteEntry staticEntry(TransitRouterRouteTableId table, String cidr, TransitRouterAttachment hop) {
    return cloud.createTransitRouterRouteEntry(x -> x.transitRouterRouteTableId(table)
        .transitRouterRouteEntryDestinationCidrBlock(cidr)
        .transitRouterRouteEntryNextHopType(TransitRouterNextHopType.ATTACHMENT).transitRouterRouteEntryNextHopId(hop.id()));
  }

  private TransitRouterRouteEntry blackhole(TransitRouterRouteTableId table, String cidr) {
    return cloud.createTransitRouterRouteEntry(x -> x.transitRouterRouteTableId(table)
        .transitRouterRouteEntryDestinationCidrBlock(cidr)
        .transitRouterRouteEntryNextHopType(TransitRouterNextHopType.BLACK_HOLE));
  }

  @Test
  void e8AConnectionIsAssociatedWithOneTableAndMovedByReplace() {
    TransitRouterRouteTable custom = cloud.createTransitRouterRouteTable(x -> x.transitRouterId(h.id()));
    cloud.associateTransitRouterAttachmentWithRouteTable(
        x -> x.transitRouterAttachmentId(c1.id()).transitRouterRouteTableId(h.systemRouteTableId()));
    assertRejected(cloud, () -> cloud.associateTransitRouterAttachmentWithRouteTable(
        x -> x.transitRouterAttachmentId(c1.id()).transitRouterRouteTableId(custom.id())),
        "InvalidOperation.AttachmentAlreadyAssociated", RuleId.E8);
    TransitRouterRouteTableAssociation moved = cloud.replaceTransitRouterRouteTableAssociation(
        x -> x.transitRouterAttachmentId(c1.id()).transitRouterRouteTableId(custom.id()));
    assertThat(moved.routeTableId()).isEqualTo(custom.id());
    assertThat(cloud.listTransitRouterRouteTableAssociations(h.systemRouteTableId())).isEmpty();
    assertThat(cloud.listTransitRouterRouteTableAssociations(custom.id())).containsExactly(moved);
    assertRejected(cloud, () -> cloud.dissociateTransitRouterAttachmentFromRouteTable(
        x -> x.transitRouterAttachmentId(c1.id()).transitRouterRouteTableId(h.systemRouteTableId())),
        "InvalidOperation.AttachmentNotAssociated", RuleId.E8);
    assertRejected(cloud, () -> cloud.replaceTransitRouterRouteTableAssociation(
        x -> x.transitRouterAttachmentId(c3.id()).transitRouterRouteTableId(b.systemRouteTableId())),
        "InvalidOperation.AttachmentNotAssociated", RuleId.E8);
  }

  @Test
  void e8ATableOfARouterTheConnectionDoesNotReachIsRejected() {
    assertRejected(cloud, () -> cloud.associateTransitRouterAttachmentWithRouteTable(
        x -> x.transitRouterAttachmentId(c1.id()).transitRouterRouteTableId(b.systemRouteTableId())),
        "IllegalParam.TransitRouterRouteTableId", RuleId.E8);
    TransitRouterAttachment p = f.peer(h, b);
    cloud.associateTransitRouterAttachmentWithRouteTable(
        x -> x.transitRouterAttachmentId(p.id()).transitRouterRouteTableId(h.systemRouteTableId()));
    cloud.associateTransitRouterAttachmentWithRouteTable(
        x -> x.transitRouterAttachmentId(p.id()).transitRouterRouteTableId(b.systemRouteTableId()));
    assertThat(cloud.snapshot().transitRouter().associationOf(b.id(), p.id())).isPresent();
  }

  @Test
  void e9APropagationExistsOnceAndATableLearnsFromSeveralConnections() {
    TransitRouterRouteTable custom = cloud.createTransitRouterRouteTable(x -> x.transitRouterId(h.id()));
    cloud.enableTransitRouterRouteTablePropagation(
        x -> x.transitRouterAttachmentId(c1.id()).transitRouterRouteTableId(h.systemRouteTableId()));
    cloud.enableTransitRouterRouteTablePropagation(
        x -> x.transitRouterAttachmentId(c1.id()).transitRouterRouteTableId(custom.id()));
    assertRejected(cloud, () -> cloud.enableTransitRouterRouteTablePropagation(
        x -> x.transitRouterAttachmentId(c1.id()).transitRouterRouteTableId(custom.id())),
        "InvalidOperation.PropagationAlreadyExists", RuleId.E9);
    assertThat(cloud.listTransitRouterRouteEntries(custom.id())).extracting(TransitRouterRouteEntry::destinationCidrBlock)
        .containsExactly(Cidr.of("172.16.1.0/24"), Cidr.of("172.16.2.0/24"));
    assertRejected(cloud, () -> cloud.disableTransitRouterRouteTablePropagation(
        x -> x.transitRouterAttachmentId(c3.id()).transitRouterRouteTableId(b.systemRouteTableId())),
        "InvalidOperation.PropagationNotExist", RuleId.E9);
    assertRejected(cloud, () -> cloud.enableTransitRouterRouteTablePropagation(
        x -> x.transitRouterAttachmentId(dev.cenkit.model.tr.TransitRouterAttachmentId.of("tr-attach-nosuch"))
            .transitRouterRouteTableId(custom.id())),
        "InvalidAttachmentId.NotFound", RuleId.E9);
  }

  @Test
  void e11StaticAndBlackholeEntriesFollowTheirParameterRules() {
    var table = h.systemRouteTableId();
    staticEntry(table, "10.0.0.0/8", c1);
    assertRejected(cloud, () -> staticEntry(table, "10.0.0.0/8", c1),
        "OperationFailed.CreateRouteEntryWithSameDestinationCidrBlock", RuleId.E11);
    assertRejected(cloud, () -> cloud.createTransitRouterRouteEntry(x -> x.transitRouterRouteTableId(table)
        .transitRouterRouteEntryDestinationCidrBlock("10.1.0.0/16")
        .transitRouterRouteEntryNextHopType(TransitRouterNextHopType.BLACK_HOLE).transitRouterRouteEntryNextHopId(c1.id())),
        "ParamExclusive.NextHopTypeBlackHoleAndNextHopId", RuleId.E11);
    assertRejected(cloud, () -> cloud.createTransitRouterRouteEntry(x -> x.transitRouterRouteTableId(table)
        .transitRouterRouteEntryDestinationCidrBlock("10.1.0.0/16")
        .transitRouterRouteEntryNextHopType(TransitRouterNextHopType.ATTACHMENT)),
        "MissingParam.TransitRouterRouteEntryNextHopId", RuleId.E11);
    assertRejected(cloud, () -> staticEntry(table, "10.1.0.0/16", c3),
        "InvalidTransitRouterRouteEntryNextHopId.NotFound", RuleId.E11);
    assertRejected(cloud, () -> staticEntry(table, "10.1.0.0/33", c1),
        "IllegalParam.TransitRouterDestinationCidrBlock", RuleId.E11);
    assertRejected(cloud, () -> staticEntry(TransitRouterRouteTableId.of("vtb-nosuch"), "10.1.0.0/16", c1),
        "InvalidTransitRouterRouteTableId.NotFound", RuleId.E11);
    TransitRouterRouteEntry cloudService = staticEntry(table, "100.104.0.0/26", c1);
    assertThat(cloudService.destinationCidrBlock()).isEqualTo(Cidr.of("100.104.0.0/26"));
    TransitRouterRouteEntry hole = blackhole(table, "10.2.0.0/16");
    cloud.deleteTransitRouterRouteEntry(x -> x.transitRouterRouteEntryId(hole.id().orElseThrow()));
    assertRejected(cloud, () -> cloud.deleteTransitRouterRouteEntry(x -> x.transitRouterRouteEntryId(hole.id().orElseThrow())),
        "InvalidTransitRouterRouteEntryId.NotFound", RuleId.E11);
  }

  @Test
  void e12TheLongestPrefixWinsThenStaticOverPropagatedThenTheFirstInstalled() {
    var table = h.systemRouteTableId();
    f.associateAndPropagate(h, c1);
    staticEntry(table, "172.16.1.0/24", c1);
    var entries = cloud.listTransitRouterRouteEntries(table);
    assertThat(entries).filteredOn(e -> e.destinationCidrBlock().equals(Cidr.of("172.16.1.0/24")))
        .extracting(TransitRouterRouteEntry::type, TransitRouterRouteEntry::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(TransitRouterRouteEntryType.STATIC, TransitRouterRouteEntryStatus.ACTIVE),
            org.assertj.core.groups.Tuple.tuple(TransitRouterRouteEntryType.PROPAGATED, TransitRouterRouteEntryStatus.STANDBY));
    blackhole(table, "172.16.0.0/16");
    var tables = dev.cenkit.inmemory.routing.TransitRouterRouteTables.of(Internals.state(cloud));
    assertThat(tables.lookup(table, Ipv4Address.of("172.16.2.9")).orElseThrow().nextHopId()).hasValue(c1.id());
    assertThat(tables.lookup(table, Ipv4Address.of("172.16.9.9")).orElseThrow().isBlackhole()).isTrue();
    assertThat(tables.lookup(table, Ipv4Address.of("192.168.0.1"))).isEmpty();
  }

  @Test
  void e15RoutesCrossRegionsOnlyThroughAPeerConnectionAssociatedAndPropagatingOnEachRouter() {
    f.associateAndPropagate(h, c1);
    f.associateAndPropagate(b, c3);
    assertThat(cloud.listTransitRouterRouteEntries(b.systemRouteTableId()))
        .extracting(TransitRouterRouteEntry::destinationCidrBlock).containsExactly(Cidr.of("10.3.1.0/24"));
    TransitRouterAttachment p = f.peer(h, b);
    cloud.enableTransitRouterRouteTablePropagation(
        x -> x.transitRouterAttachmentId(p.id()).transitRouterRouteTableId(b.systemRouteTableId()));
    assertThat(cloud.listTransitRouterRouteEntries(b.systemRouteTableId())).hasSize(1);
    cloud.associateTransitRouterAttachmentWithRouteTable(
        x -> x.transitRouterAttachmentId(p.id()).transitRouterRouteTableId(h.systemRouteTableId()));
    assertThat(cloud.listTransitRouterRouteEntries(b.systemRouteTableId()))
        .filteredOn(e -> e.nextHopId().equals(java.util.Optional.of(p.id())))
        .extracting(TransitRouterRouteEntry::destinationCidrBlock)
        .containsExactly(Cidr.of("172.16.1.0/24"), Cidr.of("172.16.2.0/24"));
    assertThat(cloud.listTransitRouterRouteEntries(h.systemRouteTableId()))
        .noneMatch(e -> e.destinationCidrBlock().equals(Cidr.of("10.3.1.0/24")));
  }

  @Test
  void e20OnlyAnEmptyUnusedCustomTableIsDeleted() {
    assertRejected(cloud, () -> cloud.deleteTransitRouterRouteTable(x -> x.transitRouterRouteTableId(h.systemRouteTableId())),
        "OperationFailed.DeleteSystemRouteTable", RuleId.E20);
    TransitRouterRouteTable custom = cloud.createTransitRouterRouteTable(x -> x.transitRouterId(h.id()));
    cloud.associateTransitRouterAttachmentWithRouteTable(
        x -> x.transitRouterAttachmentId(c1.id()).transitRouterRouteTableId(custom.id()));
    assertRejected(cloud, () -> cloud.deleteTransitRouterRouteTable(x -> x.transitRouterRouteTableId(custom.id())),
        "OperationFailed.DeleteRouteTableWithAssociation", RuleId.E20);
    cloud.dissociateTransitRouterAttachmentFromRouteTable(
        x -> x.transitRouterAttachmentId(c1.id()).transitRouterRouteTableId(custom.id()));
    cloud.enableTransitRouterRouteTablePropagation(
        x -> x.transitRouterAttachmentId(c1.id()).transitRouterRouteTableId(custom.id()));
    assertRejected(cloud, () -> cloud.deleteTransitRouterRouteTable(x -> x.transitRouterRouteTableId(custom.id())),
        "OperationFailed.DeleteRouteTableWithPropagation", RuleId.E20);
    cloud.disableTransitRouterRouteTablePropagation(
        x -> x.transitRouterAttachmentId(c1.id()).transitRouterRouteTableId(custom.id()));
    TransitRouterRouteEntry hole = blackhole(custom.id(), "10.0.0.0/8");
    assertRejected(cloud, () -> cloud.deleteTransitRouterRouteTable(x -> x.transitRouterRouteTableId(custom.id())),
        "OperationFailed.DeleteRouteTableWithRouteEntry", RuleId.E20);
    cloud.deleteTransitRouterRouteEntry(x -> x.transitRouterRouteEntryId(hole.id().orElseThrow()));
    cloud.deleteTransitRouterRouteTable(x -> x.transitRouterRouteTableId(custom.id()));
    assertRejected(cloud, () -> cloud.deleteTransitRouterRouteTable(x -> x.transitRouterRouteTableId(custom.id())),
        "InvalidTransitRouterRouteTableId.NotFound", RuleId.E11);
  }

  @Test
  void e26AVpcPropagatesItsVSwitchBlocksAndAVbrItsDataCenterRoutes() {
    Vbr vbr = f.vbr();
    TransitRouterAttachment v = cloud.createTransitRouterVbrAttachment(x -> x.transitRouterId(h.id()).vbrId(vbr.id()));
    f.associateAndPropagate(h, c1);
    f.associateAndPropagate(h, v);
    assertThat(cloud.listTransitRouterRouteEntries(h.systemRouteTableId()))
        .extracting(e -> e.destinationCidrBlock().toString(), e -> e.originResourceId().orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("172.16.1.0/24", f.vpc1.id().value()),
            org.assertj.core.groups.Tuple.tuple("172.16.2.0/24", f.vpc1.id().value()),
            org.assertj.core.groups.Tuple.tuple("192.168.0.0/16", vbr.id().value()));
    assertThat(cloud.listTransitRouterRouteEntries(h.systemRouteTableId()))
        .noneMatch(e -> Cidr.CLOUD_SERVICES.overlaps(e.destinationCidrBlock()));
  }

  @Test
  void e32ATopologyTearsDownInTheDocumentedOrder() {
    TransitRouterAttachment p = f.peer(h, b);
    f.associateAndPropagate(h, c1);
    f.associateAndPropagate(h, p);
    f.associateAndPropagate(b, p);
    f.associateAndPropagate(b, c3);
    TransitRouterRouteEntry entry = staticEntry(h.systemRouteTableId(), "10.0.0.0/8", p);
    cloud.deleteTransitRouterRouteEntry(x -> x.transitRouterRouteEntryId(entry.id().orElseThrow()));
    for (TransitRouter tr : new TransitRouter[] {h, b}) {
      for (TransitRouterAttachment a : cloud.listTransitRouterAttachments(tr.id())) {
        cloud.dissociateTransitRouterAttachmentFromRouteTable(
            x -> x.transitRouterAttachmentId(a.id()).transitRouterRouteTableId(tr.systemRouteTableId()));
        cloud.disableTransitRouterRouteTablePropagation(
            x -> x.transitRouterAttachmentId(a.id()).transitRouterRouteTableId(tr.systemRouteTableId()));
      }
    }
    cloud.deleteTransitRouterVpcAttachment(x -> x.transitRouterAttachmentId(c1.id()));
    cloud.deleteTransitRouterVpcAttachment(x -> x.transitRouterAttachmentId(c3.id()));
    cloud.deleteTransitRouterPeerAttachment(x -> x.transitRouterAttachmentId(p.id()));
    cloud.deleteTransitRouter(x -> x.transitRouterId(h.id()));
    cloud.deleteTransitRouter(x -> x.transitRouterId(b.id()));
    cloud.deleteCen(f.cen);
    assertThat(cloud.snapshot().transitRouter().transitRouters()).isEmpty();
    assertThat(cloud.snapshot().transitRouter()).isEqualTo(emptyButOpen());
  }

  private static dev.cenkit.spi.TransitRouterView emptyButOpen() {
    InMemoryCloud fresh = InMemoryCloud.create();
    fresh.openTransitRouterService();
    return fresh.snapshot().transitRouter();
  }
}
