package dev.cenkit.inmemory.ops.tr;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.ops.OperationHandlers;
import dev.cenkit.inmemory.ops.Txn;
import dev.cenkit.inmemory.ops.vpc.VpcOperations;
import dev.cenkit.inmemory.rules.Lookups;
import dev.cenkit.inmemory.rules.TransitRouterLookups;
import dev.cenkit.inmemory.rules.TransitRouterRules;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.tr.TransitRouter;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.TransitRouterRouteEntry;
import dev.cenkit.model.tr.TransitRouterRouteEntryId;
import dev.cenkit.model.tr.TransitRouterRouteTable;
import dev.cenkit.model.tr.TransitRouterRouteTableAssociation;
import dev.cenkit.model.tr.TransitRouterRouteTableId;
import dev.cenkit.model.tr.TransitRouterRouteTablePropagation;
import dev.cenkit.model.tr.TransitRouterRouteTableType;
import dev.cenkit.model.vpc.NextHopType;
import dev.cenkit.model.vpc.RouteEntry;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.spi.tr.AssociateTransitRouterAttachmentWithRouteTableRequest;
import dev.cenkit.spi.tr.CreateCenChildInstanceRouteEntryToAttachmentRequest;
import dev.cenkit.spi.tr.CreateTransitRouterRouteEntryRequest;
import dev.cenkit.spi.tr.CreateTransitRouterRouteTableRequest;
import dev.cenkit.spi.tr.DeleteTransitRouterRouteEntryRequest;
import dev.cenkit.spi.tr.DeleteTransitRouterRouteTableRequest;
import dev.cenkit.spi.tr.DisableTransitRouterRouteTablePropagationRequest;
import dev.cenkit.spi.tr.DissociateTransitRouterAttachmentFromRouteTableRequest;
import dev.cenkit.spi.tr.EnableTransitRouterRouteTablePropagationRequest;
import dev.cenkit.spi.tr.ListTransitRouterRouteTablesRequest;
import dev.cenkit.spi.tr.ReplaceTransitRouterRouteTableAssociationRequest;
import dev.cenkit.spi.vpc.CreateRouteEntryRequest;
import java.util.List;

/**
 * The handlers of the transit-router routing actions: custom route tables, associations, propagations, static
 * and blackhole entries, and VPC routes towards a connection.
 */
public final class TransitRouterRoutingOperations {
  private TransitRouterRoutingOperations() {}

  /** Registers every routing handler. */
  public static void register(OperationHandlers handlers) {
    handlers
        .register("CreateTransitRouterRouteTable", CreateTransitRouterRouteTableRequest.class,
            TransitRouterRoutingOperations::createTable)
        .register("DeleteTransitRouterRouteTable", DeleteTransitRouterRouteTableRequest.class,
            TransitRouterRoutingOperations::deleteTable)
        .register("AssociateTransitRouterAttachmentWithRouteTable",
            AssociateTransitRouterAttachmentWithRouteTableRequest.class, TransitRouterRoutingOperations::associate)
        .register("DissociateTransitRouterAttachmentFromRouteTable",
            DissociateTransitRouterAttachmentFromRouteTableRequest.class, TransitRouterRoutingOperations::dissociate)
        .register("ReplaceTransitRouterRouteTableAssociation",
            ReplaceTransitRouterRouteTableAssociationRequest.class, TransitRouterRoutingOperations::replace)
        .register("EnableTransitRouterRouteTablePropagation",
            EnableTransitRouterRouteTablePropagationRequest.class, TransitRouterRoutingOperations::enable)
        .register("DisableTransitRouterRouteTablePropagation",
            DisableTransitRouterRouteTablePropagationRequest.class, TransitRouterRoutingOperations::disable)
        .register("CreateTransitRouterRouteEntry", CreateTransitRouterRouteEntryRequest.class,
            TransitRouterRoutingOperations::createEntry)
        .register("DeleteTransitRouterRouteEntry", DeleteTransitRouterRouteEntryRequest.class,
            TransitRouterRoutingOperations::deleteEntry)
        .register("ListTransitRouterRouteTables", ListTransitRouterRouteTablesRequest.class,
            TransitRouterRoutingOperations::listTables)
        .register("CreateCenChildInstanceRouteEntryToAttachment",
            CreateCenChildInstanceRouteEntryToAttachmentRequest.class, TransitRouterRoutingOperations::vpcRoute);
  }

  /** A read: the tables of a router, optionally of one type; changes nothing. */
  static List<TransitRouterRouteTable> listTables(Txn txn, ListTransitRouterRouteTablesRequest r) {
    TransitRouterLookups.router(txn.state(), r.transitRouterId());
    return txn.state().transitRouter().routeTablesOf(r.transitRouterId()).stream()
        .filter(t -> r.transitRouterRouteTableType().map(type -> type == t.type()).orElse(true))
        .collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  static TransitRouterRouteTable createTable(Txn txn, CreateTransitRouterRouteTableRequest r) {
    TransitRouter router = TransitRouterLookups.routerToChange(txn.state(), r.transitRouterId());
    TransitRouterRules.e6CustomTableQuota(txn.state(), router, txn.quotas().customRouteTablesPerTransitRouter());
    TransitRouterRouteTable table =
        TransitRouterRouteTable.builder()
            .id(txn.newId(TransitRouterRouteTableId.KIND, TransitRouterRouteTableId::of))
            .transitRouterId(router.id())
            .type(TransitRouterRouteTableType.CUSTOM)
            .name(r.transitRouterRouteTableName())
            .description(r.transitRouterRouteTableDescription())
            .multiRegionEcmp(r.multiRegionEcmp())
            .build();
    TransitRouterRules.e33DryRun(r.dryRun(), r.action());
    txn.update(s -> s.withTransitRouter(t -> t.withRouteTable(table)));
    return table;
  }

  static TransitRouterRouteTable deleteTable(Txn txn, DeleteTransitRouterRouteTableRequest r) {
    TransitRouterRouteTable table = TransitRouterLookups.table(txn.state(), r.transitRouterRouteTableId());
    TransitRouterRules.e20TableDeletable(txn.state(), table);
    TransitRouterRules.e33DryRun(r.dryRun(), r.action());
    txn.update(s -> s.withTransitRouter(t -> t.withoutRouteTable(table.id())));
    return table;
  }

  static TransitRouterRouteTableAssociation associate(Txn txn, AssociateTransitRouterAttachmentWithRouteTableRequest r) {
    TransitRouterAttachment a = TransitRouterLookups.attachmentToRoute(txn.state(), r.transitRouterAttachmentId());
    TransitRouterRouteTable table = TransitRouterLookups.table(txn.state(), r.transitRouterRouteTableId());
    TransitRouterRules.e8TableOnRouterOf(a, table);
    TransitRouterRules.e8NotAssociated(txn.state(), a, table.transitRouterId());
    TransitRouterRules.e33DryRun(r.dryRun(), r.action());
    TransitRouterRouteTableAssociation as =
        TransitRouterRouteTableAssociation.of(table.transitRouterId(), table.id(), a.id());
    txn.update(s -> s.withTransitRouter(t -> t.withAssociation(as)));
    return as;
  }

  static TransitRouterRouteTableAssociation dissociate(
      Txn txn, DissociateTransitRouterAttachmentFromRouteTableRequest r) {
    TransitRouterAttachment a = TransitRouterLookups.attachmentToRoute(txn.state(), r.transitRouterAttachmentId());
    TransitRouterRouteTable table = TransitRouterLookups.table(txn.state(), r.transitRouterRouteTableId());
    TransitRouterRouteTableAssociation as = associated(txn, a, table);
    TransitRouterRules.e33DryRun(r.dryRun(), r.action());
    txn.update(s -> s.withTransitRouter(t -> t.withoutAssociation(as.transitRouterId(), a.id())));
    return as;
  }

  static TransitRouterRouteTableAssociation replace(Txn txn, ReplaceTransitRouterRouteTableAssociationRequest r) {
    TransitRouterAttachment a = TransitRouterLookups.attachmentToRoute(txn.state(), r.transitRouterAttachmentId());
    TransitRouterRouteTable table = TransitRouterLookups.table(txn.state(), r.transitRouterRouteTableId());
    TransitRouterRules.e8TableOnRouterOf(a, table);
    if (txn.state().transitRouter().associationOf(table.transitRouterId(), a.id()).isEmpty()) {
      throw ErrorCode.ATTACHMENT_NOT_ASSOCIATED.exception(
          RuleId.E8, a.id() + " has no association on " + table.transitRouterId() + " to replace; associate it first",
          a.id());
    }
    TransitRouterRules.e33DryRun(r.dryRun(), r.action());
    TransitRouterRouteTableAssociation as =
        TransitRouterRouteTableAssociation.of(table.transitRouterId(), table.id(), a.id());
    txn.update(s -> s.withTransitRouter(t -> t.withAssociation(as)));
    return as;
  }

  private static TransitRouterRouteTableAssociation associated(
      Txn txn, TransitRouterAttachment a, TransitRouterRouteTable table) {
    return txn.state().transitRouter().associationOf(table.transitRouterId(), a.id())
        .filter(as -> as.routeTableId().equals(table.id()))
        .orElseThrow(() -> ErrorCode.ATTACHMENT_NOT_ASSOCIATED.exception(
            RuleId.E8, a.id() + " is not associated with " + table.id(), a.id(), table.id()));
  }

  static TransitRouterRouteTablePropagation enable(Txn txn, EnableTransitRouterRouteTablePropagationRequest r) {
    TransitRouterAttachment a = TransitRouterLookups.attachmentToRoute(txn.state(), r.transitRouterAttachmentId());
    TransitRouterRouteTable table = TransitRouterLookups.table(txn.state(), r.transitRouterRouteTableId());
    TransitRouterRules.e8TableOnRouterOf(a, table);
    TransitRouterRules.e9NotPropagating(txn.state(), a, table);
    TransitRouterRules.e33DryRun(r.dryRun(), r.action());
    TransitRouterRouteTablePropagation p =
        TransitRouterRouteTablePropagation.of(table.transitRouterId(), table.id(), a.id());
    txn.update(s -> s.withTransitRouter(t -> t.withPropagation(p)));
    return p;
  }

  static TransitRouterRouteTablePropagation disable(Txn txn, DisableTransitRouterRouteTablePropagationRequest r) {
    TransitRouterAttachment a = TransitRouterLookups.attachmentToRoute(txn.state(), r.transitRouterAttachmentId());
    TransitRouterRouteTable table = TransitRouterLookups.table(txn.state(), r.transitRouterRouteTableId());
    TransitRouterRouteTablePropagation p =
        TransitRouterRouteTablePropagation.of(table.transitRouterId(), table.id(), a.id());
    if (!txn.state().transitRouter().propagationsOf(table.transitRouterId(), a.id()).contains(p)) {
      throw ErrorCode.PROPAGATION_NOT_EXIST.exception(
          RuleId.E9, a.id() + " does not propagate into " + table.id(), a.id(), table.id());
    }
    TransitRouterRules.e33DryRun(r.dryRun(), r.action());
    txn.update(s -> s.withTransitRouter(t -> t.withoutPropagation(p)));
    return p;
  }

  static TransitRouterRouteEntry createEntry(Txn txn, CreateTransitRouterRouteEntryRequest r) {
    TransitRouterRouteTable table = TransitRouterLookups.table(txn.state(), r.transitRouterRouteTableId());
    Cidr destination = TransitRouterRules.e11Destination(r.transitRouterRouteEntryDestinationCidrBlock());
    TransitRouterRules.e11Entry(
        txn.state(), table, destination, r.transitRouterRouteEntryNextHopType(), r.transitRouterRouteEntryNextHopId());
    TransitRouterRules.e6EntryQuota(txn.state(), table, txn.quotas().entriesPerTransitRouterRouteTable());
    TransitRouterRouteEntry entry =
        TransitRouterRouteEntry.builder()
            .id(txn.newId(TransitRouterRouteEntryId.KIND, TransitRouterRouteEntryId::of))
            .routeTableId(table.id())
            .destinationCidrBlock(destination)
            .nextHopType(r.transitRouterRouteEntryNextHopType())
            .nextHopId(r.transitRouterRouteEntryNextHopId())
            .name(r.transitRouterRouteEntryName())
            .order(txn.nextOrder())
            .build();
    TransitRouterRules.e33DryRun(r.dryRun(), r.action());
    txn.update(s -> s.withTransitRouter(t -> t.withStaticEntry(entry)));
    return entry;
  }

  static TransitRouterRouteEntry deleteEntry(Txn txn, DeleteTransitRouterRouteEntryRequest r) {
    TransitRouterRouteEntry entry = TransitRouterLookups.entry(txn.state(), r.transitRouterRouteEntryId());
    TransitRouterRules.e33DryRun(r.dryRun(), r.action());
    txn.update(s -> s.withTransitRouter(t -> t.withoutStaticEntry(entry.id().orElseThrow())));
    return entry;
  }

  /**
   * E30: writes a route into the VPC of a VPC connection whose next hop is the connection; the VPC's own rules
   * (R38) apply as for {@code CreateRouteEntry}.
   */
  static RouteEntry vpcRoute(Txn txn, CreateCenChildInstanceRouteEntryToAttachmentRequest r) {
    Lookups.cen(txn.state(), r.cenId());
    TransitRouterAttachment a = txn.state().transitRouter().attachment(r.transitRouterAttachmentId())
        .filter(x -> x.cenId().equals(r.cenId()))
        .orElseThrow(() -> ErrorCode.INVALID_TR_ATTACHMENT_ID_NOT_FOUND.exception(
            RuleId.E30, "transit router connection " + r.transitRouterAttachmentId() + " is not in " + r.cenId(),
            r.transitRouterAttachmentId()));
    Vpc vpc = Lookups.vpcOfRouteTable(txn.state(), r.routeTableId());
    if (!a.vpcId().equals(java.util.Optional.of(vpc.id()))) {
      throw ErrorCode.INVALID_NEXT_HOP.exception(
          RuleId.E30, "route table " + r.routeTableId() + " is in " + vpc.id() + ", which " + a.id()
              + " does not connect (VBR route tables are not modelled)", a.id(), r.routeTableId());
    }
    CreateRouteEntryRequest route =
        CreateRouteEntryRequest.builder()
            .routeTableId(r.routeTableId())
            .destinationCidrBlock(r.destinationCidrBlock())
            .nextHopType(NextHopType.ATTACHMENT)
            .nextHopId(a.id().value())
            .build();
    if (r.dryRun()) {
      VpcOperations.checkRouteEntry(txn, route);
      TransitRouterRules.e33DryRun(true, r.action());
    }
    return VpcOperations.createRouteEntry(txn, route);
  }
}
